// Attaches evidence to a claim: a quote anchored in a desk source, or an external reference.
import "server-only";
import { databaseNow } from "@/lib/db/clock";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { addEvidenceSchema } from "./schemas";
import { anchorInSource } from "./anchor-in-source";
import { lockEditableClaim } from "./live-claim";

export const EVIDENCE_REPEATED = "This claim already has this evidence with this stance.";

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
            // Not given: retrieved now, by the database's clock (this instance's may be off it by minutes).
            retrievedAt: parsed.retrievedAt ? new Date(parsed.retrievedAt) : await databaseNow(tx),
          };
    // The same quote or reference under the same stance twice (a form sent twice) would count as two pieces of
    // evidence in the list and the verdict's citations; under another stance it is a reading of its own.
    const same = "url" in data ? { url: data.url } : { sourceId: data.sourceId, start: data.start, end: data.end };
    if (await tx.evidence.findFirst({ where: { claimId: parsed.claimId, stance: parsed.stance, ...same }, select: { id: true } })) {
      throw new AppError("CONFLICT", EVIDENCE_REPEATED, { fieldErrors: { [parsed.kind === "external" ? "url" : "_form"]: [EVIDENCE_REPEATED] } });
    }
    // Stamped by the database's clock: a claim's evidence is listed and published in the order of this time (Prisma
    // fills it with this instance's, and evidence added on one running behind went before what was added earlier).
    const evidence = await tx.evidence.create({ data: { ...data, createdAt: await databaseNow(tx) } });
    await writeAuditEvent(tx, { actorId: actor.id, action: "evidence.create", objectType: "Evidence", objectId: evidence.id, after: data, ip: ctx.ip });
    return evidence;
  });
}
