// Edits a claim's wording and details; a save over a newer version is a conflict, never an overwrite.
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { DESK_WRITE_BOUNDS } from "@/lib/auth/confirm-actor";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { updateClaimSchema } from "./schemas";
import { claimColumns } from "./create-claim";
import { assertProvenanceAnchored } from "./attribute-provenance";
import { lockEditableClaim } from "./live-claim";
import { CLAIM_UNDER_REVIEW } from "./under-review";

export { CLAIM_UNDER_REVIEW };

export const CLAIM_CONFLICT = "Someone else saved this claim in the meantime. Their version is shown; your text is kept in the form.";

const EDITABLE = { id: true, version: true, text: true, gloss: true, madeAt: true, kind: true, tags: true, attributes: true, state: true, claimant: { select: { name: true } } } as const;

export async function updateClaim(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "claim.edit");
  const { id, version, ...fields } = parseInput(updateClaimSchema, input);
  // Concurrent saves of one claim take turns on its row lock, each holding a pooled connection meanwhile: on a busy
  // server the last of a burst waited longer than Prisma's defaults (2 s for a connection, 5 s in all) and failed with
  // P2028 instead of the conflict. The bounds of the desk's other writes.
  return getDb().$transaction(
    async (tx) => {
      // Locked before the open proposal is looked for: a proposal freezing the claim at this moment either waits for
      // this save or goes first, and this save then finds the claim under review (read unlocked, the save landed after
      // the freeze). A correction or withdrawal under review freezes a published claim as a first verdict does.
      await lockEditableClaim(tx, id, "update");
      const before = await tx.claim.findUnique({ where: { id }, select: { ...EDITABLE, mergedIntoId: true } });
      if (!before || before.mergedIntoId) throw new AppError("NOT_FOUND", "No such claim.");
      await assertProvenanceAnchored(tx, id, fields.attributes);
      const columns = await claimColumns(tx, fields, actor.id, ctx.ip);
      const { count } = await tx.claim.updateMany({ where: { id, version }, data: { ...columns, version: { increment: 1 }, updatedById: actor.id } });
      if (count === 0) {
        // Read again: the row that won is newer than the one read above.
        const current = await tx.claim.findUniqueOrThrow({ where: { id }, select: EDITABLE });
        throw new AppError("CONFLICT", CLAIM_CONFLICT, { current: { ...current, claimantName: current.claimant?.name ?? "" } });
      }
      const after = await tx.claim.findUniqueOrThrow({ where: { id }, select: EDITABLE });
      await writeAuditEvent(tx, { actorId: actor.id, action: "claim.update", objectType: "Claim", objectId: id, before, after, ip: ctx.ip });
      return after;
    },
    DESK_WRITE_BOUNDS,
  );
}
