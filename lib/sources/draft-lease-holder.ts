// Who reads a pending import draft, as PostgreSQL can tell whether it still lives. Each process opens, at its first
// preview, one connection of its own that takes a session advisory lock on (HOLDER_LOCKS, its id) and keeps it while
// the process lives; a draft it opens names that id (ImportDraft.leaseHolder). When a process dies (killed, crashed,
// its machine gone), its socket closes and PostgreSQL ends that session, which releases the lock: a pending draft whose
// holder's lock is not held in pg_locks was left by a dead process, and the account's next preview takes its slot
// at once instead of waiting out the lease. The lease still bounds a draft whose holder is alive but stalled, and a
// draft opened while no holder connection could be made (it names none).
// Sound across instances and restarts: ids are drawn at random and a lock can be held by one session only (a new
// process drawing a live one's id fails to take it and draws again); the lock is per database.
import "server-only";
import { randomInt } from "node:crypto";
import pg from "pg";
import { Prisma } from "@/generated/prisma/client";
import { deskConnection } from "@/lib/db/connection";

/** The first key of the holders' locks (the two-key form: apart from the desk's one-key advisory locks). */
export const HOLDER_LOCKS = 0x43445056;

type Holder = { id: number; client: pg.Client };

/** The process's holder, on globalThis: the routes and the import jobs are bundled apart, and one must serve them all. */
const state = globalThis as unknown as { claimdeskDraftHolder?: Promise<Holder | null> };

/**
 * The id of this process's holder, its connection opened at the first call; null when none could be opened (the
 * draft then names no holder and only its lease frees it). A holder whose connection dropped is replaced by a new one
 * at the next call (the drafts naming the old id are taken as left behind).
 */
export async function draftLeaseHolder(): Promise<number | null> {
  if (!state.claimdeskDraftHolder) {
    // The connection lost: the next preview opens another (only if this one is still the process's).
    const opening: Promise<Holder | null> = openHolder(() => {
      if (state.claimdeskDraftHolder === opening) state.claimdeskDraftHolder = undefined;
    });
    state.claimdeskDraftHolder = opening;
  }
  const holder = await state.claimdeskDraftHolder;
  return holder?.id ?? null;
}

async function openHolder(forget: () => void): Promise<Holder | null> {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  await Promise.resolve(); // `forget` may be called only once the caller has kept the promise
  const client = new pg.Client(deskConnection(url, { applicationName: "claimdesk draft holder" }));
  client.on("error", forget);
  client.on("end", forget);
  try {
    await client.connect();
    for (let tries = 0; tries < 5; tries++) {
      const id = randomInt(1, 2 ** 31 - 1);
      const { rows } = await client.query<{ held: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS held", [HOLDER_LOCKS, id]);
      if (rows[0]?.held) {
        // An idle holder never keeps a command-line process alive.
        (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
        return { id, client };
      }
    }
    throw new Error("no free draft holder id");
  } catch (error) {
    console.error("opening the import drafts' holder connection:", error instanceof Error ? error.message : error);
    forget();
    await client.end().catch(() => undefined);
    return null;
  }
}

/** Closes this process's holder connection (its drafts are then taken as left behind). */
export async function closeDraftLeaseHolder(): Promise<void> {
  const holder = await state.claimdeskDraftHolder;
  state.claimdeskDraftHolder = undefined;
  await holder?.client.end().catch(() => undefined);
}

/**
 * SQL condition, on an "ImportDraft" row: its holder's lock is not held in this database (its process is gone).
 * False for a draft that names no holder.
 */
export const HOLDER_GONE = Prisma.sql`("leaseHolder" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND l.objsubid = 2
  AND l.classid = ${HOLDER_LOCKS}::int::oid AND l.objid = "leaseHolder"::int::oid))`;
