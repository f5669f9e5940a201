// `npm run import -- [--dry-run] [--json] FILE...`: the import CLI, storing into DATABASE_URL or the embedded database.
import { runFromProcess, runImportCli, type StoreSources } from "./import-cli";

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
    const { storeParsedFiles, summarise } = await import("@/lib/sources/store-sources");
    const { disconnectDb } = await import("@/lib/db/client");
    const store: StoreSources = async (files, onProgress) => {
      const outcomes = await storeParsedFiles(files, { importedById: null, onProgress });
      for (const outcome of outcomes) {
        const twin = outcome.nearDuplicateOf ? `  (near-duplicate of ${outcome.nearDuplicateOf.id}, similarity ${outcome.nearDuplicateOf.score.toFixed(2)})` : "";
        process.stdout.write(`${outcome.status === "stored" ? "stored   " : "duplicate"} ${outcome.id}  ${outcome.title ?? "(untitled)"}${twin}\n`);
      }
      const { stored, duplicates, nearDuplicates } = summarise(outcomes);
      return `${stored} stored, ${duplicates} skipped as duplicate${duplicates === 1 ? "" : "s"}, ${nearDuplicates} flagged as near-duplicate`;
    };
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
