// Stores parsed files: one transaction per batch of whole files, dedup by hash, near-duplicates flagged.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db/client";
import { writeAuditEvent, writeAuditEvents, type AuditInput } from "@/lib/audit/write-audit-event";
import { foldDiacritics } from "./normalize";
import type { ParsedSource } from "./parse-import";

export type ParsedFile = { fileName: string; text: string; sources: ParsedSource[] };

export type StoredOutcome = {
  fileName: string;
  index: number;
  title: string | null;
  status: "stored" | "duplicate";
  id: string;
  nearDuplicateOf: { id: string; title: string | null; score: number } | null;
};

/**
 * Near-duplicates are found in two steps: the pg_trgm GiST index proposes the nearest articles by their
 * folded opening, then word 3-gram overlap (Jaccard) decides. Character trigrams alone rate any two
 * Vietnamese articles on the same summit as similar; shared word sequences do not lie.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
// The opening of an article (its lead) is where relays of one wire story agree; short keys keep the index sharp.
const FINGERPRINT_LENGTH = 400;
/** Files are grouped until a batch holds this many sources; a file is never split across batches. */
export const SOURCES_PER_BATCH = 100;

export function fingerprintOf(body: string): string {
  return foldDiacritics(body).replace(/\s+/g, " ").trim().slice(0, FINGERPRINT_LENGTH);
}

/** The calendar day of an ISO date or date-time that states its year ("--07-27" has none). */
export function publishedOnOf(publishedAt: string | null): Date | null {
  const match = publishedAt?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`) : null;
}

function wordShingles(text: string): Set<string> {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const shingles = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) shingles.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return shingles;
}

/** Jaccard overlap of word 3-grams: 1 for the same text, near 0 for different articles on one topic. */
function jaccard(left: Set<string>, right: Set<string>): number {
  if (!left.size || !right.size) return 0;
  let shared = 0;
  for (const shingle of left) if (right.has(shingle)) shared++;
  return shared / (left.size + right.size - shared);
}

type Candidate = { id: string; title: string | null; fingerprint: string; shingles?: Set<string> };
type Near = { id: string; title: string | null; score: number };

/** The stored articles nearest to this opening, through the GiST index (no scoring of every article). */
async function storedCandidates(tx: Tx, fingerprint: string): Promise<Candidate[]> {
  if (fingerprint.length < 80) return []; // too little text to compare fairly
  return tx.$queryRaw<Candidate[]>`SELECT id, title, fingerprint FROM "Source" ORDER BY fingerprint <-> ${fingerprint} LIMIT 5`;
}

function bestMatch(shingles: Set<string>, candidates: Candidate[]): Near | null {
  let best: Near | null = null;
  for (const candidate of candidates) {
    const score = jaccard(shingles, (candidate.shingles ??= wordShingles(candidate.fingerprint)));
    if (score >= NEAR_DUPLICATE_THRESHOLD && (!best || score > best.score)) best = { id: candidate.id, title: candidate.title, score };
  }
  return best;
}

async function upsertDossier(tx: Tx, file: ParsedFile, importedById: string | null, ip?: string): Promise<string> {
  const contentHash = createHash("sha256").update(file.sources.map((s) => s.contentHash).join("\n")).digest("hex");
  const existing = await tx.dossier.findUnique({ where: { contentHash }, select: { id: true } });
  if (existing) return existing.id;
  const dossier = await tx.dossier.create({
    data: { title: file.sources[0]?.dossierTitle ?? file.fileName, sourceFile: file.fileName, raw: file.text, contentHash, importedById },
    select: { id: true, title: true },
  });
  await writeAuditEvent(tx, { actorId: importedById, action: "dossier.import", objectType: "Dossier", objectId: dossier.id, after: { title: dossier.title, sourceFile: file.fileName }, ip });
  return dossier.id;
}

type BatchState = {
  known: Map<string, { id: string; title: string | null }>;
  /** Articles of this batch, inserted together at its end: near-duplicates among them are found in memory. */
  pending: Candidate[];
  rows: Prisma.SourceCreateManyInput[];
  audit: AuditInput[];
};

/**
 * Locks every article hash of the batch (sorted, so two imports never wait on each other in a cycle),
 * then reads which are already stored: the second of two simultaneous imports waits, then sees the first's rows.
 */
async function lockAndFindKnown(tx: Tx, batch: ParsedFile[]): Promise<BatchState["known"]> {
  const hashes = [...new Set(batch.flatMap((file) => file.sources.map((s) => s.contentHash)))].sort();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('source:' || h)) FROM unnest(${hashes}::text[]) AS h`; // unnest keeps the sorted order
  const rows = await tx.source.findMany({ where: { contentHash: { in: hashes } }, select: { id: true, title: true, contentHash: true } });
  return new Map(rows.map((row) => [row.contentHash, { id: row.id, title: row.title }]));
}

async function storeFile(tx: Tx, file: ParsedFile, importedById: string | null, state: BatchState, ip?: string): Promise<StoredOutcome[]> {
  const isDossier = file.sources.some((s) => s.dossierTitle !== null);
  const dossierId = isDossier ? await upsertDossier(tx, file, importedById, ip) : null;
  const outcomes: StoredOutcome[] = [];
  for (const [index, source] of file.sources.entries()) {
    const existing = state.known.get(source.contentHash);
    const base = { fileName: file.fileName, index, title: source.title };
    if (existing) {
      outcomes.push({ ...base, title: existing.title ?? source.title, status: "duplicate", id: existing.id, nearDuplicateOf: null });
      continue;
    }
    const fingerprint = fingerprintOf(source.body);
    const shingles = wordShingles(fingerprint);
    const near = bestMatch(shingles, [...(await storedCandidates(tx, fingerprint)), ...(fingerprint.length >= 80 ? state.pending : [])]);
    const id = randomUUID();
    state.rows.push({
      id,
      title: source.title,
      publishedAt: source.publishedAt,
      datePrecision: source.datePrecision,
      publishedOn: publishedOnOf(source.publishedAt),
      agency: source.agency,
      outlet: source.outlet,
      author: source.author,
      language: source.language,
      body: source.body,
      blocks: source.blocks as unknown as Prisma.InputJsonValue,
      raw: source.raw,
      contentHash: source.contentHash,
      fingerprint,
      titleFolded: foldDiacritics(source.title ?? ""),
      warnings: source.warnings,
      sourceFile: file.fileName,
      dossierId,
      dossierIndex: dossierId ? (source.dossierIndex ?? index + 1) : null,
      nearDuplicateOfId: near?.id ?? null,
      nearDuplicateScore: near?.score ?? null,
      importedById,
    });
    state.known.set(source.contentHash, { id, title: source.title });
    state.pending.push({ id, title: source.title, fingerprint, shingles });
    state.audit.push({
      actorId: importedById,
      action: "source.import",
      objectType: "Source",
      objectId: id,
      after: { title: source.title, publishedAt: source.publishedAt, outlet: source.outlet, contentHash: source.contentHash, dossierId, nearDuplicateOfId: near?.id ?? null },
      ip,
    });
    outcomes.push({ ...base, status: "stored", id, nearDuplicateOf: near });
  }
  return outcomes;
}

/** Groups whole files into batches of about SOURCES_PER_BATCH sources. */
export function batchFiles(files: ParsedFile[], perBatch = SOURCES_PER_BATCH): ParsedFile[][] {
  const batches: ParsedFile[][] = [];
  let current: ParsedFile[] = [];
  let count = 0;
  for (const file of files) {
    if (current.length && count + file.sources.length > perBatch) {
      batches.push(current);
      current = [];
      count = 0;
    }
    current.push(file);
    count += file.sources.length;
  }
  if (current.length) batches.push(current);
  return batches;
}

/**
 * Stores files in batched transactions. A batch commits whole or not at all, so an interrupted
 * import leaves no half-stored article (nor a dossier without its articles); running it again
 * skips what was stored, by hash.
 */
export async function storeParsedFiles(
  files: ParsedFile[],
  options: { importedById: string | null; ip?: string; onProgress?: (done: number, total: number) => void },
): Promise<StoredOutcome[]> {
  const total = files.reduce((n, f) => n + f.sources.length, 0);
  const outcomes: StoredOutcome[] = [];
  for (const batch of batchFiles(files)) {
    const stored = await getDb().$transaction(
      async (tx) => {
        const state: BatchState = { known: await lockAndFindKnown(tx, batch), pending: [], rows: [], audit: [] };
        const result: StoredOutcome[] = [];
        for (const file of batch) result.push(...(await storeFile(tx, file, options.importedById, state, options.ip)));
        // One statement for the batch's articles, one for their audit events.
        await tx.source.createMany({ data: state.rows });
        await writeAuditEvents(tx, state.audit);
        return result;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    outcomes.push(...stored);
    options.onProgress?.(outcomes.length, total);
  }
  return outcomes;
}

export function summarise(outcomes: StoredOutcome[]): { stored: number; duplicates: number; nearDuplicates: number } {
  return {
    stored: outcomes.filter((o) => o.status === "stored").length,
    duplicates: outcomes.filter((o) => o.status === "duplicate").length,
    nearDuplicates: outcomes.filter((o) => o.nearDuplicateOf).length,
  };
}
