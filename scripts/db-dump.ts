// `npm run db:dump -- [FILE]`: the whole desk (DATABASE_URL or the embedded database) into one gzipped file.
// It reads as the owner (CLAIMDESK_OWNER_DATABASE_URL when set); the app role may dump too (it can read every table).
import { BackupError, dumpDatabase } from "@/lib/db/backup";
import { openDatabase } from "@/lib/db/local-database";

const file = process.argv[2] ?? `claimdesk-${new Date().toISOString().slice(0, 19).replace(/:/g, "-")}.jsonl.gz`;
const db = await openDatabase();
try {
  const { migrations, rows } = await dumpDatabase(db.url, file);
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  console.log(`Dumped ${Object.keys(rows).length} tables, ${total} rows (at ${migrations} migrations) to ${file}.`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.stop();
}
