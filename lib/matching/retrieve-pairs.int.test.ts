// Retrieval's second path (ClaimKey word pairs ranked by shared weight) on real PostgreSQL, on a desk with word
// statistics. The attack: every word of a sentence is common in the desk's claims (the first path, pairs of rare
// words, has nothing to probe with), but the claim it states is the only one with those words as neighbours.
// Its own file: the word statistics are read once per process and kept.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { makeUser } from "@/test/factories";
import { createClaim } from "@/lib/claims/create-claim";
import { importSources } from "@/lib/sources/import-sources";
import { keyWords } from "./keywords";
import { matchingIdle } from "./background";
import { candidateClaims } from "./retrieve";
import { splitSentences } from "./sentences";

let editor: Actor;
const TARGET = "Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine";
const RELAY = "Đạn dược dùng trong chiến tranh ở Ukraine được Triều Tiên cung cấp cho Nga.";
const DECOYS = 150;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  await createClaim(editor, { text: TARGET, kind: "OTHER" });
  // Decoys with the claim's words in reverse order ("Ukraine ở tranh chiến … Tiên Triều"), each leaving one out in
  // turn: no neighbouring pair of the claim's, and each word in 14 of 15 decoys, far above the 6 % the first path's
  // fallback probes.
  const reversed = TARGET.split(" ").reverse();
  for (let i = 0; i < DECOYS; i++) await createClaim(editor, { text: `${reversed.filter((_, k) => k !== i % reversed.length).join(" ")} ${i + 1}`, kind: "OTHER" });
  await getDb().$executeRaw`ANALYZE "Claim"`;
  await matchingIdle();
});

describe("retrieval by word pairs", () => {
  it("ranks the claim whose neighbouring words a sentence shares first, where every single word is common", async () => {
    const [stats] = await getDb().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stats, unnest(most_common_elems::text::text[], most_common_elem_freqs) AS e(lexeme, f)
      WHERE schemaname = current_schema() AND tablename = 'Claim_textFolded_words_idx' AND e.lexeme = ANY(ARRAY['dan', 'duoc', 'chien', 'tranh', 'ukraine', 'cung', 'cap']) AND e.f > 0.06`;
    expect(stats!.n).toBe(7); // the attack holds: no word of the relay is rare enough for the first path
    const candidates = await candidateClaims(getDb(), [[...keyWords(RELAY)]]);
    const texts = await getDb().claim.findMany({ where: { id: { in: candidates.map((c) => c.id) } }, select: { id: true, text: true } });
    expect(texts.find((t) => t.id === candidates[0]!.id)?.text).toBe(TARGET);
  });

  it("retrieves it for the sentence of an imported article, among the whole article's candidates", async () => {
    const title = `Bài tiếp sức cặp từ ${Date.now().toString(36)}`;
    const { outcomes } = await importSources(editor, { fileName: `${title}.txt`, text: [title, "", "Báo Thử, 17/09/2023", "", "Một quan chức giấu tên nói lô hàng gồm đạn pháo cỡ lớn.", "", RELAY].join("\n") });
    await matchingIdle();
    const source = await getDb().source.findUniqueOrThrow({ where: { id: outcomes[0]!.id }, select: { body: true } });
    const candidates = await candidateClaims(getDb(), splitSentences(source.body).map((s) => [...keyWords(s.text)]));
    const target = await getDb().claim.findFirstOrThrow({ where: { text: TARGET }, select: { id: true } });
    const place = candidates.findIndex((c) => c.id === target.id);
    expect(place).toBeGreaterThanOrEqual(0);
    expect(place).toBeLessThan(4);
  });
});
