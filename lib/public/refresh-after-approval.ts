// Step 3 of lib/public/invalidate.ts: after an approval commits, nginx's copies of the public URLs it changed are
// fetched again (lib/public/shared-cache.ts). Runs in the approving process; nothing when nginx is not configured.
import "server-only";
import { listRelatedPublicSlugs } from "./published-claims";
import { changedPublicPaths, refreshSecret, refreshSharedCache, type RefreshResult } from "./shared-cache";

export async function refreshAfterApproval(slug: string, env: Record<string, string | undefined> = process.env): Promise<RefreshResult[]> {
  if (!refreshSecret(env) || !env.CLAIMDESK_NGINX_URL) return [];
  const related = await listRelatedPublicSlugs(slug);
  const results = await refreshSharedCache(changedPublicPaths(slug, related), env);
  const failed = results.filter((r) => r.status === null || r.status >= 500);
  if (failed.length) console.error(`nginx refresh after approving ${slug}: ${failed.length} of ${results.length} failed (${failed[0]!.path}: ${failed[0]!.status ?? "no answer"}); they expire after s-maxage.`);
  return results;
}
