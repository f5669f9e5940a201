// Retrieval on a desk with word statistics (the path a large desk takes), on real PostgreSQL: the candidates of a
// whole article come from one statement of many short tsqueries, and a relay's claims are found among many claims
// sharing its common words. Its own file: the word statistics are read once per process and kept.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { makeUser } from "@/test/factories";
import { seedSampleArticles } from "@/prisma/seed";
import { seedDemoClaims } from "@/prisma/seed-claims";
import { createClaim } from "@/lib/claims/create-claim";
import { importSources } from "@/lib/sources/import-sources";
import { matchingIdle } from "./background";
import { computeSuggestions } from "./retrieve";

let editor: Actor;
const DECOYS = 120;
const NEAR_DECOYS = 5;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  await makeUser({ role: "REVIEWER" });
  await seedSampleArticles(() => {});
  await seedDemoClaims(() => {});
  // Claims on the same story, sharing its common words (Nga, Triều Tiên, vũ khí, Tổng thống Putin, Kim Jong Un, Viễn
  // Đông, 2023) but stating other things.
  for (let i = 0; i < DECOYS; i++) {
    const text = `Tổng thống Nga Vladimir Putin và nhà lãnh đạo Triều Tiên Kim Jong Un bàn về hợp tác vũ khí ở Viễn Đông trong lĩnh vực số ${i + 1} năm 2023`;
    await createClaim(editor, { text, kind: "OTHER" });
  }
  // Claims that share the visit's other words (gặp, sân bay vũ trụ) in 2–6 % of claims: a relay of the visit then
  // has one rare word only (Vostochny), too few for a pair of rare words.
  for (let i = 0; i < NEAR_DECOYS; i++) {
    await createClaim(editor, { text: `Ông Kim gặp các kỹ sư Nga tại sân bay vũ trụ số ${i + 1}`, kind: "OTHER" });
  }
  await getDb().$executeRaw`ANALYZE "Claim"`;
  await matchingIdle();
});

async function frequency(lexeme: string): Promise<number> {
  const rows = await getDb().$queryRaw<{ f: number }[]>`
    SELECT e.f::float8 AS f FROM pg_stats, unnest(most_common_elems::text::text[], most_common_elem_freqs) AS e(lexeme, f)
    WHERE schemaname = current_schema() AND tablename = 'Claim_textFolded_words_idx' AND e.lexeme = ${lexeme}`;
  return rows[0]?.f ?? 0;
}

describe("retrieval with word statistics", () => {
  it("reads the word statistics of the claims' word index, so rare words pick the candidates", async () => {
    const [row] = await getDb().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stats, unnest(most_common_elems::text::text[]) AS e(lexeme)
      WHERE schemaname = current_schema() AND tablename = 'Claim_textFolded_words_idx' AND e.lexeme = 'nga'`;
    expect(row!.n).toBe(1);
  });

  it("finds a relay's known claims among claims that share its common words, and none of those", async () => {
    const title = `Bài tiếp sức thống kê ${Date.now().toString(36)}`;
    const text = [
      title,
      "",
      "Báo Thống Kê, 17/09/2023",
      "",
      "Hôm 13/9/2023, ông Kim đã gặp Tổng thống Putin tại sân bay vũ trụ Vostochny ở Viễn Đông Nga.",
      "",
      "Điện Kremlin và Bình Nhưỡng đều phủ nhận mọi cáo buộc về một thỏa thuận mua bán vũ khí.",
    ].join("\n");
    const { outcomes } = await importSources(editor, { fileName: `${title}.txt`, text });
    await matchingIdle();
    const rows = await computeSuggestions(outcomes[0]!.id);
    const claims = await getDb().claim.findMany({ where: { id: { in: rows.map((r) => r.claimId) } }, select: { id: true, text: true } });
    const textOf = (id: string) => claims.find((c) => c.id === id)!.text;
    const best = (prefix: string) => rows.filter((r) => r.exact.startsWith(prefix)).map((r) => textOf(r.claimId))[0];
    // The attack: every word of the visit's relay but "vostochny" is in more than 2 % of claims.
    for (const word of ["gap", "san", "bay", "tru"]) expect(await frequency(word), word).toBeGreaterThan(0.02);
    for (const word of ["gap", "san", "bay", "tru"]) expect(await frequency(word), word).toBeLessThanOrEqual(0.06);
    expect(best("Hôm 13/9/2023")).toBe("Kim Jong Un gặp Vladimir Putin tại Sân bay Vũ trụ Vostochny ngày 13/9/2023");
    expect(best("Điện Kremlin")).toBe("Nga và Triều Tiên bác bỏ mọi cáo buộc về thỏa thuận vũ khí");
    expect(rows.some((r) => textOf(r.claimId).includes("lĩnh vực số"))).toBe(false);
  });
});
