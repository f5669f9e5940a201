// Creates a claim in draft, usually from a selection in a source (its first appearance).
import "server-only";
import { databaseNow } from "@/lib/db/clock";
import { assertProvenanceAnchored } from "./attribute-provenance";
import { getDb, type Tx } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { foldDiacritics } from "@/lib/sources/normalize";
import { precisionOf } from "@/lib/sources/schemas";
import { createClaimSchema } from "./schemas";
import { makeSlug } from "./slug";
import { resolveClaimant } from "./claimants";
import { anchorInSource } from "./anchor-in-source";

export function foldClaimText(text: string): string {
  return foldDiacritics(text).replace(/\s+/g, " ").trim();
}

/** Claim columns from the shared fields (text, claimant, date, kind, tags). */
export async function claimColumns(tx: Tx, fields: { text: string; gloss?: string | null; claimantName?: string | null; claimantKind?: "PERSON" | "STATE_BODY" | "OUTLET" | "OTHER"; madeAt?: string | null; kind: string; tags: string[]; attributes?: object }, actorId: string, ip?: string) {
  return {
    text: fields.text,
    textFolded: foldClaimText(fields.text),
    gloss: fields.gloss ?? null,
    claimantId: fields.claimantName ? await resolveClaimant(tx, fields.claimantName, fields.claimantKind, actorId, ip) : null,
    madeAt: fields.madeAt ?? null,
    madeAtPrecision: precisionOf(fields.madeAt),
    kind: fields.kind as never,
    tags: fields.tags,
    attributes: (fields.attributes ?? {}) as never,
  };
}

export async function createClaim(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "claim.edit");
  const { appearance, ...fields } = parseInput(createClaimSchema, input);
  return getDb().$transaction(async (tx) => {
    // A new claim has no quote a value could have been selected in yet.
    await assertProvenanceAnchored(tx, null, fields.attributes);
    const claim = await tx.claim.create({
      data: { ...(await claimColumns(tx, fields, actor.id, ctx.ip)), slug: makeSlug(fields.text), createdById: actor.id, updatedById: actor.id },
      select: { id: true, slug: true, text: true, kind: true, state: true, version: true },
    });
    await writeAuditEvent(tx, { actorId: actor.id, action: "claim.create", objectType: "Claim", objectId: claim.id, after: { ...fields, slug: claim.slug }, ip: ctx.ip });
    if (appearance) {
      const anchored = await anchorInSource(tx, appearance);
      const created = await tx.appearance.create({ data: { claimId: claim.id, ...anchored, createdById: actor.id, createdAt: await databaseNow(tx) }, select: { id: true } });
      await writeAuditEvent(tx, { actorId: actor.id, action: "appearance.create", objectType: "Appearance", objectId: created.id, after: { claimId: claim.id, ...anchored }, ip: ctx.ip });
    }
    return claim;
  });
}
