// Throughput check for the import core: parseImport over the sample articles, repeated to about 20 MB.
import { readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseImport } from "../lib/sources/parse-import";

const SAMPLES = [
  "dossier-the-chien-quoc-bac-trieu-tien-1.txt",
  "nhattan-2023-09-arms-talks.txt",
  "thecanadalife-2023-09-kim-to-russia.txt",
];

export interface Throughput {
  /** MB parsed per wall-clock second over the whole run (other busy processes on the machine lower it). */
  mbPerSec: number;
  /** The fastest of the runs's 1 MB-ish rounds, closer to the code's own speed on a busy machine. */
  bestRoundMbPerSec: number;
  megabytes: number;
  seconds: number;
  sources: number;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** Parse the fixtures again and again until `targetBytes` of text went through parseImport (1 MB = 2^20 bytes). */
export function measureCleanThroughput(targetBytes = 20 * 1024 * 1024): Throughput {
  const texts = SAMPLES.map((name) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8"));
  const sizes = texts.map((t) => Buffer.byteLength(t, "utf8"));
  // Warm-up: let the JIT compile the hot paths (about 3 MB) before timing, as any long-running import would.
  for (let r = 0; r < 20; r++) for (const [i, t] of texts.entries()) parseImport(t, SAMPLES[i] ?? "");
  let bytes = 0;
  let sources = 0;
  let best = 0;
  const start = performance.now();
  while (bytes < targetBytes) {
    const roundStart = performance.now();
    let roundBytes = 0;
    for (let r = 0; r < 6; r++) {
      for (const [i, t] of texts.entries()) {
        sources += parseImport(t, SAMPLES[i] ?? "").length;
        roundBytes += sizes[i] ?? 0;
      }
    }
    bytes += roundBytes;
    best = Math.max(best, roundBytes / 1024 / 1024 / ((performance.now() - roundStart) / 1000));
  }
  const seconds = (performance.now() - start) / 1000;
  const megabytes = bytes / 1024 / 1024;
  return { mbPerSec: round(megabytes / seconds), bestRoundMbPerSec: round(best), megabytes: round(megabytes), seconds, sources };
}

/**
 * The same parse over texts it has not read before: every plain-text capture of the fixture corpora
 * (`fixtures/captures*`), each parsed once. The rounds above parse the same three texts again and again, so every
 * per-line answer the parse remembers is remembered from the second round on; here only what captures share (an
 * outlet's furniture in two of its captures) is. Closer to a newsroom's day, and slower.
 */
export function measureFreshThroughput(): { mbPerSec: number; cpuMbPerSec: number; msPerText: number; megabytes: number; texts: number } {
  const fixtures = new URL("../fixtures/", import.meta.url);
  const texts = readdirSync(fixtures)
    .filter((dir) => dir.startsWith("captures"))
    .sort()
    .flatMap((dir) =>
      readdirSync(new URL(`${dir}/`, fixtures))
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => ({ name: f, text: readFileSync(new URL(`${dir}/${f}`, fixtures), "utf8") })),
    );
  let bytes = 0;
  const start = performance.now();
  // (the process's CPU time as well: on a shared machine the wall clock also counts other processes' turns)
  const cpuStart = process.cpuUsage();
  for (const { name, text } of texts) {
    parseImport(text, name);
    bytes += Buffer.byteLength(text, "utf8");
  }
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const megabytes = bytes / 1024 / 1024;
  return { mbPerSec: round(megabytes / seconds), cpuMbPerSec: round(megabytes / cpuSeconds), msPerText: round((seconds * 1000) / texts.length), megabytes: round(megabytes), texts: texts.length };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = measureCleanThroughput();
  process.stdout.write(`${r.mbPerSec} MB/s (best round ${r.bestRoundMbPerSec} MB/s; ${r.megabytes} MB, ${r.sources} sources in ${r.seconds.toFixed(2)} s)\n`);
  const fresh = measureFreshThroughput();
  process.stdout.write(`${fresh.mbPerSec} MB/s on ${fresh.texts} capture texts parsed once each (${fresh.megabytes} MB; ${fresh.msPerText} ms a text; ${fresh.cpuMbPerSec} MB/s of CPU time)\n`);
}
