// Publication notices: an approval sends NOTIFY on PUBLISHED_CHANNEL inside its transaction, so listeners hear
// of it only once it has committed. The whole invalidation path, and who listens, is in lib/public/invalidate.ts;
// this is its connection handling.
import pg from "pg";
import { PUBLISHED_CHANNEL } from "./site";
import { deskConnection } from "@/lib/db/connection";

export type PublicationListener = { close: () => Promise<void> };

/**
 * LISTENs on a connection of its own, reconnecting a second after it drops. `onChange` runs for each notice, with
 * the published claim's slug, and with null when the connection is lost: notices sent meanwhile are missed, so
 * whatever was cached may be stale.
 */
export async function listenForPublications(databaseUrl: string, onChange: (slug: string | null) => void, log: (line: string) => void = console.log): Promise<PublicationListener> {
  let client: pg.Client | null = null;
  let closed = false;
  const listen = async () => {
    if (closed) return;
    const next = new pg.Client(deskConnection(databaseUrl));
    next.on("notification", (notice) => onChange(notice.payload ?? null));
    next.on("error", () => {
      onChange(null);
      if (!closed) setTimeout(() => void listen(), 1_000);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${PUBLISHED_CHANNEL}`);
      client = next;
    } catch (error) {
      log(`cannot listen for publications (${(error as Error).message}); retrying`);
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
