// A backup edited by hand or by someone else before it is restored: each record of the wrong shape (a header whose
// migrations are no list, a table record without its columns or naming one twice, a table given twice, a value that
// is a number, an object or a list, a sequence or an end record without its fields, a value its column's type does not
// read, a key given twice) made the restore fail on a TypeError or PostgreSQL's error and print a stack, or, for an
// object or a list, restored what node-pg made of it.
// Each is now refused as damaged in one line, and the target is left as it was.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BackupError, dumpDatabase, restoreDatabase } from "@/lib/db/backup";
import { withScratchDatabase } from "@/lib/db/local-database";
import { migrate } from "@/lib/db/migrate";
import { queryRows } from "@/test/sql";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-tampered-"));
let lines: string[] = [];

beforeAll(async () => {
  const file = path.join(dir, "desk.jsonl.gz");
  await dumpDatabase(process.env.DATABASE_URL!, file);
  lines = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8").split("\n").filter(Boolean);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The dump, edited, as a backup file named `name`. */
function tampered(name: string, edit: (lines: string[]) => string[]): string {
  const file = path.join(dir, `${name}.jsonl.gz`);
  fs.writeFileSync(file, zlib.gzipSync(edit([...lines]).join("\n")));
  return file;
}
const tableLine = (all: string[], table: string) => all.findIndex((l) => l.startsWith("{") && (JSON.parse(l) as { table?: string }).table === table);
const row = (all: string[], table: string, change: (values: unknown[]) => unknown[]) => {
  const at = tableLine(all, table) + 1;
  all[at] = JSON.stringify(change(JSON.parse(all[at]!) as unknown[]));
  return all;
};
const header = (all: string[]) => JSON.parse(all[0]!) as Record<string, unknown>;

describe("restoring a tampered backup", () => {
  it("refuses each record of the wrong shape as damaged, in one line, and restores nothing", async () => {
    const files: Record<string, [string, RegExp]> = {
      migrationsNoList: [tampered("migrations", (all) => [JSON.stringify({ ...header(all), migrations: "all of them" }), ...all.slice(1)]), /list of migrations/],
      migrationsNull: [tampered("migrations-null", (all) => [JSON.stringify({ ...header(all), migrations: null }), ...all.slice(1)]), /list of migrations/],
      number: [tampered("number", (all) => row(all, "PendingUpkeep", (v) => v.map((x) => (typeof x === "string" ? 5 : x)))), /neither text nor null/],
      object: [tampered("object", (all) => row(all, "PendingUpkeep", (v) => [{ task: "x" }, ...v.slice(1)])), /neither text nor null/],
      list: [tampered("list", (all) => row(all, "PendingUpkeep", (v) => [[["x"]], ...v.slice(1)])), /neither text nor null/],
      noColumns: [tampered("no-columns", (all) => ((all[tableLine(all, "User")] = JSON.stringify({ table: "User" })), all)), /table record without its name or columns/],
      columnTwice: [
        tampered("column-twice", (all) => {
          const record = JSON.parse(all[tableLine(all, "LoginAttempt")]!) as { table: string; columns: unknown[] };
          all[tableLine(all, "LoginAttempt")] = JSON.stringify({ ...record, columns: [...record.columns, record.columns[0]] });
          return all;
        }),
        /a column of LoginAttempt comes twice/,
      ],
      tableTwice: [tampered("table-twice", (all) => [...all.slice(0, -1), all[tableLine(all, "PendingUpkeep")]!, all[tableLine(all, "PendingUpkeep") + 1]!, all.at(-1)!]), /the table PendingUpkeep comes twice/],
      sequence: [tampered("sequence", (all) => [...all.slice(0, -1), JSON.stringify({ sequence: { table: "User", column: "id", lastValue: "1; DROP TABLE x" } }), all.at(-1)!]), /sequence record/],
      endNull: [tampered("end-null", (all) => [...all.slice(0, -1), JSON.stringify({ end: true, rows: null })]), /end record does not count/],
      endText: [tampered("end-text", (all) => [...all.slice(0, -1), JSON.stringify({ end: true, rows: "abc" })]), /end record does not count/],
      // Values of the right shape PostgreSQL refuses: its error, with the value it quotes, in one bounded line.
      badDate: [tampered("bad-date", (all) => row(all, "PendingUpkeep", (v) => [v[0], `not a date\n${"x".repeat(5000)}`])), /a row of PendingUpkeep is refused: invalid input syntax for type timestamp/],
      keyTwice: [tampered("key-twice", (all) => [...all.slice(0, tableLine(all, "PendingUpkeep") + 2), all[tableLine(all, "PendingUpkeep") + 1]!, ...all.slice(tableLine(all, "PendingUpkeep") + 2)]), /a row of PendingUpkeep is refused: duplicate key/],
      endNegative: [tampered("end-negative", (all) => [...all.slice(0, -1), JSON.stringify({ end: true, rows: { User: -1 } })]), /end record does not count/],
    };
    await withScratchDatabase(inject("serverUrl"), "claimdesk_tampered", async (url) => {
      await migrate(url);
      const before = await queryRows<{ task: string }>(url, `SELECT task FROM "PendingUpkeep" ORDER BY task`);
      for (const [name, [file, reason]] of Object.entries(files)) {
        const refusal = restoreDatabase(url, file);
        await expect(refusal, name).rejects.toBeInstanceOf(BackupError);
        await expect(refusal, name).rejects.toThrow(reason);
        await expect(refusal, name).rejects.toThrow(/^[^\n]{1,600}$/);
      }
      expect(await queryRows(url, `SELECT task FROM "PendingUpkeep" ORDER BY task`)).toEqual(before);
      expect(await queryRows(url, `SELECT count(*)::int AS n FROM "User"`)).toEqual([{ n: 0 }]);
      // The untouched dump still restores.
      const whole = tampered("whole", (all) => all);
      await expect(restoreDatabase(url, whole)).resolves.toMatchObject({ rows: expect.any(Object) });
    });
  }, 120_000);
});
