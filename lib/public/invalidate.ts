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
// A lost LISTEN connection is reported as `null`: notices may have been missed, so every keeper drops everything.
import pg from "pg";
import { listenForPublications, type PublicationListener } from "./publications";
import { PUBLISHED_CHANNEL } from "./site";

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
};

/** Step 2: listen on a connection of its own (reconnecting), and run the handlers after each committed approval. */
export function onPublication(databaseUrl: string, handlers: PublicationHandlers, log?: (line: string) => void): Promise<PublicationListener> {
  return listenForPublications(
    databaseUrl,
    (slug) => {
      handlers.dropPages?.();
      handlers.refreshSearch?.(slug);
    },
    log,
  );
}

/** For tests and scripts: announce outside an approval (a plain connection, committed at once). */
export async function notifyPublication(databaseUrl: string, slug: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_notify($1, $2)", [PUBLISHED_CHANNEL, slug]);
  } finally {
    await client.end();
  }
}
