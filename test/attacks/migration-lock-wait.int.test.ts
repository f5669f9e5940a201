// Two instances migrating one database take turns on the migrators' lock. A start whose turn did not come waited
// without a word, for as long as the other session held the lock: a host lost without closing its connection keeps
// its session, and the lock, until the server notices (hours with the usual TCP settings). It now says, in one line,
// which session holds the lock and how to end it, and goes on once it is released.
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { withScratchDatabase } from "@/lib/db/local-database";
import { migrate } from "@/lib/db/migrate";

describe("a migration waiting for another instance's", () => {
  it("says which session holds the turn and how to end it, then migrates once it is released", async () => {
    await withScratchDatabase(inject("serverUrl"), "claimdesk_migration_turn", async (url) => {
      const holder = new pg.Client({ connectionString: url });
      await holder.connect();
      try {
        const { rows } = await holder.query<{ pid: number }>("SELECT pg_backend_pid() AS pid, pg_advisory_lock(72023913)");
        const pid = rows[0]!.pid;
        const lines: string[] = [];
        let said: () => void = () => {};
        const waiting = new Promise<void>((resolve) => (said = resolve));
        const run = migrate(url, { log: (line) => (lines.push(line), line.startsWith("Another instance") && said()) });
        // The line comes before the wait; a run that never says it never gets here (the test's own timeout).
        await waiting;
        expect(lines).toEqual([expect.stringMatching(new RegExp(`^Another instance is migrating this database \\(PostgreSQL session ${pid}, open since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\): waiting for it\\. If that instance is gone, end its session: SELECT pg_terminate_backend\\(${pid}\\);$`))]);
        await holder.query("SELECT pg_advisory_unlock(72023913)");
        const applied = await run;
        expect(applied.length).toBeGreaterThan(10);
        expect(lines.filter((l) => l.startsWith("applied "))).toHaveLength(applied.length);
      } finally {
        await holder.end();
      }
    });
  }, 120_000);
});
