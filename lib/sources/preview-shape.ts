// What an import preview keeps of each parsed article, and in which shape: the card's fields (a summary, a few hundred
// bytes) for the preview's answer, and the card's text and line roles (its detail, kilobytes) for the draft the
// server keeps. Pure: the parse worker shapes its result with it, so the thread that answers requests receives the
// summaries and one JSON string per article (copied at memory speed) instead of 13 MB of objects to clone, of which
// the raw slices and blocks were thrown away at once.
import type { ParsedSource } from "./parse-import";
import { profileOfOutlet, type OutletProfileRules } from "./outlet-profiles";

export type PreviewSource = Omit<ParsedSource, "raw" | "blocks"> & {
  index: number;
  existingId: string | null;
  /** The outlet whose profile was applied to this source, if any. */
  profileOutlet?: string | null;
};

/** What a card shows once its page is open: the cleaned text and the lines whose roles an editor may correct. */
export type DraftDetail = Pick<PreviewSource, "body" | "headings" | "captions" | "lines">;

/**
 * What the preview's answer carries of each article: the card's fields, its warnings (at most WARNINGS_PER_CODE of
 * each kind; `warningsLeftOut` counts the rest), whether the desk has it.
 */
export type PreviewSummary = Omit<PreviewSource, "body" | "headings" | "captions" | "lines" | "warnings" | "sourceFile" | "contentHash" | "dossierTitle" | "datePrecision"> & {
  warningsLeftOut?: number;
};

/** One article as a preview keeps it: its summary (existingId still null), its hash, and its detail as JSON text. */
export type ShapedSource = { summary: PreviewSummary; contentHash: string; detail: string };

/**
 * Warnings of one kind a card lists. A big dossier's first article carries one "not in the table of contents" per
 * article (806 in the 5 MB paste): drawn as 806 list items, they made a card of 111,000 characters whose layout was
 * the preview's longest task. The save recomputes every warning; the preview only needs to show there are more.
 */
export const WARNINGS_PER_CODE = 3;

function listedWarnings(all: PreviewSource["warningCodes"]): { warningCodes: PreviewSource["warningCodes"]; warningsLeftOut?: number } {
  const perCode = new Map<string, number>();
  const warningCodes = all.filter((w) => {
    const n = (perCode.get(w.code) ?? 0) + 1;
    perCode.set(w.code, n);
    return n <= WARNINGS_PER_CODE;
  });
  return warningCodes.length === all.length ? { warningCodes } : { warningCodes, warningsLeftOut: all.length - warningCodes.length };
}

export function summaryOf({ body: _b, headings: _h, captions: _c, lines: _l, warnings: _w, sourceFile: _f, contentHash: _x, dossierTitle: _d, datePrecision: _p, ...summary }: PreviewSource): PreviewSummary {
  return { ...summary, ...listedWarnings(summary.warningCodes) };
}

export const detailOf = (s: Pick<PreviewSource, "body" | "headings" | "captions" | "lines">): DraftDetail => ({ body: s.body, headings: s.headings, captions: s.captions, lines: s.lines });

/** The outlet whose profile applies to a source (by its outlet's key), if any. */
export function profileOutletOf(source: { outlet: string | null }, profiles: readonly OutletProfileRules[]): string | null {
  return profileOfOutlet(new Map(profiles.map((p) => [p.outletKey, p])), source.outlet)?.outlet ?? null;
}

/** A parsed article as a preview source (raw slice and blocks dropped), not yet compared with the desk. */
export function previewSourceOf({ raw: _raw, blocks: _blocks, ...source }: ParsedSource, index: number, profiles: readonly OutletProfileRules[]): PreviewSource {
  return { ...source, index, existingId: null, profileOutlet: profileOutletOf(source, profiles) };
}

export function shapeSource(source: PreviewSource): ShapedSource {
  return { summary: summaryOf(source), contentHash: source.contentHash, detail: JSON.stringify(detailOf(source)) };
}

/** Parsed articles as a preview keeps them (what the parse worker sends back for a preview). */
export function shapeParsed(sources: readonly ParsedSource[], profiles: readonly OutletProfileRules[]): ShapedSource[] {
  return sources.map((source, index) => shapeSource(previewSourceOf(source, index, profiles)));
}
