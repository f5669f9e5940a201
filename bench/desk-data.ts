// In-process database benchmarks: a 1,000-article import end to end, and duplicate suggestions at 100,000 claims.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { parseImport } from "@/lib/sources/parse-import";
import { foldDiacritics } from "@/lib/sources/normalize";

export type Percentiles = { p50: number; p95: number; p99: number };

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** A throwaway migrated database in the temp folder; DATABASE_URL points at it while `fn` runs. */
export async function withBenchDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bench-db-"));
  fs.chmodSync(dir, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), database: "bench" });
  try {
    await migrate(cluster.url);
    process.env.DATABASE_URL = cluster.url;
    return await fn(cluster.url);
  } finally {
    const { disconnectDb } = await import("@/lib/db/client");
    await disconnectDb();
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
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

export async function measureImport(count = 1000): Promise<{ seconds: number; stored: number; duplicates: number; articlesPerSec: number }> {
  const { storeParsedFiles, summarise } = await import("@/lib/sources/store-sources");
  const articles = generateArticles(count);
  const started = performance.now();
  const files = articles.map((a) => ({ ...a, sources: parseImport(a.text, a.fileName) }));
  const outcomes = await storeParsedFiles(files, { importedById: null });
  const seconds = (performance.now() - started) / 1000;
  const { stored, duplicates } = summarise(outcomes);
  return { seconds, stored, duplicates, articlesPerSec: stored / seconds };
}

/** Sentences of the sample articles: the vocabulary and phrasing generated claims are made from. */
function sampleSentences(): string[] {
  const dir = path.resolve("fixtures/articles");
  return fs
    .readdirSync(dir)
    .flatMap((name) => parseImport(fs.readFileSync(path.join(dir, name), "utf8"), name))
    .flatMap((s) => s.body.split(/(?<=[.!?…»”])\s+/))
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s.split(" ").length >= 8);
}

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 100,000 claims worded from the sample articles: each joins a run of 6–14 words from one sentence to a
 * run from another, so the desk's real vocabulary and phrasing recur without repeating whole claims.
 */
export function claimTexts(count: number, seed = 20231113): string[] {
  const sentences = sampleSentences().map((s) => s.split(" "));
  const next = random(seed);
  const run = (words: string[]) => {
    const length = 6 + Math.floor(next() * 9);
    const start = Math.floor(next() * Math.max(1, words.length - length));
    return words.slice(start, start + length).join(" ");
  };
  return Array.from({ length: count }, () => {
    const a = sentences[Math.floor(next() * sentences.length)]!;
    const b = sentences[Math.floor(next() * sentences.length)]!;
    return `${run(a)} ${run(b)}`.replace(/[«»“”"*]/g, "").trim();
  });
}

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
        [batch.map((_, i) => `bench-claim-${offset + i}`), batch, batch.map((t) => foldDiacritics(t).replace(/\s+/g, " ").trim())],
      );
    }
    await client.query(`ANALYZE "Claim"`);
  } finally {
    await client.end();
  }
  return (performance.now() - started) / 1000;
}

/** What an editor types: the start of an existing claim (some without diacritics) and fresh phrasings. */
export function suggestionQueries(): string[] {
  const existing = claimTexts(100_000).filter((_, i) => i % 9973 === 0).slice(0, 8);
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
