// Stores parsed files: one transaction per batch of whole files, dedup by hash, near-duplicates flagged.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db/client";
import { writeAuditEvent, writeAuditEvents, type AuditInput } from "@/lib/audit/write-audit-event";
import { foldDiacritics } from "./normalize";
import type { ParsedSource } from "./parse-import";
import { TEXT_LOCK_SPACES } from "@/lib/db/text-locks";

export type ParsedFile = {
  fileName: string;
  text: string;
  sources: ParsedSource[];
  /** A part of a larger file (an import job cuts big files into batches): where its sources start in the whole file. */
  firstIndex?: number;
  /** The whole file's dossier hash, when this is a part of it: every part joins the one dossier. */
  dossierHash?: string;
};

export type StoredOutcome = {
  fileName: string;
  index: number;
  title: string | null;
  status: "stored" | "duplicate";
  id: string;
  nearDuplicateOf: { id: string; title: string | null; score: number } | null;
};

/**
 * Near-duplicates are found in two steps. The database proposes, for a whole batch in one query, the stored
 * articles whose lead shares the most hashed word 5-grams with each new lead (SourceLeadHash, kept by a
 * trigger: see its migration); then word 3-gram overlap (Jaccard) of the two leads decides. Character
 * trigrams rate any two Vietnamese articles on the same summit as similar; shared word sequences do not lie.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
// The opening of an article (its lead) is where relays of one wire story agree.
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

/** Leads shorter than this are too little text to compare fairly. */
const MIN_FINGERPRINT = 80;
/** How many stored articles are scored for each new one: those sharing the most sampled 5-grams with it. */
const CANDIDATES_PER_ARTICLE = 5;

/**
 * For each lead, the stored articles sharing the most of its sampled 5-gram hashes, and at least a fifth of
 * them: leads at the threshold share about two thirds of their 3-grams, and in practice half their kept
 * 5-grams, so the fifth only drops articles that merely quote a sentence or two in common.
 */
async function storedCandidates(tx: Tx, fingerprints: string[]): Promise<Map<string, Candidate[]>> {
  const leads = [...new Set(fingerprints.filter((f) => f.length >= MIN_FINGERPRINT))];
  const byLead = new Map<string, Candidate[]>();
  if (!leads.length) return byLead;
  const rows = await tx.$queryRaw<(Candidate & { lead: number })[]>`
    WITH probe AS (
      SELECT p.lead, hash, count(*) OVER (PARTITION BY p.lead) AS kept
      FROM unnest(${leads}::text[]) WITH ORDINALITY AS p(fingerprint, lead), unnest("source_lead_hashes"(p.fingerprint)) AS hash
    ), shared AS (
      SELECT probe.lead, l."sourceId", count(*) AS n
      FROM probe JOIN "SourceLeadHash" l ON l.hash = probe.hash
      GROUP BY probe.lead, l."sourceId"
      HAVING count(*) * 5 >= min(probe.kept)
    ), ranked AS (
      SELECT lead, "sourceId", row_number() OVER (PARTITION BY lead ORDER BY n DESC, "sourceId") AS rank FROM shared
    )
    SELECT r.lead::int AS lead, s.id, s.title, s.fingerprint
    FROM ranked r JOIN "Source" s ON s.id = r."sourceId"
    WHERE r.rank <= ${CANDIDATES_PER_ARTICLE}`;
  for (const { lead, ...candidate } of rows) {
    const key = leads[lead - 1]!;
    byLead.set(key, [...(byLead.get(key) ?? []), candidate]);
  }
  return byLead;
}

function bestMatch(shingles: Set<string>, candidates: Candidate[]): Near | null {
  let best: Near | null = null;
  for (const candidate of candidates) {
    const score = jaccard(shingles, (candidate.shingles ??= wordShingles(candidate.fingerprint)));
    if (score >= NEAR_DUPLICATE_THRESHOLD && (!best || score > best.score)) best = { id: candidate.id, title: candidate.title, score };
  }
  return best;
}

/** A dossier is known by the hashes of all its articles, in order. */
export function dossierHashOf(sources: ParsedSource[]): string {
  return createHash("sha256").update(sources.map((s) => s.contentHash).join("\n")).digest("hex");
}

async function upsertDossier(tx: Tx, file: ParsedFile, importedById: string | null, ip?: string): Promise<string> {
  const contentHash = file.dossierHash ?? dossierHashOf(file.sources);
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
  /** The fingerprint of each article not stored before, by content hash. */
  leads: Map<string, string>;
  /** Stored articles proposed as near-duplicates, by lead (fingerprint). */
  stored: Map<string, Candidate[]>;
  /** Articles of this batch, inserted together at its end: near-duplicates among them are found in memory. */
  pending: Candidate[];
  rows: SourceRow[];
  audit: AuditInput[];
};

/**
 * Locks every article hash of the batch (sorted, so two imports never wait on each other in a cycle),
 * then reads which are already stored: the second of two simultaneous imports waits, then sees the first's rows.
 */
async function lockAndFindKnown(tx: Tx, batch: ParsedFile[]): Promise<BatchState["known"]> {
  const hashes = [...new Set(batch.flatMap((file) => file.sources.map((s) => s.contentHash)))].sort();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TEXT_LOCK_SPACES.sourceHash}::int4, hashtext(h)) FROM unnest(${hashes}::text[]) AS h`; // unnest keeps the sorted order
  const rows = await tx.source.findMany({ where: { contentHash: { in: hashes } }, select: { id: true, title: true, contentHash: true } });
  return new Map(rows.map((row) => [row.contentHash, { id: row.id, title: row.title }]));
}

async function storeFile(tx: Tx, file: ParsedFile, importedById: string | null, state: BatchState, ip?: string): Promise<StoredOutcome[]> {
  const isDossier = file.sources.some((s) => s.dossierTitle !== null);
  const dossierId = isDossier ? await upsertDossier(tx, file, importedById, ip) : null;
  const outcomes: StoredOutcome[] = [];
  for (const [position, source] of file.sources.entries()) {
    const index = (file.firstIndex ?? 0) + position;
    const existing = state.known.get(source.contentHash);
    const base = { fileName: file.fileName, index, title: source.title };
    if (existing) {
      outcomes.push({ ...base, title: existing.title ?? source.title, status: "duplicate", id: existing.id, nearDuplicateOf: null });
      continue;
    }
    const fingerprint = state.leads.get(source.contentHash)!; // every article not known when the batch began
    const shingles = wordShingles(fingerprint);
    const near = fingerprint.length >= MIN_FINGERPRINT ? bestMatch(shingles, [...(state.stored.get(fingerprint) ?? []), ...state.pending]) : null;
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
      url: source.url,
      language: source.language,
      body: source.body,
      blocks: source.blocks as unknown as Prisma.InputJsonValue,
      raw: source.raw,
      contentHash: source.contentHash,
      fingerprint,
      titleFolded: foldDiacritics(source.title ?? ""),
      warnings: source.warningCodes as unknown as Prisma.InputJsonValue,
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

type SourceRow = Prisma.SourceCreateManyInput & { id: string; publishedOn: Date | null };

/**
 * The batch's articles in one INSERT, their rows travelling as one JSON array that PostgreSQL reads with the
 * columns' types (jsonb_to_recordset). `createMany` compiled its query with every value of every row (bodies, raw
 * texts, blocks): a second of this process's CPU for 1,000 articles, where the statement itself is cheap.
 */
async function insertSources(tx: Tx, rows: SourceRow[]): Promise<void> {
  if (!rows.length) return;
  // A calendar day as PostgreSQL's date reads it, whatever the session's time zone.
  const json = JSON.stringify(rows.map((row) => ({ ...row, publishedOn: row.publishedOn?.toISOString().slice(0, 10) ?? null })));
  await tx.$executeRaw`
    INSERT INTO "Source" (id, title, "publishedAt", "datePrecision", "publishedOn", agency, outlet, author, url, language, body, blocks, raw,
      "contentHash", fingerprint, "titleFolded", warnings, "sourceFile", "dossierId", "dossierIndex", "nearDuplicateOfId", "nearDuplicateScore",
      "importedById", "updatedAt")
    SELECT r.id, r.title, r."publishedAt", r."datePrecision", r."publishedOn", r.agency, r.outlet, r.author, r.url, r.language, r.body, r.blocks, r.raw,
      r."contentHash", r.fingerprint, r."titleFolded", r.warnings, r."sourceFile", r."dossierId", r."dossierIndex", r."nearDuplicateOfId", r."nearDuplicateScore",
      r."importedById", now()
    FROM jsonb_to_recordset(${json}::jsonb) AS r(id uuid, title text, "publishedAt" text, "datePrecision" text, "publishedOn" date,
      agency text, outlet text, author text, url text, language text, body text, blocks jsonb, raw text, "contentHash" text, fingerprint text,
      "titleFolded" text, warnings jsonb, "sourceFile" text, "dossierId" uuid, "dossierIndex" int, "nearDuplicateOfId" uuid,
      "nearDuplicateScore" float8, "importedById" uuid)`;
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
  options: {
    importedById: string | null;
    ip?: string;
    onProgress?: (done: number, total: number) => void;
    /** Runs inside each batch's transaction after its articles are written, so what it records commits with them. */
    onBatch?: (tx: Tx, outcomes: StoredOutcome[]) => Promise<void>;
  },
): Promise<StoredOutcome[]> {
  const total = files.reduce((n, f) => n + f.sources.length, 0);
  const outcomes: StoredOutcome[] = [];
  for (const batch of batchFiles(files)) {
    const stored = await getDb().$transaction(
      async (tx) => {
        const known = await lockAndFindKnown(tx, batch);
        const fresh = batch.flatMap((file) => file.sources).filter((source) => !known.has(source.contentHash));
        const leads = new Map(fresh.map((source) => [source.contentHash, fingerprintOf(source.body)]));
        const state: BatchState = { known, leads, stored: await storedCandidates(tx, [...leads.values()]), pending: [], rows: [], audit: [] };
        const result: StoredOutcome[] = [];
        for (const file of batch) result.push(...(await storeFile(tx, file, options.importedById, state, options.ip)));
        // One statement for the batch's articles, one for their audit events.
        await insertSources(tx, state.rows);
        await writeAuditEvents(tx, state.audit);
        await options.onBatch?.(tx, result);
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
