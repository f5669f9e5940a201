// The public claims' search documents held in memory, so that a search never scans or ranks thousands of rows in
// SQL. Built from the tsvectors approval writes ("searchVector": the claim's wording at weight A, what is said
// around it at B), then kept current one claim at a time as publications are announced.
import "server-only";
import { getDb } from "@/lib/db/client";

/** ts_rank's default weights: a word of the claim itself counts 1, one only in its context 0.4. */
const WEIGHT_WORDING = 1;
const WEIGHT_CONTEXT = 0.4;
/** Past this share of replaced documents, the index is built afresh (in the background) to drop them. */
const MAX_DEAD_SHARE = 0.1;
/** Claims read per query while building. */
const BUILD_PAGE = 2_000;

/** One term of a query: every word starting with `prefix`, or any of `words` exactly (a typo's corrections). */
export type QueryGroup = { prefix: string } | { words: string[] };
export type IndexFilters = { kind?: string; verdict?: string; claimant?: string; from?: string; to?: string };
export type Facet = { value: string; count: number };
export type IndexResult = { total: number; page: { id: string; score: number; position: number }[]; more: boolean; facets: Record<Dimension, Facet[]> };
/** A window of results: from an offset, or (without a query) the claims first published before a position. */
export type IndexWindow = { offset: number; limit: number; before?: bigint };
type Dimension = "verdict" | "kind" | "claimant";
const DIMENSIONS: Dimension[] = ["verdict", "kind", "claimant"];

type Row = { id: string; slug: string; publishedAt: Date; position: bigint | null; verdict: string | null; kind: string | null; claimant: string | null; wording: string; context: string };

// Public means published or withdrawn, not merged away, with a search document; the words come from the tsvector
// itself, so they are exactly the lexemes PostgreSQL made (and typo correction's vocabulary holds). `position` is
// where the claim's first publication stands in commit order ("PublicationOrder"): the order of claims without a query.
const ROWS_SQL = `
  SELECT id, slug, "publishedAt", verdict::text AS verdict, "publicKind"::text AS kind, "publicClaimant" AS claimant,
         array_to_string(tsvector_to_array(ts_filter("searchVector", '{a}')), ' ') AS wording,
         array_to_string(tsvector_to_array(ts_filter("searchVector", '{b,c,d}')), ' ') AS context,
         (SELECT min(o.position) FROM "ClaimRevision" r JOIN "PublicationOrder" o ON o."revisionId" = r.id WHERE r."claimId" = "Claim".id) AS position
  FROM "Claim"
  WHERE state IN ('PUBLISHED', 'WITHDRAWN') AND "mergedIntoId" IS NULL AND "searchVector" IS NOT NULL`;

/** The first instant of a calendar day in the newsroom's time zone (Vietnam: UTC+7, no daylight saving). */
function dayStart(date: string, plusDays = 0): number {
  return Date.parse(`${date}T00:00:00+07:00`) + plusDays * 86_400_000;
}

/** Codepoint order, as the facets were ordered before: most claims first, then by value. */
const byCountThenValue = (a: Facet, b: Facet) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/** Past this many, the sorted list's inserts cost more than one sort of every match. */
const SHORT_LIST = 256;

/**
 * The first `count` of `docs` (newest first) by score, best first and keeping the newest-first order among equal
 * scores: one pass with a short sorted list rather than sorting thousands of matches for one page. A far window (a
 * ranked search's offset in the thousands) sorts them all instead: each insert into a long list moves up to `count`
 * entries, so the pass was quadratic (a window 4,900 deep into 20,000 matches read about 10^8 scores).
 */
export function firstByScore(docs: number[], score: Float32Array, count: number): number[] {
  if (count > SHORT_LIST || count >= docs.length / 4) return [...docs].sort((a, b) => score[b]! - score[a]!).slice(0, count); // stable
  const top: number[] = [];
  for (const doc of docs) {
    if (top.length === count && score[doc]! <= score[top[count - 1]!]!) continue;
    // After every kept document of the same or higher score: later documents are older.
    let at = top.length;
    while (at > 0 && score[top[at - 1]!]! < score[doc]!) at--;
    top.splice(at, 0, doc);
    if (top.length > count) top.pop();
  }
  return top;
}

export class SearchIndex {
  private ids: string[] = [];
  private publishedAt: number[] = [];
  private position: number[] = [];
  /** Per dimension, each document's value as a number (-1 for none), and the values those numbers stand for. */
  private values: Record<Dimension, number[]> = { verdict: [], kind: [], claimant: [] };
  private names: Record<Dimension, string[]> = { verdict: [], kind: [], claimant: [] };
  private numbers: Record<Dimension, Map<string, number>> = { verdict: new Map(), kind: new Map(), claimant: new Map() };
  private alive: boolean[] = [];
  private dead = 0;
  private docOfSlug = new Map<string, number>();
  /**
   * Per word, its documents as doc * 2 + 1 where the claim's wording has it, doc * 2 where only its context does.
   * Grown as plain arrays while building, then held as exact-length typed arrays (a quarter of the memory).
   */
  private postings = new Map<string, Int32Array>();
  private growing: Map<string, number[]> | null = new Map();
  private sortedWords: string[] | null = null;
  private recency: Int32Array | null = null;

  /** Reads the public claims through a cursor, a page at a time, so that only one page of rows is held at once. */
  static async build(): Promise<SearchIndex> {
    const index = new SearchIndex();
    await getDb().$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`DECLARE public_claims NO SCROLL CURSOR FOR ${ROWS_SQL}`);
        for (;;) {
          const rows = await tx.$queryRawUnsafe<Row[]>(`FETCH ${BUILD_PAGE} FROM public_claims`);
          for (const row of rows) index.add(row);
          if (rows.length < BUILD_PAGE) break;
        }
      },
      { timeout: 120_000 },
    );
    for (const [word, list] of index.growing!) index.postings.set(word, Int32Array.from(list));
    index.growing = null;
    return index;
  }

  get wornOut(): boolean {
    return this.dead > Math.max(100, this.ids.length * MAX_DEAD_SHARE);
  }

  /** Reads one claim again (after its publication was announced): replaces, adds or drops its document. */
  async refresh(slug: string): Promise<void> {
    const [row] = await getDb().$queryRawUnsafe<Row[]>(`${ROWS_SQL} AND slug = $1`, slug);
    this.remove(slug);
    if (row) this.add(row);
  }

  private add(row: Row): void {
    const doc = this.ids.length;
    this.ids.push(row.id);
    this.publishedAt.push(row.publishedAt.getTime());
    this.position.push(Number(row.position ?? 0));
    for (const d of DIMENSIONS) this.values[d].push(this.numberOf(d, row[d]));
    this.alive.push(true);
    this.docOfSlug.set(row.slug, doc);
    const wording = new Set(row.wording.split(" ").filter(Boolean));
    for (const word of wording) this.post(word, doc * 2 + 1);
    for (const word of new Set(row.context.split(" "))) if (word && !wording.has(word)) this.post(word, doc * 2);
    this.recency = null;
  }

  private numberOf(d: Dimension, value: string | null): number {
    if (value === null) return -1;
    let n = this.numbers[d].get(value);
    if (n === undefined) {
      n = this.names[d].push(value) - 1;
      this.numbers[d].set(value, n);
    }
    return n;
  }

  private post(word: string, entry: number): void {
    if (this.growing) {
      const list = this.growing.get(word);
      if (list) list.push(entry);
      else this.growing.set(word, [entry]);
      return;
    }
    // One claim at a time after the build: copying a list is cheaper than keeping spare room in all of them.
    const list = this.postings.get(word);
    const grown = new Int32Array((list?.length ?? 0) + 1);
    if (list) grown.set(list);
    grown[grown.length - 1] = entry;
    this.postings.set(word, grown);
    if (!list) this.sortedWords = null;
  }

  private remove(slug: string): void {
    const doc = this.docOfSlug.get(slug);
    if (doc === undefined) return;
    this.docOfSlug.delete(slug);
    this.alive[doc] = false;
    this.dead++;
    this.recency = null;
  }

  /** Documents newest first (first publication, in commit order): the order of equal scores and of no query. */
  private byRecency(): Int32Array {
    if (this.recency) return this.recency;
    const docs = Int32Array.from(this.ids.keys()).filter((doc) => this.alive[doc]);
    docs.sort((a, b) => this.position[b]! - this.position[a]! || (this.ids[a]! < this.ids[b]! ? -1 : 1));
    return (this.recency = docs);
  }

  /** Where words starting with `prefix` begin in the sorted vocabulary (binary search). */
  private firstWithPrefix(prefix: string): { words: string[]; at: number } {
    const words = (this.sortedWords ??= [...this.postings.keys()].sort());
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return { words, at: lo };
  }

  /** Whether some word of a public claim starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    const { words, at } = this.firstWithPrefix(prefix);
    return at < words.length && words[at]!.startsWith(prefix);
  }

  private wordsOf(group: QueryGroup): string[] {
    if ("words" in group) return group.words.filter((word) => this.postings.has(word));
    const { words, at } = this.firstWithPrefix(group.prefix);
    const found: string[] = [];
    for (let i = at; i < words.length && words[i]!.startsWith(group.prefix); i++) found.push(words[i]!);
    return found;
  }

  /**
   * Claims having every group, scored by the best weight each group has in them (wording over context), best
   * first and newest first among equals; the total, one window, and facet counts that each ignore their own filter.
   * Without a query, `window.before` starts the window at the first claim published before that position (a keyset:
   * a claim published meanwhile goes to the front and shifts nothing after it).
   */
  search(groups: QueryGroup[], filters: IndexFilters, window: IndexWindow): IndexResult {
    const count = this.ids.length;
    const score = new Float32Array(count);
    const found = new Uint8Array(count);
    if (groups.length) {
      const best = new Float32Array(count);
      const seenIn = new Int16Array(count).fill(-1);
      groups.forEach((group, g) => {
        for (const word of this.wordsOf(group)) {
          for (const entry of this.postings.get(word)!) {
            const doc = entry >> 1;
            const weight = entry & 1 ? WEIGHT_WORDING : WEIGHT_CONTEXT;
            if (seenIn[doc] !== g) {
              seenIn[doc] = g;
              found[doc]!++;
              best[doc] = weight;
              score[doc]! += weight;
            } else if (weight > best[doc]!) {
              score[doc]! += weight - best[doc]!;
              best[doc] = weight;
            }
          }
        }
      });
    }
    const from = filters.from ? dayStart(filters.from) : -Infinity;
    const to = filters.to ? dayStart(filters.to, 1) : Infinity;
    // A filter on a value no document has leaves nothing (-2 matches no document's number).
    const wanted = DIMENSIONS.map((d) => (filters[d] === undefined ? undefined : (this.numbers[d].get(filters[d]) ?? -2)));
    const columns = DIMENSIONS.map((d) => this.values[d]);
    const counts = DIMENSIONS.map((d) => new Int32Array(this.names[d].length));
    const matched: number[] = [];
    for (const doc of this.byRecency()) {
      if (found[doc] !== groups.length || this.publishedAt[doc]! < from || this.publishedAt[doc]! >= to) continue;
      // Bit k set: the filter of dimension k fails.
      let failing = 0;
      for (let k = 0; k < 3; k++) if (wanted[k] !== undefined && columns[k]![doc] !== wanted[k]) failing |= 1 << k;
      if (!failing) matched.push(doc);
      // A facet counts the claims passing every filter but its own.
      for (let k = 0; k < 3; k++) {
        const value = columns[k]![doc]!;
        if (value >= 0 && (failing & ~(1 << k)) === 0) counts[k]![value]!++;
      }
    }
    let start = window.offset;
    if (!groups.length && window.before !== undefined) {
      const before = Number(window.before);
      start = matched.findIndex((doc) => this.position[doc]! < before);
      if (start < 0) start = matched.length;
    }
    const ranked = groups.length ? firstByScore(matched, score, start + window.limit) : matched;
    const [verdict, kind, claimant] = DIMENSIONS.map((d, k) =>
      this.names[d]
        .map((value, n) => ({ value, count: counts[k]![n]! }))
        .filter((f) => f.count > 0)
        .sort(byCountThenValue),
    ) as [Facet[], Facet[], Facet[]];
    return {
      total: matched.length,
      page: ranked.slice(start, start + window.limit).map((doc) => ({ id: this.ids[doc]!, score: score[doc]!, position: this.position[doc]! })),
      more: matched.length > start + window.limit,
      facets: { verdict, kind, claimant },
    };
  }
}
