// What migrations asked of the start ("PendingUpkeep", lib/db/pending-upkeep.ts), by task name. Imported by
// scripts/start.ts and scripts/db-migrate.ts after the migration runner, once DATABASE_URL names the owner's database.
import { runPendingUpkeep, type UpkeepTask } from "@/lib/db/pending-upkeep";
import { REWRITE_SEARCH_DOCUMENTS, rewriteSearchDocumentsTask } from "@/lib/public/rewrite-search-documents";

export const UPKEEP_TASKS: Readonly<Record<string, UpkeepTask>> = {
  [REWRITE_SEARCH_DOCUMENTS]: rewriteSearchDocumentsTask,
};

/** Every task still asked for, done now (as the owner), before the app serves anyone. */
export function runUpkeep(log: (line: string) => void): Promise<void> {
  return runPendingUpkeep(UPKEEP_TASKS, log);
}
