// Import parsing off the main thread: a small pool of worker threads (parse-worker.mjs) runs each ParseJob
// with a time budget and a heap bound. Parsing can grow far faster than its input; on the thread that
// answers every request one such file would stall the whole site. A worker over either bound is
// terminated (and replaced on the next job), and the file is refused with a reason the screen translates.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { readImportLimits } from "@/lib/env";
import { ImportFileError, type ParsedSource } from "./parse-import";
import type { ParseJob, ParseJobResult, ParseProgress, ParseTimings } from "./parse-job";
import type { ShapedSource } from "./preview-shape";

export type ParseLimits = {
  /** Wall time one job may take once a worker starts it. */
  timeoutMs: number;
  /** The worker's V8 old-generation bound. */
  maxHeapMb: number;
  /** How many jobs run at once; more wait their turn. */
  workers: number;
};

/** From CLAIMDESK_IMPORT_TIMEOUT_MS, CLAIMDESK_IMPORT_WORKER_MB and CLAIMDESK_IMPORT_WORKERS, read by lib/env.ts's rules. */
export function parseLimitsFromEnv(env: Record<string, string | undefined> = process.env): ParseLimits {
  const limits = readImportLimits(env);
  return { timeoutMs: limits.CLAIMDESK_IMPORT_TIMEOUT_MS, maxHeapMb: limits.CLAIMDESK_IMPORT_WORKER_MB, workers: limits.CLAIMDESK_IMPORT_WORKERS };
}

/**
 * The worker's file on disk. Beside this module when it runs from source (vitest, tsx); under `next start` this
 * module is bundled into .next, so the file is found from the project folder `next start` runs in.
 */
function workerFile(): string {
  // The ignore comments keep Turbopack from bundling or tracing these run-time paths (it would trace the whole project).
  const here = import.meta.url.startsWith("file:") ? path.join(/* turbopackIgnore: true */ path.dirname(fileURLToPath(import.meta.url)), "parse-worker.mjs") : null;
  if (here && existsSync(/* turbopackIgnore: true */ here)) return here;
  return path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "sources", "parse-worker.mjs");
}

type Reply = { ready?: true; id?: number; result?: ParseJobResult; progress?: ParseProgress; error?: string };
/**
 * `onProgress`: a streamed job's reports; `onStart`: called when a worker takes the job (after any wait for one);
 * `signal`: aborting it drops the job, waiting or running (its worker is terminated); `owner`: whose job it is (an
 * account's id), for taking turns (see nextPending).
 */
export type RunOptions = { onProgress?: (progress: ParseProgress) => void; onStart?: () => void; signal?: AbortSignal; owner?: string };
type Pending = { job: ParseJob; resolve: (result: ParseJobResult) => void; reject: (error: Error) => void; options: RunOptions };

/** What a job aborted by its caller is rejected with. */
/** A parse stopped by its caller; `instanceof` holds across copies of this module, as ImportFileError's does. */
const PARSE_ABORTED_ERROR = Symbol.for("claimdesk.ParseAbortedError");
export class ParseAbortedError extends Error {
  readonly [PARSE_ABORTED_ERROR] = true;

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[PARSE_ABORTED_ERROR] === true;
  }

  constructor() {
    super("The parse was stopped.");
    this.name = "ParseAbortedError";
  }
}
type Slot = { worker: Worker; ready: boolean; current: (Pending & { id: number; timer?: NodeJS.Timeout }) | null };

/**
 * Which waiting job a free worker takes: owners take turns, not the queue's order. The job of the owner with the
 * fewest jobs running, of those the one whose owner started a job longest ago (never first), in the order they came.
 * One account's preview of a thousand files (or a few accounts' floods) thus waits behind every other editor's next
 * job instead of ahead of it. Jobs without an owner (the command line) count as one owner. Pure.
 */
export function nextPending<P extends { options: { owner?: string } }>(queue: readonly P[], running: ReadonlyMap<string, number>, lastStarted: ReadonlyMap<string, number>): number {
  let best = -1;
  let bestRunning = Infinity;
  let bestStarted = Infinity;
  const seen = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    const owner = queue[i]!.options.owner ?? "";
    if (seen.has(owner)) continue; // an owner's first waiting job stands for it
    seen.add(owner);
    const ownerRunning = running.get(owner) ?? 0;
    const started = lastStarted.get(owner) ?? -1;
    if (ownerRunning < bestRunning || (ownerRunning === bestRunning && started < bestStarted)) {
      best = i;
      bestRunning = ownerRunning;
      bestStarted = started;
    }
  }
  return best;
}

export class ParsePool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  /** The id of each owner's last job started (for taking turns; an owner's entry is dropped when it has none waiting or running). */
  private readonly lastStarted = new Map<string, number>();
  /** The jobs waiting or running under each caller's signal, and the one listener that aborts them. */
  private readonly watched = new Map<AbortSignal, { jobs: Set<Pending>; onAbort: () => void }>();

  constructor(readonly limits: ParseLimits) {}

  /** Runs the job on a worker; resolves to what runParseJob returned, rejects with ImportFileError when a bound ran out. */
  run(job: ParseJob, options: RunOptions = {}): Promise<ParseJobResult> {
    return new Promise((resolve, reject) => {
      const { signal } = options;
      if (signal?.aborted) return reject(new ParseAbortedError());
      // Settling forgets the job's signal (a caller's signal outlives its jobs: a preview's serves all its files).
      const pending: Pending = {
        job,
        resolve: (result) => (this.unwatch(pending), resolve(result)),
        reject: (error) => (this.unwatch(pending), reject(error)),
        options,
      };
      this.queue.push(pending);
      if (signal) this.watch(signal, pending);
      this.dispatch();
    });
  }

  /**
   * One abort listener per signal, not per job: a preview of thirty files shares one signal, and a listener each
   * piled up past Node's ten (MaxListenersExceededWarning) and stayed until the signal was dropped. The listener goes
   * when the signal's last job settles.
   */
  private watch(signal: AbortSignal, pending: Pending) {
    let watched = this.watched.get(signal);
    if (!watched) {
      const jobs = new Set<Pending>();
      const onAbort = () => {
        this.watched.delete(signal);
        for (const job of jobs) this.abort(job);
      };
      watched = { jobs, onAbort };
      this.watched.set(signal, watched);
      signal.addEventListener("abort", onAbort, { once: true });
    }
    watched.jobs.add(pending);
  }

  private unwatch(pending: Pending) {
    const signal = pending.options.signal;
    const watched = signal && this.watched.get(signal);
    if (!watched || !watched.jobs.delete(pending) || watched.jobs.size) return;
    this.watched.delete(signal);
    signal.removeEventListener("abort", watched.onAbort);
  }

  /** A job its caller gave up: taken out of the queue, or its worker terminated (the next job starts a fresh one). */
  private abort(pending: Pending) {
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      return pending.reject(new ParseAbortedError());
    }
    const slot = [...this.slots].find((s) => s.current?.resolve === pending.resolve);
    if (slot) void this.retire(slot, new ParseAbortedError());
  }

  /**
   * Starts a worker ahead of the first job, if none is running or loading: loading one (tsx compiling the parser)
   * takes about a second on a busy machine, which the first preview would otherwise wait for. Workers stay once
   * started, so only a process's first import page pays it, before the editor has pasted anything. Once ready, this
   * worker also parses the sample dossier until a job comes (parse-worker.mjs): a parser the JIT has not compiled took
   * 0.65 s to read a big paste's first article instead of 0.14 s, the wait before a streamed preview's first cards.
   */
  warm(): void {
    if (this.slots.size === 0) this.spawn(true);
  }

  /** Terminates every worker; jobs running or waiting are rejected. */
  async close(): Promise<void> {
    for (const pending of this.queue.splice(0)) pending.reject(new Error("The import workers were stopped."));
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new Error("The import workers were stopped."))));
  }

  private dispatch() {
    while (this.queue.length) {
      const idle = [...this.slots].find((slot) => slot.ready && !slot.current);
      if (idle) {
        const running = new Map<string, number>();
        for (const slot of this.slots) if (slot.current) running.set(slot.current.options.owner ?? "", (running.get(slot.current.options.owner ?? "") ?? 0) + 1);
        const [next] = this.queue.splice(nextPending(this.queue, running, this.lastStarted), 1);
        this.start(idle, next!);
        continue;
      }
      // Spawn only if every worker is busy and the pool has room (a worker still loading will take the next job).
      if (this.slots.size < this.limits.workers && [...this.slots].every((slot) => slot.ready && slot.current)) this.spawn();
      return;
    }
  }

  private spawn(warmUp = false) {
    const options = {
      workerData: { warmUp },
      // Not the parent's flags (`--import tsx`, heap sizes): the worker loads tsx itself and has its own bound.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxHeapMb },
    };
    // Reflect.construct, not `new Worker(path)`: Turbopack reads the latter as a module to bundle and, the path
    // being computed, would trace the whole project into the server build.
    const worker = Reflect.construct(Worker, [/* turbopackIgnore: true */ workerFile(), options]) as Worker;
    const slot: Slot = { worker, ready: false, current: null };
    this.slots.add(slot);
    worker.unref(); // an idle pool never keeps a command-line process alive
    worker.on("message", (reply: Reply) => {
      if (reply.ready) {
        slot.ready = true;
        return this.dispatch();
      }
      const current = slot.current;
      if (!current || reply.id !== current.id) return;
      if (reply.progress) return current.options.onProgress?.(reply.progress);
      clearTimeout(current.timer);
      slot.current = null;
      worker.unref();
      if (reply.error !== undefined) current.reject(new Error(reply.error));
      else current.resolve(reply.result!);
      this.dispatch();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const outOfMemory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      const fileName = slot.current?.job.fileName ?? "";
      void this.retire(
        slot,
        outOfMemory
          ? new ImportFileError("out-of-memory", `${fileName}: parsing needed more than ${this.limits.maxHeapMb} MB of memory; not imported`, { file: fileName, mb: this.limits.maxHeapMb })
          : error,
      );
    });
    worker.on("exit", () => void this.retire(slot, new Error("The import worker stopped unexpectedly.")));
  }

  private start(slot: Slot, pending: Pending) {
    const id = this.nextId++;
    this.lastStarted.set(pending.options.owner ?? "", id);
    if (this.lastStarted.size > 1000) this.forgetIdleOwners();
    const timer = setTimeout(() => {
      const fileName = pending.job.fileName;
      const seconds = Math.round(this.limits.timeoutMs / 100) / 10;
      void this.retire(slot, new ImportFileError("timeout", `${fileName}: parsing took longer than ${seconds} s; not imported`, { file: fileName, seconds }));
    }, this.limits.timeoutMs);
    slot.current = { ...pending, id, timer };
    slot.worker.ref();
    slot.worker.postMessage({ id, job: pending.job });
    pending.options.onStart?.();
  }

  /** Keeps the turn order of owners with a job waiting or running only (the map would otherwise grow with every account). */
  private forgetIdleOwners() {
    const active = new Set([...this.queue, ...[...this.slots].flatMap((slot) => (slot.current ? [slot.current] : []))].map((p) => p.options.owner ?? ""));
    for (const owner of this.lastStarted.keys()) if (!active.has(owner)) this.lastStarted.delete(owner);
  }

  /** Drops a worker (terminating it if it still runs) and fails the job it held; the next job spawns a fresh one. */
  private async retire(slot: Slot, error: Error) {
    if (!this.slots.delete(slot)) return;
    const current = slot.current;
    slot.current = null;
    if (current) {
      clearTimeout(current.timer);
      current.reject(error);
    } else if (!slot.ready) {
      // A worker that died while loading: fail the waiting jobs rather than respawn in a loop.
      for (const pending of this.queue.splice(0)) pending.reject(error);
    }
    await slot.worker.terminate();
    this.dispatch();
  }
}

/**
 * The process's pool, kept on globalThis: Next bundles instrumentation.ts (which starts the first worker) and the
 * routes apart, each with its own copy of this module, and one pool must serve them all.
 */
const globalPool = globalThis as unknown as { claimdeskParsePool?: ParsePool };

/** The process's pool, created on first use with the limits from the environment. */
export function importParsePool(): ParsePool {
  globalPool.claimdeskParsePool ??= new ParsePool(parseLimitsFromEnv());
  return globalPool.claimdeskParsePool;
}

/** Starts the process's first parse worker ahead of its first job (the import page calls it as it is drawn). */
export function warmImportParser(): void {
  importParsePool().warm();
}

/**
 * Decodes (when given bytes) and parses one file on a worker thread. Throws ImportFileError when the file is
 * refused, runs out of time or memory; the main thread stays free meanwhile.
 */
export async function parseInWorker(
  job: ParseJob,
  pool: ParsePool = importParsePool(),
  options: RunOptions = {},
): Promise<{ text: string; sources: ParsedSource[]; applied: string[]; shaped?: ShapedSource[]; timings?: ParseTimings & { otherMs: number } }> {
  const started = performance.now();
  const result = await pool.run(job, options);
  if (!result.ok) throw new ImportFileError(result.reason, result.message, result.params);
  // otherMs: what the worker's own clock did not see (waiting for a worker, copying the job and the result).
  const t = result.timings;
  const timings = t && { ...t, otherMs: performance.now() - started - t.decodeMs - t.parseMs - t.shapeMs };
  return { text: result.text, sources: result.sources, applied: result.applied, shaped: result.shaped, timings };
}
