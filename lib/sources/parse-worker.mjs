// The entry of an import-parse worker thread (started by parse-in-worker.ts). Plain JavaScript, read from disk
// at run time, so it works the same under `next start` (whose server code is bundled), vitest and the command
// line; tsx compiles the TypeScript it loads. It says "ready" once loaded, then runs one ParseJob per message; a
// streamed job (a preview read as it goes) also posts its progress, in order, before its result.
// `workerData.warmUp`: a worker started ahead of any job then parses the sample dossier, an article per turn of its
// event loop, so that the JIT has compiled the parser before the first text an editor sends; a job that comes
// meanwhile runs at once and ends the warm-up.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { runParseJob, warmUpSteps, FIRST_PARSE_SAMPLE } = await tsImport("./parse-job.ts", import.meta.url);
// One short parse before saying "ready": compiling the parser's patterns then does not count in the first job's time
// budget (a tiny article took 0.3 to 0.7 s in a new worker on a loaded machine, 0.03 to 0.16 s once compiled).
for (const _ of warmUpSteps(FIRST_PARSE_SAMPLE));
let jobs = 0;
parentPort.on("message", ({ id, job }) => {
  jobs++;
  try {
    parentPort.postMessage({ id, result: runParseJob(job, (progress) => parentPort.postMessage({ id, progress })) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });

if (workerData?.warmUp) {
  let text = null;
  try {
    text = readFileSync(new URL("../../fixtures/articles/dossier-the-chien-quoc-bac-trieu-tien-1.txt", import.meta.url), "utf8");
  } catch {
    // No sample at hand (a trimmed deployment): the first job warms the parser instead.
  }
  if (text) {
    for (const _ of warmUpSteps(text)) {
      await new Promise((resolve) => setImmediate(resolve));
      if (jobs) break;
    }
  }
}
