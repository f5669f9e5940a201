// Runs once when the server starts: import jobs whose process died are taken up again (lib/sources/import-jobs.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { resumeStaleImportJobs, STALE_AFTER_MS } = await import("@/lib/sources/import-jobs");
  const resume = () => resumeStaleImportJobs().catch((error: unknown) => console.error("resuming import jobs:", error));
  void resume();
  // A job whose process stopped just before this start looks alive until its heartbeat is old enough.
  setTimeout(resume, STALE_AFTER_MS + 1_000).unref();
}
