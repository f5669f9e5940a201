// The entry of an import-parse worker thread (started by parse-in-worker.ts). Plain JavaScript, read from disk
// at run time, so it works the same under `next start` (whose server code is bundled), vitest and the command
// line; tsx compiles the TypeScript it loads. It says "ready" once loaded, then runs one ParseJob per message; a
// streamed job (a preview read as it goes) also posts its progress, in order, before its result.
// `workerData.warmUp`: a worker started ahead of any job first parses the sample dossier once, so that the JIT has
// compiled the parser before the first text an editor sends.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { runParseJob } = await tsImport("./parse-job.ts", import.meta.url);
if (workerData?.warmUp) {
  try {
    const text = readFileSync(new URL("../../fixtures/articles/dossier-the-chien-quoc-bac-trieu-tien-1.txt", import.meta.url), "utf8");
    runParseJob({ fileName: "warm-up.txt", text, shape: "preview", stream: true }, () => undefined);
  } catch {
    // No sample at hand (a trimmed deployment): the first job warms the parser instead.
  }
}
parentPort.on("message", ({ id, job }) => {
  try {
    parentPort.postMessage({ id, result: runParseJob(job, (progress) => parentPort.postMessage({ id, progress })) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
