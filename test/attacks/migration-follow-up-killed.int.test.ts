// A migration that changes what the public search documents must hold is followed by a rewrite of every document
// (lib/public/rewrite-search-documents.ts). The follow-up used to be decided from the names the migration runner had
// just applied: a process killed after the marking migration committed and before the rewrite committed left the
// old documents for good, since the next start applied nothing and so rewrote nothing. The work is now written down
// in the migration's own transaction (a "PendingUpkeep" row) and cleared only by the rewrite's last transaction;
// every start does what is still written down. Each kill is placed, not timed: a second connection holds the table
// the rewrite is about to read or write, the real `npm run db:migrate` waits for it, and is killed with SIGKILL.
import type { ChildProcess } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { makeUser, publishClaim } from "@/test/factories";
import { untilSomeoneWaits } from "@/test/lock-wait";
import { killAll, runScript } from "@/test/script-process";

const MARKER = "20261206101500_search_documents_as_published";
const PENDING_UPKEEP = "20261206141500_pending_upkeep";
const HOST = "kho-noi-bo-kx.newsroom.internal";

let blocker: pg.Client;
const children = new Set<ChildProcess>();
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await blocker.connect();
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});
afterAll(async () => {
  killAll(children);
  await blocker.end();
});

/** The database as it was before the marking migration (and the one that made its follow-up durable): neither applied. */
async function beforeTheMarker() {
  await getDb().$executeRaw`DELETE FROM "_prisma_migrations" WHERE migration_name IN (${MARKER}, ${PENDING_UPKEEP})`;
  await getDb().$executeRawUnsafe(`DROP TABLE IF EXISTS "PendingUpkeep"`);
}

/** A published claim whose search document the rule before wrote: with the words of its summary's intranet address. */
async function staleClaim(): Promise<string> {
  const claim = await publishClaim(editor, reviewer, { text: `Giá xăng giảm một nửa từ tuần sau ${Date.now().toString(36)}`, kind: "ARMS_TRANSFER", summary: `Sai, theo <http://${HOST}/bao-cao> và số liệu công bố.` });
  await getDb().$executeRaw`
    UPDATE "Claim" SET "searchFolded" = "searchFolded" || ' http kho noi bo kx newsroom internal',
      "searchVector" = "searchVector" || setweight(to_tsvector('simple', 'http kho noi bo kx newsroom internal khonoibokx'), 'B')
    WHERE id = ${claim.id}::uuid`;
  await getDb().$executeRaw`INSERT INTO "SearchWord" (word) VALUES ('khonoibokx') ON CONFLICT DO NOTHING`;
  return claim.id;
}

const found = async (claimId: string, word: string) =>
  (await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Claim" WHERE id = ${claimId}::uuid AND "searchVector" @@ to_tsquery('simple', ${word})`)[0]!.n > 0;
const offered = async (word: string) => (await getDb().searchWord.count({ where: { word } })) > 0;
const applied = async (name: string) =>
  (await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = ${name} AND finished_at IS NOT NULL`)[0]!.n > 0;

/** `npm run db:migrate` on this test's database, as a process of its own. */
const dbMigrate = () => runScript(["scripts/db-migrate.ts"], { children });

/**
 * `npm run db:migrate`, killed with SIGKILL once it waits for `table`, which a second connection holds: from reads too
 * (ACCESS EXCLUSIVE) or from writes only (EXCLUSIVE).
 */
async function migrateKilledAt(table: string, mode: "ACCESS EXCLUSIVE" | "EXCLUSIVE"): Promise<void> {
  await blocker.query("BEGIN");
  await blocker.query(`LOCK TABLE "${table}" IN ${mode} MODE`);
  const { child, exited } = dbMigrate();
  try {
    const waiting = untilSomeoneWaits(blocker, 40_000).then(() => "waits" as const);
    waiting.catch(() => {}); // answered by the race below
    const ended = exited.then(() => "ended" as const);
    expect(await Promise.race([waiting, ended]), `the follow-up reaches "${table}"`).toBe("waits");
    child.kill("SIGKILL");
    expect((await exited).signal).toBe("SIGKILL");
  } finally {
    await blocker.query("ROLLBACK");
  }
}

describe("the search documents' rewrite after its migration, the process killed in between", () => {
  it("is done by the next start when the process died after the migration committed, before the rewrite began", { timeout: 150_000 }, async () => {
    await beforeTheMarker();
    const claimId = await staleClaim();
    await migrateKilledAt("Claim", "ACCESS EXCLUSIVE");
    expect(await applied(MARKER)).toBe(true);
    expect(await found(claimId, "khonoibokx")).toBe(true);

    // The next start: nothing left to apply, and the rewrite is done all the same.
    expect((await dbMigrate().exited).code).toBe(0);
    expect(await found(claimId, "khonoibokx")).toBe(false);
    expect(await offered("khonoibokx")).toBe(false);
    expect(await found(claimId, "gia & xang")).toBe(true);
    expect(await getDb().pendingUpkeep.count()).toBe(0);
  });

  it("is done again by the next start when the process died in the rewrite's last transaction", { timeout: 150_000 }, async () => {
    // The migrations applied, the rewrite still asked for (as a start killed before it leaves the desk).
    await getDb().$executeRaw`INSERT INTO "PendingUpkeep" (task) VALUES ('rewrite-search-documents') ON CONFLICT DO NOTHING`;
    const claimId = await staleClaim();
    // Killed as the vocabulary's transaction clears the request: that transaction never commits.
    await migrateKilledAt("PendingUpkeep", "EXCLUSIVE");
    // The documents were written again in transactions of their own; the spellings still offer the address's word.
    expect(await found(claimId, "khonoibokx")).toBe(false);
    expect(await offered("khonoibokx")).toBe(true);
    expect(await getDb().pendingUpkeep.count()).toBe(1);

    expect((await dbMigrate().exited).code).toBe(0);
    expect(await offered("khonoibokx")).toBe(false);
    expect(await offered("xang")).toBe(true);
    expect(await getDb().pendingUpkeep.count()).toBe(0);

    // Done once: a later start finds nothing written down and leaves a document alone.
    await getDb().$executeRaw`INSERT INTO "SearchWord" (word) VALUES ('khonoibokx') ON CONFLICT DO NOTHING`;
    expect((await dbMigrate().exited).code).toBe(0);
    expect(await offered("khonoibokx")).toBe(true);
  });
});
