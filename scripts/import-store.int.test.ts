// The import CLI's store on real PostgreSQL: a relay imported from the command line is matched against the desk's
// claims before the command returns, as the web import's background job matches it after the save.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser } from "@/test/factories";
import { seedSampleArticles } from "@/prisma/seed";
import { seedDemoClaims } from "@/prisma/seed-claims";
import { parseImport } from "@/lib/sources/parse-import";
import { matchingIdle } from "@/lib/matching/background";
import { cliStore } from "./import-store";

const relay = (title: string) =>
  [
    title,
    "",
    "Báo Dòng Lệnh, 16/09/2023",
    "",
    "Hôm 13/9/2023, ông Kim đã gặp Tổng thống Putin tại sân bay vũ trụ Vostochny ở Viễn Đông Nga.",
    "",
    "Điện Kremlin và Bình Nhưỡng đều phủ nhận mọi cáo buộc về một thỏa thuận mua bán vũ khí.",
    "",
    "Thời tiết ở Vladivostok hôm đó khá đẹp, trời nắng nhẹ.",
  ].join("\n");

beforeAll(async () => {
  await makeUser({ role: "EDITOR" });
  await makeUser({ role: "REVIEWER" });
  await seedSampleArticles(() => {});
  await seedDemoClaims(() => {});
  await matchingIdle();
});

describe("the import CLI's store", () => {
  it("has matched the stored articles against the desk's claims when it returns, and says how many suggestions it stored", async () => {
    const title = `Bài từ dòng lệnh ${Date.now().toString(36)}`;
    const text = relay(title);
    const lines: string[] = [];
    const summary = await cliStore((t) => lines.push(t))([{ fileName: "relay.txt", text, sources: parseImport(text, "relay.txt") }], () => {});
    // Nothing awaited in between: the suggestions are there because the store waited for matching.
    const source = await getDb().source.findFirstOrThrow({ where: { title }, select: { id: true } });
    const rows = await getDb().matchSuggestion.findMany({ where: { sourceId: source.id }, select: { exact: true, state: true, claim: { select: { text: true } } } });
    expect(rows.map((r) => r.claim.text).sort()).toEqual(["Kim Jong Un gặp Vladimir Putin tại Sân bay Vũ trụ Vostochny ngày 13/9/2023", "Nga và Triều Tiên bác bỏ mọi cáo buộc về thỏa thuận vũ khí"]);
    expect(rows.every((r) => r.state === "SUGGESTED")).toBe(true);
    expect(rows.some((r) => r.exact.startsWith("Thời tiết"))).toBe(false);
    expect(lines.join("")).toContain(`stored    ${source.id}`);
    expect(summary).toBe("1 stored, 0 skipped as duplicates, 0 flagged as near-duplicate, 2 known-claim suggestions");
  });

  it("stores no suggestion for an article it skips as a duplicate", async () => {
    const title = `Bài lặp ${Date.now().toString(36)}`;
    const text = relay(title);
    const files = () => [{ fileName: "relay.txt", text, sources: parseImport(text, "relay.txt") }];
    await cliStore(() => {})(files(), () => {});
    const before = await getDb().matchSuggestion.count();
    const summary = await cliStore(() => {})(files(), () => {});
    expect(summary).toMatch(/^0 stored, 1 skipped as duplicate, .*, 0 known-claim suggestions$/);
    expect(await getDb().matchSuggestion.count()).toBe(before);
  });
});
