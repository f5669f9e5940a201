// Filters of list pages (?q=&outlet=&from=&page=…) read leniently: a value the schema refuses, that no column
// can hold (U+0000, a broken surrogate) is dropped rather than failing the page with a 500, and a key given twice is
// read as its first value. An old link or a hand-edited address then shows the unfiltered list; the JSON API stays strict (400).
import type { z } from "zod";

// With the u flag a surrogate range matches only halves that are not part of a pair.
const UNSTORABLE = /\u0000|[\uD800-\uDFFF]/u;

export function readListFilters<S extends z.ZodObject>(schema: S, input: unknown): z.output<S> {
  const record = input !== null && typeof input === "object" ? (input as Record<string, unknown>) : {};
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    if (!Object.hasOwn(record, key)) continue;
    // A repeated parameter (?q=a&q=b) arrives as a list: the first, as URLSearchParams.get() reads it.
    const value = Array.isArray(record[key]) ? (record[key] as unknown[])[0] : record[key];
    if (value === undefined || (typeof value === "string" && UNSTORABLE.test(value))) continue;
    if (field.safeParse(value).success) kept[key] = value;
  }
  return schema.parse(kept);
}

/**
 * A query string as a record of each key's first value, as URLSearchParams.get() and a page's searchParams read by
 * readListFilters take it (Object.fromEntries over the entries kept the last one, so a CSV or another reader of the
 * same link filtered by another value than the page showed).
 */
export function firstOfEach(params: URLSearchParams): Record<string, string> {
  const first: Record<string, string> = {};
  for (const [key, value] of params) if (!Object.hasOwn(first, key)) first[key] = value;
  return first;
}

/** A single free-text parameter read the same way: the first value, or "" when it cannot be stored or is too long. */
export function readListText(value: unknown, max = 200): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && !UNSTORABLE.test(first) && first.length <= max ? first : "";
}
