// Checks a selection against the stored text of its source and describes it as W3C selectors.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { describeAnchor, verifyAnchor } from "@/lib/anchoring/selectors";

export type AnchorInput = { sourceId: string; start: number; end: number; exact: string };

export const ANCHOR_MISMATCH = "The selected words are not at that place in the source's text. Reload the source and select them again.";

/**
 * The anchor as stored: quote, context and offsets into the source's current body. The source's row is held (FOR
 * SHARE) until the caller's transaction ends: a correction of its text (which locks it FOR UPDATE, then re-anchors
 * every quote of it) waits for this quote and moves it too, or went first and this quote is checked against the
 * corrected text. Read unlocked, a quote checked against the old text was written after the re-anchoring, on
 * offsets of a text that was gone.
 */
export async function anchorInSource(tx: Tx, input: AnchorInput) {
  const rows = await tx.$queryRaw<{ id: string; body: string; bodyVersion: number }[]>`
    SELECT id::text, body, "bodyVersion" FROM "Source" WHERE id = ${input.sourceId}::uuid FOR SHARE`;
  const source = rows[0];
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
