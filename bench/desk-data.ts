// In-process database benchmarks on the desk the app runs on: a 1,000-article import end to end, and duplicate
// suggestions at 100,000 claims; and the sample sentences that generated data is worded from.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { foldClaimText } from "@/lib/claims/create-claim";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { parseImport } from "@/lib/sources/parse-import";
import { foldDiacritics } from "@/lib/sources/normalize";
import { templateClaims } from "./claim-templates";

export type Percentiles = { p50: number; p95: number; p99: number };

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/**
 * The app's own embedded PostgreSQL (what start.ts runs on `dataDir`), opened by this process while the app is
 * stopped; DATABASE_URL points at it while `fn` runs.
 */
export async function withDeskDatabase<T>(dataDir: string, fn: (url: string) => Promise<T>): Promise<T> {
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), stateDir: dataDir, database: "claimdesk" });
  try {
    process.env.DATABASE_URL = cluster.url;
    return await fn(cluster.url);
  } finally {
    const { disconnectDb } = await import("@/lib/db/client");
    await disconnectDb();
    delete process.env.DATABASE_URL;
    await cluster.stop();
  }
}

/** 1,000 distinct article texts made from the sample articles (deterministic). */
export function generateArticles(count = 1000): { fileName: string; text: string }[] {
  const dir = path.resolve("fixtures/articles");
  const raws = fs.readdirSync(dir).flatMap((name) => parseImport(fs.readFileSync(path.join(dir, name), "utf8"), name).map((s) => s.raw));
  return Array.from({ length: count }, (_, i) => {
    const raw = raws[i % raws.length]!;
    const cut = raw.indexOf("\n\n", Math.floor(raw.length / 3));
    const marker = `\n\nBản tin số ${i + 1} trong bộ dữ liệu đo hiệu năng, phát lại lần ${Math.floor(i / raws.length) + 1}.\n\n`;
    return { fileName: `bench-${String(i + 1).padStart(4, "0")}.txt`, text: cut > 0 ? raw.slice(0, cut) + marker + raw.slice(cut + 2) : raw + marker };
  });
}

/**
 * Parses and stores `count` generated articles as an import does, timed until the save returns; then, as every
 * import path does, hands the stored sources to the matching job (lib/matching/background.ts) and times how long
 * after the save it is done (the next bench rows start on a quiet desk).
 */
export async function measureImport(count = 1000): Promise<{ seconds: number; stored: number; duplicates: number; articlesPerSec: number; matchingSeconds: number }> {
  const { storeParsedFiles, summarise } = await import("@/lib/sources/store-sources");
  const { matchingIdle, scheduleMatching } = await import("@/lib/matching/background");
  const articles = generateArticles(count);
  const started = performance.now();
  const files = articles.map((a) => ({ ...a, sources: parseImport(a.text, a.fileName) }));
  const outcomes = await storeParsedFiles(files, { importedById: null });
  scheduleMatching(outcomes.filter((o) => o.status === "stored").map((o) => o.id));
  const saved = performance.now();
  const seconds = (saved - started) / 1000;
  await matchingIdle();
  const matchingSeconds = (performance.now() - saved) / 1000;
  const { stored, duplicates } = summarise(outcomes);
  return { seconds, stored, duplicates, articlesPerSec: stored / seconds, matchingSeconds };
}

/** Sentences of the sample articles (NFC, single-spaced): the vocabulary and phrasing generated data is made from. */
let sentencesCache: string[] | null = null;
export function sampleSentences(): string[] {
  const dir = path.resolve("fixtures/articles");
  return (sentencesCache ??= fs
    .readdirSync(dir)
    .sort()
    .flatMap((name) => parseImport(fs.readFileSync(path.join(dir, name), "utf8"), name))
    .flatMap((s) => s.body.split(/(?<=[.!?…»”])\s+/))
    .map((s) => s.replace(/\s+/g, " ").trim().normalize("NFC"))
    .filter((s) => s.split(" ").length >= 8));
}

/** A deterministic pseudo-random sequence (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A run of words taken from one sample sentence: sampleSentences()[sentence], words [start, start + words). */
export type WordRun = { sentence: number; start: number; words: number };

/** The words of a run exactly as they stand in its sentence, and where in the sentence they start (UTF-16 units). */
export function runText(run: WordRun): { text: string; offset: number } {
  const words = sampleSentences()[run.sentence]!.split(" ");
  const before = words.slice(0, run.start).join(" ");
  return { text: words.slice(run.start, run.start + run.words).join(" "), offset: before.length + (run.start > 0 ? 1 : 0) };
}

/**
 * Claims worded from the sample articles: each joins a run of 6–14 words from one sentence to a run from
 * another, so the desk's real vocabulary and phrasing recur without repeating whole claims. The runs are
 * kept, so generated claims can be anchored where those words stand in generated sources.
 */
export function claimDrafts(count: number, seed = 20231113): { text: string; runs: [WordRun, WordRun] }[] {
  const sentences = sampleSentences().map((s) => s.split(" "));
  const next = random(seed);
  const run = (sentence: number): WordRun => {
    const words = sentences[sentence]!;
    const length = 6 + Math.floor(next() * 9);
    const start = Math.floor(next() * Math.max(1, words.length - length));
    return { sentence, start, words: Math.min(length, words.length - start) };
  };
  const joined = (r: WordRun) => sentences[r.sentence]!.slice(r.start, r.start + r.words).join(" ");
  return Array.from({ length: count }, () => {
    const a = Math.floor(next() * sentences.length);
    const b = Math.floor(next() * sentences.length);
    const runs: [WordRun, WordRun] = [run(a), run(b)];
    return { text: `${joined(runs[0])} ${joined(runs[1])}`.replace(/[«»“”"*]/g, "").trim(), runs };
  });
}

export function claimTexts(count: number, seed = 20231113): string[] {
  return claimDrafts(count, seed).map((d) => d.text);
}

/** Bare draft claims worded by claimTexts() (for tests that need many claims and nothing else), then ANALYZE. */
export async function generateClaims(url: string, count = 100_000): Promise<number> {
  const started = performance.now();
  const texts = claimTexts(count);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let offset = 0; offset < count; offset += 5000) {
      const batch = texts.slice(offset, offset + 5000);
      await client.query(
        `INSERT INTO "Claim" (id, slug, text, "textFolded", kind, tags, state, "updatedAt")
         SELECT gen_random_uuid(), s, t, f, 'OTHER', '{}', 'DRAFT', now() FROM unnest($1::text[], $2::text[], $3::text[]) AS u(s, t, f)`,
        [batch.map((_, i) => `bench-claim-${offset + i}`), batch, batch.map(foldClaimText)],
      );
    }
    await client.query(`ANALYZE "Claim"`);
  } finally {
    await client.end();
  }
  return (performance.now() - started) / 1000;
}

/**
 * What an editor types: the start of a claim the generated desk holds (bench/scale-data.ts words its claims from
 * templateClaims(); some typed without diacritics) and fresh phrasings.
 */
export function suggestionQueries(): string[] {
  const existing = templateClaims(100_000).filter((_, i) => i % 9973 === 0).slice(0, 8);
  const typed = existing.map((text, i) => {
    const words = text.split(" ").slice(0, 7).join(" ");
    return i % 2 ? foldDiacritics(words) : words;
  });
  return [...typed, "trieu tien cung cap dan phao cho nga", "Kim Jong Un thăm sân bay vũ trụ Vostochny"];
}

export async function measureSuggestions(rounds = 6): Promise<Percentiles & { queries: number; topScore: number }> {
  const { suggestSimilarClaims } = await import("@/lib/claims/suggest-similar");
  const actor = { id: "00000000-0000-4000-8000-000000000000", role: "EDITOR" as const, email: "bench@desk.example", name: "bench" };
  const queries = suggestionQueries();
  for (const q of queries.slice(0, 3)) await suggestSimilarClaims(actor, q); // warm the pool and caches
  const samples: number[] = [];
  let topScore = 0;
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const started = performance.now();
      const results = await suggestSimilarClaims(actor, q);
      samples.push(performance.now() - started);
      topScore = Math.max(topScore, results[0]?.score ?? 0);
    }
  }
  return { ...percentiles(samples), queries: samples.length, topScore };
}

/**
 * What readers search for: words most claims share, names, a typo, phrases, and no query at all (the search
 * page as first opened). Each query is ranked afresh by the index in memory: the answers kept until the next
 * publication are dropped before each.
 */
export const SEARCH_MIX = ["trieu tien", "trieu tien dan duoc", "putin", "vostochny", "vostochy", "kim jong un", "đạn pháo", "bình nhưỡng", "hiệp ước đối tác chiến lược", ""];

export async function measureSearch(rounds = 5): Promise<Percentiles & { queries: number; matches: Record<string, number>; indexBuildMs: number }> {
  const { searchPublishedClaims, parseSearchFilters, clearSearchCache, clearSearchAnswers } = await import("@/lib/public/search");
  clearSearchCache();
  const building = performance.now();
  await searchPublishedClaims(parseSearchFilters({ q: "" }), { offset: 0, limit: 20 }); // builds the index
  const indexBuildMs = performance.now() - building;
  const matches: Record<string, number> = {};
  for (const q of SEARCH_MIX) matches[q] = (await searchPublishedClaims(parseSearchFilters({ q }), { offset: 0, limit: 20 })).total; // warm up
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of SEARCH_MIX) {
      clearSearchAnswers();
      const started = performance.now();
      await searchPublishedClaims(parseSearchFilters({ q }), { offset: 0, limit: 20 });
      samples.push(performance.now() - started);
    }
  }
  return { ...percentiles(samples), queries: samples.length, matches, indexBuildMs };
}
