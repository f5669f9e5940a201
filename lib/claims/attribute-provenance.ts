// The server's check of where filled attribute values say they came from: each field's selection must lie inside
// one of this claim's anchored quotes and match its source's text, as quotes themselves are checked.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { verifyAnchor } from "@/lib/anchoring/selectors";
import type { ClaimAttributes } from "./attributes";

export const PROVENANCE_MISMATCH = "The selection does not match its quote.";

/** Refuses (INVALID, on the field) a provenance that is not a selection inside an anchored quote of claim `claimId`. */
export async function assertProvenanceAnchored(tx: Tx, claimId: string | null, attributes: ClaimAttributes | undefined): Promise<void> {
  const entries = Object.entries(attributes?.provenance ?? {});
  if (!entries.length) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, p] of entries) {
    if (!p) continue;
    const appearance = claimId
      ? await tx.appearance.findFirst({ where: { id: p.appearanceId, claimId, sourceId: p.sourceId, status: "ANCHORED" }, select: { start: true, end: true, source: { select: { body: true } } } })
      : null;
    const inside = appearance && p.start >= appearance.start && p.end <= appearance.end;
    const anchored = inside && verifyAnchor(appearance.source.body, { quote: { type: "TextQuoteSelector", exact: p.exact, prefix: p.prefix, suffix: p.suffix }, position: { type: "TextPositionSelector", start: p.start, end: p.end } }).ok;
    if (!anchored) fieldErrors[`attributes.${field}`] = [PROVENANCE_MISMATCH];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID", "Some fields need attention.", { fieldErrors });
}
