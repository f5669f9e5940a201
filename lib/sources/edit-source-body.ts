// Editors correct a source's cleaned text: the old text is kept as a version, and every quote anchored
// in it is found again (same place, same words elsewhere, close match) or marked orphaned, never moved blindly.
import "server-only";
import { readWarnings, recomputeWarnings } from "./warnings";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { reanchor } from "@/lib/anchoring/reanchor";
import { reanchorProvenance } from "@/lib/claims/provenance-reanchor";
import { claimsUnderReview, underReviewNaming } from "@/lib/claims/under-review";
import type { Block } from "./clean";
import { fingerprintOf } from "./store-sources";

export const BODY_CONFLICT = "Someone else changed this text in the meantime. Reload the source; your text is kept in the form.";

const editBodySchema = z.object({
  id: z.uuid({ error: "Unknown source." }),
  bodyVersion: z.coerce.number().int().min(1),
  body: z
    .string()
    .max(2_000_000, "The text is too long.")
    .transform((v) => v.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\n{3,}/g, "\n\n").trim())
    .refine((v) => v.length > 0, "The text cannot be empty."),
});

/** New blocks for an edited body: its paragraphs, headings kept where their text is unchanged, captions where they were. */
export function blocksForBody(body: string, previous: Block[]): Block[] {
  const headings = new Set(previous.filter((b) => b.kind === "heading").map((b) => b.text));
  const paragraphs: Block[] = body.split("\n\n").map((text) => ({ kind: headings.has(text) ? "heading" : "paragraph", text }));
  const out: Block[] = [];
  let seen = 0;
  const captionsAfter = new Map<number, Block[]>();
  for (const block of previous) {
    if (block.kind === "caption") captionsAfter.set(seen, [...(captionsAfter.get(seen) ?? []), block]);
    else seen++;
  }
  for (let i = 0; i <= paragraphs.length; i++) {
    out.push(...(captionsAfter.get(Math.min(i, paragraphs.length)) ?? []));
    if (i < paragraphs.length) out.push(paragraphs[i]!);
  }
  // Captions that sat after more paragraphs than the new text has go at the end.
  for (const [after, captions] of captionsAfter) if (after > paragraphs.length) out.push(...captions);
  return out;
}

type Tally = { position: number; quote: number; fuzzy: number; orphaned: number };

/**
 * Where an offset of the old body most likely is in the new one: text after the last change moved by the change in
 * length, text before the first change stayed. Only a hint for finding an edited quote (reanchor's `near`).
 */
function likelyOffset(before: string, after: string): (offset: number) => number {
  const shortest = Math.min(before.length, after.length);
  let same = 0;
  while (same < shortest && before.charCodeAt(same) === after.charCodeAt(same)) same++;
  let sameEnd = 0;
  while (sameEnd < shortest - same && before.charCodeAt(before.length - 1 - sameEnd) === after.charCodeAt(after.length - 1 - sameEnd)) sameEnd++;
  return (offset) => (offset >= before.length - sameEnd ? offset + after.length - before.length : offset);
}

/**
 * `reviewed`: claims under review quoting this source. A quote of theirs whose words would change, or which would be
 * orphaned, is added to `changed` (the caller then refuses the edit); one that only moves keeps its words.
 */
async function reanchorAll(tx: Tx, sourceId: string, body: string, bodyVersion: number, near: (offset: number) => number, reviewed: ReadonlySet<string>, changed: Set<string>): Promise<Tally> {
  const tally: Tally = { position: 0, quote: 0, fuzzy: 0, orphaned: 0 };
  const appearances = await tx.appearance.findMany({ where: { sourceId, status: "ANCHORED" } });
  const evidence = await tx.evidence.findMany({ where: { sourceId, status: "ANCHORED" } });
  const rows = [
    ...appearances.map((row) => ({ table: "appearance" as const, claimId: row.claimId, row: { id: row.id, exact: row.exact, prefix: row.prefix, suffix: row.suffix, start: row.start, end: row.end } })),
    ...evidence.map((row) => ({ table: "evidence" as const, claimId: row.claimId, row: { id: row.id, exact: row.exact!, prefix: row.prefix ?? "", suffix: row.suffix ?? "", start: row.start!, end: row.end! } })),
  ];
  for (const { table, claimId, row } of rows) {
    const result = reanchor(
      body,
      {
        quote: { type: "TextQuoteSelector", exact: row.exact, prefix: row.prefix, suffix: row.suffix },
        position: { type: "TextPositionSelector", start: row.start, end: row.end },
      },
      { near: near(row.start) },
    );
    tally[result.status]++;
    if (reviewed.has(claimId) && (result.status === "orphaned" || result.anchor.quote.exact !== row.exact)) changed.add(claimId);
    const data =
      result.status === "orphaned"
        ? { status: "ORPHANED" as const }
        : {
            status: "ANCHORED" as const,
            exact: result.anchor.quote.exact,
            prefix: result.anchor.quote.prefix,
            suffix: result.anchor.quote.suffix,
            start: result.anchor.position.start,
            end: result.anchor.position.end,
            bodyVersion,
          };
    if (table === "appearance") await tx.appearance.update({ where: { id: row.id }, data });
    else await tx.evidence.update({ where: { id: row.id }, data });
  }
  return tally;
}

export async function editSourceBody(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "source.edit");
  const { id, bodyVersion, body } = parseInput(editBodySchema, input);
  return getDb().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Source" WHERE id = ${id}::uuid FOR UPDATE`;
      const source = await tx.source.findUnique({ where: { id }, select: { body: true, blocks: true, bodyVersion: true, title: true, publishedAt: true, warnings: true } });
      if (!source) throw new AppError("NOT_FOUND", "No such source.");
      if (source.bodyVersion !== bodyVersion) throw new AppError("CONFLICT", BODY_CONFLICT, { current: { bodyVersion: source.bodyVersion } });
      if (source.body === body) return { bodyVersion, tally: { position: 0, quote: 0, fuzzy: 0, orphaned: 0 }, provenance: { moved: 0, orphaned: 0 } };
      // The claims quoting this text, locked before looking for open proposals (a proposal locks its claim FOR
      // UPDATE, so it waits for this edit or is seen here). A claim under review keeps the words its reviewer read:
      // an edit that would change or lose one of its quotes is refused, naming it; one that only moves them is not.
      const quoting = await tx.$queryRaw<{ id: string }[]>`
        SELECT c.id::text FROM "Claim" c
        WHERE EXISTS (SELECT 1 FROM "Appearance" a WHERE a."claimId" = c.id AND a."sourceId" = ${id}::uuid)
           OR EXISTS (SELECT 1 FROM "Evidence" e WHERE e."claimId" = c.id AND e."sourceId" = ${id}::uuid)
        ORDER BY c.id FOR SHARE OF c`;
      const underReview = await claimsUnderReview(tx, quoting.map((c) => c.id));
      const reviewed = new Set(underReview.map((c) => c.id));
      const changed = new Set<string>();
      await tx.sourceVersion.create({ data: { sourceId: id, bodyVersion, body: source.body, blocks: source.blocks as Prisma.InputJsonValue, createdById: actor.id } });
      const next = bodyVersion + 1;
      const blocks = blocksForBody(body, source.blocks as unknown as Block[]);
      await tx.source.update({
        where: { id },
        data: {
          body,
          blocks: blocks as unknown as Prisma.InputJsonValue,
          bodyVersion: next,
          fingerprint: fingerprintOf(body),
          version: { increment: 1 },
          // Warnings about the text (no text, later dates in it) follow the corrected text.
          warnings: recomputeWarnings(readWarnings(source.warnings), { title: source.title, publishedAt: source.publishedAt, body }) as unknown as Prisma.InputJsonValue,
        },
      });
      const tally = await reanchorAll(tx, id, body, next, likelyOffset(source.body, body), reviewed, changed);
      // Then where filled attribute values came from, which must stay inside the quotes just moved.
      const provenance = await reanchorProvenance(tx, id, body, { reviewed, changed });
      if (changed.size) throw new AppError("CONFLICT", underReviewNaming(underReview.filter((c) => changed.has(c.id)).map((c) => c.text)));
      await writeAuditEvent(tx, {
        actorId: actor.id,
        action: "source.editBody",
        objectType: "Source",
        objectId: id,
        before: { bodyVersion, length: source.body.length },
        after: { bodyVersion: next, length: body.length, reanchored: tally, provenance },
        ip: ctx.ip,
      });
      return { bodyVersion: next, tally, provenance };
    },
    { timeout: 60_000 },
  );
}

/** Quotes whose words could not be found again after their source changed: the "needs re-anchoring" list. */
export async function listOrphanedAnchors(actor: Actor | null) {
  assertCan(actor, "claim.read");
  const db = getDb();
  const select = { id: true, exact: true, updatedAt: true, claim: { select: { id: true, text: true } }, source: { select: { id: true, title: true } } } as const;
  const [appearances, evidence] = await Promise.all([
    db.appearance.findMany({ where: { status: "ORPHANED" }, select, orderBy: { updatedAt: "desc" }, take: 200 }),
    db.evidence.findMany({ where: { status: "ORPHANED" }, select: { id: true, exact: true, createdAt: true, claim: { select: { id: true, text: true } }, source: { select: { id: true, title: true } } }, take: 200 }),
  ]);
  return { appearances, evidence };
}
