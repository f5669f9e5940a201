// Notices from PostgreSQL, on one connection per listener: an approval sends NOTIFY on PUBLISHED_CHANNEL inside its
// transaction, so listeners hear of it only once it has committed (the whole invalidation path, and who listens, is
// in lib/public/invalidate.ts); a session's end is announced the same way, by the database's triggers, on
// SESSION_ENDED_CHANNEL (lib/auth/live-session.ts). This is the connection handling.
import pg from "pg";
import { PUBLISHED_CHANNEL } from "./site";
import { deskConnection } from "@/lib/db/connection";

export type PublicationListener = { close: () => Promise<void> };

/** Each channel listened on, and what runs for each of its notices (null: the connection was lost). */
export type NoticeHandlers = Record<string, (payload: string | null) => void>;

/**
 * LISTENs on every channel of `handlers` on a connection of its own, reconnecting a second after it drops (an error,
 * or the server closing it; a connection gone silent is found by TCP keepalives, lib/db/connection.ts). Each notice
 * runs its channel's handler with its payload; a lost connection runs every handler with null: notices sent
 * meanwhile are missed, so whatever was kept may be stale.
 */
export async function listenForNotices(databaseUrl: string, handlers: NoticeHandlers, log: (line: string) => void = console.log): Promise<PublicationListener> {
  let client: pg.Client | null = null;
  let closed = false;
  const lost = () => {
    for (const handle of Object.values(handlers)) handle(null);
  };
  const listen = async () => {
    if (closed) return;
    const next = new pg.Client(deskConnection(databaseUrl));
    const drop = () => {
      // Only once it was listening (a failed start is retried below), and once: an error is followed by the end.
      if (client !== next || closed) return;
      client = null;
      lost();
      setTimeout(() => void listen(), 1_000);
    };
    next.on("notification", (notice) => handlers[notice.channel]?.(notice.payload ?? null));
    next.on("error", drop);
    next.on("end", drop);
    try {
      await next.connect();
      for (const channel of Object.keys(handlers)) await next.query(`LISTEN ${channel}`);
      client = next;
    } catch (error) {
      log(`cannot listen for notices (${(error as Error).message}); retrying`);
      await next.end().catch(() => {});
      if (!closed) setTimeout(() => void listen(), 1_000);
    }
  };
  await listen();
  return {
    close: async () => {
      closed = true;
      await client?.end().catch(() => {});
    },
  };
}

/** LISTENs for publications: `onChange` runs with the published claim's slug, or null when the connection was lost. */
export function listenForPublications(databaseUrl: string, onChange: (slug: string | null) => void, log?: (line: string) => void): Promise<PublicationListener> {
  return listenForNotices(databaseUrl, { [PUBLISHED_CHANNEL]: onChange }, log);
}
