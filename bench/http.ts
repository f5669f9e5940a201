// The load test: a static file as the baseline, then each page type in PAGES, while sampling the server's RSS.
import os from "node:os";
import path from "node:path";
import { runLoad, type LoadResult } from "./load";
import { sampleRss, treeRssBytes } from "./memory";
import { BUSY_CORES, watchNoise, type Noise } from "./noise";
import { failedIfNull, metric, type Metric } from "./report";
import { SEARCH_MIX } from "./desk-data";
import { claimRender } from "./ledger";

export interface PageTarget {
  path: string;
  /** Goal for this page's req/s ÷ the static file's req/s; omit for an informational row. */
  minRatio?: number;
  note?: string;
  /** Said in the table's detail column after the measurements. */
  detail?: string;
}

/** Pages measured against the static file; a published claim page and the search page are added from the desk. */
export const PAGES: PageTarget[] = [
  { path: "/", minRatio: 0.8, note: "public home" },
  { path: "/sign-in", note: "sign-in" },
  { path: "/api/health", note: "route handler + 1 SQL query" },
  { path: "/icon.svg", note: "static, but through proxy.ts" },
];

/** What the load test reads on the desk: a published claim (page and API by id) and the searches' match counts. */
export interface DeskTarget {
  claim: { id: string; slug: string };
  /** Published claims each query of SEARCH_MIX matches, for the detail column. */
  searchMatches: Record<string, number>;
  /** What the database holds, in words. */
  desk: string;
}

const SEARCH_PAGE_QUERY = "trieu tien";

function deskPages(target: DeskTarget): PageTarget[] {
  return [
    { path: `/claims/${target.claim.slug}`, minRatio: 0.8, note: "published claim page" },
    { path: `/claims?${new URLSearchParams({ q: SEARCH_PAGE_QUERY })}`, note: "public search page", detail: `public search page, ${target.searchMatches[SEARCH_PAGE_QUERY] ?? "?"} published claims match` },
  ];
}

/** Latency, not throughput: one connection, so p95 is the query's own time rather than queueing. */
const LATENCY = { connections: 1, seconds: 5 };
const SEARCH_P95_GOAL_MS = 30;
/** More than one connection answers in LATENCY.seconds, so none is repeated (checked below). */
const DISTINCT_SEARCHES = 5_000;

async function apiLatency(metrics: Metric[], baseUrl: string, target: DeskTarget, log: (line: string) => void): Promise<void> {
  // Searches the kept answers cannot serve: the queries of the mix, each from a different day on, so that no two
  // requests of the run ask the same thing and every one is ranked by the index and its page read from the database.
  const searches = Array.from({ length: DISTINCT_SEARCHES }, (_, i) => {
    const q = SEARCH_MIX[i % SEARCH_MIX.length]!;
    const from = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / SEARCH_MIX.length) * 86_400_000).toISOString().slice(0, 10);
    return `/api/v1/claims?${new URLSearchParams(q ? { q, from } : { from })}`;
  });
  const byId = `/api/v1/claims/${target.claim.id}`;
  log(`latency of distinct API searches and ${byId}: ${LATENCY.seconds} s × ${LATENCY.connections} connection each`);
  const [s, b] = [await runLoad(`${baseUrl}${searches[0]}`, { ...LATENCY, paths: searches }), await runLoad(`${baseUrl}${byId}`, LATENCY)];
  const bad = (r: LoadResult) => r.non2xx + r.errors + r.timeouts;
  const note = (r: LoadResult) => `p50 ${r.p50Ms} / p95 ${r.p95Ms} / p99 ${r.p99Ms} ms · ${r.requests} requests${bad(r) ? ` · ${bad(r)} failed` : ""}`;
  const counts = Object.values(target.searchMatches);
  if (s.requests > searches.length) throw new Error(`the API search run repeated searches (${s.requests} requests for ${searches.length} distinct ones)`);
  const matches = `${s.requests} distinct searches (${SEARCH_MIX.length} queries matching ${Math.min(...counts)}–${Math.max(...counts)} published claims, each from other days on): none answered from kept answers`;
  // No answer within autocannon's 10 s timeout is no latency at all: the row fails instead of reading 0 ms.
  const answered = (r: LoadResult) => r.requests - r.errors - r.timeouts > 0;
  const none = (r: LoadResult) => `no answer during the ${r.seconds} s run (${r.timeouts} timeouts, ${r.errors} errors)`;
  const p95 = (r: LoadResult) => (answered(r) ? r.p95Ms : null);
  metrics.push(failedIfNull(metric("API search p95", p95(s), "ms", { op: "<", value: SEARCH_P95_GOAL_MS }, `${answered(s) ? note(s) : none(s)} · ${matches}`, { distinctSearches: searches.length, firstPath: searches[0], ...s })));
  metrics.push(metric("API claim by id p95", p95(b), "ms", null, answered(b) ? note(b) : none(b), { path: byId, ...b }));
  const ratio = answered(s) && answered(b) && b.p95Ms > 0 ? Math.round((s.p95Ms / b.p95Ms) * 100) / 100 : null;
  metrics.push(failedIfNull(metric("API search p95 ÷ claim by id p95", ratio, "×", { op: "<=", value: 3 }, "same run, same server", { searchP95Ms: s.p95Ms, byIdP95Ms: b.p95Ms })));
}

export const CONNECTIONS = 32;
export const SECONDS = 10;
const WARMUP_SECONDS = 2;
const RSS_GOAL_MB = 400;

const MB = 1024 * 1024;

/** A file under /_next/static that the home page links (its stylesheet), served without proxy.ts. */
export async function findStaticFile(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(15_000) })).text();
  const css = /\/_next\/static\/[^"'?#\s]+\.css/.exec(html)?.[0];
  const js = /\/_next\/static\/[^"'?#\s]+\.js/.exec(html)?.[0];
  const found = css ?? js;
  if (!found) throw new Error("the home page links no file under /_next/static");
  return found;
}

async function probe(url: string): Promise<{ status: number; bytes: number }> {
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(15_000) });
  return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
}

type Measured = LoadResult & { noise: Noise; peakRssMB: number };

export async function measure(baseUrl: string, urlPath: string, pids: Pids, log: (line: string) => void): Promise<Measured | string> {
  const url = `${baseUrl}${urlPath}`;
  const first = await probe(url).catch((error: Error) => `GET ${urlPath} failed: ${(error.cause as Error | undefined)?.message ?? error.message}`);
  if (typeof first === "string") return first;
  if (first.status !== 200) return `GET ${urlPath} answered ${first.status}, not 200`;
  log(`load ${urlPath} (${first.bytes} B): ${WARMUP_SECONDS} s warm-up + ${SECONDS} s × ${CONNECTIONS} connections`);
  const rss = sampleRss(pids.server);
  try {
    await runLoad(url, { connections: CONNECTIONS, seconds: WARMUP_SECONDS });
    const noise = watchNoise(pids.app);
    const result = await runLoad(url, { connections: CONNECTIONS, seconds: SECONDS });
    return { ...result, noise: noise.stop(), peakRssMB: Math.round(rss.stop().maxBytes / MB) };
  } finally {
    rss.stop();
  }
}

function describe(r: Measured, withRate: boolean): string {
  const problems = [
    r.non2xx && `${r.non2xx} non-2xx`,
    r.errors && `${r.errors} errors`,
    r.timeouts && `${r.timeouts} timeouts`,
    r.noise.otherCores > BUSY_CORES && `BUSY: other processes used ${r.noise.otherCores} cores`,
    r.noise.rebuilt && ".next REBUILT during the run",
  ].filter(Boolean);
  return [withRate ? `${r.reqPerSec} req/s` : "", `p50 ${r.p50Ms} / p95 ${r.p95Ms} / p99 ${r.p99Ms} ms`, ...problems].filter(Boolean).join(" · ");
}

const loadData = (r: Measured) => ({
  reqPerSec: r.reqPerSec,
  p50Ms: r.p50Ms,
  p95Ms: r.p95Ms,
  p99Ms: r.p99Ms,
  requests: r.requests,
  non2xx: r.non2xx,
  errors: r.errors,
  timeouts: r.timeouts,
  bytesPerRequest: r.bytesPerRequest,
  seconds: r.seconds,
  statusCodes: r.statusCodes,
  otherProcessesCores: r.noise.otherCores,
  benchAndAppCores: r.noise.benchCores,
  rebuiltDuringRun: r.noise.rebuilt,
  peakRssMB: r.peakRssMB,
});

/** `server`: the `next start` process; `app`: start.ts, whose tree (with this process) is "ours" for CPU. */
export interface Pids {
  server: number;
  app: number;
}

/** Runs the whole load phase, appending to `metrics` (also what was measured before a failure). */
export async function loadTest(metrics: Metric[], baseUrl: string, pids: Pids, log: (line: string) => void, target: DeskTarget): Promise<void> {
  const idle = treeRssBytes(pids.server);
  const sampler = sampleRss(pids.server);
  const noise = watchNoise(pids.app);
  let peakDuring = "";
  let peakSeen = 0;
  const track = (r: Measured, urlPath: string) => {
    if (r.peakRssMB > peakSeen) [peakSeen, peakDuring] = [r.peakRssMB, urlPath];
  };
  try {
    const staticPath = await findStaticFile(baseUrl);
    const base = await measure(baseUrl, staticPath, pids, log);
    if (typeof base === "string") throw new Error(base);
    track(base, "static");
    const name = `static /_next/static/*${path.extname(staticPath)}`; // stable across builds; the file is in data.path
    metrics.push(metric(name, base.reqPerSec, "req/s", null, describe(base, false), { path: staticPath, ...loadData(base) }));
    for (const page of [...PAGES, ...deskPages(target)]) {
      const label = `${page.path} ÷ static`;
      const goal = page.minRatio === undefined ? null : { op: ">=" as const, value: page.minRatio };
      const result = await measure(baseUrl, page.path, pids, log);
      if (typeof result === "string") {
        metrics.push(metric(label, null, "×", goal, result, { path: page.path }));
        continue;
      }
      track(result, page.path);
      const ok = result.requests - result.errors - result.timeouts - result.non2xx > 0;
      const ratio = ok && base.reqPerSec > 0 ? Math.round((result.reqPerSec / base.reqPerSec) * 100) / 100 : null;
      const detail = ok ? describe(result, true) : `no answer within 10 s: ${describe(result, false).replace(/^p50 .*? ms · /, "")}`;
      metrics.push(failedIfNull(metric(label, ratio, "×", goal, `${detail}${page.detail ? ` · ${page.detail}` : ""}`, { path: page.path, note: page.note, ...loadData(result) })));
    }
    await claimRender(metrics, baseUrl, target.claim, target.desk, log);
    await apiLatency(metrics, baseUrl, target, log);
  } finally {
    const { otherCores, benchCores, rebuilt } = noise.stop();
    const detail = `benchmark + app used ${benchCores} of ${os.cpus().length} cores${rebuilt ? " · .next REBUILT during the load test" : ""}`;
    metrics.push(metric("other processes' CPU during load", otherCores, "cores", null, detail, { otherCores, benchCores, rebuilt }));
    const { maxBytes, samples } = sampler.stop();
    const peakMB = Math.round(maxBytes / MB);
    metrics.push(
      metric("next start RSS, peak under load", peakMB, "MB", { op: "<", value: RSS_GOAL_MB }, `idle after start ${Math.round(idle / MB)} MB${peakDuring ? ` · peak while loading ${peakDuring}` : ""} · ${samples} samples`, {
        pid: pids.server,
        idleMB: Math.round(idle / MB),
        samples,
      }),
    );
  }
}
