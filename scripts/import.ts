// `npm run import -- [--dry-run] [--json] FILE...`: the import CLI, storing into DATABASE_URL or the embedded database.
import { runFromProcess, runImportCli } from "./import-cli";

const isDryRun = process.argv.includes("--dry-run") || process.argv.includes("--help") || process.argv.includes("-h");

if (isDryRun) {
  // Needs no database and writes nothing.
  await runFromProcess();
} else {
  const { openDatabase } = await import("@/lib/db/local-database");
  const { migrate } = await import("@/lib/db/migrate");
  const db = await openDatabase();
  try {
    await migrate(db.url);
    process.env.DATABASE_URL = db.url;
    const { disconnectDb } = await import("@/lib/db/client");
    const { cliStore } = await import("./import-store");
    const store = cliStore((t) => process.stdout.write(t));
    process.exitCode = await runImportCli(process.argv.slice(2), {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      isTTY: process.stderr.isTTY,
      store,
    });
    await disconnectDb();
  } finally {
    await db.stop();
  }
}
