// After an editor corrects a source's text, where filled attribute values came from follows the text as the claim's
// quotes do (lib/sources/edit-source-body.ts): each selection in that source is found again word for word and its
// offsets move; one whose words are gone, or no longer inside its quote, is marked orphaned and keeps its value.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { reanchor } from "@/lib/anchoring/reanchor";
import type { AttributeProvenance, ClaimAttributes } from "./attributes";

export type ProvenanceTally = { moved: number; orphaned: number };

type Quote = { id: string; status: string; start: number; end: number };

/**
 * One selection against the edited `body`: the same words found again (at the same place or elsewhere, as quotes are)
 * and inside its quote's new place, or marked orphaned. A close match is not enough: the value was read from those
 * very words, and changed words ("5.000" → "6.000") no longer vouch for it.
 */
export function reanchorSelection(body: string, p: AttributeProvenance, quote: Quote | undefined): AttributeProvenance {
  if (p.orphaned) return p;
  const result = reanchor(body, { quote: { type: "TextQuoteSelector", exact: p.exact, prefix: p.prefix, suffix: p.suffix }, position: { type: "TextPositionSelector", start: p.start, end: p.end } });
  if (result.status === "orphaned" || result.status === "fuzzy" || !quote || quote.status !== "ANCHORED") return { ...p, orphaned: true };
  const { quote: words, position } = result.anchor;
  if (position.start < quote.start || position.end > quote.end) return { ...p, orphaned: true };
  return { appearanceId: p.appearanceId, sourceId: p.sourceId, exact: words.exact, prefix: words.prefix, suffix: words.suffix, start: position.start, end: position.end };
}

/**
 * Re-anchors the attribute provenance of every claim quoting source `sourceId` into its new `body`; call after the
 * source's quotes were re-anchored, in the same transaction. A claim whose provenance changed gets a new version,
 * so a form opened before the edit meets a conflict instead of saving the old offsets. Published revisions keep
 * their frozen snapshot. `review`: a claim in `reviewed` whose selection would lose or change its words is added to
 * `changed` (its selections only moving is not a change).
 */
export async function reanchorProvenance(tx: Tx, sourceId: string, body: string, review?: { reviewed: ReadonlySet<string>; changed: Set<string> }): Promise<ProvenanceTally> {
  const tally: ProvenanceTally = { moved: 0, orphaned: 0 };
  const claims = await tx.claim.findMany({ where: { appearances: { some: { sourceId } } }, select: { id: true, attributes: true } });
  const quotes = new Map((await tx.appearance.findMany({ where: { sourceId }, select: { id: true, status: true, start: true, end: true } })).map((q) => [q.id, q]));
  for (const claim of claims) {
    const attributes = (claim.attributes ?? {}) as ClaimAttributes;
    const entries = Object.entries(attributes.provenance ?? {}) as [string, AttributeProvenance][];
    if (!entries.some(([, p]) => p.sourceId === sourceId && !p.orphaned)) continue;
    const provenance = Object.fromEntries(
      entries.map(([field, p]) => {
        if (p.sourceId !== sourceId || p.orphaned) return [field, p];
        const next = reanchorSelection(body, p, quotes.get(p.appearanceId));
        tally[next.orphaned ? "orphaned" : "moved"]++;
        if (review?.reviewed.has(claim.id) && (next.orphaned || next.exact !== p.exact)) review.changed.add(claim.id);
        return [field, next];
      }),
    );
    await tx.claim.update({ where: { id: claim.id }, data: { attributes: { ...attributes, provenance } as unknown as Prisma.InputJsonValue, version: { increment: 1 } } });
  }
  return tally;
}
