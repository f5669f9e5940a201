// The ledger on the benchmark desk: attributes for the generated claims (validated by the app's own schema), the
// filtered ledger query measured in process, and the pages the load test adds (the ledger against a static copy of
// its bytes, and a claim page rendered afresh, which reads the claims linking to it).
import fs from "node:fs";
import path from "node:path";
import { attributesSchema, hasAttributes, MATERIEL, type ClaimAttributes } from "@/lib/claims/attributes";
import { percentiles, random, type Percentiles } from "./desk-data";
import autocannon from "autocannon";
import { runLoad, type LoadResult } from "./load";
import { descendants } from "./memory";
import { processTicks, TICKS_PER_SECOND } from "./noise";
import { failedIfNull, metric, type Metric } from "./report";

const PARTIES = ["Triều Tiên", "Nga", "Iran", "Trung Quốc", "Belarus", "Syria", "Myanmar", "Hamas", "Houthi"];
const QUANTITIES = ["hàng triệu", "5.000", "1.000-2.000", "khoảng 300", "hơn 11.000", "12", "hàng nghìn", "about 1 million", "20 thousand"];
const TREATIES = ["Hiệp ước Đối tác Chiến lược Toàn diện", "Hiệp định hợp tác quân sự", "Nghị quyết 1718 của HĐBA"];
const PLACES = ["Bình Nhưỡng", "Moskva", "Vostochny", "Vladivostok", "Tehran", "Bắc Kinh"];

/** Attributes for a generated claim of `kind` about `day` (YYYY-MM-DD), as the claim form would store them. */
export function attributesGenerator(seed: number): (kind: string, day: string) => ClaimAttributes {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const two = () => {
    const a = pick(PARTIES);
    let b = pick(PARTIES);
    while (b === a) b = pick(PARTIES);
    return [a, b] as const;
  };
  return (kind, day) => {
    if (!hasAttributes(kind)) return {};
    const month = day.slice(0, 7);
    let raw: Record<string, unknown> = {};
    if (kind === "ARMS_TRANSFER" || kind === "TECHNOLOGY_TRANSFER") {
      const [supplier, recipient] = two();
      const materiel = [pick(MATERIEL), ...(next() < 0.3 ? [pick(MATERIEL)] : [])].join(",");
      raw = { supplier, recipient, materiel, ...(next() < 0.7 ? { quantity: pick(QUANTITIES) } : {}), periodFrom: month, ...(next() < 0.3 ? { route: "đường sắt qua Rajin" } : {}) };
    } else if (kind === "DENIAL") raw = { deniedBy: pick(PARTIES) };
    else if (kind === "TREATY_TERM") raw = { treaty: pick(TREATIES), article: `Điều ${1 + Math.floor(next() * 23)}`, parties: two().join(","), signedAt: day };
    else if (kind === "MEETING_OR_VISIT") raw = { who: two().join(","), where: pick(PLACES), when: day };
    else if (kind === "SANCTIONS") raw = { imposedBy: pick(PARTIES), target: pick(PARTIES), measures: "đóng băng tài sản" };
    return attributesSchema(kind).parse(raw);
  };
}

/** Filters a reader of the ledger would set: one dimension, two, and a period. */
export const LEDGER_FILTERS: Record<string, string>[] = [
  { supplier: "Triều Tiên" },
  { recipient: "Nga" },
  { materiel: "ARTILLERY_SHELLS" },
  { verdict: "FALSE" },
  { supplier: "Triều Tiên", recipient: "Nga" },
  { supplier: "Iran", materiel: "DRONES" },
  { recipient: "Nga", from: "2024-01", to: "2024-06" },
  { from: "2023-09", to: "2023-12" },
];

type Timed = Percentiles & { queries: number };

/**
 * getLedger in process on the desk, as its callers run it: the /ledger page's window (its first LEDGER_PAGE_ROWS
 * rows, which the filtered row measures) and the CSV/JSON download's LEDGER_MAX_ROWS, for each filter of
 * LEDGER_FILTERS in turn; the ledger without a filter (every published item's count for the timeline) apart; and
 * the two statements alone as the server runs them (EXPLAIN ANALYZE's execution time, page window), which says how
 * much of a query is the database's and how much the app's.
 */
export async function measureLedgerQueries(rounds = 10): Promise<
  Timed & { totals: number[]; entries: number; download: Timed; unfiltered: Timed & { total: number }; statements: { rows: Percentiles; counts: Percentiles }; rows: { page: number; download: number } }
> {
  const { getLedger, parseLedgerFilter, ledgerStatements, LEDGER_PAGE_ROWS, LEDGER_MAX_ROWS } = await import("@/lib/public/ledger");
  const { getDb } = await import("@/lib/db/client");
  const page = { limit: LEDGER_PAGE_ROWS, offset: 0 };
  const download = { limit: LEDGER_MAX_ROWS, offset: 0 };
  const totals: number[] = [];
  for (const f of LEDGER_FILTERS) totals.push((await getLedger(parseLedgerFilter(f), page)).total); // warm up
  const time = async (filters: Record<string, string>[], window: { limit: number; offset: number }): Promise<{ samples: number[]; total: number }> => {
    const samples: number[] = [];
    let total = 0;
    for (let round = 0; round < rounds; round++) {
      for (const f of filters) {
        const started = performance.now();
        total = (await getLedger(parseLedgerFilter(f), window)).total;
        samples.push(performance.now() - started);
      }
    }
    return { samples, total };
  };
  const paged = await time(LEDGER_FILTERS, page);
  const downloads = await time(LEDGER_FILTERS, download);
  const whole = await time([{}], page);
  const rowsMs: number[] = [];
  const countsMs: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const f of LEDGER_FILTERS) {
      const sql = ledgerStatements(parseLedgerFilter(f), page.limit, page.offset);
      for (const [statement, into] of [[sql.rows, rowsMs], [sql.counts, countsMs]] as const) {
        const plan = await getDb().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, TIMING OFF) ${statement.text}`, ...statement.values);
        const line = plan.map((p) => p["QUERY PLAN"]).find((l) => l.startsWith("Execution Time")) ?? "";
        into.push(Number(/([\d.]+) ms/.exec(line)?.[1] ?? NaN));
      }
    }
  }
  const entries = await getDb().ledgerEntry.count({ where: { state: "PUBLISHED" } });
  return {
    ...percentiles(paged.samples),
    queries: paged.samples.length,
    totals,
    entries,
    download: { ...percentiles(downloads.samples), queries: downloads.samples.length },
    unfiltered: { ...percentiles(whole.samples), queries: whole.samples.length, total: whole.total },
    statements: { rows: percentiles(rowsMs), counts: percentiles(countsMs) },
    rows: { page: LEDGER_PAGE_ROWS, download: LEDGER_MAX_ROWS },
  };
}

/**
 * The /ledger page's own bytes as a file under .next/static, which `next start` serves as it serves the build's own
 * files, but only those present when it starts: written while the app runs on the generated desk, measured after its
 * restart (bench/run.ts). Its own bytes, not filler of its size: the load generator decodes every body it receives
 * into a string, and a page of Vietnamese text costs it about three times the CPU of as many ASCII bytes (about 3 ms
 * against 1 ms a response at 264 KB), so ASCII filler made the static file look twice as fast to serve as the
 * page when it was only cheaper to read. Returns its URL path, its size, and a function that removes it.
 */
export async function writeStaticCopyOfLedger(baseUrl: string): Promise<{ path: string; bytes: number; remove: () => void }> {
  // As the load generator asks (no Accept-Encoding): the uncompressed page.
  const page = await fetch(`${baseUrl}/ledger`, { headers: { "accept-encoding": "identity" }, signal: AbortSignal.timeout(30_000) });
  if (page.status !== 200) throw new Error(`GET /ledger answered ${page.status}, not 200`);
  const html = Buffer.from(await page.arrayBuffer());
  const dir = path.resolve(".next/static/bench");
  fs.mkdirSync(dir, { recursive: true });
  const name = "copy-of-ledger.html";
  fs.writeFileSync(path.join(dir, name), html);
  return { path: `/_next/static/bench/${name}`, bytes: html.length, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * CPU spent per response over `amount` requests on 32 connections: by the app's processes (the front server and
 * next, which serve the page) and by this one (the load generator, which reads the answers). Unlike req/s on a shared
 * machine, this hardly depends on what else runs, and it says which side the time is spent on.
 */
export async function cpuPerResponse(url: string, appPid: number, amount = 1_500): Promise<{ requests: number; serverMs: number; generatorMs: number; failed: number }> {
  const appTicks = () => descendants(appPid).reduce((sum, pid) => sum + processTicks(pid), 0);
  const [server, generator] = [appTicks(), process.cpuUsage()];
  const result = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ url, connections: 32, amount, timeout: 20 }, (error, r) => (error ? reject(error) : resolve(r))),
  );
  const used = process.cpuUsage(generator);
  const requests = result.requests.total ?? 0;
  const per = (ms: number) => (requests > 0 ? Math.round((ms / requests) * 100) / 100 : 0);
  return { requests, serverMs: per(((appTicks() - server) / TICKS_PER_SECOND) * 1000), generatorMs: per((used.user + used.system) / 1000), failed: result.non2xx + result.errors + result.timeouts };
}

type Measure = (baseUrl: string, urlPath: string) => Promise<(LoadResult & { peakRssMB: number }) | string>;

/**
 * /ledger's req/s against a static file of the same bytes (writeStaticCopyOfLedger), on the same server, one after the
 * other; with `appPid`, also the CPU each response costs the app and the load generator (cpuPerResponse).
 */
export async function ledgerRatio(metrics: Metric[], baseUrl: string, measure: Measure, same: { path: string; bytes: number }, desk: string, appPid?: number): Promise<void> {
  const goal = { op: ">=" as const, value: 0.8 };
  const base = await measure(baseUrl, same.path);
  const ledger = await measure(baseUrl, "/ledger");
  if (typeof base === "string" || typeof ledger === "string") {
    metrics.push(metric("/ledger ÷ static copy of its bytes", null, "×", goal, typeof base === "string" ? base : (ledger as string)));
    return;
  }
  const ratio = base.reqPerSec > 0 ? Math.round((ledger.reqPerSec / base.reqPerSec) * 100) / 100 : null;
  const detail = `${ledger.reqPerSec} vs ${base.reqPerSec} req/s · ${ledger.bytesPerRequest} vs ${base.bytesPerRequest} B a response · p95 ${ledger.p95Ms} vs ${base.p95Ms} ms · same goal as a claim page · ${desk}`;
  metrics.push(failedIfNull(metric("/ledger ÷ static copy of its bytes", ratio, "×", goal, detail, { bytes: same.bytes, ledger, static: base })));
  if (appPid === undefined) return;
  const staticCpu = await cpuPerResponse(`${baseUrl}${same.path}`, appPid);
  const ledgerCpu = await cpuPerResponse(`${baseUrl}/ledger`, appPid);
  const cpuDetail = (r: typeof ledgerCpu) => `load generator ${r.generatorMs} ms · ${r.requests} responses${r.failed ? ` · ${r.failed} failed` : ""}`;
  metrics.push(
    metric("/ledger, app CPU a response (front server, from memory)", ledgerCpu.serverMs, "ms", null, cpuDetail(ledgerCpu), ledgerCpu),
    metric("static copy, app CPU a response (front server + next)", staticCpu.serverMs, "ms", null, cpuDetail(staticCpu), staticCpu),
  );
}

/**
 * A published claim page rendered afresh each time (a query the page ignores keeps the front server's cache out, which
 * the row checks): its render reads the published claims linking to it (PublishedLink).
 */
export async function claimRender(metrics: Metric[], baseUrl: string, claim: { slug: string }, desk: string, log: (line: string) => void): Promise<void> {
  const paths = Array.from({ length: 5_000 }, (_, i) => `/claims/${claim.slug}?render=${i}`);
  const probe = await fetch(`${baseUrl}${paths[0]}`, { signal: AbortSignal.timeout(30_000) });
  await probe.arrayBuffer();
  const cached = probe.headers.get("x-claimdesk-cache") === "hit";
  log(`render of /claims/${claim.slug} afresh: 5 s × 1 connection`);
  const r = await runLoad(`${baseUrl}${paths[0]}`, { connections: 1, seconds: 5, paths });
  const bad = r.non2xx + r.errors + r.timeouts;
  const value = probe.status !== 200 || cached || r.requests - bad <= 0 ? null : r.p95Ms;
  const why = probe.status !== 200 ? `answered ${probe.status}` : cached ? "served from the page cache: not a render" : `p50 ${r.p50Ms} / p95 ${r.p95Ms} / p99 ${r.p99Ms} ms · ${r.requests} renders${bad ? ` · ${bad} failed` : ""}`;
  metrics.push(failedIfNull(metric("claim page render (not cached) p95", value, "ms", null, `${why} · reads the published claims linking to it · ${desk}`, { path: paths[0], ...r })));
}
