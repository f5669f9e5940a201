// Duplicate suggestions among thousands of claims worded from the same articles, where the typed words are
// in most claims: the candidates the word index picks must still hold what scoring every claim would find.
import { beforeAll, describe, expect, it } from "vitest";
import { claimTexts, generateClaims } from "@/bench/desk-data";
import { getDb } from "@/lib/db/client";
import { foldDiacritics } from "@/lib/sources/normalize";
import type { Actor } from "@/lib/auth/permissions";
import { makeUser } from "@/test/factories";
import { foldClaimText } from "./create-claim";
import { SIMILARITY_THRESHOLD, suggestSimilarClaims } from "./suggest-similar";
import { similarityBound, trigrams } from "./trigrams";

const COUNT = 3000;
let editor: Actor;
let texts: string[];

beforeAll(async () => {
  editor = await makeUser();
  await generateClaims(process.env.DATABASE_URL!, COUNT); // also runs ANALYZE: the words' frequencies
  texts = claimTexts(COUNT);
});

/** The scores scoring every claim gives, best first. */
async function exhaustiveScores(typed: string, limit = 5): Promise<number[]> {
  const folded = foldClaimText(typed);
  const rows = await getDb().$queryRaw<{ score: number }[]>`
    SELECT greatest(word_similarity(${folded}, "textFolded"), similarity(${folded}, "textFolded"))::float8 AS score
    FROM "Claim" ORDER BY score DESC LIMIT ${limit}`;
  return rows.map((r) => r.score).filter((score) => score >= SIMILARITY_THRESHOLD);
}

/** A claim reworded: its third word dropped, its sixth replaced, typed without diacritics. */
function reworded(text: string): string {
  const words = text.split(" ");
  words[5] = "cũng";
  words.splice(2, 1);
  return foldDiacritics(words.join(" "));
}

describe("duplicate suggestions at scale", () => {
  it("find a reworded claim first, typed without diacritics", async () => {
    for (const i of [7, 501, 1234, 2222, 2999]) {
      const typed = reworded(texts[i]!);
      const suggestions = await suggestSimilarClaims(editor, typed);
      expect(suggestions[0]?.text, typed).toBe(texts[i]);
      expect(suggestions[0]!.score, typed).toBeGreaterThan(0.7);
    }
  });

  it("suggest what scoring every claim would, for fresh phrasings made of common words", async () => {
    for (const typed of ["trieu tien cung cap dan phao cho nga", "Kim Jong Un thăm sân bay vũ trụ Vostochny", reworded(texts[42]!)]) {
      const suggestions = await suggestSimilarClaims(editor, typed);
      const best = await exhaustiveScores(typed);
      expect(best.length, typed).toBeGreaterThan(0);
      expect(suggestions[0]?.score, typed).toBeCloseTo(best[0]!, 5);
    }
  });
});

describe("trigrams computed in the app", () => {
  it("are pg_trgm's, and bound both of its scores from above", async () => {
    const typed = foldClaimText("Triều Tiên cung cấp đạn pháo cho Nga, ông Kim nói");
    const claims = await getDb().$queryRaw<{ textFolded: string; trigrams: string[]; score: number }[]>`
      SELECT "textFolded", show_trgm("textFolded") AS trigrams,
             greatest(word_similarity(${typed}, "textFolded"), similarity(${typed}, "textFolded"))::float8 AS score
      FROM "Claim" ORDER BY slug LIMIT 300`;
    const typedTrigrams = new Set(trigrams(typed));
    for (const claim of claims) {
      const own = trigrams(claim.textFolded);
      expect(new Set(own.map(spell)), claim.textFolded).toEqual(new Set(claim.trigrams));
      expect(similarityBound(typedTrigrams, own), claim.textFolded).toBeGreaterThanOrEqual(claim.score - 1e-6);
    }
  });
});

/** A trigram number back to its three characters, as show_trgm prints ASCII trigrams. */
function spell(trigram: number): string {
  return String.fromCharCode(Math.floor(trigram / 2 ** 32), Math.floor(trigram / 2 ** 16) % 2 ** 16, trigram % 2 ** 16);
}
