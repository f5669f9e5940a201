// Generators for the fuzzing tests (fast-check, fixed seed): inputs that are bad on purpose, each break
// aimed at one field so the refusal can be checked to name it, and hostile text that is still valid.
import fc from "fast-check";
import { hasControlCharacters } from "@/lib/sources/file-name";
import { hasMixedScriptWord } from "@/lib/claims/name-scripts";

export const FUZZ_SEED = 20_261_126;

/** Fragments an attacker tries in any text box: SQL, JSON, HTML, path and format-string tricks. */
export const SQL_AND_FRIENDS = [
  `'; DROP TABLE "Claim"; --`,
  `" OR 1=1 --`,
  `1; SELECT pg_sleep(10)`,
  `$$; COPY "User" TO PROGRAM 'id'; $$`,
  `\\' UNION SELECT "passwordHash" FROM "User" --`,
  `%_%\\%`,
  `{"$where": "1"}`,
  `<script>alert(1)</script>`,
  `../../etc/passwd`,
  `%s%s%n`,
  `\${7*7}{{7*7}}`,
];

/** Characters PostgreSQL stores but that trip careless code: controls, bidi overrides, zero widths, combining marks, astral. */
const ODD_CHARACTERS = ["\u0001", "\u0007", "\u0008", "\u001B", "\u001F", "\u007F", "\u0085", "\u00A0", "\u200B", "\u200D", "\u202E", "\u2066", "\uFEFF", "\uFFFF", "\u0301", "\u0323", "\u{1F680}", "\u{10FFFF}", "ễ", "Ω", "\t", "\n", "\r"];
export const LONE_SURROGATES = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"];

/** Valid text that is nasty to store or display: never a NUL nor an unpaired surrogate. */
export function hostileText(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...SQL_AND_FRIENDS),
    fc.string({ unit: fc.constantFrom(...ODD_CHARACTERS, ...SQL_AND_FRIENDS.map((s) => s[0]!), "a", " "), maxLength }),
    fc.string({ unit: "binary", maxLength }).map((s) => s.replaceAll("\u0000", "")),
    fc.string({ unit: "grapheme", maxLength }),
  );
}

/** A claimant's name that is nasty but valid: hostile text with no word mixing scripts (lib/claims/name-scripts.ts). */
export function hostileClaimantName(maxLength: number): fc.Arbitrary<string> {
  return hostileText(maxLength).filter((name) => !hasMixedScriptWord(name));
}

/**
 * A text's name that is nasty but valid: hostile text without control characters, which a name may not hold
 * (lib/sources/file-name.ts); `withControl` is one that does.
 */
export function hostileName(maxLength: number, around: (h: string) => string): fc.Arbitrary<string> {
  return hostileText(maxLength).map((h) => around([...h].filter((c) => !hasControlCharacters(c)).join("")));
}
export const withControl = (name: string): fc.Arbitrary<string> => fc.constantFrom(`${name}\u0007`, name.replace(".", "\t."), name.replace(".", "\n."), name.replace(".", "\u0085."));

/** `text` with a NUL or a lone surrogate put somewhere in it: no column can hold it as given. */
export function unstorable(text: string): fc.Arbitrary<string> {
  return fc.tuple(fc.nat({ max: text.length }), fc.constantFrom("\u0000", ...LONE_SURROGATES)).map(([at, bad]) => text.slice(0, at) + bad + text.slice(at));
}

/** Values nested `depth` deep: arrays in arrays, or objects in objects. */
export function nested(depth: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
}

/** Anything that is not a string (null and undefined excepted: they are valid for optional fields). */
export const notString: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.integer({ min: 50, max: 3000 }).map((depth) => nested(depth)),
);

const longStrings = new Map<number, string>();
/** A string over `max` characters (shared per length: a 20 MB string is built once, not per run). */
export function tooLong(max: number): fc.Arbitrary<string> {
  return fc.constantFrom(1, 2, 1000).map((extra) => {
    const length = max + extra;
    if (!longStrings.has(length)) longStrings.set(length, "x".repeat(length));
    return longStrings.get(length)!;
  });
}

/** Strings that are not UUIDs, SQL included. */
export const notUuid: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...SQL_AND_FRIENDS, "", "00000000-0000-4000-8000-00000000000g", "00000000000040008000000000000000", "{00000000-0000-4000-8000-000000000000}"),
  fc.string({ maxLength: 40 }).filter((s) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s)),
  notString,
  fc.constant(null),
);

/** Values a `z.coerce.number().int().min(min)` field must refuse (no arrays or null: [] and null coerce to 0). */
export function notIntegerFrom(min: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom("abc", "1.5", 1.5, Number.NaN, Infinity, -Infinity, "1e400", "0x", {}, { n: 1 }, min - 1, "--1", "1,000"),
    fc.integer({ max: min - 1 }),
    fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }),
  );
}

/** Strings an enum must refuse: its values in another case, blanks and SQL. */
export function notEnum(values: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(fc.constantFrom(...values.map((v) => v.toLowerCase()), ...values.map((v) => ` ${v}`), "", ...SQL_AND_FRIENDS), notString, fc.constant(null));
}

export const badDates: fc.Arbitrary<unknown> = fc.oneof(
  // Forms editors type (18/09/2023, 2023-9-1) are dates now; these are not, in any form.
  fc.constantFrom("2023-02-30", "2023-13-01", "2023-00-10", "31/02/2023", "yesterday", "2023-09-18T25:00", "2023-09-18T11:41+25:00", "--02-30", "2023-9-31", "18/09/2023 25:10", `2023-09-18'; --`),
  notString,
);

export const MISSING = Symbol("missing");

/**
 * One field of an input (a dotted path into it): optional hostile-but-valid noise, and ways to break it.
 * `implies` names fields a rule across fields may also blame when this one is broken (a new password
 * that is too long no longer matches its confirmation).
 */
export type FieldSpec = { path: string; noise?: fc.Arbitrary<unknown>; breaks: fc.Arbitrary<unknown>[]; implies?: string[] };
/** `broken` names the fields a refusal may blame; ["*"] when the whole input has the wrong shape. */
export type BadCase = { input: unknown; broken: string[] };

/** Sets (or with MISSING, deletes) the value at `path`; nothing when a broken parent left no object there. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node: unknown = target;
  for (const key of keys.slice(0, -1)) node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  if (node === null || typeof node !== "object") return;
  const last = keys.at(-1)!;
  if (value === MISSING) delete (node as Record<string, unknown>)[last];
  else (node as Record<string, unknown>)[last] = value;
}

/**
 * A valid input from `base` (with noise where allowed), then 1–3 of its fields broken; `broken` names them.
 * `deepest` bounds the whole-input nesting: JSON.stringify (for HTTP) overflows past a few thousand levels.
 */
export function badInputs(fields: FieldSpec[], base: () => Record<string, unknown>, deepest = 100_000): fc.Arbitrary<BadCase> {
  const brokenFields = fc.subarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) }).chain((picked) =>
    fc.tuple(fc.constant(picked), fc.tuple(...picked.map((f) => fc.oneof(...f.breaks))), fc.tuple(...fields.map((f) => (f.noise ? fc.option(f.noise, { nil: MISSING }) : fc.constant(MISSING))))),
  );
  const fieldCases = brokenFields.map(([picked, breaks, noise]) => {
    const input = base();
    fields.forEach((field, i) => {
      if (noise[i] !== MISSING) setPath(input, field.path, noise[i]);
    });
    picked.forEach((field, i) => setPath(input, field.path, breaks[i]));
    return { input, broken: picked.flatMap((f) => [f.path, ...(f.implies ?? [])]) };
  });
  // Whole inputs of the wrong shape: the refusal is about the form itself.
  const wrongShape = fc
    .oneof(
      notString,
      fc.string(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constant(JSON.parse(`{"__proto__": {"role": "ADMIN"}, "constructor": {"prototype": {"isAdmin": true}}}`)),
      fc.integer({ min: Math.min(10_000, deepest), max: deepest }).map((depth) => nested(depth)),
    )
    .map((input) => ({ input, broken: ["*"] }));
  return fc.oneof({ arbitrary: fieldCases, weight: 9 }, { arbitrary: wrongShape, weight: 1 });
}

/** Does a refusal's field key point at one of the broken fields (or inside one, or at the object holding one)? */
export function namesBrokenField(key: string, broken: string[]): boolean {
  return broken.some((path) => path === "*" || key === path || key.startsWith(`${path}.`) || path.startsWith(`${key}.`));
}
