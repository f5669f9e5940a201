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
export async function workingCopyHash(reader: Tx | Db, claimId: string, form: "current" | "positions" = "current"): Promise<string> {
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
  const hashed = attributes && typeof attributes === "object" && Object.keys(attributes).length ? { ...claim, attributes: form === "current" ? withoutPositions(attributes) : attributes } : rest;
  // Objects built with a fixed key order and lists sorted by id (jsonb keeps its keys sorted): the same rows always give the same text.
  const text = JSON.stringify({ claim: hashed, appearances, evidence, links });
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Where a filled value was read, without its offsets and context: those move when the source's text is corrected
 * around the words (lib/claims/provenance-reanchor.ts), as a quote's own offsets do, and are left out for the same
 * reason; the words and whether they were lost stay in.
 */
function withoutPositions(attributes: object): object {
  const { provenance, ...values } = attributes as { provenance?: Record<string, { appearanceId?: string; sourceId?: string; exact?: string; orphaned?: boolean }> };
  if (!provenance || typeof provenance !== "object") return attributes;
  const kept = Object.fromEntries(
    Object.keys(provenance)
      .sort()
      .map((field) => {
        const p = provenance[field]!;
        return [field, { appearanceId: p.appearanceId, sourceId: p.sourceId, exact: p.exact, orphaned: p.orphaned ?? false }];
      }),
  );
  return { ...values, provenance: kept };
}

/** Whether the working copy still hashes as when the proposal froze it (a proposal without a snapshot never does). */
export async function workingCopyUnchanged(reader: Tx | Db, proposal: { claimId: string; workingCopyHash: string | null; snapshot: unknown }): Promise<boolean> {
  if (!proposal.snapshot || !proposal.workingCopyHash) return false;
  if ((await workingCopyHash(reader, proposal.claimId)) === proposal.workingCopyHash) return true;
  // A proposal made while the hash still held the selections' offsets.
  return (await workingCopyHash(reader, proposal.claimId, "positions")) === proposal.workingCopyHash;
}

/** Approval's guard: refused with a conflict when the working copy moved on since the proposal froze it. */
export async function assertWorkingCopyUnchanged(tx: Tx, proposal: { claimId: string; workingCopyHash: string | null; snapshot: unknown }) {
  if (!(await workingCopyUnchanged(tx, proposal))) {
    throw new AppError("CONFLICT", PROPOSAL_STALE);
  }
}
