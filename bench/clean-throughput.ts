// Throughput check for the import core: parseImport over the sample articles, repeated to about 20 MB.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseImport } from "../lib/sources/parse-import";

const SAMPLES = [
  "dossier-the-chien-quoc-bac-trieu-tien-1.txt",
  "nhattan-2023-09-arms-talks.txt",
  "thecanadalife-2023-09-kim-to-russia.txt",
];

export interface Throughput {
  mbPerSec: number;
  megabytes: number;
  seconds: number;
  sources: number;
}

/** Parse the fixtures again and again until `targetBytes` of text went through parseImport; MB/s (1 MB = 2^20 bytes). */
export function measureCleanThroughput(targetBytes = 20 * 1024 * 1024): Throughput {
  const texts = SAMPLES.map((name) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8"));
  const sizes = texts.map((t) => Buffer.byteLength(t, "utf8"));
  for (const [i, t] of texts.entries()) parseImport(t, SAMPLES[i] ?? ""); // warm-up
  let bytes = 0;
  let sources = 0;
  const start = performance.now();
  while (bytes < targetBytes) {
    for (const [i, t] of texts.entries()) {
      sources += parseImport(t, SAMPLES[i] ?? "").length;
      bytes += sizes[i] ?? 0;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const megabytes = bytes / 1024 / 1024;
  return { mbPerSec: Math.round((megabytes / seconds) * 10) / 10, megabytes: Math.round(megabytes * 10) / 10, seconds, sources };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = measureCleanThroughput();
  process.stdout.write(`${r.mbPerSec} MB/s (${r.megabytes} MB, ${r.sources} sources in ${r.seconds.toFixed(2)} s)\n`);
}
