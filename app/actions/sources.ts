"use server";
// Import preview and save, and metadata corrections: thin edges over lib/sources data functions.
import { revalidatePath } from "next/cache";
import { getActor, requestIp } from "@/lib/auth/session";
import { type FormState, type Refusal } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { importSources } from "@/lib/sources/import-sources";
import { readDraftPage, rereadDraftFile, type DraftPageItem, type PreviewSummary } from "@/lib/sources/import-drafts";
import { updateSourceMetadata } from "@/lib/sources/update-source";
import { editSourceBody } from "@/lib/sources/edit-source-body";
import { ImportFileError } from "@/lib/sources/parse-import";
import { getImportJob, listedOutcomes, startImportJob, type ImportJobView } from "@/lib/sources/import-jobs";
import type { StoredOutcome } from "@/lib/sources/store-sources";
import type { MetadataOverride } from "@/lib/sources/schemas";
import type { RoleOverride } from "@/lib/sources/line-roles";
import { getLocale } from "@/lib/i18n/server";
import { importFileMessage } from "@/lib/i18n/import-errors";
import { conflictValues, localizedFormError } from "./localized-form-error";
import { withinInFlightLimit } from "@/lib/http/in-flight";
import { importRequestSchema } from "@/lib/sources/schemas";
import { withKeptText } from "@/lib/sources/draft-files";
import { IMPORTS_AT_ONCE, importSlotKey } from "@/lib/sources/import-slots";
import { formArgument, parseInput } from "@/lib/validation";

const importKey = importSlotKey;

/**
 * `pasted`: the text the editor pasted (the screen still holds it, to edit and preview again).
 * `kept`: the draft keeps the file's text, pasted or uploaded (`text` is empty): the save, a job and a re-read name
 * the draft and the file instead of sending it again. A text edited after the preview is previewed again, into a new
 * draft that replaces this one.
 * `sources` are summaries: each card's text and line roles stay in the draft, read a page at a time.
 * `failed`: an upload a streamed preview refused (sources/import/preview/route.ts), kept in its place (positions are
 * the draft's file indexes) but not shown or saved.
 */
/** `renamed`: an upload whose name was cleaned before it was read (lib/sources/file-name.ts). */
export type PreviewFile = { fileName: string; text: string; sources: PreviewSummary[]; pasted?: true; kept?: true; failed?: true; renamed?: true };
export type SaveResult = { ok: true; outcomes: StoredOutcome[] } | Omit<Refusal, "values">;

/** A refusal in the editor's language: a file the parser could not read is named beside the text. */
async function importRefusal(error: unknown): Promise<Omit<Refusal, "values">> {
  if (error instanceof ImportFileError) {
    const message = importFileMessage(await getLocale(), error);
    return { ok: false, code: "INVALID", message, fieldErrors: { text: [message] } };
  }
  const { values: _none, ...refusal } = await localizedFormError(error, {});
  return refusal;
}

export type RereadResult = { ok: true; sources: PreviewSummary[] } | Omit<Refusal, "values">;

/**
 * One previewed file read again with the line roles an editor corrected, into its draft. Nothing is stored. A form:
 * "draftId", "fileIndex", "fileName" and "roles" (JSON); the text is the one the draft keeps (any "text" sent is
 * ignored).
 */
export async function rereadImportAction(formData: FormData): Promise<RereadResult> {
  formData = formArgument(formData);
  try {
    const actor = await getActor();
    assertCan(actor, "source.import"); // before any text is read
    const part = formData.get("text");
    let roles: unknown;
    try {
      roles = JSON.parse(String(formData.get("roles") ?? "[]"));
    } catch {
      roles = null;
    }
    const input = {
      draftId: String(formData.get("draftId") ?? ""),
      fileIndex: Number(formData.get("fileIndex") ?? ""),
      fileName: String(formData.get("fileName") ?? ""),
      text: part instanceof Blob ? await part.text() : String(part ?? ""),
      roles,
    };
    return { ok: true, sources: await withinInFlightLimit(importKey(actor), IMPORTS_AT_ONCE, () => rereadDraftFile(actor, input)) };
  } catch (error) {
    return importRefusal(error);
  }
}

export type DraftPageResult = { ok: true; items: DraftPageItem[] } | Omit<Refusal, "values">;

/** The text and line roles of the cards on one preview page, from the owner's draft. */
export async function importDraftPageAction(input: { draftId: string; items: { fileIndex: number; index: number }[] }): Promise<DraftPageResult> {
  try {
    return { ok: true, items: await readDraftPage(await getActor(), input) };
  } catch (error) {
    const { values: _none, ...refusal } = await localizedFormError(error, {});
    return refusal;
  }
}

/**
 * Stores one previewed file with the editor's corrections; the file commits whole or not at all. A previewed file
 * (pasted or uploaded) names its draft and position (`draftId`, `fileIndex`) instead of sending its text.
 */
export async function saveImportAction(input: { fileName: string; text: string; overrides: MetadataOverride[]; roles?: RoleOverride[]; draftId?: string; fileIndex?: number }): Promise<SaveResult> {
  try {
    const actor = await getActor();
    assertCan(actor, "source.import");
    // Parsed here first, so that only a well-formed save waits for, or takes, one of the account's parse slots; an
    // uploaded file's text is the one its draft keeps (a save names it by draftId and fileIndex).
    const valid = parseInput(importRequestSchema, await withKeptText(actor, input));
    const ip = await requestIp();
    const { outcomes } = await withinInFlightLimit(importKey(actor), IMPORTS_AT_ONCE, () => importSources(actor, valid, { ip }));
    revalidatePath("/sources");
    return { ok: true, outcomes };
  } catch (error) {
    return importRefusal(error);
  }
}

export type ImportJobResult = { ok: true; job: ImportJobView } | Omit<Refusal, "values">;

/**
 * Saves previewed files (their text and the editor's corrections) as a background job; answers at once with
 * the job, whose progress the page then polls with importJobAction.
 */
export async function startImportJobAction(formData: FormData): Promise<ImportJobResult> {
  formData = formArgument(formData);
  try {
    const actor = await getActor();
    assertCan(actor, "source.import"); // before any text is read
    // "manifest": [{ fileName, overrides, roles, draftId?, fileIndex? }] as JSON; "text": each file's text, in the
    // same order (blobs or strings; empty for a file whose text its draft keeps: draftId and fileIndex).
    let manifest: unknown;
    try {
      manifest = JSON.parse(String(formData.get("manifest") ?? "[]"));
    } catch {
      manifest = [];
    }
    const texts = await Promise.all(formData.getAll("text").map((part) => (part instanceof Blob ? part.text() : part)));
    const files = Array.isArray(manifest) ? manifest.map((file: unknown, i) => ({ ...(typeof file === "object" ? file : {}), text: texts[i] ?? "" })) : manifest;
    const ip = await requestIp();
    // One background import per account at a time: each holds up to 20 MB and queues its parses on the desk's
    // shared workers, so a flood of jobs from one account would hold up everyone's imports. startImportJob refuses
    // a second while the first is queued or running (PostgreSQL decides between servers); the slot here refuses this
    // server's concurrent starts before they reach the database.
    const { id } = await withinInFlightLimit(`import-job:${actor.id}`, 1, () => startImportJob(actor, { files }, { ip }));
    return { ok: true, job: await getImportJob(actor, id) };
  } catch (error) {
    const { values: _none, ...refusal } = await localizedFormError(error, {});
    return refusal;
  }
}

/** One import job's progress, for its owner (or an admin); the desk's source list is refreshed once it is done. */
export async function importJobAction(id: string): Promise<ImportJobResult> {
  try {
    const job = await getImportJob(await getActor(), id);
    if (job.state === "done") revalidatePath("/sources");
    return { ok: true, job: listedOutcomes(job) };
  } catch (error) {
    const { values: _none, ...refusal } = await localizedFormError(error, {});
    return refusal;
  }
}

const METADATA_FIELDS = ["id", "version", "title", "publishedAt", "agency", "outlet", "author", "language", "url"] as const;
type MetadataValues = Record<(typeof METADATA_FIELDS)[number], string>;
export type SourceFormState = FormState<MetadataValues> & { current?: Partial<MetadataValues> };

export async function updateSourceAction(_previous: SourceFormState | null, formData: FormData): Promise<SourceFormState> {
  formData = formArgument(formData);
  const values = Object.fromEntries(METADATA_FIELDS.map((field) => [field, String(formData.get(field) ?? "")])) as MetadataValues;
  try {
    const saved = await updateSourceMetadata(await getActor(), values, { ip: await requestIp() });
    revalidatePath(`/sources/${values.id}`);
    revalidatePath("/sources");
    return { ok: true, values: { ...values, version: String(saved.version) } };
  } catch (error) {
    const result: SourceFormState = await localizedFormError(error, values);
    result.current = conflictValues(error, METADATA_FIELDS);
    return result;
  }
}

export type BodyFormState = FormState<{ id: string; bodyVersion: string; body: string }> & { tally?: { position: number; quote: number; fuzzy: number; orphaned: number }; bodyVersion?: number };

export async function editSourceBodyAction(_previous: BodyFormState | null, formData: FormData): Promise<BodyFormState> {
  formData = formArgument(formData);
  const values = { id: String(formData.get("id") ?? ""), bodyVersion: String(formData.get("bodyVersion") ?? ""), body: String(formData.get("body") ?? "") };
  try {
    const result = await editSourceBody(await getActor(), values, { ip: await requestIp() });
    revalidatePath(`/sources/${values.id}`);
    return { ok: true, tally: result.tally, bodyVersion: result.bodyVersion };
  } catch (error) {
    return localizedFormError(error, values);
  }
}
