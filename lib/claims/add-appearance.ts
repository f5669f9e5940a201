// Adds a place where an existing claim is stated, from a selection in a source.
import "server-only";
import { databaseNow } from "@/lib/db/clock";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { Prisma } from "@/generated/prisma/client";
import { addAppearanceSchema } from "./schemas";
import { anchorInSource, type AnchorInput } from "./anchor-in-source";
import { lockEditableClaim } from "./live-claim";

export async function addAppearance(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "claim.edit");
  const { claimId, ...anchor } = parseInput(addAppearanceSchema, input);
  try {
    return await getDb().$transaction((tx) => createAppearance(tx, actor, { claimId, ...anchor }, ctx));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "This quote is already an appearance of the claim.");
    }
    throw error;
  }
}

/**
 * The appearance itself, inside the caller's transaction (the caller checked the permission): the claim must
 * exist, not be merged away and not be under review, the quote is anchored exactly as a manual selection is, the event is written.
 */
export async function createAppearance(tx: Tx, actor: Actor, input: AnchorInput & { claimId: string }, ctx: { ip?: string } = {}) {
  const { claimId, ...anchor } = input;
  await lockEditableClaim(tx, claimId);
  const anchored = await anchorInSource(tx, anchor);
  // Stamped by the database's clock: a claim's quotes are listed, published and matched in the order of this time.
  const appearance = await tx.appearance.create({ data: { claimId, ...anchored, createdById: actor.id, createdAt: await databaseNow(tx) } });
  await writeAuditEvent(tx, { actorId: actor.id, action: "appearance.create", objectType: "Appearance", objectId: appearance.id, after: { claimId, ...anchored }, ip: ctx.ip });
  return appearance;
}
