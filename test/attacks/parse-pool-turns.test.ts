// The import parse runs on a small worker pool shared by the whole desk (one worker by default). Its queue was first
// come, first served, and one streamed preview queues a job per file: an account posting a preview of many files (or
// its two previews at once, IMPORTS_AT_ONCE) put all of them ahead of every other editor's next preview. Owners now
// take turns.
import { afterAll, describe, expect, it } from "vitest";
import { nextPending, ParsePool } from "@/lib/sources/parse-in-worker";

const pools: ParsePool[] = [];
afterAll(async () => Promise.all(pools.map((p) => p.close())));

const job = (n: number) => ({ fileName: `f${n}.txt`, text: `# Bài ${n}\n\nMột dòng văn bản của bài số ${n}, đủ dài để là một bài.` });

describe("the parse pool's turns", () => {
  it("an editor's preview starts after at most one more job of an account flooding the pool, on a real worker", async () => {
    const pool = new ParsePool({ timeoutMs: 60_000, maxHeapMb: 256, workers: 1 });
    pools.push(pool);
    await pool.run(job(0)); // the worker loaded
    const started: string[] = [];
    const run = (owner: string, n: number) => pool.run(job(n), { owner, onStart: () => started.push(owner) });
    const flood = Array.from({ length: 30 }, (_, n) => run("flooder", n + 1));
    const others = [run("second-flooder", 100), run("second-flooder", 101)];
    const editor = run("editor", 200);
    const results = await Promise.all([...flood, ...others, editor]);
    expect(results.every((r) => r.ok)).toBe(true);
    // The flooder's first job took the worker at once; then every owner in turn, the flooder's rest last.
    expect(started.slice(0, 5)).toEqual(["flooder", "second-flooder", "editor", "flooder", "second-flooder"]);
    expect(started.filter((o) => o === "flooder")).toHaveLength(30);
  }, 60_000);

  it("picks the owner with the fewest jobs running, then the one served longest ago, then the first come", () => {
    const q = (...owners: (string | undefined)[]) => owners.map((owner) => ({ options: owner === undefined ? {} : { owner } }));
    const none = new Map<string, number>();
    expect(nextPending(q("a", "a", "b"), none, new Map([["a", 5]]))).toBe(2); // b never served
    expect(nextPending(q("a", "b"), none, new Map([["a", 5], ["b", 7]]))).toBe(0); // a served longer ago
    expect(nextPending(q("a", "b"), new Map([["a", 1]]), new Map([["a", 1], ["b", 7]]))).toBe(1); // a has one running
    expect(nextPending(q(undefined, "a"), none, new Map([["", 9], ["a", 3]]))).toBe(1); // unowned jobs are one owner
    expect(nextPending(q("a", "a"), none, new Map())).toBe(0); // one owner: first come
    expect(nextPending([], none, new Map())).toBe(-1);
  });
});
