// The server's check of where filled attribute values say they came from: each field's selection must lie inside
// one of this claim's anchored quotes and match its source's text, as quotes themselves are checked.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { verifyAnchor } from "@/lib/anchoring/selectors";
import type { AttributeProvenance, ClaimAttributes } from "./attributes";

export const PROVENANCE_MISMATCH = "The selection does not match its quote.";

const sameSelection = (a: AttributeProvenance, b: AttributeProvenance | undefined) =>
  !!b && (["appearanceId", "sourceId", "exact", "prefix", "suffix", "start", "end", "orphaned"] as const).every((k) => a[k] === b[k]);

/**
 * Refuses (INVALID, on the field) a provenance that is not a selection inside an anchored quote of claim `claimId`.
 * A selection marked orphaned (its words left the source's text, lib/claims/provenance-reanchor.ts) is taken only
 * as the claim already stores it for that field: the mark is the server's, never the form's.
 */
export async function assertProvenanceAnchored(tx: Tx, claimId: string | null, attributes: ClaimAttributes | undefined): Promise<void> {
  const entries = Object.entries(attributes?.provenance ?? {});
  if (!entries.length) return;
  const fieldErrors: Record<string, string[]> = {};
  let stored: Record<string, AttributeProvenance> | undefined;
  for (const [field, p] of entries) {
    if (!p) continue;
    if (p.orphaned) {
      stored ??= claimId ? ((await tx.claim.findUnique({ where: { id: claimId }, select: { attributes: true } }))?.attributes as ClaimAttributes | undefined)?.provenance ?? {} : {};
      if (!sameSelection(p, stored[field as keyof typeof stored])) fieldErrors[`attributes.${field}`] = [PROVENANCE_MISMATCH];
      continue;
    }
    const appearance = claimId
      ? await tx.appearance.findFirst({ where: { id: p.appearanceId, claimId, sourceId: p.sourceId, status: "ANCHORED" }, select: { start: true, end: true, source: { select: { body: true } } } })
      : null;
    const inside = appearance && p.start >= appearance.start && p.end <= appearance.end;
    const anchored = inside && verifyAnchor(appearance.source.body, { quote: { type: "TextQuoteSelector", exact: p.exact, prefix: p.prefix, suffix: p.suffix }, position: { type: "TextPositionSelector", start: p.start, end: p.end } }).ok;
    if (!anchored) fieldErrors[`attributes.${field}`] = [PROVENANCE_MISMATCH];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID", "Some fields need attention.", { fieldErrors });
}
