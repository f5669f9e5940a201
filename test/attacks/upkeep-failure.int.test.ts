// An upkeep task asked by a migration that throws stops the start (its "PendingUpkeep" row stays, the next start runs
// it again). What the operator saw was the database's error as Prisma words it, over several lines, naming neither
// the task nor what to do. The real `npm start` is run here with the rewrite made to fail (the vocabulary refused by a
// trigger): it must exit with one line naming the task, the reason and what to do, serve nothing, and keep the request.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { freePort } from "@/lib/free-port";
import { REWRITE_SEARCH_DOCUMENTS } from "@/lib/public/rewrite-search-documents";
import { runScript } from "@/test/script-process";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-upkeep-failure-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** `npm start` on this file's database until it exits (a minute at most), with what it wrote. */
async function npmStart(port: number) {
  const { child, exited } = runScript(["scripts/start.ts"], { env: { CLAIMDESK_DATA_DIR: dataDir, PORT: String(port), NODE_ENV: "production" } });
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const end = await exited;
  clearTimeout(timer);
  return end;
}

describe("an upkeep task that fails at the start", () => {
  it("stops the start with one line naming the task and what to do; nothing is served and the request stays", { timeout: 90_000 }, async () => {
    await getDb().pendingUpkeep.upsert({ where: { task: REWRITE_SEARCH_DOCUMENTS }, create: { task: REWRITE_SEARCH_DOCUMENTS }, update: {} });
    await getDb().$executeRawUnsafe(`CREATE FUNCTION refuse_vocabulary() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the vocabulary is read-only on this server'; END $$`);
    await getDb().$executeRawUnsafe(`CREATE TRIGGER refuse_vocabulary BEFORE DELETE ON "SearchWord" FOR EACH STATEMENT EXECUTE FUNCTION refuse_vocabulary()`);
    try {
      const port = await freePort();
      const { code, out, err } = await npmStart(port);
      expect(code).toBe(1);
      // (Node's own warnings, if any, are not the start's.)
      const lines = err.split("\n").filter((line) => line.startsWith("[claimdesk]"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^\[claimdesk\] Upkeep "rewrite-search-documents" asked by a migration failed: .*the vocabulary is read-only on this server.*\. It is still asked for: fix the cause and start again/);
      expect(out).not.toMatch(/Starting on|next-server started/);
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
      expect(await getDb().pendingUpkeep.count({ where: { task: REWRITE_SEARCH_DOCUMENTS } })).toBe(1);
    } finally {
      await getDb().$executeRawUnsafe(`DROP TRIGGER refuse_vocabulary ON "SearchWord"`);
      await getDb().$executeRawUnsafe(`DROP FUNCTION refuse_vocabulary()`);
    }
  });
});
