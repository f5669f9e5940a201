import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { ImportFileError, parseImport } from "./parse-import";
import { ParsePool, parseInWorker, parseLimitsFromEnv } from "./parse-in-worker";

/** Blank-line-separated letters: the paragraph merge once took quadratic time on them (0.8 MB ran 66 s). */
const blankLineLetters = (bytes: number) => {
  const parts: string[] = [];
  for (let i = 0; parts.length * 3 < bytes; i++) parts.push(String.fromCharCode(97 + (i % 26)));
  return parts.join("\n\n");
};

/** Largest gap between ticks of a 10 ms timer on this (the main) thread while `work` runs. */
async function longestStall<T>(work: Promise<T>): Promise<{ result: PromiseSettledResult<T>; gapMs: number }> {
  let last = performance.now();
  let gapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gapMs = Math.max(gapMs, now - last);
    last = now;
  }, 10);
  const [result] = await Promise.allSettled([work]);
  clearInterval(timer);
  return { result, gapMs };
}

const pools: ParsePool[] = [];
const pool = (limits: Partial<ParsePool["limits"]> = {}) => {
  const created = new ParsePool({ timeoutMs: 60_000, maxHeapMb: 512, workers: 1, ...limits });
  pools.push(created);
  return created;
};
afterAll(async () => Promise.all(pools.map((p) => p.close())));
/**
 * One pool of the default bounds and one worker for the tests that do not ask for bounds of their own: starting a
 * worker (tsx compiling the parser) is most of such a test's time. A refused file leaves its worker running.
 */
let defaultPool: ParsePool | undefined;
const sharedPool = () => (defaultPool ??= pool());

describe("parseInWorker", () => {
  it("returns what parseImport returns in process, for text and for an uploaded HTML page", async () => {
    const p = sharedPool();
    const name = "voa-2023-09-putin-kim-talks.html";
    const bytes = readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url));
    const page = await parseInWorker({ fileName: name, bytes }, p);
    expect(page.sources.length).toBeGreaterThan(0);
    expect(page.sources).toEqual(parseImport(page.text, name));
    const again = await parseInWorker({ fileName: "pasted.txt", text: page.text }, p);
    expect(again.sources.map((s) => s.contentHash)).toEqual(page.sources.map((s) => s.contentHash));
  });

  it("refuses 5,000 nested divs before any DOM parse, quickly", async () => {
    const p = sharedPool();
    await parseInWorker({ fileName: "warm.txt", text: "# Warm\n\nA worker that has loaded." }, p);
    const html = Buffer.from(`<html><body>${"<div>".repeat(5000)}x${"</div>".repeat(5000)}</body></html>`);
    const started = performance.now();
    const error = await parseInWorker({ fileName: "deep.html", bytes: html }, p).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({ reason: "too-deep", params: { file: "deep.html", max: 200 } });
    expect(performance.now() - started).toBeLessThan(5000); // the DOM parse it replaces ran for 25 minutes
  });

  it("refuses 1 MB of <p>a</p> by its element count", async () => {
    const html = Buffer.from(`<html><body>${"<p>a</p>".repeat(131_072)}</body></html>`);
    await expect(parseInWorker({ fileName: "flat.html", bytes: html }, sharedPool())).rejects.toMatchObject({ reason: "too-many-elements", params: { max: 50_000 } });
  });

  it("terminates a parse over its time budget, keeps the main thread free meanwhile, and parses the next file", async () => {
    // The cleaner is linear, so a time budget is outlasted by size: 8 MB of one-letter paragraphs (about 6 s of
    // parsing), 1 s. The budget is wide enough that the small parse after it fits even on a loaded machine.
    const p = pool({ timeoutMs: 1000 });
    await parseInWorker({ fileName: "warm.txt", text: "# Warm\n\nA worker that has loaded." }, p);
    const started = performance.now();
    const { result, gapMs } = await longestStall(parseInWorker({ fileName: "letters.txt", text: blankLineLetters(8_000_000) }, p));
    expect(result.status).toBe("rejected");
    expect((result as PromiseRejectedResult).reason).toMatchObject({ reason: "timeout", params: { file: "letters.txt", seconds: 1 } });
    expect(performance.now() - started).toBeLessThan(10_000);
    // The timer kept firing: nothing ran on this thread for long (a loaded machine allowed for).
    expect(gapMs).toBeLessThan(1000);
    const next = await parseInWorker({ fileName: "next.txt", text: "# Next\n\nStill parsing after a timeout." }, p);
    expect(next.sources[0]?.title).toBe("Next");
  });

  it("terminates a parse over its memory bound", async () => {
    const p = pool({ maxHeapMb: 64 });
    const text = `# Big\n\n${"Một câu dài trong bài báo về hội nghị thượng đỉnh.\n\n".repeat(200_000)}`;
    await expect(parseInWorker({ fileName: "big.txt", text }, p)).rejects.toMatchObject({ reason: "out-of-memory", params: { file: "big.txt", mb: 64 } });
  });

  it("runs jobs beyond the pool's size in turn", async () => {
    const p = sharedPool();
    expect(p.limits.workers).toBe(1);
    const texts = ["Một", "Hai", "Ba"].map((title) => ({ fileName: `${title}.txt`, text: `# ${title}\n\nNội dung bài ${title}.` }));
    const results = await Promise.all(texts.map((job) => parseInWorker(job, p)));
    expect(results.map((r) => r.sources[0]?.title)).toEqual(["Một", "Hai", "Ba"]);
  });

  it("reads its bounds from the environment, with defaults", () => {
    expect(parseLimitsFromEnv({})).toEqual({ timeoutMs: 20_000, maxHeapMb: 1024, workers: 1 });
    expect(parseLimitsFromEnv({ CLAIMDESK_IMPORT_TIMEOUT_MS: "2000", CLAIMDESK_IMPORT_WORKER_MB: "300", CLAIMDESK_IMPORT_WORKERS: "2" })).toEqual({ timeoutMs: 2000, maxHeapMb: 300, workers: 2 });
    // Refused by the same rules that make `npm start` refuse to begin, never quietly replaced by a default.
    expect(() => parseLimitsFromEnv({ CLAIMDESK_IMPORT_TIMEOUT_MS: "-5", CLAIMDESK_IMPORT_WORKERS: "x" })).toThrow(/CLAIMDESK_IMPORT_TIMEOUT_MS: CLAIMDESK_IMPORT_TIMEOUT_MS must be at least 100[\s\S]*CLAIMDESK_IMPORT_WORKERS/);
  });
});
