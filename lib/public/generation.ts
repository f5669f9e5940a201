// The public site's generation: a value that changes with every approval (each one adds a ClaimRevision, which is
// never deleted), the same on every instance because it is read from PostgreSQL. nginx puts it in the key of every
// cached answer (deploy/nginx.conf), so an approval that makes nginx fetch it again (lib/public/shared-cache.ts)
// retires every cached public page and API answer at once, search pages included.
import "server-only";
import { getDb } from "@/lib/db/client";

export async function publicGeneration(): Promise<string> {
  const [row] = await getDb().$queryRaw<{ revisions: bigint; latest: Date | null }[]>`
    SELECT count(*) AS revisions, max("publishedAt") AS latest FROM "ClaimRevision"`;
  return `${row?.revisions ?? 0}-${row?.latest?.getTime() ?? 0}`;
}
