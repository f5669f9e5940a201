// Import: paste or upload, preview how the text was split and cleaned, correct, then save as a background job.
import { requirePageActor } from "@/lib/auth/session";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { latestImportJob, listedOutcomes, resumeStaleImportJobs } from "@/lib/sources/import-jobs";
import { warmImportParser } from "@/lib/sources/parse-in-worker";
import { ImportScreen } from "./import-screen";

export const generateMetadata = titleFor("import");

export default async function ImportPage() {
  const actor = await requirePageActor("source.import");
  // A parse worker is started now, while the editor pastes, rather than by their first preview.
  warmImportParser();
  // Jobs left behind by a server that stopped are taken up again here (also at start: instrumentation.ts).
  await resumeStaleImportJobs().catch((error: unknown) => console.error("resuming import jobs:", error));
  const [{ t }, job] = await Promise.all([getDictionary(), latestImportJob(actor)]);
  return (
    <>
      <h1>{t.importer.title}</h1>
      <p className="muted">{t.importer.intro}</p>
      <ImportScreen labels={{ ...t.importer, sources: t.sources, reader: t.reader, sourceWarnings: t.sourceWarnings, lineRoles: t.lineRoles }} initialJob={job && listedOutcomes(job)} />
    </>
  );
}
