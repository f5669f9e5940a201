// Import for signed-in editors: preview how a text splits and cleans, then store it with their corrections.
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { parseImport, type ParsedSource } from "./parse-import";
import { importRequestSchema, importTextSchema, precisionOf, type MetadataOverride } from "./schemas";
import { storeParsedFiles, summarise, type StoredOutcome } from "./store-sources";

export type PreviewSource = Omit<ParsedSource, "raw" | "blocks"> & { index: number; existingId: string | null };

function parseOrRefuse(text: string, fileName: string): ParsedSource[] {
  const sources = parseImport(text, fileName);
  if (!sources.length) throw new AppError("INVALID", "No article text was found.", { fieldErrors: { text: ["No article text was found."] } });
  return sources;
}

/** How the text splits and cleans, with the sources the desk already has marked. Stores nothing. */
export async function previewImport(actor: Actor | null, input: unknown): Promise<PreviewSource[]> {
  assertCan(actor, "source.import");
  const { fileName, text } = parseInput(importTextSchema, input);
  const sources = parseOrRefuse(text, fileName);
  const existing = await getDb().source.findMany({
    where: { contentHash: { in: sources.map((s) => s.contentHash) } },
    select: { id: true, contentHash: true },
  });
  const byHash = new Map(existing.map((s) => [s.contentHash, s.id]));
  return sources.map(({ raw: _raw, blocks: _blocks, ...source }, index) => ({ ...source, index, existingId: byHash.get(source.contentHash) ?? null }));
}

function applyOverride(source: ParsedSource, override: MetadataOverride | undefined): ParsedSource {
  if (!override) return source;
  const next = { ...source };
  for (const key of ["title", "agency", "outlet", "author"] as const) if (override[key] !== undefined) next[key] = override[key] ?? null;
  if (override.language) next.language = override.language;
  if (override.publishedAt !== undefined) {
    next.publishedAt = override.publishedAt ?? null;
    next.datePrecision = precisionOf(override.publishedAt);
  }
  return next;
}

/** Stores the text's sources with the editor's metadata corrections; duplicates are reported, not stored. */
export async function importSources(
  actor: Actor | null,
  input: unknown,
  ctx: { ip?: string } = {},
): Promise<{ outcomes: StoredOutcome[]; summary: ReturnType<typeof summarise> }> {
  assertCan(actor, "source.import");
  const { fileName, text, overrides } = parseInput(importRequestSchema, input);
  const parsed = parseOrRefuse(text, fileName);
  const byIndex = new Map(overrides.map((o) => [o.index, o]));
  const sources = parsed.map((source, index) => applyOverride(source, byIndex.get(index)));
  const outcomes = await storeParsedFiles([{ fileName, text, sources }], { importedById: actor.id, ip: ctx.ip });
  return { outcomes, summary: summarise(outcomes) };
}
