// Previews of one account at once, on real PostgreSQL and real parse workers: two tabs previewing together (or one
// after the other) each keep their own draft, paged and saved; a pending draft whose process died (its lease run
// out) is dropped by the next preview or the pruning, never one still being read; and the account's bound on
// previews being read holds in the database, across instances, not per process.
import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser, rejection } from "@/test/factories";
import { buildBigPaste } from "@/bench/big-paste";
import { pruneSignInRecords } from "@/lib/auth/prune";
import { importSources } from "./import-sources";
import { DRAFT_LEASE_SECONDS, DRAFTS_KEPT_PER_OWNER, draftWritesSettled, openStreamedDraft, readDraftPage, renewDraftLease } from "./import-drafts";
import { ParsePool } from "./parse-in-worker";
import { streamImportPreview, type PreviewEvent } from "./preview-stream";
import { IMPORTS_AT_ONCE } from "./import-slots";
import { HOLDER_LOCKS } from "./draft-lease-holder";

const pool = new ParsePool({ timeoutMs: 60_000, maxHeapMb: 512, workers: 2 });
afterAll(() => pool.close());

beforeEach(async () => {
  await draftWritesSettled();
  await clearSources();
  await getDb().$executeRaw`DELETE FROM "ImportDraft"`;
});

const paste = (n: number) => buildBigPaste(1).replaceAll("Hà Nội", `Hà Nội (bản ${n})`);
const preview = (editor: Awaited<ReturnType<typeof makeUser>>, text: string, emit: (event: PreviewEvent) => void | Promise<void> = () => undefined) =>
  streamImportPreview(editor, [{ fileName: "a.txt", text, pasted: true }], { pool, firstPage: 1, emit });

/** Pages the draft's first article and saves it whole by naming it: what the editor does next in that tab. */
async function pageAndSave(editor: Awaited<ReturnType<typeof makeUser>>, draftId: string) {
  const [first] = await readDraftPage(editor, { draftId, items: [{ fileIndex: 0, index: 0 }] });
  expect(first!.detail?.body).toBeTruthy();
  const saved = await importSources(editor, { draftId, fileIndex: 0, fileName: "a.txt", text: "", overrides: [] });
  return saved.outcomes.filter((o) => o.status === "stored").length;
}

/** A pending draft as a process left it: its lease ending `seconds` from now (negative: run out), naming `holder`. */
const pendingDraft = async (ownerId: string, seconds: number, holder: number | null = null) =>
  (
    await getDb().$queryRaw<[{ id: string }]>`INSERT INTO "ImportDraft" ("id", "ownerId", "pending", "leaseUntil", "leaseHolder")
      VALUES (gen_random_uuid(), ${ownerId}::uuid, true, now() + make_interval(secs => ${seconds}), ${holder}::int) RETURNING "id"::text AS "id"`
  )[0].id;
const leaseLeft = async (id: string) =>
  (await getDb().$queryRaw<[{ s: number }]>`SELECT extract(epoch FROM "leaseUntil" - now())::float AS s FROM "ImportDraft" WHERE "id" = ${id}::uuid`)[0].s;
/** Whether a holder's lock is held in this database (by a live session). */
const holderLockHeld = async (holder: number) =>
  (
    await getDb().$queryRaw<[{ held: boolean }]>`SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2
      AND classid = ${HOLDER_LOCKS}::int::oid AND objid = ${holder}::int::oid) AS held`
  )[0].held;
const exists = async (id: string) => (await getDb().importDraft.count({ where: { id } })) === 1;

describe("previews of one account at once", () => {
  it("two tabs previewing at the same time: both finish, and each draft is paged and saved", async () => {
    const editor = await makeUser();
    // Each waits at its first batch until the other has opened its draft, so the two are surely read together.
    let opened = 0;
    let bothOpen!: () => void;
    const together = new Promise<void>((resolve) => (bothOpen = resolve));
    const meet = () => {
      let met = false;
      return async (event: PreviewEvent) => {
        if (event.type !== "batch" || met) return;
        met = true;
        if (++opened === 2) bothOpen();
        await together;
      };
    };
    const [a, b] = await Promise.all([preview(editor, paste(1), meet()), preview(editor, paste(2), meet())]);
    expect(a).not.toBe(b);
    await draftWritesSettled();
    const stored = [await pageAndSave(editor, a), await pageAndSave(editor, b)];
    expect(stored[0]).toBeGreaterThan(0);
    expect(stored[1]).toBeGreaterThan(0);
  }, 120_000);

  it("one tab after the other: the first tab's draft is still there when the second has previewed; the oldest beyond the kept few go", async () => {
    const editor = await makeUser();
    const drafts: string[] = [];
    for (let n = 1; n <= DRAFTS_KEPT_PER_OWNER + 1; n++) {
      drafts.push(await preview(editor, paste(n)));
      await draftWritesSettled(); // the editor looks at it before the next
    }
    expect(await exists(drafts[0]!), "the oldest finished draft went").toBe(false);
    for (const id of drafts.slice(1)) expect(await exists(id)).toBe(true);
    expect(await pageAndSave(editor, drafts[1]!)).toBeGreaterThan(0);
  }, 120_000);
});

describe("a pending draft's lease", () => {
  it("a draft left pending by a dead process is dropped by the next preview; one whose lease runs is kept", async () => {
    const editor = await makeUser();
    const other = await makeUser();
    const dead = await pendingDraft(editor.id, -1);
    const deadElsewhere = await pendingDraft(other.id, -1);
    const live = await pendingDraft(editor.id, 60);
    // The dead one held a slot: the account may still preview (one live, one new).
    const draftId = await preview(editor, paste(1));
    expect(await exists(dead)).toBe(false);
    expect(await exists(deadElsewhere)).toBe(false);
    expect(await exists(live), "a preview still being read elsewhere keeps its draft").toBe(true);
    await draftWritesSettled();
    expect(await pageAndSave(editor, draftId)).toBeGreaterThan(0);
  }, 120_000);

  it("a server killed mid-preview (SIGKILL): its draft's slot is free for the account's next preview at once, its lease still running", async () => {
    const editor = await makeUser();
    // A server process previewing a big paste, stopped for good at its first cards, then killed.
    const script = `import("./lib/sources/preview-stream.ts").then(({ streamImportPreview }) => import("./bench/big-paste.ts").then(({ buildBigPaste }) =>
      streamImportPreview(JSON.parse(process.env.ACTOR), [{ fileName: "big.txt", text: buildBigPaste(16), pasted: true }], {
        emit: (event) => event.type === "batch" ? (console.log("READING"), new Promise(() => undefined)) : undefined,
      })))`;
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "-e", script], { env: { ...process.env, ACTOR: JSON.stringify(editor) }, stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("READING") && resolve());
        child.once("exit", (code) => reject(new Error(`the previewing process exited (${code}) before reading`)));
      });
      // Its draft is opened while the parse starts: on a busy machine the first cards may come before it is.
      while (!(await getDb().importDraft.count({ where: { ownerId: editor.id, pending: true } }))) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      child.kill("SIGKILL");
    }
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once("exit", resolve)));
    const [dead] = await getDb().importDraft.findMany({ where: { ownerId: editor.id }, select: { id: true, pending: true, leaseHolder: true } });
    expect(dead).toMatchObject({ pending: true, leaseHolder: expect.any(Number) });
    // PostgreSQL ends the killed process's sessions as their sockets close (a moment, not the lease's minute).
    for (let waited = 0; await holderLockHeld(dead!.leaseHolder!); waited += 20) {
      expect(waited, "the killed process's holder lock is released").toBeLessThan(10_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await leaseLeft(dead!.id), "its lease still runs").toBeGreaterThan(DRAFT_LEASE_SECONDS / 2);
    // With another preview of the account being read elsewhere, the dead draft's slot is the one the next preview takes.
    const live = await pendingDraft(editor.id, 60);
    const draftId = await preview(editor, paste(1));
    expect(await exists(dead!.id)).toBe(false);
    expect(await exists(live), "a preview still being read elsewhere keeps its draft").toBe(true);
    await draftWritesSettled();
    expect(await pageAndSave(editor, draftId)).toBeGreaterThan(0);
  }, 120_000);

  it("a draft whose holder process lives keeps its slot until that process is gone; another account's is left to its own previews", async () => {
    const [editor, other] = [await makeUser(), await makeUser()];
    // Another instance, alive: its holder connection holds its lock.
    const instance = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await instance.connect();
    try {
      await instance.query("SELECT pg_advisory_lock($1, $2)", [HOLDER_LOCKS, 424242]);
      const alive = await pendingDraft(editor.id, 60, 424242);
      const gone = await pendingDraft(editor.id, 60, 434343);
      const othersGone = await pendingDraft(other.id, 60, 434343);
      const opened = await openStreamedDraft(editor);
      expect(await exists(gone), "its holder's lock is held by no one").toBe(false);
      expect(await exists(alive)).toBe(true);
      expect(await exists(othersGone), "another account's drafts are its own next preview's to reclaim").toBe(true);
      // The live instance's draft and this process's own count against the bound.
      expect(await rejection(openStreamedDraft(editor))).toMatchObject({ code: "RATE_LIMITED" });
      expect(await exists(opened)).toBe(true);
      // That instance ends (its session, and so its lock, gone): its draft's slot is free at once.
      await instance.end();
      await openStreamedDraft(editor);
      expect(await exists(alive)).toBe(false);
      expect(await exists(opened), "this process's own draft is kept: its holder lives").toBe(true);
    } finally {
      await instance.end().catch(() => undefined);
    }
  });

  it("is renewed while its preview reads, and not once the draft is finished or gone", async () => {
    const editor = await makeUser();
    const id = await openStreamedDraft(editor);
    expect(await leaseLeft(id)).toBeGreaterThan(DRAFT_LEASE_SECONDS - 10);
    await getDb().$executeRaw`UPDATE "ImportDraft" SET "leaseUntil" = now() + interval '1 second' WHERE "id" = ${id}::uuid`;
    expect(await renewDraftLease(editor, id)).toBe(true);
    expect(await leaseLeft(id)).toBeGreaterThan(DRAFT_LEASE_SECONDS - 10);
    await getDb().$executeRaw`UPDATE "ImportDraft" SET "pending" = false WHERE "id" = ${id}::uuid`;
    expect(await renewDraftLease(editor, id), "a finished draft holds no lease").toBe(false);
    await getDb().importDraft.delete({ where: { id } });
    expect(await renewDraftLease(editor, id)).toBe(false);
  });

  it("the hourly pruning drops a pending draft whose lease ran out, and keeps one whose lease runs", async () => {
    const editor = await makeUser();
    const dead = await pendingDraft(editor.id, -1);
    const live = await pendingDraft(editor.id, 60);
    const result = await pruneSignInRecords(process.env.DATABASE_URL as string);
    expect(result.drafts).toBe(1);
    expect(await exists(dead)).toBe(false);
    expect(await exists(live)).toBe(true);
  });

  it("a preview whose draft was dropped mid-way (its process stalled past the lease) ends with 'preview again', not a dead draft called done", async () => {
    const editor = await makeUser();
    const events: PreviewEvent["type"][] = [];
    const refused = await rejection(
      preview(editor, paste(1), async (event) => {
        events.push(event.type);
        if (event.type !== "batch" || events.filter((type) => type === "batch").length > 1) return;
        // Its draft is opened while the parse starts: on a busy machine the first cards may come before it is.
        while (!(await getDb().importDraft.count({ where: { ownerId: editor.id, pending: true } }))) await new Promise((resolve) => setTimeout(resolve, 20));
        await getDb().$executeRaw`UPDATE "ImportDraft" SET "leaseUntil" = now() - interval '1 second' WHERE "ownerId" = ${editor.id}::uuid`;
        await openStreamedDraft(editor); // another preview cleans the run-out draft
      }),
    );
    expect(refused).toMatchObject({ code: "NOT_FOUND", message: "This preview is no longer kept; preview the text again." });
    expect(events).not.toContain("done");
  }, 120_000);
});

describe("the account's bound on previews being read", () => {
  it("holds in the database: with its previews already being read on other instances, a preview here is refused and keeps nothing", async () => {
    const editor = await makeUser();
    for (let i = 0; i < IMPORTS_AT_ONCE; i++) await pendingDraft(editor.id, 60);
    const events: PreviewEvent[] = [];
    const refused = await rejection(preview(editor, paste(1), (event) => void events.push(event)));
    expect(refused).toMatchObject({ code: "RATE_LIMITED" });
    expect(events.some((e) => e.type === "done")).toBe(false);
    expect(await getDb().importDraft.count({ where: { ownerId: editor.id } })).toBe(IMPORTS_AT_ONCE);
  }, 120_000);

  it("drafts opened at the same moment (as by several instances) are counted one at a time: no more than the bound", async () => {
    const editor = await makeUser();
    const opened = await Promise.allSettled(Array.from({ length: IMPORTS_AT_ONCE + 3 }, () => openStreamedDraft(editor)));
    expect(opened.filter((o) => o.status === "fulfilled")).toHaveLength(IMPORTS_AT_ONCE);
    for (const o of opened) if (o.status === "rejected") expect(o.reason).toMatchObject({ code: "RATE_LIMITED" });
  });
});
