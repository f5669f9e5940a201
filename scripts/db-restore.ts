// `npm run db:restore -- FILE`: a backup from `npm run db:dump` into an empty desk (DATABASE_URL or the embedded database).
// As the owner: the restore switches the tables' triggers off for its own transaction, which only the owner may do.
import { BackupError, restoreDatabase } from "@/lib/db/backup";
import { openDatabase } from "@/lib/db/local-database";
import { migrate } from "@/lib/db/migrate";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:restore -- FILE");
  process.exit(2);
}
const db = await openDatabase();
try {
  // A brand-new database gets this version's schema first; the restore then checks it matches the backup's.
  await migrate(db.url, { appRole: db.appRole ?? undefined });
  const { rows } = await restoreDatabase(db.url, file);
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  console.log(`Restored ${Object.keys(rows).length} tables, ${total} rows from ${file}.`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.stop();
}
