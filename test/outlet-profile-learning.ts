// An editor's save that teaches an outlet's profile, for the outlet-profile tests: an article of the outlet, its first
// line (`banner`) marked as furniture. Each article has a title of its own, so no two are the same source.
import { parseImport } from "@/lib/sources/parse-import";
import { lineKey } from "@/lib/sources/line-roles";
import { learnOutletProfiles } from "@/lib/sources/outlet-profile-store";
import type { makeUser } from "@/test/factories";

let n = 0;

/** A short Vietnamese article under `banner`, parsed as an import would be. */
function bannerArticle(banner: string) {
  n += 1;
  const title = `Bài về đạn pháo số ${n}`;
  const [parsed] = parseImport(`${banner}\n\n${title}\n\nVOA, 14/09/2023\n\nBình Nhưỡng và Moscow phủ nhận mọi thỏa thuận vũ khí (${title}). ${"Các quan chức Mỹ cho biết họ sẽ theo dõi sát sao. ".repeat(3)}`, "p.txt");
  return parsed!;
}

/** One editor's save: an article of `outlet` whose first line they marked as furniture. */
export function learnBanner(editor: Awaited<ReturnType<typeof makeUser>>, outlet: string, banner: string) {
  const parsed = bannerArticle(banner);
  return learnOutletProfiles(editor, [{ ...parsed, outlet }], [{ key: lineKey(parsed.lines[0]!.text), role: "furniture" }]);
}
