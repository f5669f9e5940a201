// Saving an import as a background job: the editor's previewed text is stored in ImportJob, then parsed and
// stored by this server process in batches, each batch committing its articles and the job's counts together.
// The page polls the counts ("n of m"); a reload finds the job again; a job whose process died resumes from
// its last committed batch (or is marked failed after MAX_ATTEMPTS starts). Only the owner and admins see a job.
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { databaseNow } from "@/lib/db/clock";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ACCOUNT_NOT_ACTIVE, confirmActor } from "@/lib/auth/confirm-actor";
import { TOO_MANY_AT_ONCE } from "@/lib/http/in-flight";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { ImportFileError, MAX_IMPORT_BYTES, type ParsedSource } from "./parse-import";
import { applyOverride, parseWithProfiles } from "./import-sources";
import { withKeptTexts } from "./draft-files";
import { markForMatching, scheduleMatching } from "@/lib/matching/background";
import type { RoleOverride } from "./line-roles";
import { importRequestSchema, type MetadataOverride } from "./schemas";
import { dossierHashOf, SOURCES_PER_BATCH, storeParsedFiles, type ParsedFile, type StoredOutcome } from "./store-sources";

export type ImportJobState = "queued" | "running" | "done" | "failed";

/** What the page shows of a job: counts while it runs; once it has finished, its listed outcomes, stored ones first. */
export type ImportJobView = {
  id: string;
  state: ImportJobState;
  total: number | null;
  done: number;
  stored: number;
  duplicates: number;
  failed: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  outcomes: StoredOutcome[] | null;
};

/** A heartbeat older than this means the job's process died (its runner writes one every HEARTBEAT_MS). */
export const STALE_AFTER_MS = 30_000;
const HEARTBEAT_MS = 5_000;
/** A job that has been started this many times without finishing is marked failed instead of started again. */
export const MAX_ATTEMPTS = 3;

/** This process, as the runner of the jobs it claims. */
const RUNNER_ID = randomUUID();

export const importJobSchema = z.object({
  files: z
    .array(importRequestSchema)
    .min(1, "Paste or upload some text.")
    .max(1000, "At most 1,000 files at once.")
    .refine((files) => files.reduce((n, f) => n + Buffer.byteLength(f.text, "utf8"), 0) <= MAX_IMPORT_BYTES, "The text is over the 20 MB import limit."),
});
type JobFile = { fileName: string; text: string; overrides: MetadataOverride[]; roles?: RoleOverride[] };

const VIEW_SELECT = { id: true, state: true, total: true, done: true, stored: true, duplicates: true, failed: true, error: true, createdAt: true, finishedAt: true } as const;

type JobRow = Prisma.ImportJobGetPayload<{ select: typeof VIEW_SELECT }> & { outcomes?: Prisma.JsonValue };

function toView(row: JobRow): ImportJobView {
  const finished = row.state === "done" || row.state === "failed";
  const outcomes = finished && Array.isArray(row.outcomes) ? (row.outcomes as unknown as StoredOutcome[]) : null;
  return {
    id: row.id,
    state: row.state as ImportJobState,
    total: row.total,
    done: row.done,
    stored: row.stored,
    duplicates: row.duplicates,
    failed: row.failed,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    // What was stored first, then what the desk already had: the first OUTCOMES_LISTED of each (a job written before
    // the runner kept only those may hold all of them).
    outcomes: outcomes && listed(outcomes),
  };
}

/** The first OUTCOMES_LISTED outcomes stored, then the first OUTCOMES_LISTED of the others, each in the order handled. */
function listed(outcomes: readonly StoredOutcome[]): StoredOutcome[] {
  const stored = outcomes.filter((o) => o.status === "stored");
  const others = outcomes.filter((o) => o.status !== "stored");
  return [...stored.slice(0, OUTCOMES_LISTED), ...others.slice(0, OUTCOMES_LISTED)];
}

/**
 * Of a batch's outcomes, those the job keeps: the screen lists the first OUTCOMES_LISTED stored and as many of the
 * others, and the counts tell the rest, so the job keeps no more. `kept` is how many of each it holds already.
 * Keeping every outcome made the job's row grow with its articles: a job of 100,000 (18 MB of outcomes) rewrote them
 * all at each batch (0.6 s a batch by its end) and read them all at each poll (0.8 s, the server's event loop held up
 * to 0.1 s to decode them), a poll any owner may send as often as they like.
 */
export function outcomesKept(batch: readonly StoredOutcome[], kept: { stored: number; others: number }): StoredOutcome[] {
  const out: StoredOutcome[] = [];
  let stored = kept.stored;
  let others = kept.others;
  for (const outcome of batch) {
    if (outcome.status === "stored" ? stored++ < OUTCOMES_LISTED : others++ < OUTCOMES_LISTED) out.push(outcome);
  }
  return out;
}

/** The owner's own jobs; an admin's filter is empty (all jobs). Built from the actor, never from input. */
function visibleTo(actor: Actor): Prisma.ImportJobWhereInput {
  return actor.role === "ADMIN" ? {} : { ownerId: actor.id };
}

/** The index that keeps one queued or running job per owner (the migration import_job_one_open_per_owner). */
const ONE_OPEN_PER_OWNER = "ImportJob_one_open_per_owner";

/** The refusal of a second background import while the account's first is queued or running. */
function alreadyUnderWay(): AppError {
  return new AppError("RATE_LIMITED", TOO_MANY_AT_ONCE);
}

/** The insert broke the one-open-job-per-owner index: another request (or server) started the owner's job first. */
function isSecondOpenJob(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  // The adapter names the index (or its columns) in meta; ownerId is unique nowhere else on ImportJob.
  const meta = JSON.stringify(error.meta ?? {});
  return meta.includes(ONE_OPEN_PER_OWNER) || meta.includes("ownerId");
}

/**
 * Records the editor's previewed files (text and corrections) as a queued job and starts it in this process.
 * Permission and input are checked before anything is written; the job's audit event commits with it.
 * One background import per account: while the owner has a queued or running job, another is refused with
 * RATE_LIMITED. The look-up below answers early; PostgreSQL's partial unique index decides when two servers (or two
 * requests) start one at the same moment.
 */
export async function startImportJob(actor: Actor | null, input: unknown, ctx: { ip?: string; run?: boolean } = {}): Promise<{ id: string }> {
  assertCan(actor, "source.import");
  if (await getDb().importJob.findFirst({ where: { ownerId: actor.id, state: { in: ["queued", "running"] } }, select: { id: true } })) throw alreadyUnderWay();
  // An uploaded file comes as its draft and position (draftId, fileIndex): its text is the one the draft keeps.
  const named = input && typeof input === "object" && "files" in input && Array.isArray(input.files) ? { ...input, files: await withKeptTexts(actor, input.files) } : input;
  const { files } = parseInput(importJobSchema, named);
  let job: { id: string };
  try {
    job = await getDb().$transaction(async (tx) => {
      // Stamped by the database's clock, which reads a queued job's age (resumeStaleImportJobs): Prisma fills
      // `@default(now())` with this instance's, and one running behind made its new job stale at once for the others.
      const created = await tx.importJob.create({
        data: { ownerId: actor.id, files: files as unknown as Prisma.InputJsonValue, ip: ctx.ip ?? null, createdAt: await databaseNow(tx) },
        select: { id: true },
      });
      await writeAuditEvent(tx, {
        actorId: actor.id,
        action: "import.job.start",
        objectType: "ImportJob",
        objectId: created.id,
        after: { files: files.map((f) => ({ fileName: f.fileName, bytes: Buffer.byteLength(f.text, "utf8"), overrides: f.overrides.length })) },
        ip: ctx.ip,
      });
      return created;
    });
  } catch (error) {
    throw isSecondOpenJob(error) ? alreadyUnderWay() : error;
  }
  if (ctx.run !== false) launchImportJob(job.id);
  return job;
}

/** Outcomes of each kind (stored; already in the desk) the import screen lists; it counts the rest. */
export const OUTCOMES_LISTED = 100;

/**
 * A finished job as the import screen shows it: the first OUTCOMES_LISTED stored and as many already in the desk.
 * All 832 outcomes of the 5 MB paste made an 822 KB answer that the page decoded, at each poll and after a reload,
 * to list 200 of them. (A job keeps no more than those since, and its view lists them so: this leaves it as it is.)
 */
export function listedOutcomes(job: ImportJobView): ImportJobView {
  return job.outcomes ? { ...job, outcomes: listed(job.outcomes) } : job;
}

/** One job, when the actor owns it or is an admin; NOT_FOUND otherwise (the same answer as for no such job). */
export async function getImportJob(actor: Actor | null, id: unknown): Promise<ImportJobView> {
  assertCan(actor, "source.import");
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) throw new AppError("NOT_FOUND", "No such import.");
  const row = await getDb().importJob.findFirst({ where: { id: parsed.data, ...visibleTo(actor) }, select: { ...VIEW_SELECT, outcomes: true } });
  if (!row) throw new AppError("NOT_FOUND", "No such import.");
  return toView(row);
}

/** The actor's own running job, else their last one: what the import page shows after a reload. */
export async function latestImportJob(actor: Actor | null): Promise<ImportJobView | null> {
  assertCan(actor, "source.import");
  const db = getDb();
  const running = await db.importJob.findFirst({ where: { ownerId: actor.id, state: { in: ["queued", "running"] } }, orderBy: { createdAt: "desc" }, select: VIEW_SELECT });
  if (running) return toView(running);
  const last = await db.importJob.findFirst({ where: { ownerId: actor.id }, orderBy: { createdAt: "desc" }, select: { ...VIEW_SELECT, outcomes: true } });
  return last ? toView(last) : null;
}

// The jobs this process is running, shared by every copy of this module a bundler may make.
const globalJobs = globalThis as unknown as { claimdeskImportJobs?: Map<string, Promise<void>> };
const running = (globalJobs.claimdeskImportJobs ??= new Map());

/** Runs the job in the background of this process; a second call for a job it is already running does nothing. */
export function launchImportJob(id: string, options: { staleAfterMs?: number } = {}): Promise<void> {
  const current = running.get(id);
  if (current) return current;
  const run = runImportJob(id, options)
    .catch((error: unknown) => console.error(`import job ${id}:`, error))
    .finally(() => running.delete(id));
  running.set(id, run);
  return run;
}

/**
 * Jobs whose process died (queued or running, no heartbeat for `staleAfterMs`): each is started again in this
 * process from its last committed batch, or marked failed once it has been started MAX_ATTEMPTS times.
 * Called when the app starts and when an import page is opened. Returns the jobs it resumed.
 */
export async function resumeStaleImportJobs(options: { staleAfterMs?: number; wait?: boolean } = {}): Promise<string[]> {
  const staleAfterMs = options.staleAfterMs ?? STALE_AFTER_MS;
  const db = getDb();
  // Stale by the database's clock, which wrote the heartbeats: an instance whose own clock ran ahead took every live
  // job of the other instances for dead (and, at the third, gave it up under its runner); one behind never saw a dead one.
  const stale = await db.$queryRaw<{ id: string; attempts: number }[]>`
    SELECT id::text AS id, attempts FROM "ImportJob"
    WHERE state IN ('queued', 'running') AND COALESCE("heartbeatAt", "createdAt") < now() - ${staleAfterMs}::int * interval '1 millisecond'`;
  const resumed: string[] = [];
  for (const job of stale) {
    if (running.has(job.id)) continue;
    if (job.attempts >= MAX_ATTEMPTS) {
      // Still stale as it is given up: a runner that took it meanwhile keeps it.
      await db.$executeRaw`
        UPDATE "ImportJob" SET state = 'failed', error = 'gave-up', "finishedAt" = now(), "runnerId" = NULL,
          failed = CASE WHEN total IS NULL THEN 0 ELSE total - done END
        WHERE id = ${job.id}::uuid AND state IN ('queued', 'running')
          AND COALESCE("heartbeatAt", "createdAt") < now() - ${staleAfterMs}::int * interval '1 millisecond'`;
      continue;
    }
    resumed.push(job.id);
  }
  const runs = resumed.map((id) => launchImportJob(id, { staleAfterMs }));
  if (options.wait) await Promise.all(runs);
  return resumed;
}

/** Marks the job failed: what is not stored counts as failed. `runnerId` null: whoever holds it. */
async function finishFailed(db: Tx | ReturnType<typeof getDb>, id: string, runnerId: string | null, error: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "ImportJob" SET state = 'failed', error = ${error}, "finishedAt" = now(), "runnerId" = NULL,
      failed = CASE WHEN total IS NULL THEN 0 ELSE total - done END
    WHERE id = ${id}::uuid AND state IN ('queued', 'running') AND (${runnerId}::text IS NULL OR "runnerId" = ${runnerId})`;
}

/** Cuts the files into parts of at most `perBatch` sources, skipping the first `skip` sources (already stored). */
export function jobParts(files: ParsedFile[], skip: number, perBatch = SOURCES_PER_BATCH): ParsedFile[] {
  const parts: ParsedFile[] = [];
  let toSkip = skip;
  for (const file of files) {
    const from = Math.min(toSkip, file.sources.length);
    toSkip -= from;
    const isDossier = file.sources.some((s) => s.dossierTitle !== null);
    const dossierHash = isDossier ? dossierHashOf(file.sources) : undefined;
    for (let start = from; start < file.sources.length; start += perBatch) {
      parts.push({ fileName: file.fileName, text: file.text, sources: file.sources.slice(start, start + perBatch), firstIndex: start, dossierHash });
    }
  }
  return parts;
}

/** Claims the job for this process: queued, or running under a runner whose heartbeat stopped (by the database's clock). */
async function claim(id: string, staleAfterMs: number): Promise<{ files: JobFile[]; done: number; total: number | null; stored: number; duplicates: number } | null> {
  const rows = await getDb().$queryRaw<{ files: JobFile[]; done: number; total: number | null; stored: number; duplicates: number }[]>`
    UPDATE "ImportJob" SET state = 'running', "runnerId" = ${RUNNER_ID}, "heartbeatAt" = now(), attempts = attempts + 1
    WHERE id = ${id}::uuid AND (state = 'queued' OR (state = 'running' AND ("heartbeatAt" IS NULL OR "heartbeatAt" < now() - ${staleAfterMs}::int * interval '1 millisecond')))
    RETURNING files, done, total, stored, duplicates`;
  return rows[0] ?? null;
}

/**
 * Parses each file on the parse worker, with the editor's line roles and the outlets' profiles, in the turns of the
 * job's owner, and applies the editor's corrections.
 */
async function parseFiles(files: JobFile[], ownerId: string | null): Promise<ParsedFile[]> {
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const { sources } = await parseWithProfiles({ fileName: file.fileName, text: file.text, roles: file.roles ?? [] }, ownerId);
    const byIndex = new Map(file.overrides.map((o) => [o.index, o]));
    parsed.push({ fileName: file.fileName, text: file.text, sources: sources.map((source: ParsedSource, index) => applyOverride(source, byIndex.get(index))) });
  }
  return parsed;
}

/** Lost its claim: another process took the job over after this one's heartbeat went quiet. */
class LostClaim extends Error {}

async function runImportJob(id: string, options: { staleAfterMs?: number }): Promise<void> {
  const claimed = await claim(id, options.staleAfterMs ?? STALE_AFTER_MS);
  if (!claimed) return;
  const db = getDb();
  const heartbeat = setInterval(() => {
    db.$executeRaw`UPDATE "ImportJob" SET "heartbeatAt" = now() WHERE id = ${id}::uuid AND "runnerId" = ${RUNNER_ID}`.catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const owner = await ownerOf(id);
    const files = await parseFiles(claimed.files, owner.importedById);
    const total = files.reduce((n, f) => n + f.sources.length, 0);
    if (claimed.total === null) await db.$executeRaw`UPDATE "ImportJob" SET total = ${total} WHERE id = ${id}::uuid AND "runnerId" = ${RUNNER_ID}`;
    else if (claimed.total !== total) throw new Error(`the texts now parse into ${total} articles, not ${claimed.total}`);
    // Whole batches only: each records its articles and the job's counts in one transaction, under this claim.
    const storedIds: string[] = [];
    // The outcomes the job holds already (the counts of each kind, committed with them, up to what it keeps).
    const kept = { stored: claimed.stored, others: claimed.duplicates };
    await storeParsedFiles(jobParts(files, claimed.done), {
      ...owner,
      onBatch: async (tx, outcomes) => {
        // The owner's account as it is now, not as it was when the job began (or before the server died): a job whose
        // owner was deactivated, or lost the right to import, stores no further batch and fails.
        await confirmJobOwner(tx, owner.importedById);
        const stored = outcomes.filter((o) => o.status === "stored").length;
        const listedNow = outcomesKept(outcomes, kept);
        const updated = await tx.$executeRaw`
          UPDATE "ImportJob" SET done = done + ${outcomes.length}, stored = stored + ${stored}, duplicates = duplicates + ${outcomes.length - stored},
            outcomes = outcomes || ${JSON.stringify(listedNow)}::jsonb, "heartbeatAt" = now()
          WHERE id = ${id}::uuid AND "runnerId" = ${RUNNER_ID} AND state = 'running'`;
        if (updated !== 1) throw new LostClaim();
        kept.stored += stored;
        kept.others += outcomes.length - stored;
        await markForMatching(tx, outcomes);
        for (const o of outcomes) if (o.status === "stored") storedIds.push(o.id);
      },
    });
    await db.$executeRaw`UPDATE "ImportJob" SET state = 'done', "finishedAt" = now(), "runnerId" = NULL WHERE id = ${id}::uuid AND "runnerId" = ${RUNNER_ID}`;
    // Known claims are looked for in what this run stored, in the background like any import's.
    scheduleMatching(storedIds);
  } catch (error) {
    if (error instanceof LostClaim) return;
    const code = error instanceof ImportFileError ? error.reason : error instanceof AppError ? error.code.toLowerCase() : "internal";
    if (code === "internal") console.error(`import job ${id} failed:`, error);
    await finishFailed(db, id, RUNNER_ID, code);
  } finally {
    clearInterval(heartbeat);
  }
}

/** UNAUTHENTICATED (the job fails as "unauthenticated") when the owner's account is gone or deactivated. */
async function confirmJobOwner(tx: Tx, ownerId: string | null): Promise<void> {
  if (!ownerId) throw new AppError("UNAUTHENTICATED", ACCOUNT_NOT_ACTIVE);
  await confirmActor(tx, { id: ownerId, role: "EDITOR", email: "", name: "" }, "source.import");
}

/** Articles are recorded as imported by the job's owner, from the address the job was started from. */
async function ownerOf(id: string): Promise<{ importedById: string | null; ip?: string }> {
  const row = await getDb().importJob.findUnique({ where: { id }, select: { ownerId: true, ip: true } });
  return { importedById: row?.ownerId ?? null, ip: row?.ip ?? undefined };
}
