// A claim that is not merged away, locked for the rest of the caller's transaction.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertNotUnderReview } from "./under-review";

/**
 * Refuses a claim that does not exist or was merged into another, and holds its row until the transaction ends:
 * a merge (which locks the claim for update, moves what is attached to it, then marks it merged) either waits for
 * what is being attached and moves it too, or goes first, and this call then reads the merged row and refuses. A
 * plain read let evidence checked against the draft before the merge committed be written after it, onto the
 * merged draft nobody sees again. `update`: the caller changes the claim's own row.
 */
export async function lockLiveClaim(tx: Tx, claimId: string, mode: "share" | "update" = "share"): Promise<{ assignedToId: string | null }> {
  const rows =
    mode === "update"
      ? await tx.$queryRaw<{ mergedIntoId: string | null; assignedToId: string | null }[]>`SELECT "mergedIntoId", "assignedToId" FROM "Claim" WHERE id = ${claimId}::uuid FOR UPDATE`
      : await tx.$queryRaw<{ mergedIntoId: string | null; assignedToId: string | null }[]>`SELECT "mergedIntoId", "assignedToId" FROM "Claim" WHERE id = ${claimId}::uuid FOR SHARE`;
  const claim = rows[0];
  if (!claim || claim.mergedIntoId) throw new AppError("NOT_FOUND", "No such claim.");
  return { assignedToId: claim.assignedToId };
}

/**
 * `lockLiveClaim` for a change to what a reviewer decides on (wording, claimant, quotes, evidence, links): refused
 * while a proposal is open. The row is locked first, so a proposal racing this change either waits for it (and
 * freezes it with the rest) or committed first and is found here.
 */
export async function lockEditableClaim(tx: Tx, claimId: string, mode: "share" | "update" = "share"): Promise<{ assignedToId: string | null }> {
  const claim = await lockLiveClaim(tx, claimId, mode);
  await assertNotUnderReview(tx, [claimId]);
  return claim;
}
