// Import for signed-in editors: preview how a text splits and cleans, then store it with their corrections.
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { ParsedSource } from "./parse-import";
import { parseInWorker } from "./parse-in-worker";
import { importRequestSchema, precisionOf, previewRequestSchema, type MetadataOverride } from "./schemas";
import type { RoleOverride } from "./line-roles";
import type { OutletProfileRules } from "./outlet-profiles";
import { previewSourceOf, type PreviewSource, type ShapedSource } from "./preview-shape";
import { withKeptText } from "./draft-files";
import { learnOutletProfiles, loadOutletProfiles } from "./outlet-profile-store";
import { recomputeWarnings, warningText } from "./warnings";
import { storeParsedFiles, summarise, type StoredOutcome } from "./store-sources";
import { markForMatching, scheduleMatching } from "@/lib/matching/background";

export type { PreviewSource } from "./preview-shape";

/**
 * Decodes and parses once, on a worker thread (time and memory bounded: it throws ImportFileError when a bound runs
 * out), with the editor's line roles and the desk's outlet profiles: the parser applies the profiles of the outlets
 * the articles name, their roles first and the editor's after (the editor's win). Returns the profiles applied.
 * `owner`: the account the parse is for, whose turn it takes on the shared workers (parse-in-worker.ts nextPending).
 * Without one, every editor's saves and background jobs were one owner, served first come first served: an account
 * with two saves and a job queued put them all ahead of another editor's save.
 */
export async function parseWithProfiles(job: { fileName: string; text?: string; bytes?: Uint8Array; roles?: RoleOverride[] }, owner: string | null) {
  const all = await loadOutletProfiles();
  const parsed = await parseInWorker({ ...job, profiles: all }, undefined, owner === null ? {} : { owner });
  if (!parsed.sources.length) throw new AppError("INVALID", "No article text was found.", { fieldErrors: { text: ["No article text was found."] } });
  const applied = new Set(parsed.applied);
  return { text: parsed.text, sources: parsed.sources, profiles: all.filter((p) => applied.has(p.outletKey)) };
}

/**
 * A text or an uploaded file's bytes, parsed on a worker into the shape a preview keeps (import-drafts.ts): each
 * article's summary, hash and detail as JSON text; `text` is the decoded file (empty for a text sent as text).
 * Permission first: nothing is decoded or parsed for a caller who may not import. Stores nothing.
 */
export async function previewShaped(
  actor: Actor | null,
  input: { fileName: string; text?: string; bytes?: Uint8Array; roles?: unknown },
): Promise<{ text: string; shaped: ShapedSource[]; timings: Record<string, number> }> {
  assertCan(actor, "source.import");
  const t0 = performance.now();
  const job = input.bytes ? { fileName: input.fileName, bytes: input.bytes } : parseInput(previewRequestSchema, input);
  const profiles = await loadOutletProfiles();
  const t1 = performance.now();
  const parsed = await parseInWorker({ ...job, profiles, shape: "preview" }, undefined, { owner: actor.id });
  if (!parsed.shaped?.length) throw new AppError("INVALID", "No article text was found.", { fieldErrors: { text: ["No article text was found."] } });
  return { text: parsed.text, shaped: parsed.shaped, timings: { checkMs: t1 - t0, ...parsed.timings } };
}

async function markExisting(sources: ParsedSource[], profiles: readonly OutletProfileRules[] = []): Promise<PreviewSource[]> {
  const existing = await getDb().source.findMany({
    where: { contentHash: { in: sources.map((s) => s.contentHash) } },
    select: { id: true, contentHash: true },
  });
  const byHash = new Map(existing.map((s) => [s.contentHash, s.id]));
  return sources.map((parsed, index) => {
    const source = previewSourceOf(parsed, index, profiles);
    return { ...source, existingId: byHash.get(source.contentHash) ?? null };
  });
}

/** How the text splits and cleans, with the sources the desk already has marked. Stores nothing. */
export async function previewImport(actor: Actor | null, input: unknown): Promise<PreviewSource[]> {
  assertCan(actor, "source.import");
  const { fileName, text, roles } = parseInput(previewRequestSchema, input);
  const parsed = await parseWithProfiles({ fileName, text, roles }, actor.id);
  return markExisting(parsed.sources, parsed.profiles);
}

/**
 * An uploaded file's bytes → its decoded text (what the editor saves) and how it splits and cleans. Permission
 * first: nothing is decoded or parsed for a caller who may not import. Stores nothing.
 */
export async function previewImportFile(actor: Actor | null, file: { fileName: string; bytes: Uint8Array }): Promise<{ text: string; sources: PreviewSource[] }> {
  assertCan(actor, "source.import");
  const parsed = await parseWithProfiles({ fileName: file.fileName, bytes: file.bytes }, actor.id);
  return { text: parsed.text, sources: await markExisting(parsed.sources, parsed.profiles) };
}

/** The editor's corrections from the preview, over what the parser found. */
export function applyOverride(source: ParsedSource, override: MetadataOverride | undefined): ParsedSource {
  if (!override) return source;
  const next = { ...source };
  for (const key of ["title", "agency", "outlet", "author"] as const) if (override[key] !== undefined) next[key] = override[key] ?? null;
  if (override.language) next.language = override.language;
  if (override.url !== undefined) next.url = override.url ?? null;
  if (override.publishedAt !== undefined) {
    next.publishedAt = override.publishedAt ?? null;
    next.datePrecision = precisionOf(override.publishedAt);
  }
  // What the editor supplied no longer needs a warning.
  next.warningCodes = recomputeWarnings(source.warningCodes, next);
  next.warnings = next.warningCodes.map(warningText);
  return next;
}

/** Stores the text's sources with the editor's metadata corrections; duplicates are reported, not stored. */
export async function importSources(
  actor: Actor | null,
  input: unknown,
  ctx: { ip?: string } = {},
): Promise<{ outcomes: StoredOutcome[]; summary: ReturnType<typeof summarise> }> {
  assertCan(actor, "source.import");
  // An uploaded file's text is the one its preview's draft keeps (named by draftId and fileIndex).
  const { fileName, text, overrides, roles } = parseInput(importRequestSchema, await withKeptText(actor, input));
  const parsed = (await parseWithProfiles({ fileName, text, roles }, actor.id)).sources;
  const byIndex = new Map(overrides.map((o) => [o.index, o]));
  const sources = parsed.map((source, index) => applyOverride(source, byIndex.get(index)));
  const outcomes = await storeParsedFiles([{ fileName, text, sources }], { importedById: actor.id, ip: ctx.ip, onBatch: markForMatching });
  // What the editor corrected is remembered for the outlet's next imports (after the sources are safely stored).
  await learnOutletProfiles(actor, sources, roles, ctx);
  // Known claims are looked for after the save, in the background: the editor gets the outcome at once.
  scheduleMatching(outcomes.filter((o) => o.status === "stored").map((o) => o.id));
  return { outcomes, summary: summarise(outcomes) };
}
