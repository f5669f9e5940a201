// The cleaner's time on pathological input of 1, 2, 4 and 8 MB (see lib/sources/pathological.ts): it must grow linearly.
import { pathToFileURL } from "node:url";
import { parseImport } from "../lib/sources/parse-import";
import { bestTime, pathologicalText } from "../lib/sources/pathological";

export interface CleanScaling {
  /** Best-of-runs CPU seconds of the process per size in MB. */
  seconds: { mb: number; seconds: number }[];
  /** Time at the largest size over time at the smallest, divided by the size ratio (1 = perfectly linear). */
  growthOverSize: number;
}

export function measureCleanScaling(sizesMb = [1, 2, 4, 8], runs = 2): CleanScaling {
  parseImport(pathologicalText(256 * 1024), "warm-up.txt");
  const seconds = sizesMb.map((mb) => {
    const text = pathologicalText(mb * 1024 * 1024);
    return { mb, seconds: bestTime(() => parseImport(text, "pathological.txt"), runs) / 1000 };
  });
  const first = seconds[0] as { mb: number; seconds: number };
  const last = seconds.at(-1) as { mb: number; seconds: number };
  return { seconds, growthOverSize: Math.round((last.seconds / first.seconds / (last.mb / first.mb)) * 100) / 100 };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = measureCleanScaling();
  for (const s of r.seconds) process.stdout.write(`${s.mb} MB: ${s.seconds.toFixed(2)} s\n`);
  process.stdout.write(`growth / size: ${r.growthOverSize}\n`);
}
