// A previewed import kept server-side while the editor looks through it. The preview's answer carries each
// article's editable details only (title, date, outlet… and warnings: a few hundred bytes); the text, headings,
// captions and line roles of the new articles wait here and are read a page of cards at a time. A 5 MB paste
// then answers in some hundred kilobytes instead of megabytes the browser would decode on its main thread.
// Drafts are scratch data, not the desk's record (no audit event): an owner's next preview replaces theirs, and
// any draft over a day old is dropped then too.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { previewImport, type PreviewSource } from "./import-sources";
import { draftPageSchema, draftRereadSchema } from "./schemas";
import { IMPORT_DRAFTS_KEPT_HOURS } from "@/lib/auth/prune";

/** What a card shows once its page is open: the cleaned text and the lines whose roles an editor may correct. */
export type DraftDetail = Pick<PreviewSource, "body" | "headings" | "captions" | "lines">;
/**
 * What the preview's answer carries of each article: the card's fields, its warnings (at most WARNINGS_PER_CODE of
 * each kind; `warningsLeftOut` counts the rest), whether the desk has it.
 */
export type PreviewSummary = Omit<PreviewSource, "body" | "headings" | "captions" | "lines" | "warnings" | "sourceFile" | "contentHash" | "dossierTitle" | "datePrecision"> & {
  warningsLeftOut?: number;
};
export type DraftPageItem = { fileIndex: number; index: number; detail: DraftDetail | null };

/** Rows written per statement: a 20 MB import's thousands of articles go in a few round trips. */
const ROWS_PER_INSERT = 500;
/**
 * A draft's rows are megabytes of JSON: on a busy machine writing a 5 MB paste's took over Prisma's default 5 s,
 * and the expired transaction lost the preview. The bound is the parse budget's order of magnitude.
 */
const DRAFT_WRITE = { timeout: 60_000, maxWait: 15_000 };

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

const detailOf = (s: PreviewSource): DraftDetail => ({ body: s.body, headings: s.headings, captions: s.captions, lines: s.lines });

/** The rows of one file: the articles the desk already holds keep no text (the preview lists them as one line). */
function rowsOf(draftId: string, fileIndex: number, sources: readonly PreviewSource[]): Prisma.ImportDraftSourceCreateManyInput[] {
  return sources.filter((s) => !s.existingId).map((s) => ({ draftId, fileIndex, index: s.index, detail: detailOf(s) as unknown as Prisma.InputJsonValue }));
}

async function insertRows(tx: Tx, rows: Prisma.ImportDraftSourceCreateManyInput[]) {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await tx.importDraftSource.createMany({ data: rows.slice(i, i + ROWS_PER_INSERT) });
}

/**
 * Keeps a preview's files as the actor's draft (replacing any earlier one of theirs) and returns its id and each
 * file's summaries, in order.
 */
export async function createImportDraft(actor: Actor | null, files: readonly { sources: readonly PreviewSource[] }[]): Promise<{ draftId: string; summaries: PreviewSummary[][] }> {
  assertCan(actor, "source.import");
  const draftId = await getDb().$transaction(async (tx) => {
    // Older drafts go at the next preview anyone makes, as well as by the hourly pruning.
    const stale = new Date(Date.now() - IMPORT_DRAFTS_KEPT_HOURS * 3_600_000);
    await tx.importDraft.deleteMany({ where: { OR: [{ ownerId: actor.id }, { createdAt: { lt: stale } }] } });
    const { id } = await tx.importDraft.create({ data: { ownerId: actor.id }, select: { id: true } });
    await insertRows(
      tx,
      files.flatMap((file, fileIndex) => rowsOf(id, fileIndex, file.sources)),
    );
    return id;
  }, DRAFT_WRITE);
  return { draftId, summaries: files.map((file) => file.sources.map(summaryOf)) };
}

async function ownDraft(actor: Actor, draftId: string, tx: Tx | ReturnType<typeof getDb> = getDb()) {
  const draft = await tx.importDraft.findFirst({ where: { id: draftId, ownerId: actor.id }, select: { id: true } });
  // Someone else's draft is answered as one that does not exist.
  if (!draft) throw new AppError("NOT_FOUND", "This preview is no longer kept; preview the text again.");
  return draft;
}

/**
 * One file of a draft read again with the line roles an editor corrected: its rows replaced, its summaries
 * returned (the screen then asks again for the page it shows). Stores nothing of the desk's.
 */
export async function rereadDraftFile(actor: Actor | null, input: unknown): Promise<PreviewSummary[]> {
  assertCan(actor, "source.import");
  const { draftId, fileIndex, fileName, text, roles } = parseInput(draftRereadSchema, input);
  await ownDraft(actor, draftId); // before any parse: another editor's draft id gets nothing parsed
  return replaceDraftFile(actor, draftId, fileIndex, await previewImport(actor, { fileName, text, roles }));
}

async function replaceDraftFile(actor: Actor, draftId: string, fileIndex: number, sources: readonly PreviewSource[]): Promise<PreviewSummary[]> {
  await getDb().$transaction(async (tx) => {
    await ownDraft(actor, draftId, tx);
    await tx.importDraftSource.deleteMany({ where: { draftId, fileIndex } });
    await insertRows(tx, rowsOf(draftId, fileIndex, sources));
  }, DRAFT_WRITE);
  return sources.map(summaryOf);
}

/** The details of the cards on one preview page (at most DRAFT_PAGE_MAX), for the draft's owner only. */
export async function readDraftPage(actor: Actor | null, input: unknown): Promise<DraftPageItem[]> {
  assertCan(actor, "source.import");
  const { draftId, items } = parseInput(draftPageSchema, input);
  await ownDraft(actor, draftId);
  const rows = await getDb().importDraftSource.findMany({
    where: { draftId, OR: items.map(({ fileIndex, index }) => ({ fileIndex, index })) },
    select: { fileIndex: true, index: true, detail: true },
  });
  const byKey = new Map(rows.map((r) => [`${r.fileIndex}:${r.index}`, r.detail as unknown as DraftDetail]));
  return items.map(({ fileIndex, index }) => ({ fileIndex, index, detail: byKey.get(`${fileIndex}:${index}`) ?? null }));
}
