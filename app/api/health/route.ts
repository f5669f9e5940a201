// GET /api/health: 200 when the database answers and is fully migrated, else 503.
import { getDatabaseHealth, sharedCheck } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// (probes asking at once share one query, and its answer stands for a second: lib/db/health.ts)
const databaseHealth = sharedCheck(() => getDatabaseHealth());

export async function GET() {
  const database = await databaseHealth();
  return Response.json(
    { status: database.ok ? "ok" : "degraded", database },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
