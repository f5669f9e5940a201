// The import CLI's store: the parsed files into the database, then matching of the stored sources, awaited.
import { printable, type StoreSources } from "./import-cli";

/**
 * Stores as the web import does (storeParsedFiles), writes one line per article, then runs the matching the web
 * import leaves to its background job (scheduleMatching). A CLI process ends when its work is done, so it waits
 * for that job (matchingIdle) before it returns: the reader's margin shows the suggestions as for a web import.
 */
export function cliStore(write: (text: string) => void): StoreSources {
  return async (files, onProgress) => {
    const { storeParsedFiles, summarise } = await import("@/lib/sources/store-sources");
    const { scheduleMatching, matchingIdle } = await import("@/lib/matching/background");
    const { getDb } = await import("@/lib/db/client");
    const outcomes = await storeParsedFiles(files, { importedById: null, onProgress });
    for (const outcome of outcomes) {
      const twin = outcome.nearDuplicateOf ? `  (near-duplicate of ${outcome.nearDuplicateOf.id}, similarity ${outcome.nearDuplicateOf.score.toFixed(2)})` : "";
      write(`${outcome.status === "stored" ? "stored   " : "duplicate"} ${outcome.id}  ${outcome.title ? printable(outcome.title) : "(untitled)"}${twin}\n`);
    }
    const storedIds = outcomes.filter((o) => o.status === "stored").map((o) => o.id);
    scheduleMatching(storedIds);
    await matchingIdle();
    const suggestions = storedIds.length ? await getDb().matchSuggestion.count({ where: { sourceId: { in: storedIds }, state: "SUGGESTED" } }) : 0;
    const { stored, duplicates, nearDuplicates } = summarise(outcomes);
    return `${stored} stored, ${duplicates} skipped as duplicate${duplicates === 1 ? "" : "s"}, ${nearDuplicates} flagged as near-duplicate, ${suggestions} known-claim suggestion${suggestions === 1 ? "" : "s"}`;
  };
}
