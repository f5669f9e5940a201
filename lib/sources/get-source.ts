// One source for the workbench reader: text, metadata, its dossier and its near-duplicate twins.
import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { Block } from "./clean";
import { readWarnings } from "./warnings";

export async function getSourceForDesk(actor: Actor | null, id: string) {
  assertCan(actor, "source.read");
  if (!z.uuid().safeParse(id).success) throw new AppError("NOT_FOUND", "No such source.");
  const source = await getDb().source.findUnique({
    where: { id },
    include: {
      dossier: { select: { id: true, title: true, sources: { select: { id: true, title: true, dossierIndex: true }, orderBy: { dossierIndex: "asc" } } } },
      nearDuplicateOf: { select: { id: true, title: true, outlet: true } },
      nearDuplicates: { select: { id: true, title: true, outlet: true, nearDuplicateScore: true } },
      importedBy: { select: { name: true } },
    },
  });
  if (!source) throw new AppError("NOT_FOUND", "No such source.");
  return { ...source, blocks: source.blocks as unknown as Block[], warnings: readWarnings(source.warnings) };
}
