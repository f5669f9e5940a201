// `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database.
import { migrate } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/local-database";

const db = await openDatabase();
try {
  const applied = await migrate(db.url, { log: (line) => console.log(line), appRole: db.appRole ?? undefined });
  console.log(applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.");
  // What a migration asked of the start (the public search documents written again…), now, as the owner; still asked
  // for after a run killed in between (lib/db/pending-upkeep.ts).
  process.env.DATABASE_URL = db.url;
  const { runUpkeep } = await import("./lib/upkeep");
  await runUpkeep((line) => console.log(line));
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.stop();
}
