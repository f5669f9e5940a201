// Checks a selection against the stored text of its source and describes it as W3C selectors.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { describeAnchor, verifyAnchor } from "@/lib/anchoring/selectors";

export type AnchorInput = { sourceId: string; start: number; end: number; exact: string };

export const ANCHOR_MISMATCH = "The selected words are not at that place in the source's text. Reload the source and select them again.";

/** The anchor as stored: quote, context and offsets into the source's current body. */
export async function anchorInSource(tx: Tx, input: AnchorInput) {
  const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, body: true, bodyVersion: true } });
  if (!source) throw new AppError("NOT_FOUND", "No such source.", { fieldErrors: { sourceId: ["No such source."] } });
  const anchor = describeAnchor(source.body, input.start, input.end);
  const check = verifyAnchor(source.body, anchor);
  if (!check.ok || anchor.quote.exact !== input.exact.normalize("NFC")) {
    throw new AppError("INVALID", ANCHOR_MISMATCH, { fieldErrors: { exact: [ANCHOR_MISMATCH] } });
  }
  return {
    sourceId: source.id,
    exact: anchor.quote.exact,
    prefix: anchor.quote.prefix,
    suffix: anchor.quote.suffix,
    start: anchor.position.start,
    end: anchor.position.end,
    bodyVersion: source.bodyVersion,
  };
}
