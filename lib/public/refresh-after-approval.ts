// Step 3 of lib/public/invalidate.ts: after an approval commits, nginx's copies of the public URLs it changed are
// fetched again (lib/public/shared-cache.ts). Runs in the approving process; nothing when nginx is not configured.
// A process that approves before any instance listens (`npm start` seeding a fresh desk) holds its refreshes until
// its app answers: asked earlier, nginx found every instance refusing and held them all as down for its fail_timeout,
// and the first visitors got 502.
import "server-only";
import { listRelatedPublicSlugs, sitemapFilesListing } from "./published-claims";
import { SITEMAP_CLAIMS_PER_FILE } from "./sitemap";
import { changedPublicPaths, refreshSecret, refreshSharedCache, type RefreshResult } from "./shared-cache";

type Env = Record<string, string | undefined>;

/** The paths of approvals made while refreshes are held, kept on globalThis (one set per process, as the pool's). */
const held = globalThis as unknown as { claimdeskHeldRefreshes?: Set<string> };

/**
 * `perFile`: the claims a sitemap file lists (lib/public/sitemap-response.ts). When the sitemap is an index, the files
 * whose lists changed are stored anew too: the generation retires them, and only `/sitemap.xml` was fetched again, so
 * the first crawler to ask for a file (the last one lists every new claim) waited while 25,000 claims were read.
 */
export async function refreshAfterApproval(slug: string, env: Env = process.env, perFile = SITEMAP_CLAIMS_PER_FILE): Promise<RefreshResult[]> {
  if (!refreshSecret(env) || !env.CLAIMDESK_NGINX_URL) return [];
  const [related, sitemapFiles] = await Promise.all([listRelatedPublicSlugs(slug), sitemapFilesListing(slug, perFile)]);
  const paths = changedPublicPaths(slug, related, sitemapFiles);
  const holding = held.claimdeskHeldRefreshes; // released meanwhile: sent now
  if (holding) {
    for (const path of paths) holding.add(path);
    return [];
  }
  return refreshPaths(`approving ${slug}`, paths, env);
}

async function refreshPaths(what: string, paths: readonly string[], env: Env): Promise<RefreshResult[]> {
  const results = await refreshSharedCache(paths, env);
  const failed = results.filter((r) => r.status === null || r.status >= 500);
  if (failed.length) console.error(`nginx refresh after ${what}: ${failed.length} of ${results.length} failed (${failed[0]!.path}: ${failed[0]!.status ?? "no answer"}); they expire after s-maxage.`);
  return results;
}

/**
 * Holds this process's refreshes from now on; the returned function asks nginx once for all the paths approvals
 * changed meanwhile (nothing when none did) and lets later approvals refresh at once again. The caller calls it once
 * its app answers.
 */
export function holdSharedCacheRefreshes(env: Env = process.env): () => Promise<RefreshResult[]> {
  const holding = (held.claimdeskHeldRefreshes ??= new Set());
  return async () => {
    if (held.claimdeskHeldRefreshes === holding) delete held.claimdeskHeldRefreshes;
    return holding.size ? refreshPaths("the approvals made while starting", [...holding], env) : [];
  };
}
