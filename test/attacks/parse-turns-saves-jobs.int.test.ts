// The import parse runs on a worker pool shared by the desk (one worker by default), where owners take turns
// (parse-pool-turns.test.ts). Only a streamed preview named its owner: a save and a background job's parses named
// none, so every editor's saves and jobs were one owner, first come first served, and an account with two saves and a
// job queued put all three ahead of another editor's save. Each parse now takes its turn as the account it is for.
import { afterAll, beforeEach, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser } from "@/test/factories";
import { ParsePool, type RunOptions } from "@/lib/sources/parse-in-worker";
import type { ParseJob } from "@/lib/sources/parse-job";
import { importSources } from "@/lib/sources/import-sources";
import { getImportJob, startImportJob } from "@/lib/sources/import-jobs";

const pool = new ParsePool({ timeoutMs: 120_000, maxHeapMb: 512, workers: 1 });
(globalThis as unknown as { claimdeskParsePool?: ParsePool }).claimdeskParsePool = pool;
afterAll(() => pool.close());

/** The files whose parse was asked for, and those a worker started, in order. */
const asked: string[] = [];
const started: string[] = [];
const run = pool.run.bind(pool);
vi.spyOn(pool, "run").mockImplementation((job: ParseJob, options: RunOptions = {}) => {
  asked.push(job.fileName);
  return run(job, { ...options, onStart: () => (started.push(job.fileName), options.onStart?.()) });
});

beforeEach(async () => {
  await getDb().$executeRaw`DELETE FROM "ImportJob"`;
  await clearSources();
});

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const article = (n: number) => `# Bài số ${n} về chuyến hàng qua cửa khẩu\n\nNgày 3/12, hai nước ký thỏa thuận vận tải hàng hóa số ${n} qua cửa khẩu đường bộ, theo hãng tin Yonhap.\n`;

/** A dossier of `entries` short articles, each parsed in turn: seconds of parsing for a couple of thousand. */
function slowDossier(entries: number): string {
  const titles = Array.from({ length: entries }, (_, i) => `Bài viết thứ ${i} về hợp tác Nga Triều`);
  return `# Hồ sơ\n\n${titles.map((t) => `[${t}](#)`).join("\n\n")}\n\n${titles.map((t, i) => `## [${t}](#)\n\nNội dung ngắn số ${i}.\n`).join("\n")}`;
}

it("an editor's save starts before the rest of another account's saves and background job, each parse in its owner's turn", async () => {
  const flooder = await makeUser();
  const editor = await makeUser();
  // The flooder's first parse holds the worker while the rest queue behind it.
  const first = pool.run({ fileName: "first.txt", text: slowDossier(2000) }, { owner: flooder.id });
  await until(() => started.includes("first.txt"), "the first parse to start");
  const saves = [importSources(flooder, { fileName: "save-1.txt", text: article(1) }), importSources(flooder, { fileName: "save-2.txt", text: article(2) })];
  await until(() => asked.includes("save-1.txt") && asked.includes("save-2.txt"), "the flooder's saves to queue");
  const job = await startImportJob(flooder, { files: [{ fileName: "job.txt", text: article(3), overrides: [] }] });
  await until(() => asked.includes("job.txt"), "the flooder's job to queue");
  const save = importSources(editor, { fileName: "editor.txt", text: article(4) });
  await until(() => asked.includes("editor.txt"), "the editor's save to queue");
  expect(started, "the first parse still held the worker while the others queued").toEqual(["first.txt"]);

  await Promise.all([first, ...saves, save]);
  await until(async () => (await getImportJob(flooder, job.id)).state === "done", "the job to finish");
  // (the flooder's two saves are asked for at once: within its turns they start in the order they were asked)
  const flooderSaves = asked.filter((name) => name.startsWith("save-"));
  expect(started).toEqual(["first.txt", "editor.txt", ...flooderSaves, "job.txt"]);
  expect(await getDb().source.count()).toBe(4);
}, 120_000);
