// Fuzzing the data layer's entry points for import and claims with generated bad input (fast-check, fixed
// seed): every input is refused with AppError INVALID naming a field that was broken, and nothing is stored.
// Hostile but valid text (SQL, control characters, bidi overrides, astral characters) is stored verbatim.
import fs from "node:fs";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { parseImport } from "@/lib/sources/parse-import";
import { storeParsedFiles } from "@/lib/sources/store-sources";
import { importSources, previewImport } from "@/lib/sources/import-sources";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { addAppearance } from "@/lib/claims/add-appearance";
import { linkClaims } from "@/lib/claims/link-claims";
import { CLAIM_KINDS, createClaimSchema, LINK_TYPES, STANCES } from "@/lib/claims/schemas";
import { MAX_IMPORT_BYTES } from "@/lib/sources/parse-import";
import { BROKEN_UNICODE_MESSAGE, NUL_MESSAGE, parseInput } from "@/lib/validation";
import { makeUser } from "./factories";
import {
  FUZZ_SEED,
  MISSING,
  SQL_AND_FRIENDS,
  badDates,
  badInputs,
  hostileClaimantName,
  hostileName,
  hostileText,
  namesBrokenField,
  notEnum,
  notIntegerFrom,
  notString,
  notUuid,
  tooLong,
  unstorable,
  withControl,
  type FieldSpec,
} from "./fuzz-inputs";

/** Runs per entry point; eight entry points. */
const RUNS = 1500;
const ARTICLE = "nhattan-2023-09-arms-talks.txt";
const articleText = fs.readFileSync(`fixtures/articles/${ARTICLE}`, "utf8");

let editor: Actor;
let sourceId: string;
let quote: { start: number; end: number; exact: string };
let claimId: string;
let otherClaimId: string;
let client: pg.Client;
const tried: Record<string, number> = {};

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  const [stored] = await storeParsedFiles([{ fileName: ARTICLE, text: articleText, sources: parseImport(articleText, ARTICLE) }], { importedById: editor.id });
  sourceId = stored!.id;
  const { body } = await getDb().source.findUniqueOrThrow({ where: { id: sourceId }, select: { body: true } });
  const exact = body.slice(0, 40).trim();
  quote = { start: 0, end: exact.length, exact };
  claimId = (await createClaim(editor, { text: "Triều Tiên cung cấp đạn pháo cho Nga", kind: "ARMS_TRANSFER" })).id;
  otherClaimId = (await createClaim(editor, { text: "Nga phủ nhận mua vũ khí của Triều Tiên", kind: "DENIAL" })).id;
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client.end();
  const total = Object.values(tried).reduce((a, b) => a + b, 0);
  console.log(`data-layer fuzzing: ${total} bad inputs (${Object.entries(tried).map(([k, v]) => `${k} ${v}`).join(", ")}), all refused, nothing stored`);
});

/** Rows in every application table: a refused input must leave them all as they were. */
async function rowCounts(): Promise<Record<string, number>> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of rows) counts[name] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`)).rows[0]!.n);
  return counts;
}

// Field kinds, each with hostile-but-valid noise and the ways to break it. Ids exist once the desk is set
// up, so the specs are built inside the tests.
const requiredText = (path: string, valid: string, max: number, short: string): FieldSpec => ({
  path,
  noise: hostileText(Math.floor(max / 25)).map((h) => `${valid} ${h}`),
  breaks: [notString, fc.constant(null), fc.constant(MISSING), tooLong(max), unstorable(valid), fc.constantFrom(short, "   ", "\t\n\u00A0\u3000")],
});
// A text's name: hostile noise without control characters (a name holding one is refused: lib/sources/file-name.ts),
// and a control character among the ways to break it.
const nameText = (path: string, valid: string): FieldSpec => {
  const text = requiredText(path, valid, 255, "");
  return {
    ...text,
    noise: hostileName(10, (h) => `${valid} ${h}`),
    breaks: [...text.breaks, withControl(valid)],
  };
};
const optionalText = (path: string, max: number): FieldSpec => ({ path, noise: hostileText(Math.floor(max / 25)), breaks: [notString, tooLong(max), unstorable("Ghi chú của biên tập viên")] });
const uuid = (path: string): FieldSpec => ({ path, breaks: [notUuid, fc.constant(MISSING)] });
const choice = (path: string, values: readonly string[]): FieldSpec => ({ path, noise: fc.constantFrom(...values), breaks: [notEnum(values), fc.constant(MISSING)] });
const date = (path: string): FieldSpec => ({ path, noise: fc.constantFrom("2023-09-13", "2023-09-13T11:41", "2024-06-23T20:00-04:00", "--07-27", "", null), breaks: [badDates] });
const hostileTags = fc.array(fc.constantFrom(...SQL_AND_FRIENDS.filter((s) => s.length <= 40), "\u202Eabc", "🚀", "ễ\u0301", "\u0007"), { maxLength: 20 });
const tags: FieldSpec = {
  path: "tags",
  noise: hostileTags,
  breaks: [
    fc.array(fc.constant("t"), { minLength: 21, maxLength: 30 }),
    tooLong(40).map((t) => [t]),
    fc.constantFrom(["ok", 5], [null], [["nested"]], 7, true, { a: "b" }),
    unstorable("nga").map((t) => ["ok", t]),
  ],
};

const anchorFields = (prefix: string): FieldSpec[] => [
  uuid(`${prefix}sourceId`),
  { path: `${prefix}start`, breaks: [notIntegerFrom(0), fc.constant(MISSING)] },
  { path: `${prefix}end`, breaks: [notIntegerFrom(1), fc.constant(MISSING), fc.constant(quote.start)] },
  { path: `${prefix}exact`, breaks: [notString, fc.constant(""), tooLong(2000), unstorable(quote.exact), fc.constant(MISSING)] },
];

const claimFields = (): FieldSpec[] => [
  requiredText("text", "Triều Tiên chuyển tên lửa cho Nga", 2000, "abcd"),
  optionalText("gloss", 2000),
  { ...optionalText("claimantName", 200), noise: hostileClaimantName(8) },
  date("madeAt"),
  choice("kind", CLAIM_KINDS),
  tags,
];

type EntryPoint = { name: string; fields: () => FieldSpec[]; base: () => Record<string, unknown>; call: (input: unknown) => Promise<unknown> };

const ENTRY_POINTS: EntryPoint[] = [
  {
    name: "previewImport",
    fields: () => [nameText("fileName", "bai-bao.txt"), { ...requiredText("text", articleText, MAX_IMPORT_BYTES, " "), noise: undefined }],
    base: () => ({ fileName: "bai-bao.txt", text: articleText }),
    call: (input) => previewImport(editor, input),
  },
  {
    name: "importSources",
    fields: () => [
      nameText("fileName", "bai-bao.txt"),
      { ...requiredText("text", articleText, MAX_IMPORT_BYTES, " "), noise: undefined },
      { path: "overrides", breaks: [fc.oneof(fc.integer(), fc.boolean(), fc.string(), fc.constant(null), fc.constant([1]))] },
      { path: "overrides.0.index", breaks: [fc.constantFrom("0", -1, 10_001, 1.5, Number.NaN, null, MISSING)] },
      optionalText("overrides.0.title", 500),
      optionalText("overrides.0.outlet", 120),
      date("overrides.0.publishedAt"),
      { path: "overrides.0.language", breaks: [fc.constantFrom("VI", "english", "v1", "", "vi'--", 42)] },
    ],
    base: () => ({ fileName: "bai-bao.txt", text: articleText, overrides: [{ index: 0, title: "Tiêu đề", language: "vi" }] }),
    call: (input) => importSources(editor, input),
  },
  {
    name: "createClaim",
    fields: () => [...claimFields(), { path: "appearance", breaks: [notString, fc.constant(null)] }, ...anchorFields("appearance.")],
    base: () => ({ text: "Triều Tiên chuyển tên lửa cho Nga", kind: "OTHER", appearance: { ...quote, sourceId } }),
    call: (input) => createClaim(editor, input),
  },
  {
    name: "updateClaim",
    fields: () => [...claimFields(), uuid("id"), { path: "version", breaks: [notIntegerFrom(1), fc.constant(MISSING)] }],
    base: () => ({ id: claimId, version: 1, text: "Triều Tiên chuyển tên lửa cho Nga", kind: "OTHER" }),
    call: (input) => updateClaim(editor, input),
  },
  {
    name: "addAppearance",
    fields: () => [uuid("claimId"), ...anchorFields("")],
    base: () => ({ claimId, sourceId, ...quote }),
    call: (input) => addAppearance(editor, input),
  },
  {
    name: "addEvidence (quote)",
    fields: () => [
      { path: "kind", breaks: [fc.constantFrom("internal", "Source", "", 1, null, MISSING)] },
      uuid("claimId"),
      choice("stance", STANCES),
      optionalText("note", 4000),
      { path: "anchor", breaks: [notString, fc.constant(null), fc.constant(MISSING)] },
      ...anchorFields("anchor."),
    ],
    base: () => ({ kind: "source", claimId, stance: "SUPPORTS", anchor: { ...quote, sourceId } }),
    call: (input) => addEvidence(editor, input),
  },
  {
    name: "addEvidence (reference)",
    fields: () => [
      uuid("claimId"),
      choice("stance", STANCES),
      optionalText("note", 4000),
      {
        path: "url",
        breaks: [fc.constantFrom("javascript:alert(1)", "ftp://example.org/x", "http://", "http://a b", "//example.org", "", null, MISSING), notString, unstorable("https://example.org/bai-viet")],
      },
      requiredText("title", "Báo cáo của Liên Hợp Quốc", 500, ""),
      optionalText("publisher", 200),
      date("publishedAt"),
      { path: "retrievedAt", breaks: [fc.constantFrom("2023-13-01", "18/09/2023", "2023-09-18T00:00", "hôm qua", 20230918, null)] },
    ],
    base: () => ({ kind: "external", claimId, stance: "CONTEXT", url: "https://example.org/bai-viet", title: "Báo cáo của Liên Hợp Quốc" }),
    call: (input) => addEvidence(editor, input),
  },
  {
    name: "linkClaims",
    fields: () => [
      uuid("fromClaimId"),
      { path: "toClaimId", breaks: [notUuid, fc.constant(MISSING), fc.constant(claimId)] },
      choice("type", LINK_TYPES),
      optionalText("note", 1000),
    ],
    base: () => ({ fromClaimId: claimId, toClaimId: otherClaimId, type: "CORROBORATES" }),
    call: (input) => linkClaims(editor, input),
  },
];

describe("data-layer entry points under generated bad input", () => {
  for (const entry of ENTRY_POINTS) {
    it(`${entry.name} refuses ${RUNS} bad inputs with INVALID naming a broken field, storing nothing`, async () => {
      const before = await rowCounts();
      tried[entry.name] = 0;
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(
          badInputs(entry.fields(), entry.base),
          async ({ input, broken }) => {
            tried[entry.name]! += 1;
            const error = await entry.call(input).then(
              () => null,
              (e: unknown) => e,
            );
            if (!isAppError(error)) throw new Error(`not refused with an AppError (broke ${broken.join(", ")}): ${String(error)}`);
            expect(error.code).toBe("INVALID");
            const fieldErrors = Object.entries(error.details?.fieldErrors ?? {});
            expect(fieldErrors.length).toBeGreaterThan(0);
            for (const [key, messages] of fieldErrors) {
              expect(namesBrokenField(key, broken), `${key} is not among the broken fields ${broken.join(", ")}`).toBe(true);
              for (const message of messages ?? []) {
                expect(message).toMatch(/^.{3,300}$/s);
                seen.add(message);
              }
            }
          },
        ),
        { seed: FUZZ_SEED, numRuns: RUNS, endOnFailure: true },
      );
      expect(await rowCounts()).toEqual(before);
      // The runs reached the text no column can hold, not only the schema's own checks.
      expect([...seen]).toEqual(expect.arrayContaining([NUL_MESSAGE, BROKEN_UNICODE_MESSAGE]));
    }, 120_000);
  }

  it("stores hostile but valid claim text (SQL, controls, bidi, astral) exactly as parsed, bidi controls dropped", async () => {
    const hostile = fc.record({
      text: hostileText(80).map((h) => `Tuyên bố ${h}`),
      gloss: fc.option(hostileText(80), { nil: undefined }),
      claimantName: fc.option(hostileText(8), { nil: undefined }),
      claimantKind: fc.constant("OTHER"),
      kind: fc.constantFrom(...CLAIM_KINDS),
      tags: hostileTags,
    });
    await fc.assert(
      fc.asyncProperty(hostile, async (input) => {
        const expected = parseInput(createClaimSchema, input);
        const created = await createClaim(editor, input);
        const stored = await getDb().claim.findUniqueOrThrow({ where: { id: created.id } });
        expect({ text: stored.text, gloss: stored.gloss, tags: stored.tags, kind: stored.kind }).toEqual({ text: expected.text, gloss: expected.gloss ?? null, tags: expected.tags, kind: expected.kind });
        expect(stored.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
      { seed: FUZZ_SEED, numRuns: 200, endOnFailure: true },
    );
  }, 120_000);
});
