// A previewed import kept server-side while the editor looks through it. The preview's answer carries each
// article's editable details only (title, date, outlet… and warnings: a few hundred bytes); the text, headings,
// captions and line roles of the new articles wait here and are read a page of cards at a time. A 5 MB paste
// then answers in some hundred kilobytes instead of megabytes the browser would decode on its main thread.
// Drafts are scratch data, not the desk's record (no audit event), so each write to one and each read of its pages
// confirms the account itself (lib/auth/confirm-actor.ts): one deactivated mid-preview keeps no lease alive, completes
// no draft and reads no page; dropping its own unfinished draft is the one write left to it. An editor may have a preview in each of a few
// tabs: a new preview drops the owner's finished drafts beyond the newest DRAFTS_KEPT_PER_OWNER (never one still
// being read), any draft over a day old, any pending draft whose lease ran out (its process died or stalled
// mid-preview), and the owner's pending drafts whose process is provably gone (draft-lease-holder.ts).
// While it is read a draft holds one of the account's IMPORTS_AT_ONCE slots in the database, so the bound holds
// across instances as well as within one process (lib/http/in-flight.ts).
import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { asConfirmedAccount, confirmActor } from "@/lib/auth/confirm-actor";
import { previewShaped, type PreviewSource } from "./import-sources";
import { draftPageSchema, draftRereadSchema } from "./schemas";
import { IMPORT_DRAFTS_KEPT_HOURS } from "@/lib/auth/prune";
import { DRAFT_GONE } from "./draft-files";
import { IMPORTS_AT_ONCE } from "./import-slots";
import { TOO_MANY_AT_ONCE } from "@/lib/http/in-flight";
import { draftLeaseHolder, HOLDER_GONE } from "./draft-lease-holder";
import { shapeSource, type DraftDetail, type PreviewSummary, type ShapedSource } from "./preview-shape";

export { WARNINGS_PER_CODE, summaryOf, type DraftDetail, type PreviewSummary } from "./preview-shape";
export type DraftPageItem = { fileIndex: number; index: number; detail: DraftDetail | null };
/** One new article's row of a draft: its detail as JSON text. */
export type DraftRow = { fileIndex: number; index: number; detail: string };

/**
 * Characters of detail JSON written per statement: the rows go as one JSON array that PostgreSQL takes apart
 * (jsonb_array_elements), a few statements for a 20 MB import. Prisma's createMany bound one parameter per
 * field and row and took 0.7–1.5 s for the 5 MB paste's 806 rows on a busy machine.
 */
const CHARS_PER_INSERT = 8_000_000;
/**
 * A draft's rows are megabytes of JSON: on a busy machine writing a 5 MB paste's took over Prisma's default 5 s,
 * and the expired transaction lost the preview. The bound is the parse budget's order of magnitude.
 */
const DRAFT_WRITE = { timeout: 60_000, maxWait: 15_000 };

/** A pending draft's lease, in seconds: its preview renews it every third of that while the text is read. */
export const DRAFT_LEASE_SECONDS = 60;
/** Finished drafts an account keeps (one per tab it previews in, a few tabs); older ones go at its next preview. */
export const DRAFTS_KEPT_PER_OWNER = 3;

/**
 * Opens a pending draft for `actor` in `tx`, dropping first what a new preview replaces (see the top of this file).
 * An advisory lock on the account makes the count of its drafts being read, and the new one, one step for every
 * instance: a third at once is refused, however the previews were spread over processes.
 */
async function openPendingDraft(tx: Tx, actor: Actor, holder: number | null): Promise<string> {
  // A draft is not audited (its save is), so the account is confirmed here: one deactivated mid-request stores nothing.
  await confirmActor(tx, actor, "source.import");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`import-draft:${actor.id}`}, 0))`;
  // The outer conditions are checked again on a row whose lock was waited for (its rows being written: then done). A
  // draft's age is the database's to read, which stamped it: an instance whose clock ran a day ahead dropped every
  // account's drafts, those other instances were paging and saving included.
  await tx.$executeRaw`DELETE FROM "ImportDraft" WHERE "createdAt" < now() - make_interval(hours => ${IMPORT_DRAFTS_KEPT_HOURS}) OR ("pending" AND "leaseUntil" < now())`;
  // The account's pending drafts whose process is gone (draft-lease-holder.ts): their slots are free at once.
  await tx.$executeRaw`DELETE FROM "ImportDraft" WHERE "ownerId" = ${actor.id}::uuid AND "pending" AND ${HOLDER_GONE}`;
  await tx.$executeRaw`DELETE FROM "ImportDraft" WHERE "ownerId" = ${actor.id}::uuid AND NOT "pending" AND "id" NOT IN (
    SELECT "id" FROM "ImportDraft" WHERE "ownerId" = ${actor.id}::uuid AND NOT "pending" ORDER BY "createdAt" DESC LIMIT ${DRAFTS_KEPT_PER_OWNER - 1})`;
  const [{ reading }] = await tx.$queryRaw<[{ reading: number }]>`SELECT count(*)::int AS reading FROM "ImportDraft" WHERE "ownerId" = ${actor.id}::uuid AND "pending" AND "leaseUntil" >= now()`;
  if (reading >= IMPORTS_AT_ONCE) throw new AppError("RATE_LIMITED", TOO_MANY_AT_ONCE);
  const [{ id }] = await tx.$queryRaw<[{ id: string }]>`INSERT INTO "ImportDraft" ("id", "ownerId", "pending", "leaseUntil", "leaseHolder")
    VALUES (gen_random_uuid(), ${actor.id}::uuid, true, now() + make_interval(secs => ${DRAFT_LEASE_SECONDS}), ${holder}::int) RETURNING "id"::text AS "id"`;
  return id;
}

/**
 * A previewed file as a draft keeps it: its articles shaped by the parse worker (preview-shape.ts), or as
 * previewImport returns them; `kept`: the file's text (an upload decoded, or a pasted text), stored with the draft and
 * not sent back. `keptAfter`: the text is written after the answer, with the articles' rows (a 5 MB paste's text
 * would otherwise delay the answer); a save, a job or a re-read naming the draft waits for that write.
 */
export type DraftFileInput = { fileName?: string; kept?: string; keptAfter?: boolean } & ({ shaped: readonly ShapedSource[] } | { sources: readonly PreviewSource[] });
type KeptRow = { draftId: string; fileIndex: number; fileName: string; text: string };

const shapedOf = (file: DraftFileInput): readonly ShapedSource[] => ("shaped" in file ? file.shaped : file.sources.map(shapeSource));

/**
 * Which of these hashes the desk already holds: one query with the hashes as one array parameter (not one bound
 * parameter per article).
 */
async function existingByHash(hashes: readonly string[], db: Tx | ReturnType<typeof getDb> = getDb()): Promise<Map<string, string>> {
  if (!hashes.length) return new Map();
  const rows = await db.$queryRaw<{ id: string; contentHash: string }[]>`SELECT id::text AS id, "contentHash" FROM "Source" WHERE "contentHash" = ANY(${[...new Set(hashes)]}::text[])`;
  return new Map(rows.map((r) => [r.contentHash, r.id]));
}

/** The rows of the articles the desk does not hold yet (those it holds are one line in the preview, no text). */
async function insertRows(tx: Tx, draftId: string, rows: readonly { fileIndex: number; index: number; detail: string }[]) {
  for (let i = 0; i < rows.length; ) {
    const parts: string[] = [];
    let chars = 0;
    // Each detail is already JSON text (from the worker): the statement's one parameter is built by concatenation.
    for (; i < rows.length && (parts.length === 0 || chars + rows[i]!.detail.length <= CHARS_PER_INSERT); i++) {
      const row = rows[i]!;
      parts.push(`[${row.fileIndex},${row.index},${row.detail}]`);
      chars += row.detail.length;
    }
    const json = `[${parts.join(",")}]`;
    await tx.$executeRaw`INSERT INTO "ImportDraftSource" ("draftId", "fileIndex", "index", "detail") SELECT ${draftId}::uuid, (e->>0)::int, (e->>1)::int, e->2 FROM jsonb_array_elements(${json}::jsonb) AS e`;
  }
}

const rowsOf = (fileIndex: number, shaped: readonly ShapedSource[], existing: Map<string, string>) =>
  shaped.flatMap((s) => (existing.has(s.contentHash) ? [] : [{ fileIndex, index: s.summary.index, detail: s.detail }]));

const summariesOf = (shaped: readonly ShapedSource[], existing: Map<string, string>): PreviewSummary[] => shaped.map((s) => ({ ...s.summary, existingId: existing.get(s.contentHash) ?? null }));

/**
 * Keeps a preview's files as the actor's draft (replacing any earlier one of theirs) and returns its id, each
 * file's summaries in order with the articles the desk already holds marked (`existingId`), and the details of the
 * first `firstPage` new articles (what the screen's first page shows, answered from memory).
 *
 * The draft itself and an uploaded file's decoded text (`kept`) commit before this returns. The articles' rows
 * (megabytes for a big paste: most of the preview's time once it was parsed) and a pasted text (`keptAfter`) are
 * written after: this returns once the transaction writing them holds the draft row's lock, which readers wait on
 * (readDraftPage, and a save, job or re-read naming the draft). A process killed mid-way rolls that transaction back
 * and leaves the draft `pending`: readers are then told to preview again, and nothing the editor typed is lost (the
 * screen still holds the pasted text to preview again; an uploaded file's text committed with the draft).
 */
export async function createImportDraft(
  actor: Actor | null,
  files: readonly DraftFileInput[],
  options: { firstPage?: number; writeAfter?: Promise<unknown> } = {},
): Promise<{ draftId: string; summaries: PreviewSummary[][]; firstPage: DraftPageItem[]; timings: { existingMs: number; writeMs: number } }> {
  assertCan(actor, "source.import");
  const t0 = performance.now();
  const shaped = files.map(shapedOf);
  // Sources previewImport returned are already marked; shaped ones are looked up here, all files in one query.
  const existing = await existingByHash(files.flatMap((file, i) => ("shaped" in file ? shaped[i]!.map((s) => s.contentHash) : [])));
  for (const file of files) if ("sources" in file) for (const s of file.sources) if (s.existingId) existing.set(s.contentHash, s.existingId);
  const t1 = performance.now();
  const rows = shaped.flatMap((file, fileIndex) => rowsOf(fileIndex, file, existing));
  const holder = await draftLeaseHolder();
  const draftId = await getDb().$transaction(async (tx) => {
    const id = await openPendingDraft(tx, actor, holder);
    if (!rows.length && !files.some((f) => f.kept !== undefined && f.keptAfter)) await tx.$executeRaw`UPDATE "ImportDraft" SET "pending" = false WHERE "id" = ${id}::uuid`;
    const kept = keptRows(id, files, false);
    if (kept.length) await tx.importDraftFile.createMany({ data: kept });
    return id;
  }, DRAFT_WRITE);
  const keptLater = keptRows(draftId, files, true);
  if (rows.length || keptLater.length) await writeRowsAfter(actor, draftId, rows, options.writeAfter, keptLater);
  const firstPage = rows.slice(0, options.firstPage ?? 0).map((r) => ({ fileIndex: r.fileIndex, index: r.index, detail: JSON.parse(r.detail) as DraftDetail }));
  const timings = { existingMs: t1 - t0, writeMs: performance.now() - t1 };
  return { draftId, summaries: shaped.map((file) => summariesOf(file, existing)), firstPage, timings };
}

/**
 * A streamed preview's draft (preview-stream.ts), opened before its text is read: the actor's earlier drafts (and any
 * over a day old) go, and the new one is `pending` until completeStreamedDraft writes its articles' rows and texts;
 * a pending draft is never paged or re-read (ownDraft says "preview again"), and its
 * texts are written only when it completes, so a save naming it finds none: a parse cut off mid-way (an error, the
 * editor leaving, the process killed) leaves nothing that can pass for the whole preview.
 */
export async function openStreamedDraft(actor: Actor | null): Promise<string> {
  assertCan(actor, "source.import");
  const holder = await draftLeaseHolder();
  return getDb().$transaction((tx) => openPendingDraft(tx, actor, holder), DRAFT_WRITE);
}

/**
 * Renews a pending draft's lease while its preview reads; false when the draft is gone (its lease ran out and another
 * preview dropped it, or it completed).
 */
export async function renewDraftLease(actor: Actor | null, draftId: string): Promise<boolean> {
  const renewed = await asConfirmedAccount(
    actor,
    "source.import",
    (tx, owner) => tx.$executeRaw`UPDATE "ImportDraft" SET "leaseUntil" = now() + make_interval(secs => ${DRAFT_LEASE_SECONDS}) WHERE "id" = ${draftId}::uuid AND "ownerId" = ${owner.id}::uuid AND "pending"`,
  );
  return renewed > 0;
}

/**
 * Articles of one file just read, compared with the desk: their summaries (existingId marked) and the rows of the new
 * ones, for completeStreamedDraft (the screen has the cards long before the rows are written).
 */
export async function markStreamedBatch(actor: Actor | null, fileIndex: number, shaped: readonly ShapedSource[]): Promise<{ summaries: PreviewSummary[]; rows: DraftRow[] }> {
  const existing = await asConfirmedAccount(actor, "source.import", (tx) => existingByHash(shaped.map((s) => s.contentHash), tx));
  return { summaries: summariesOf(shaped, existing), rows: rowsOf(fileIndex, shaped, existing) };
}

/**
 * Drops a streamed preview's draft whose parse did not finish, with whatever rows it had: the owner's only, and even
 * once the owner is deactivated (it removes the account's own unfinished scratch, and frees the slot it held).
 */
export async function dropStreamedDraft(actor: Actor, draftId: string): Promise<void> {
  await getDb().importDraft.deleteMany({ where: { id: draftId, ownerId: actor.id } });
}

/**
 * Completes a streamed draft once every article is read: its articles' rows and its files' texts (`kept`) are written
 * and `pending` cleared in one transaction; resolves once that transaction holds the draft row's lock, so a save or
 * a page naming the draft waits for them (as after createImportDraft).
 */
export function completeStreamedDraft(actor: Actor, draftId: string, kept: readonly { fileIndex: number; fileName: string; text: string }[], rows: readonly DraftRow[]): Promise<void> {
  return writeRowsAfter(actor, draftId, rows, undefined, kept.map((k) => ({ draftId, ...k })));
}

/** The texts a draft keeps, written with the draft (`after` false) or after the answer (`after` true). */
const keptRows = (draftId: string, files: readonly DraftFileInput[], after: boolean): KeptRow[] =>
  files.flatMap((file, fileIndex) => (file.kept !== undefined && Boolean(file.keptAfter) === after ? [{ draftId, fileIndex, fileName: file.fileName ?? "", text: file.kept }] : []));

/** How long the rows' write waits for the answer to be sent before it goes ahead anyway. */
const WRITE_AFTER_MS = 3_000;

/** Row writes under way in this process (tests wait for them; a reader waits on the row lock instead). */
const writing = new Set<Promise<unknown>>();

/** Resolves when every draft write this process started has ended. */
export async function draftWritesSettled(): Promise<void> {
  while (writing.size) await Promise.allSettled([...writing]);
}

/**
 * Starts the transaction that writes a pending draft's rows and clears `pending`; resolves once it holds the draft
 * row's lock (its first statement), before the rows are written. A failure after that is logged: the draft stays
 * pending and its readers are told to preview again.
 */
function writeRowsAfter(actor: Actor, draftId: string, rows: readonly { fileIndex: number; index: number; detail: string }[], after?: Promise<unknown>, kept: readonly KeptRow[] = []): Promise<void> {
  return new Promise((locked, failed) => {
    let holding = false;
    const write = getDb().$transaction(async (tx) => {
      // An account deactivated since its preview began completes nothing (its draft's lease then runs out).
      await confirmActor(tx, actor, "source.import");
      // A draft dropped meanwhile (its lease ran out while this process stalled) is not completed as if it were kept.
      const cleared = await tx.$executeRaw`UPDATE "ImportDraft" SET "pending" = false WHERE "id" = ${draftId}::uuid AND "pending"`;
      if (!cleared) throw new AppError("NOT_FOUND", DRAFT_GONE);
      holding = true;
      locked();
      // The answer goes first: building and sending the rows' JSON (hundreds of milliseconds of this thread for a big
      // paste) would otherwise delay it. `after`: when the caller's answer has been sent, at most WRITE_AFTER_MS.
      await Promise.race([after ?? Promise.resolve(), new Promise((resolve) => setTimeout(resolve, WRITE_AFTER_MS))]);
      await new Promise((resolve) => setImmediate(resolve));
      if (kept.length) await tx.importDraftFile.createMany({ data: [...kept] });
      await insertRows(tx, draftId, rows);
    }, DRAFT_WRITE);
    writing.add(write);
    write
      .catch((error: unknown) => (holding ? console.error("writing an import draft's articles:", error) : failed(error)))
      .finally(() => writing.delete(write));
  });
}

/**
 * The actor's draft, once its articles are written: the row lock (FOR SHARE; FOR UPDATE for a writer) waits for the
 * transaction writing them. A draft still pending after that lost its writer (a process killed mid-way).
 */
async function ownDraft(actor: Actor, draftId: string, tx: Tx | ReturnType<typeof getDb> = getDb(), lock: "share" | "update" = "share") {
  const [draft] =
    lock === "share"
      ? await tx.$queryRaw<{ pending: boolean }[]>`SELECT "pending" FROM "ImportDraft" WHERE "id" = ${draftId}::uuid AND "ownerId" = ${actor.id}::uuid FOR SHARE`
      : await tx.$queryRaw<{ pending: boolean }[]>`SELECT "pending" FROM "ImportDraft" WHERE "id" = ${draftId}::uuid AND "ownerId" = ${actor.id}::uuid FOR UPDATE`;
  // Someone else's draft is answered as one that does not exist.
  if (!draft || draft.pending) throw new AppError("NOT_FOUND", DRAFT_GONE);
  return draft;
}

/**
 * One file of a draft read again with the line roles an editor corrected: its rows replaced, its summaries
 * returned (the screen then asks again for the page it shows). Stores nothing of the desk's.
 */
export async function rereadDraftFile(actor: Actor | null, input: unknown): Promise<PreviewSummary[]> {
  assertCan(actor, "source.import");
  const ref = parseInput(draftRereadSchema.pick({ draftId: true, fileIndex: true }), input);
  await ownDraft(actor, ref.draftId); // before any parse: another editor's draft id gets nothing parsed
  // An uploaded file is read again from the text its draft keeps; the request carries none.
  const kept = await getDb().importDraftFile.findUnique({ where: { draftId_fileIndex: ref }, select: { text: true } });
  const { draftId, fileIndex, fileName, text, roles } = parseInput(draftRereadSchema, kept && input && typeof input === "object" ? { ...input, text: kept.text } : input);
  const { shaped } = await previewShaped(actor, { fileName, text, roles });
  return replaceDraftFile(actor, draftId, fileIndex, shaped);
}

async function replaceDraftFile(actor: Actor, draftId: string, fileIndex: number, shaped: readonly ShapedSource[]): Promise<PreviewSummary[]> {
  const existing = await existingByHash(shaped.map((s) => s.contentHash));
  await getDb().$transaction(async (tx) => {
    await confirmActor(tx, actor, "source.import");
    await ownDraft(actor, draftId, tx, "update");
    await tx.importDraftSource.deleteMany({ where: { draftId, fileIndex } });
    await insertRows(tx, draftId, rowsOf(fileIndex, shaped, existing));
  }, DRAFT_WRITE);
  return summariesOf(shaped, existing);
}

/** The details of the cards on one preview page (at most DRAFT_PAGE_MAX), for the draft's owner only. */
export async function readDraftPage(actor: Actor | null, input: unknown): Promise<DraftPageItem[]> {
  assertCan(actor, "source.import");
  const { draftId, items } = parseInput(draftPageSchema, input);
  const rows = await asConfirmedAccount(actor, "source.import", async (tx) => {
    await ownDraft(actor, draftId, tx);
    return tx.importDraftSource.findMany({
      where: { draftId, OR: items.map(({ fileIndex, index }) => ({ fileIndex, index })) },
      select: { fileIndex: true, index: true, detail: true },
    });
  });
  const byKey = new Map(rows.map((r) => [`${r.fileIndex}:${r.index}`, r.detail as unknown as DraftDetail]));
  return items.map(({ fileIndex, index }) => ({ fileIndex, index, detail: byKey.get(`${fileIndex}:${index}`) ?? null }));
}
