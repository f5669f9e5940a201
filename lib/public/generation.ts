// The public site's generation: a value that changes with every approval (each one adds a ClaimRevision, which is
// never deleted), the same on every instance because it is read from PostgreSQL. nginx puts it in the key of every
// cached answer (deploy/nginx.conf), so an approval that makes nginx fetch it again (lib/public/shared-cache.ts)
// retires every cached public page and API answer at once, search pages included; nginx also passes it to the
// instance it asks, which first catches up to it (step 4 of lib/public/invalidate.ts).
import "server-only";
import { getDb } from "@/lib/db/client";
import { GENERATION_SQL } from "./invalidate";

export async function publicGeneration(): Promise<string> {
  const [row] = await getDb().$queryRawUnsafe<{ generation: string }[]>(GENERATION_SQL);
  return row?.generation ?? "0-0";
}
