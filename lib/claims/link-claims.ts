// Typed links between claims; "duplicate of" merges the duplicate into its canonical claim.
import "server-only";
import { databaseNow } from "@/lib/db/clock";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { Prisma } from "@/generated/prisma/client";
import { linkClaimsSchema } from "./schemas";
import { lockLiveClaim } from "./live-claim";
import { assertNotUnderReview, claimsUnderReview, underReviewNaming } from "./under-review";

export const MERGE_REVIEWED = "A claim under review or published cannot be merged away; merge the other claim into it instead.";
const UNPUBLISHED: string[] = ["DRAFT", "RESEARCHING"];

/** Said beside the link type "duplicate of": the duplicate is linked from or to a claim under review. */
export const MERGE_LINKED_UNDER_REVIEW = "A claim under review is linked to this one: merging it would change that claim's links under its reviewer. Wait for the review, or withdraw that proposal first.";

export const MERGE_CYCLE = "That claim is already a duplicate of this one: merging would make a cycle.";

/** Follows merges to the claim that now stands for `id`. */
export async function canonicalClaimId(tx: Tx, id: string): Promise<string> {
  let current = id;
  for (let depth = 0; depth < 50; depth++) {
    const row = await tx.claim.findUnique({ where: { id: current }, select: { mergedIntoId: true } });
    if (!row) throw new AppError("NOT_FOUND", "No such claim.");
    if (!row.mergedIntoId) return current;
    current = row.mergedIntoId;
  }
  throw new AppError("CONFLICT", MERGE_CYCLE);
}

async function mergeInto(tx: Tx, duplicateId: string, canonicalId: string) {
  // Appearances: move unless the canonical claim already anchors the same words.
  const moved = await tx.$executeRaw`
    UPDATE "Appearance" a SET "claimId" = ${canonicalId}::uuid
    WHERE a."claimId" = ${duplicateId}::uuid AND NOT EXISTS (
      SELECT 1 FROM "Appearance" c WHERE c."claimId" = ${canonicalId}::uuid AND c."sourceId" = a."sourceId" AND c.start = a.start AND c."end" = a."end")`;
  await tx.appearance.deleteMany({ where: { claimId: duplicateId } });
  const evidence = await tx.evidence.updateMany({ where: { claimId: duplicateId }, data: { claimId: canonicalId } });
  // Links: re-point both ends; drop those that would become self-links or repeat an existing link.
  await tx.$executeRaw`
    UPDATE "ClaimLink" l SET "fromClaimId" = ${canonicalId}::uuid
    WHERE l."fromClaimId" = ${duplicateId}::uuid AND l."toClaimId" <> ${canonicalId}::uuid AND NOT EXISTS (
      SELECT 1 FROM "ClaimLink" x WHERE x."fromClaimId" = ${canonicalId}::uuid AND x."toClaimId" = l."toClaimId" AND x.type = l.type)`;
  await tx.$executeRaw`
    UPDATE "ClaimLink" l SET "toClaimId" = ${canonicalId}::uuid
    WHERE l."toClaimId" = ${duplicateId}::uuid AND l."fromClaimId" <> ${canonicalId}::uuid AND NOT EXISTS (
      SELECT 1 FROM "ClaimLink" x WHERE x."toClaimId" = ${canonicalId}::uuid AND x."fromClaimId" = l."fromClaimId" AND x.type = l.type)`;
  await tx.claimLink.deleteMany({ where: { OR: [{ fromClaimId: duplicateId }, { toClaimId: duplicateId }] } });
  const duplicate = await tx.claim.update({ where: { id: duplicateId }, data: { mergedIntoId: canonicalId, version: { increment: 1 } }, select: { slug: true } });
  // The duplicate's address keeps working: it now leads to the canonical claim.
  await tx.claimSlug.upsert({ where: { slug: duplicate.slug }, create: { slug: duplicate.slug, claimId: canonicalId }, update: { claimId: canonicalId } });
  await tx.claimSlug.updateMany({ where: { claimId: duplicateId }, data: { claimId: canonicalId } });
  return { appearancesMoved: moved, evidenceMoved: evidence.count };
}

export async function linkClaims(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "claim.edit");
  const { fromClaimId, toClaimId, type, note } = parseInput(linkClaimsSchema, input);
  try {
    return await getDb().$transaction(async (tx) => {
      // Lock both claims in a fixed order so concurrent merges cannot interleave.
      await tx.$queryRaw`SELECT id FROM "Claim" WHERE id IN (${fromClaimId}::uuid, ${toClaimId}::uuid) ORDER BY id FOR UPDATE`;
      const from = await tx.claim.findUnique({ where: { id: fromClaimId }, select: { id: true, mergedIntoId: true, state: true } });
      if (!from || from.mergedIntoId) throw new AppError("NOT_FOUND", "No such claim.");
      if (type === "DUPLICATE_OF" && !UNPUBLISHED.includes(from.state)) throw new AppError("CONFLICT", MERGE_REVIEWED);
      const target = await canonicalClaimId(tx, toClaimId);
      if (target === fromClaimId) throw new AppError("CONFLICT", type === "DUPLICATE_OF" ? MERGE_CYCLE : "A claim cannot be linked to itself.");
      // The claim that stands for a merged one was not among those locked above: lock it too (a merge of it since
      // the read above is refused as unknown), then refuse while either end is under review. A link is part of both
      // claims' reviewed content, and a merge moves quotes and evidence into the target.
      if (target !== toClaimId) await lockLiveClaim(tx, target, "update");
      await assertNotUnderReview(tx, [fromClaimId, target]);
      if (type === "DUPLICATE_OF") {
        // A merge re-points (or drops) every link of the duplicate, and a link is part of the claim at its other end
        // too: refused while any such claim is under review (the database refuses it at commit as well, in its words).
        const linked = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Claim" WHERE id IN (
            SELECT "toClaimId" FROM "ClaimLink" WHERE "fromClaimId" = ${fromClaimId}::uuid
            UNION SELECT "fromClaimId" FROM "ClaimLink" WHERE "toClaimId" = ${fromClaimId}::uuid)
          ORDER BY id FOR SHARE`;
        const frozen = await claimsUnderReview(tx, linked.map((row) => row.id));
        if (frozen.length) {
          throw new AppError("CONFLICT", underReviewNaming(frozen.map((claim) => claim.text)), { fieldErrors: { type: [MERGE_LINKED_UNDER_REVIEW] } });
        }
        const result = await mergeInto(tx, fromClaimId, target);
        const link = await tx.claimLink.create({ data: { type, fromClaimId, toClaimId: target, note: note ?? null, createdById: actor.id, createdAt: await databaseNow(tx) } });
        await writeAuditEvent(tx, { actorId: actor.id, action: "claim.merge", objectType: "Claim", objectId: fromClaimId, after: { mergedIntoId: target, ...result }, ip: ctx.ip });
        return link;
      }
      const link = await tx.claimLink.create({ data: { type, fromClaimId, toClaimId: target, note: note ?? null, createdById: actor.id, createdAt: await databaseNow(tx) } });
      await writeAuditEvent(tx, { actorId: actor.id, action: "claimLink.create", objectType: "ClaimLink", objectId: link.id, after: { type, fromClaimId, toClaimId: target, note }, ip: ctx.ip });
      return link;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", "These claims are already linked this way.");
    throw error;
  }
}
