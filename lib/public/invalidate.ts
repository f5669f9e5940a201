// The one path by which an approval reaches everything that keeps public answers, on every instance.
//
// 1. An approval (a publication, a correction or a withdrawal: lib/workflow/review.ts) calls
//    `announcePublication(tx, slug)` inside its transaction. PostgreSQL delivers the NOTIFY only when the
//    transaction commits, to every process LISTENing on PUBLISHED_CHANNEL, on every instance sharing the database.
// 2. Each keeper of public answers listens with `onPublication` and drops what may have changed:
//    - the front server of each instance (lib/public/page-cache.ts): `dropPages` drops every kept page — the claim,
//      the claims linking to it (their "linked later" section), the home, search, corrections and ledger pages —
//      in both languages;
//    - each `next start` (lib/public/search.ts): `refreshSearch` re-reads that claim into the search index and
//      forgets kept search answers. The approving process also calls it at once (review.ts), before any NOTIFY.
//    Feeds, the sitemap and the API are rendered per request in Next (force-dynamic): nothing is kept there.
// 3. nginx in front (deploy/nginx.conf), when CLAIMDESK_NGINX_URL and CLAIMDESK_NGINX_REFRESH_SECRET are set: once
//    the approval commits, the approving process has nginx fetch the public site's generation again (part of the
//    key of everything nginx keeps, so every cached page and API answer, search included, is retired at once), then
//    fresh copies of the URLs it changed (`refreshAfterApproval` in lib/public/refresh-after-approval.ts; how, in
//    lib/public/shared-cache.ts). Any other shared cache (a CDN) keeps a page for at most the s-maxage of
//    lib/public/cache-policy.ts (CLAIMDESK_CACHE_S_MAXAGE), then fetches it again in the background.
// 4. nginx may ask an instance for a page under the NEW generation before that instance has heard the notice (it
//    arrives a few milliseconds later, or its LISTEN connection is down). nginx therefore passes the generation it
//    looked up in X-Claimdesk-Generation (deploy/nginx.conf), and every keeper first catches up to it
//    (`generationCatchUp` below): when the generation asked for is newer than the one it last saw, it reads the
//    generation from PostgreSQL and, if that is newer too, drops what it kept before answering — the front server
//    its pages, each `next start` its search answers and the claims published since (lib/public/search.ts). Only a
//    trusted proxy's header is believed (CLAIMDESK_TRUSTED_PROXIES); the front server passes it on to `next start`.
// A lost LISTEN connection is reported as `null`: notices may have been missed, so every keeper drops everything.
import pg from "pg";
import { listenForNotices, type NoticeHandlers, type PublicationListener } from "./publications";
import { PUBLISHED_CHANNEL } from "./site";
import { deskConnection, sidePool } from "@/lib/db/connection";
import { SESSION_ENDED_CHANNEL } from "@/lib/auth/live-session";

export { PUBLISHED_CHANNEL };

/** Anything that can run SQL inside the approving transaction (a Prisma transaction client). */
type Sql = { $executeRaw: (query: TemplateStringsArray, ...values: unknown[]) => Promise<number> };

/** Step 1: announce, inside the approving transaction, that this claim's public answers changed. */
export async function announcePublication(tx: Sql, slug: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${PUBLISHED_CHANNEL}, ${slug})`;
}

export type PublicationHandlers = {
  /** Drop kept public pages (all of them: which pages link to the claim is not known here). */
  dropPages?: () => void;
  /** Re-read this claim into the search index (null: rebuild it). */
  refreshSearch?: (slug: string | null) => void;
  /**
   * Heard on the same connection: a session ended (its id; null when notices may have been missed), announced by the
   * database's triggers (lib/auth/live-session.ts SESSION_ENDED_CHANNEL), for the front server's sessions.
   */
  sessionEnded?: (sessionId: string | null) => void;
};

/** Step 2: listen on a connection of its own (reconnecting), and run the handlers after each committed approval. */
export function onPublication(databaseUrl: string, handlers: PublicationHandlers, log?: (line: string) => void): Promise<PublicationListener> {
  const notices: NoticeHandlers = {
    [PUBLISHED_CHANNEL]: (slug) => {
      handlers.dropPages?.();
      handlers.refreshSearch?.(slug);
    },
  };
  if (handlers.sessionEnded) notices[SESSION_ENDED_CHANNEL] = handlers.sessionEnded;
  return listenForNotices(databaseUrl, notices, log);
}

/** For tests and scripts: announce outside an approval (a plain connection, committed at once). */
export async function notifyPublication(databaseUrl: string, slug: string): Promise<void> {
  const client = new pg.Client(deskConnection(databaseUrl));
  await client.connect();
  try {
    await client.query("SELECT pg_notify($1, $2)", [PUBLISHED_CHANNEL, slug]);
  } finally {
    await client.end();
  }
}

/**
 * How long after its time a revision may still be committing: its time is when its approval began, so two approvals
 * can commit in the other order. Whatever asks "what was published since T" (the search catching up, the feed's
 * If-Modified-Since) looks this far back, or does not trust T until this long after it.
 */
export const COMMIT_OVERLAP_MS = 60_000;

/**
 * The public site's generation: how many revisions were ever published (revisions are never deleted, so it only
 * grows) and the newest one's time, as "<revisions>-<epoch ms>". One statement, read by `next start` (through
 * Prisma, lib/public/generation.ts) and by the front server (through pg), so both spell it the same.
 */
export const GENERATION_SQL = `SELECT count(*)::text || '-' || coalesce(floor(extract(epoch FROM max("publishedAt")) * 1000)::bigint, 0)::text AS generation FROM "ClaimRevision"`;

export type Generation = { revisions: number; latest: Date };

/** A generation as nginx passes it on (or null for anything else). */
export function parseGeneration(value: unknown): Generation | null {
  const match = typeof value === "string" ? /^(\d{1,15})-(\d{1,15})$/.exec(value.trim()) : null;
  return match ? { revisions: Number(match[1]), latest: new Date(Number(match[2])) } : null;
}

export type GenerationCatchUp = {
  /**
   * Before answering a request nginx looked up this generation for: null when this process has seen it already
   * (nothing to wait for, the common case), else a promise that settles once it has read the database and dropped
   * what is older. A value newer than the database (forged, or garbage) costs one read, coalesced with others.
   */
  catchUp: (asked: string | string[] | undefined) => Promise<void> | null;
  /** After a notice (or a lost connection): read the generation again and drop what it supersedes. */
  heard: () => void;
  /** The generation a keeper's contents are known to include (read before it filled them). */
  assume: (seen: Generation) => void;
  /** The newest generation seen, for tests and logs. */
  known: () => Generation | null;
};

/**
 * Step 4: catching up to the generation nginx asks for. `read` reads it from PostgreSQL; `drop(since)` drops what
 * was kept before the generation `since` was superseded (null: whatever was kept, nothing being known).
 */
export function generationCatchUp(read: () => Promise<string>, drop: (since: Generation | null) => Promise<void> | void, log: (line: string) => void = console.error): GenerationCatchUp {
  let known: Generation | null = null;
  let reading: Promise<void> | null = null;
  const sync = (): Promise<void> =>
    (reading ??= (async () => {
      try {
        const now = parseGeneration(await read());
        if (now && (!known || now.revisions > known.revisions)) {
          await drop(known);
          if (!known || now.revisions > known.revisions) known = now;
        }
      } finally {
        reading = null;
      }
    })());
  const failed = (error: unknown) => log(`cannot read the public generation: ${(error as Error).message}`);
  return {
    catchUp: (value) => {
      const asked = parseGeneration(Array.isArray(value) ? value[0] : value);
      if (!asked || (known && asked.revisions <= known.revisions)) return null;
      return (async () => {
        // A read already under way may have begun before that generation committed: wait for it, then read anew.
        if (reading) await reading.catch(() => {});
        if (known && asked.revisions <= known.revisions) return;
        await sync().catch(failed);
      })();
    },
    // A notice means a commit this process may not have seen: a read under way may have begun before it, so it is
    // waited for and the generation read anew; whatever was kept goes only if that read finds it newer (once per
    // notice, not once for the notice and again for the read). A failed read drops what was kept, to be safe.
    heard: () =>
      void (async () => {
        if (reading) await reading.catch(() => {});
        await sync().catch(async (error: unknown) => {
          failed(error);
          await drop(known);
        });
      })().catch(failed),
    assume: (seen) => {
      if (!known || seen.revisions > known.revisions) known = seen;
    },
    known: () => known,
  };
}

/** The front server's reader (it has no Prisma): one pooled connection, the same statement. */
export function generationReader(databaseUrl: string): { read: () => Promise<string>; close: () => Promise<void> } {
  const pool = sidePool(databaseUrl, 1);
  return {
    read: async () => String((await pool.query<{ generation: string }>(GENERATION_SQL)).rows[0]?.generation),
    close: () => pool.end(),
  };
}
