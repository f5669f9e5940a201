// A backup is a gzip the operator was handed: a small one can expand to one huge line (read whole into memory before
// anything looked at it) or to far more text than a dump ever compresses to. A record's line is bounded and so is the
// expansion, each refused in one line naming where, the target unchanged.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BackupError, dumpDatabase, RESTORE_LIMITS, restoreDatabase } from "@/lib/db/backup";
import { withScratchDatabase } from "@/lib/db/local-database";
import { migrate } from "@/lib/db/migrate";
import { queryRows } from "@/test/sql";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bounded-"));
let lines: string[] = [];

beforeAll(async () => {
  const file = path.join(dir, "desk.jsonl.gz");
  await dumpDatabase(process.env.DATABASE_URL!, file);
  lines = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8").split("\n").filter(Boolean);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The dump's header, then `middle` written in chunks (never whole in memory), then the rest of the dump, as a gzip. */
async function bomb(name: string, middle: () => Iterable<string>): Promise<string> {
  const file = path.join(dir, `${name}.jsonl.gz`);
  const gzip = zlib.createGzip({ level: 1 });
  const done = new Promise<void>((resolve, reject) => gzip.pipe(fs.createWriteStream(file)).on("finish", resolve).on("error", reject));
  gzip.write(`${lines[0]}\n`);
  for (const part of middle()) if (!gzip.write(part)) await new Promise((resolve) => gzip.once("drain", resolve));
  gzip.end(`\n${lines.slice(1).join("\n")}\n`);
  await done;
  return file;
}
function* repeated(text: string, times: number): Iterable<string> {
  for (let i = 0; i < times; i += 1) yield text;
}

describe("a backup's lines and expansion are bounded", () => {
  it("refuses a line past the bound, and a small gzip expanding a thousand times, naming the line; the target unchanged", async () => {
    const mib = "x".repeat(1024 * 1024);
    // 100 MiB of one character in one line, compressed to about 0.4 MiB.
    const huge = await bomb("huge-line", () => repeated(mib, 100));
    expect(fs.statSync(huge).size).toBeLessThan(2 * 1024 * 1024);
    // A line just past a bound set lower for the test, without the expansion that refuses the file above.
    const long = await bomb("long-line", function* () {
      yield '["';
      for (let i = 0; i < 3 * 64; i += 1) yield `${i}`.padEnd(1024, String.fromCharCode(97 + (i % 26)));
      yield '"]';
    });
    await withScratchDatabase(inject("serverUrl"), "claimdesk_bounded", async (url) => {
      await migrate(url);
      const before = await queryRows(url, `SELECT task FROM "PendingUpkeep" ORDER BY task`);

      const expanded = restoreDatabase(url, huge);
      await expect(expanded).rejects.toBeInstanceOf(BackupError);
      await expect(expanded).rejects.toThrow(/^[^\n]*: damaged \(its text grows past 200 times its compressed size by line 2, [\d.]+ MiB from [\d.]+ MiB; a dump's does not\); nothing was restored\.$/);

      const lineBound = { ...RESTORE_LIMITS, lineBytes: 128 * 1024 };
      const tooLong = restoreDatabase(url, long, lineBound);
      await expect(tooLong).rejects.toBeInstanceOf(BackupError);
      await expect(tooLong).rejects.toThrow(/^[^\n]*: damaged \(line 2 is longer than 0\.1 MiB, more than any row a dump writes\); nothing was restored\.$/);

      expect(await queryRows(url, `SELECT task FROM "PendingUpkeep" ORDER BY task`)).toEqual(before);
      expect(await queryRows(url, `SELECT count(*)::int AS n FROM "User"`)).toEqual([{ n: 0 }]);
      // The dump itself, under the same lowered line bound, still restores: the bounds sit above what a dump writes.
      const whole = await bomb("whole", () => []);
      await expect(restoreDatabase(url, whole, lineBound)).resolves.toMatchObject({ rows: expect.any(Object) });
    });
  }, 120_000);

  it("refuses a file whose reading fails in one line, instead of ending the process on an unhandled error", async () => {
    // Linux's /proc/self/mem: a regular file by its stat, and every read of its start fails with EIO.
    const refusal = restoreDatabase("postgresql://nobody@127.0.0.1:1/none", "/proc/self/mem");
    await expect(refusal).rejects.toBeInstanceOf(BackupError);
    await expect(refusal).rejects.toThrow(/^\/proc\/self\/mem: cannot be read \(EIO: i\/o error, read\)\.$/);
  });
});
