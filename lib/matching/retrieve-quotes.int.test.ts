// Retrieval's choice of probe words on real PostgreSQL, on a desk with word statistics: a word rare in the claims'
// wordings but common in their quotes is no probe (the quote index's list of it is long, and a bitmap scan reads a
// list whole whatever the LIMIT), and the claim a sentence states is still found through its rarer words.
// Its own file: the word statistics are read once per process and kept.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { makeUser } from "@/test/factories";
import { createClaim } from "@/lib/claims/create-claim";
import { parseImport } from "@/lib/sources/parse-import";
import { storeParsedFiles } from "@/lib/sources/store-sources";
import { keyWords } from "./keywords";
import { candidateClaims, candidateStatement } from "./retrieve";

let editor: Actor;
const QUOTE = "khảo sát xưởng đóng tàu";
const TARGET = "Đoàn thanh tra Hải Phòng đã khảo sát xưởng đóng tàu Bạch Đằng";
const SENTENCE = "Hôm qua, đoàn thanh tra của Hải Phòng khảo sát xưởng đóng tàu Bạch Đằng.";
const QUOTED = 60;
const FILLERS = 100;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  const title = `Bài khảo sát ${Date.now().toString(36)}`;
  // Stored as the import stores it, without the matching job (which would read and keep the statistics before ANALYZE).
  const text = [title, "", "Báo Thử, 02/10/2024", "", `Các chuyên gia ${QUOTE} ở miền Bắc trong tuần.`].join("\n");
  const [outcome] = await storeParsedFiles([{ fileName: `${title}.txt`, text, sources: parseImport(text, `${title}.txt`) }], { importedById: editor.id });
  expect(outcome?.status).toBe("stored");
  const sourceId = outcome!.id;
  const body = (await getDb().source.findUniqueOrThrow({ where: { id: sourceId }, select: { body: true } })).body;
  const start = body.indexOf(QUOTE);
  expect(start).toBeGreaterThanOrEqual(0);
  await createClaim(editor, { text: TARGET, kind: "OTHER" });
  // The quote's words are in every one of these claims' quotes and in none of their wordings.
  for (let i = 0; i < QUOTED; i++) {
    await createClaim(editor, { text: `Bộ Nông nghiệp công bố sản lượng lúa của vụ số ${i + 1}`, kind: "OTHER", appearance: { sourceId, start, end: start + QUOTE.length, exact: QUOTE } });
  }
  for (let i = 0; i < FILLERS; i++) await createClaim(editor, { text: `Ngân hàng Nhà nước giữ nguyên lãi suất điều hành lần thứ ${i + 1}`, kind: "OTHER" });
  await getDb().$executeRaw`ANALYZE "Claim"`;
  await getDb().$executeRaw`ANALYZE "Appearance"`;
});

/** The words the statement's tsqueries probe with (the one array of the statement whose items are tsqueries). */
function probedWords(values: unknown[]): Set<string> {
  const queries = values.find((v): v is string[] => Array.isArray(v) && v.some((q) => typeof q === "string" && q.includes("'")));
  return new Set((queries ?? []).flatMap((q) => [...q.matchAll(/'([^']+)'/g)].map((m) => m[1]!)));
}

describe("probe words and the quotes' word statistics", () => {
  it("leaves out of the tsqueries the words common in quotes, though rare in wordings, and probes with the rarer ones", async () => {
    const statement = await candidateStatement(getDb(), [[...keyWords(SENTENCE)]]);
    const words = probedWords(statement!.values);
    expect(words.size).toBeGreaterThan(0);
    for (const word of ["khao", "sat", "xuong", "tau"]) expect(words.has(word), word).toBe(false);
    expect([...words].some((w) => ["thanh", "tra", "doan", "bach", "phong"].includes(w))).toBe(true);
  });

  it("still finds the claim the sentence states, first", async () => {
    const candidates = await candidateClaims(getDb(), [[...keyWords(SENTENCE)]]);
    const target = await getDb().claim.findFirstOrThrow({ where: { text: TARGET }, select: { id: true } });
    expect(candidates[0]?.id).toBe(target.id);
  });
});
