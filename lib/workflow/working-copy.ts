// The claim's own working copy as one hash: approval compares it with the hash frozen on the proposal.
import "server-only";
import { createHash } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const PROPOSAL_STALE =
  "The claim was edited after this proposal was made, so approving it would publish what no reviewer saw. Request changes so the proposer proposes again.";

/**
 * What the claim itself owns: wording, claimant, kind, which quotes and evidence it has, its links. Shared records
 * are left out on purpose: a source's title, outlet, URL or body (and the re-anchoring of quotes a body edit
 * causes) belong to a source many claims cite, so an edit there must not block every open proposal that cites it;
 * it cannot reach the public either, because approval publishes the snapshot frozen at proposal time.
 */
export async function workingCopyHash(reader: Tx | Db, claimId: string): Promise<string> {
  // The client and a transaction differ only in the user fields they omit, which nothing here reads.
  const tx = reader as Tx;
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { text: true, gloss: true, madeAt: true, madeAtPrecision: true, kind: true, tags: true, attributes: true, claimant: { select: { id: true, name: true, kind: true } } },
  });
  const appearances = await tx.appearance.findMany({ where: { claimId }, select: { id: true, sourceId: true }, orderBy: { id: "asc" } });
  const evidence = await tx.evidence.findMany({
    where: { claimId },
    select: { id: true, stance: true, note: true, sourceId: true, url: true, title: true, publisher: true, publishedAt: true },
    orderBy: { id: "asc" },
  });
  const links = await tx.claimLink.findMany({
    where: { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] },
    select: { id: true, type: true, fromClaimId: true, toClaimId: true, note: true },
    orderBy: { id: "asc" },
  });
  // Empty attributes hash as before they existed, so proposals made before them stay approvable.
  const { attributes, ...rest } = claim;
  const hashed = attributes && typeof attributes === "object" && Object.keys(attributes).length ? claim : rest;
  // Objects built with a fixed key order and lists sorted by id (jsonb keeps its keys sorted): the same rows always give the same text.
  const text = JSON.stringify({ claim: hashed, appearances, evidence, links });
  return createHash("sha256").update(text).digest("hex");
}

/** Approval's guard: refused with a conflict when the working copy moved on since the proposal froze it. */
export async function assertWorkingCopyUnchanged(tx: Tx, proposal: { claimId: string; workingCopyHash: string | null; snapshot: unknown }) {
  if (!proposal.snapshot || !proposal.workingCopyHash || (await workingCopyHash(tx, proposal.claimId)) !== proposal.workingCopyHash) {
    throw new AppError("CONFLICT", PROPOSAL_STALE);
  }
}
