// The entry of an import-parse worker thread (started by parse-in-worker.ts). Plain JavaScript, read from disk
// at run time, so it works the same under `next start` (whose server code is bundled), vitest and the command
// line; tsx compiles the TypeScript it loads. It says "ready" once loaded, then runs one ParseJob per message; a
// streamed job (a preview read as it goes) also posts its progress, in order, before its result.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { runParseJob } = await tsImport("./parse-job.ts", import.meta.url);
parentPort.on("message", ({ id, job }) => {
  try {
    parentPort.postMessage({ id, result: runParseJob(job, (progress) => parentPort.postMessage({ id, progress })) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
