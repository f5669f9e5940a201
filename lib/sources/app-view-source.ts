// The source an app's view of an article names beside its stamp. An aggregator's or a reader's copy opens with the
// app's name and menus (Báo Mới, Inoreader), then prints the publisher whose article it shows where a paper prints
// its section or its writer: on a line of its own over or under the stamp, next to the headline ("Pháp luật và Xã
// hội" / "08:15 28/10/2025" / headline; headline / "The Leader" / "04/12/2026 10:15"), or before the stamp on one line
// ("Korea Pro · Oct 29, 2025 11:20 · by Jeong Min-seo"). Read only once the page's own name is an app's: on a paper's
// page that line is its section or its writer. Pure; lines are looked at one by one, the long ones never.
import { isSection, mastheadByForm, readDateLine } from "./layout-model";
import { foldForMatch } from "./normalize";
import { isPlatformName } from "./platform-outlet";
import { isAggregator } from "./relay-post";

/**
 * A publisher's name: a few words opening with a capital, no sentence's end, no "by"; no digit but a station's channel
 * number after its call sign or name ("KMVL 4 Missoula", "Channel 9 News").
 */
const NAME = /^\p{Lu}[\p{L}&'’.-]*(?:\s(?:[\p{L}&'’.-]+|\d{1,2}(?=\s\p{Lu})))(?:\s[\p{L}&'’.-]+){0,6}$|^\p{Lu}[\p{L}&'’.-]*$/u;
/** A feed's unread count after its name in a reader's list ("Korea Pro (12)"): not part of the name. */
const UNREAD_COUNT = /\s\(\d{1,5}\)$/;

const nameOf = (line: string): string | null => {
  const name = line.replace(UNREAD_COUNT, "").trim();
  if (name.length < 3 || name.length > 60 || !NAME.test(name) || /[.:]$/.test(name) || /^(?:by|bởi|theo)\s/iu.test(name)) return null;
  return isAggregator(name) || isPlatformName(name) || readDateLine(name) !== null ? null : name;
};

/** An app's relative time: "2 hours ago", "3d", "5 giờ trước", "yesterday". */
const RELATIVE_TIME = /^(?:\d{1,2}\s?(?:m|h|d|w|min|mins|minutes?|hrs?|hours?|days?|weeks?|phút|giờ|ngày|tuần)(?:\sago|\strước)?|(?:an?|one)\s(?:minute|hour|day|week)\sago|yesterday|hôm qua)$/iu;
/** A reader's reading time after the source's name: "4 min read", "12 minutes read", "5 phút đọc". */
const READING_TIME = /^\d{1,3}\s?(?:min|mins|minutes?|phút)\s(?:read|đọc)$/iu;
/** The line under an app's headline that stamps it: a date, a relative time, or either after a name and a dot. */
function stampLine(line: ViewLine): boolean {
  if (line.text.length > 120) return false;
  if (line.role === "date") return true;
  return line.text.split(/\s[·•|]\s/u).some((p) => RELATIVE_TIME.test(p.trim()));
}

/** One header line's role as the header's reading gave it. */
export type ViewLine = { text: string; role: string | undefined };

/**
 * The publisher an app's view names in its header (`lines` the header's lines, `title` the headline's index), or null.
 * A name over or under the stamp next to the headline counts when it is no label of the app's menu above (a section
 * the menu lists) and, read as the writer, when the article is signed by someone else too (`otherSigner`): a name the
 * view prints where no one else signs may be the writer's.
 */
export function sourceOfAppView(lines: readonly ViewLine[], title: number, otherSigner: boolean): string | null {
  if (title < 0) return null;
  // "Harbour Courier" / headline / "2 hours ago" or "Jane Doe · Oct 28, 2025": the source over the headline, the
  // stamp (the writer's before it) under it, as Google News and SmartNews print a story; a section label is none
  const over = lines[title - 1];
  const under = lines[title + 1];
  if (over && under && (over.role === "section" || over.role === "outlet" || over.role === "byline") && stampLine(under) && !isSection(over.text)) {
    const name = nameOf(over.text);
    if (name !== null && !lines.some((l, k) => k < title - 1 && foldForMatch(l.text) === foldForMatch(over.text))) return name;
  }
  // "The Ozark Ledger-Star" / headline / "Jane Doe" / "Sun, July 19, 2026 at 7:20 AM CDT": the source over the
  // headline, the writer and the stamp under it, as Yahoo News prints a partner's story
  const stampUnder = lines[title + 2];
  if (over && under && stampUnder && (over.role === "section" || over.role === "outlet") && under.role === "byline" && stampLine(stampUnder) && !isSection(over.text)) {
    const name = nameOf(over.text);
    if (name !== null && !lines.some((l, k) => k < title - 1 && foldForMatch(l.text) === foldForMatch(over.text))) return name;
  }
  // "The Shannonside Tribune" / "World" / headline: a paper's masthead by its form over the headline, the section the
  // app files it under between them, as Apple News prints a story
  const aboveLabels = (() => {
    let k = title - 1;
    while (k > 0 && lines[k] !== undefined && (lines[k] as ViewLine).role === "section" && isSection((lines[k] as ViewLine).text)) k--;
    return k < title - 1 ? lines[k] : undefined;
  })();
  if (aboveLabels && (aboveLabels.role === "section" || aboveLabels.role === "outlet") && mastheadByForm(aboveLabels.text)) {
    const name = nameOf(aboveLabels.text);
    if (name !== null) return name;
  }
  // "Korea Pro · Oct 29, 2025 11:20 · by X": the name before the stamp on the stamp's line; Feedly's slashes between
  // them ("Fylde Coast Evening Echo / by Rachel Openshaw / Dec 3, 2026"); a paper's masthead by its form before a
  // reading time, as Pocket prints it ("Sunraysia Evening Courier · 4 min read": a name alone there may be the writer's)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ViewLine;
    // (a reader's own stamps, "Saved · Oct 31, 2025 14:02", are its furniture)
    if (line.text.length > 160 || i === title || line.role === "furniture") continue;
    const parts = line.text.split(/\s[·•|/]\s/u);
    if (parts.length < 2) continue;
    const name = nameOf(parts[0] as string);
    if (name !== null && parts.slice(1).some((p) => readDateLine(p.trim()) !== null || (READING_TIME.test(p.trim()) && mastheadByForm(name)))) return name;
  }
  const stampAt = (k: number): boolean => lines[k] !== undefined && lines[k]!.role === "date";
  for (const [at, stamp] of [
    [title - 2, title - 1], // name / stamp / headline
    [title + 1, title + 2], // headline / name / stamp
    [title - 1, title - 2], // stamp / name / headline
  ] as const) {
    const line = lines[at];
    if (line === undefined || at < 0 || !stampAt(stamp)) continue;
    if (line.role !== "section" && line.role !== "byline" && line.role !== "outlet") continue;
    if (line.role === "byline" && !otherSigner) continue;
    const name = nameOf(line.text);
    // a section the menu lists again over the stamp is the page's section, not the source
    const listed = lines.some((l, k) => k !== at && k < title && foldForMatch(l.text) === foldForMatch(line.text));
    if (name !== null && !listed) return name;
  }
  return null;
}
