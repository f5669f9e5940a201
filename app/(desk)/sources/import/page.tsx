// Import: paste or upload, preview how the text was split and cleaned, correct, then save.
import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getDictionary } from "@/lib/i18n/server";
import { ImportScreen } from "./import-screen";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  await requirePageActor("source.import");
  const { t } = await getDictionary();
  return (
    <>
      <h1>{t.importer.title}</h1>
      <p className="muted">{t.importer.intro}</p>
      <ImportScreen labels={{ ...t.importer, sources: t.sources, reader: t.reader, sourceWarnings: t.sourceWarnings, lineRoles: t.lineRoles }} />
    </>
  );
}
