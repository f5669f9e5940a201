// Attaches evidence to a claim: a quote anchored in a desk source, or an external reference.
import "server-only";
import { getDb } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { addEvidenceSchema } from "./schemas";
import { anchorInSource } from "./anchor-in-source";
import { lockEditableClaim } from "./live-claim";

export async function addEvidence(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "claim.edit");
  const parsed = parseInput(addEvidenceSchema, input);
  return getDb().$transaction(async (tx) => {
    await lockEditableClaim(tx, parsed.claimId);
    const common = { claimId: parsed.claimId, stance: parsed.stance, note: parsed.note ?? null, createdById: actor.id };
    const data =
      parsed.kind === "source"
        ? { ...common, ...(await anchorInSource(tx, parsed.anchor)), status: "ANCHORED" as const }
        : {
            ...common,
            url: parsed.url,
            title: parsed.title,
            publisher: parsed.publisher ?? null,
            publishedAt: parsed.publishedAt ?? null,
            retrievedAt: parsed.retrievedAt ? new Date(parsed.retrievedAt) : new Date(),
          };
    const evidence = await tx.evidence.create({ data });
    await writeAuditEvent(tx, { actorId: actor.id, action: "evidence.create", objectType: "Evidence", objectId: evidence.id, after: data, ip: ctx.ip });
    return evidence;
  });
}
