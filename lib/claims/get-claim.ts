// One claim for the workbench: wording, claimant, appearances in context, evidence by stance, links both ways.
import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";

const sourceSummary = { select: { id: true, title: true, outlet: true, publishedAt: true, url: true } } as const;
const claimSummary = { select: { id: true, slug: true, text: true, state: true } } as const;

export async function getClaimForDesk(actor: Actor | null, id: string) {
  assertCan(actor, "claim.read");
  if (!z.uuid().safeParse(id).success) throw new AppError("NOT_FOUND", "No such claim.");
  const claim = await getDb().claim.findUnique({
    where: { id },
    include: {
      claimant: { include: { aliases: { select: { alias: true } } } },
      appearances: { include: { source: sourceSummary }, orderBy: { createdAt: "asc" } },
      evidence: { include: { source: sourceSummary }, orderBy: { createdAt: "asc" } },
      linksFrom: { include: { toClaim: claimSummary }, orderBy: { createdAt: "asc" } },
      linksTo: { include: { fromClaim: claimSummary }, orderBy: { createdAt: "asc" } },
      merged: { select: { id: true, slug: true, text: true } },
      mergedInto: claimSummary,
      createdBy: { select: { name: true } },
      updatedBy: { select: { name: true } },
    },
  });
  if (!claim) throw new AppError("NOT_FOUND", "No such claim.");
  return claim;
}

/** The desk's claims that a source's text states or that quote it as evidence, for highlighting in the reader. */
export async function listAnchorsInSource(actor: Actor | null, sourceId: string) {
  assertCan(actor, "claim.read");
  const db = getDb();
  const [appearances, evidence] = await Promise.all([
    db.appearance.findMany({ where: { sourceId, status: "ANCHORED" }, select: { id: true, start: true, end: true, claim: { select: { id: true, text: true } } } }),
    db.evidence.findMany({ where: { sourceId, status: "ANCHORED" }, select: { id: true, start: true, end: true, stance: true, claim: { select: { id: true, text: true } } } }),
  ]);
  return [
    ...appearances.map((a) => ({ kind: "appearance" as const, id: a.id, start: a.start, end: a.end, claimId: a.claim.id, claimText: a.claim.text, stance: null })),
    ...evidence.map((e) => ({ kind: "evidence" as const, id: e.id, start: e.start!, end: e.end!, claimId: e.claim.id, claimText: e.claim.text, stance: e.stance })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
}
