// Matching's heavy work (keying and ranking a source's sentences) runs on the server's own thread. It is sliced so
// other requests run in between (yielding.ts), but slices of many runs at once still add up: one account opening
// the reader of a 2,000,000-character source in twenty tabs, or of twenty such sources, had twenty rankings of 2.7 s
// each sharing the thread, and every other request waited behind a slice of each. An account's runs take turns:
// one at a time per account, the rest waiting.
//
// The turn holds across every instance on the database, not per process: within a process an account's runs queue in
// order, and the run at the head of that queue also takes the account's turn in PostgreSQL, a session advisory lock
// on (TURN_LOCKS, hashtext(account)) held by one connection of the process's own while the run works. An instance
// whose turn is taken elsewhere waits for it (asking again every so often, not holding a pooled connection while it
// waits). A process that dies (killed, crashed) loses its connection, and PostgreSQL ends the session and frees its
// turns at once. Two accounts whose ids hash alike share a turn across instances: their runs wait for each other,
// nothing worse.
// When no connection can be had (no database address, the server unreachable) runs take turns in this process only;
// a run never fails for want of a turn.
import "server-only";
import pg from "pg";
import { deskConnection } from "@/lib/db/connection";

/** The first key of the turns' locks (the two-key form, apart from the desk's one-key advisory locks and the drafts'). */
export const TURN_LOCKS = 0x43444d54;

/** How long an instance waits before asking again for a turn taken elsewhere: from the first to the longest. */
const FIRST_WAIT_MS = 20;
const LONGEST_WAIT_MS = 250;

const tails = new Map<string, Promise<unknown>>();

/** The process's turn connection, on globalThis: the routes and the background jobs are bundled apart. */
const state = globalThis as unknown as { claimdeskTurnConnection?: Promise<pg.Client | null> };

/**
 * Runs `work` after every earlier run queued under `account` has settled, and in the account's turn across instances;
 * runs of other accounts are not held.
 */
export function inAccountTurn<T>(account: string, work: () => Promise<T>): Promise<T> {
  const before = tails.get(account) ?? Promise.resolve();
  const turn = () => inDatabaseTurn(account, work);
  const run = before.then(turn, turn);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(account, tail);
  void tail.then(() => {
    if (tails.get(account) === tail) tails.delete(account);
  });
  return run;
}

/** How many accounts have runs queued or under way in this process (for tests and diagnostics). */
export function accountsWithTurns(): number {
  return tails.size;
}

async function inDatabaseTurn<T>(account: string, work: () => Promise<T>): Promise<T> {
  const client = await takeTurn(account);
  try {
    return await work();
  } finally {
    // A connection lost meanwhile took the lock with it.
    if (client) await ask(client, "SELECT pg_advisory_unlock($1, hashtext($2))", account).catch(() => undefined);
  }
}

/** Waits for the account's turn in the database: the connection holding it, or null when none could be had. */
async function takeTurn(account: string): Promise<pg.Client | null> {
  for (let wait = FIRST_WAIT_MS; ; wait = Math.min(wait * 2, LONGEST_WAIT_MS)) {
    const client = await turnConnection();
    if (!client) return null;
    try {
      const { rows } = await ask(client, "SELECT pg_try_advisory_lock($1, hashtext($2)) AS taken", account);
      if (rows[0]?.taken) return client;
    } catch (error) {
      console.error("matching turns: the turn connection failed:", error instanceof Error ? error.message : error);
      forget(client);
      return null;
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** The stream of a connection, to let an idle one not keep a command-line process alive. */
const streamOf = (client: pg.Client) => (client as unknown as { connection?: { stream?: { ref?: () => void; unref?: () => void } } }).connection?.stream;
const asking = new WeakMap<pg.Client, number>();

/** One of the turns' queries on `account`; the process is kept alive while any is under way. */
async function ask(client: pg.Client, sql: string, account: string): Promise<pg.QueryResult<{ taken?: boolean }>> {
  asking.set(client, (asking.get(client) ?? 0) + 1);
  streamOf(client)?.ref?.();
  try {
    return await client.query<{ taken?: boolean }>(sql, [TURN_LOCKS, account]);
  } finally {
    const left = (asking.get(client) ?? 1) - 1;
    asking.set(client, left);
    if (left === 0) streamOf(client)?.unref?.();
  }
}

function turnConnection(): Promise<pg.Client | null> {
  if (!state.claimdeskTurnConnection) {
    const opening = openConnection();
    state.claimdeskTurnConnection = opening;
    // A server that could not be reached is asked again by the next run.
    void opening.then((client) => {
      if (!client && process.env.DATABASE_URL && state.claimdeskTurnConnection === opening) state.claimdeskTurnConnection = undefined;
    });
  }
  return state.claimdeskTurnConnection;
}

/** Drops `client` as the process's turn connection (the next run opens another), if it still is. */
function forget(client: pg.Client): void {
  void state.claimdeskTurnConnection?.then((current) => {
    if (current === client) state.claimdeskTurnConnection = undefined;
  });
  void client.end().catch(() => undefined);
}

async function openConnection(): Promise<pg.Client | null> {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  const client = new pg.Client(deskConnection(url, { applicationName: "claimdesk matching turns" }));
  client.on("error", () => forget(client));
  client.on("end", () => forget(client));
  try {
    await client.connect();
    // An idle turn connection never keeps a command-line process alive (a query under way does: ask()).
    streamOf(client)?.unref?.();
    return client;
  } catch (error) {
    console.error("matching turns: no turn connection, turns hold in this process only:", error instanceof Error ? error.message : error);
    forget(client);
    return null;
  }
}

/** Closes this process's turn connection (its turns are freed; the next run opens another). */
export async function closeAccountTurns(): Promise<void> {
  const client = await state.claimdeskTurnConnection;
  state.claimdeskTurnConnection = undefined;
  await client?.end().catch(() => undefined);
}
