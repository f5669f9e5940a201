// Runs once when the server starts: refused server-action requests are logged counted (lib/http/action-log-filter.ts); settings that weaken the deployment are warned about; import jobs whose process died are taken up again (lib/sources/import-jobs.ts), so is
// the matching of sources their imports stored (lib/matching/background.ts),
// and the first import-parse worker is started (lib/sources/parse-in-worker.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Next logs a stack trace for each request naming a server action it does not have: counted, one line a minute.
  const { countRefusedActionLogs } = await import("@/lib/http/action-log-filter");
  countRefusedActionLogs(console);
  // Settings that together weaken the deployment (an https address with no proxy trusted to say a visitor used https).
  const { deploymentWarnings } = await import("@/lib/http/deployment-warnings");
  for (const warning of deploymentWarnings(process.env)) console.warn(`[claimdesk] ${warning}`);
  // Loading a worker (tsx compiling the parser) takes seconds on a busy machine: started with the import page, it was
  // still loading when an editor quick to paste asked for a preview (1.2 s of the 2.0 s before the first cards).
  const { warmImportParser } = await import("@/lib/sources/parse-in-worker");
  warmImportParser();
  const { resumeStaleImportJobs, STALE_AFTER_MS } = await import("@/lib/sources/import-jobs");
  const resume = () => resumeStaleImportJobs().catch((error: unknown) => console.error("resuming import jobs:", error));
  void resume();
  // Sources an import stored before its server died, with their matching still queued in it.
  const { resumePendingMatching } = await import("@/lib/matching/background");
  void resumePendingMatching().catch((error: unknown) => console.error("resuming matching:", error));
  // A job whose process stopped just before this start looks alive until its heartbeat is old enough.
  setTimeout(resume, STALE_AFTER_MS + 1_000).unref();
}
