// `npm run bench`: the import cleaner's throughput in process, and what reading a .docx or an e-mail costs; then the production app on a throwaway data folder:
// its first start, a desk of 100,000 claims generated into its database, the 1,000-article import, a 5 MB paste
// previewed and saved as an import job, duplicate suggestions and claim matching there, the app under load on that desk
// (pages vs a static file, server RSS), two instances behind nginx (cached page vs static file, transfer size,
// approval → visible), /api/health while a
// 20 MB file is imported, and its second start;
// prints a table, writes results.json.
// `npm run bench -- ledger`: only the ledger's rows on the same generated desk (filtered ledger queries in process,
// a claim page and /ledger against static files on the restarted app); writes results-ledger.json.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measureCleanThroughput, measureFreshThroughput } from "./clean-throughput";
import { measureCleanScaling } from "./clean-scaling";
import { measureFormats } from "./formats";
import { captureAccuracyMetrics } from "./capture-accuracy";
import { measureHealthDuringImport } from "./import-stall";
import { findStaticFile, loadTest, measure } from "./http";
import { nginxMetrics } from "./instances";
import { BUSY_CORES, watchNoise } from "./noise";
import { startApp, type RunningApp } from "./server";
import { freePort } from "@/lib/free-port";
import { failedIfNull, metric, table, writeResults, type Metric } from "./report";
import { measureImport, measureSearch, measureSuggestions, SEARCH_MIX, withDeskDatabase } from "./desk-data";
import { generateDesk, type ScaleResult } from "./scale-data";
import { LEDGER_FILTERS, ledgerRatio, measureLedgerQueries, writeStaticCopyOfLedger } from "./ledger";
import { measureBigPaste } from "./big-paste";
import { matchingQualityMetrics, matchingSpeedMetrics } from "./matching";

const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), "results.json");
const LEDGER_RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), "results-ledger.json");
const INSTANCES_RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), "results-instances.json");
const FIRST_START_TIMEOUT_MS = 15 * 60_000; // may include initdb and a full `next build`
const SECOND_START_TIMEOUT_MS = 3 * 60_000;
/** The benchmark desk: as many claims as the duplicate-suggestion goal names, a source for every ten. */
const SCALE = { claims: 100_000, sources: 10_000 };

const log = (line: string) => console.log(`bench: ${line}`);
const seconds = (ms: number) => Math.round(ms / 100) / 10;

const count = (n: number) => n.toLocaleString("en-US");

/** What the generated desk holds, for the table's detail column. */
function describeDesk(c: Record<string, number>): string {
  return `${count(c.Claim ?? 0)} claims (${count(c.publishedClaims ?? 0)} published) · ${count(c.Source ?? 0)} sources · ${count(c.Appearance ?? 0)} appearances · ${count(c.Evidence ?? 0)} evidence · ${count(c.ClaimLink ?? 0)} links · ${count(c.Claimant ?? 0)} claimants`;
}

/**
 * On the desk the app runs on, while it is stopped: the generated data at scale, the 1,000-article import
 * into it, and duplicate suggestions over its 100,000 claims.
 */
async function deskMetrics(metrics: Metric[], dataDir: string): Promise<ScaleResult & { searchMatches: Record<string, number> }> {
  return withDeskDatabase(dataDir, async (url) => {
    log(`generating ${count(SCALE.claims)} claims and ${count(SCALE.sources)} sources from the samples (fixed seed) into the app's database…`);
    const desk = await generateDesk(url, { ...SCALE, log });
    metrics.push(metric("generate the benchmark desk", Math.round(desk.seconds * 10) / 10, "s", null, `${describeDesk(desk.counts)} · search documents equal to the app's on ${desk.searchDocumentsChecked} claims`, desk));
    log("importing 1,000 articles generated from the samples into that desk (parse, clean, dedup, store)…");
    const imported = await measureImport(1000);
    metrics.push(
      metric("1,000-article import into PostgreSQL", Math.round(imported.seconds * 10) / 10, "s", { op: "<", value: 10 }, `${imported.stored} stored · ${Math.round(imported.articlesPerSec)} articles/s · batched transactions · into the desk above · claim matching of them in the background job done ${imported.matchingSeconds.toFixed(1)} s after the save returned`, imported),
    );
    log("a 5 MB paste (832 articles) into that desk: preview, then save as an import job…");
    const paste = await measureBigPaste();
    const pasteDetail = `${paste.megabytes} MB · ${paste.articles} articles · ${paste.stored} stored, ${paste.duplicates} already in the desk`;
    metrics.push(
      metric("5 MB paste, server preview (parse on the worker, mark known)", Math.round(paste.previewSeconds * 10) / 10, "s", null, pasteDetail, paste),
      metric("5 MB paste, streamed preview: first page of cards read", Math.round(paste.firstPageSeconds * 100) / 100, "s", null, `${pasteDetail} · whole preview read and kept in ${Math.round(paste.streamedSeconds * 10) / 10} s`, paste),
      metric("5 MB paste, through the preview's request (text body in 64 KB chunks): first page of cards in the answer", Math.round(paste.requestFirstPageSeconds * 100) / 100, "s", null, pasteDetail, paste),
      metric("5 MB paste, through the preview's request with 50 outlet profiles in the database: first page of cards in the answer", Math.round(paste.requestFirstPageWithProfilesSeconds * 100) / 100, "s", null, `${pasteDetail} · one profile of an outlet the paste names, 49 of others`, paste),
      metric("5 MB paste, save as an import job (batches of 100)", Math.round(paste.saveSeconds * 10) / 10, "s", null, `${pasteDetail} · ${Math.round(paste.stored / paste.saveSeconds)} articles/s`, paste),
    );
    log(`public search, ${SEARCH_MIX.length} queries ranked afresh each time…`);
    const searched = await measureSearch();
    const spread = Object.values(searched.matches);
    metrics.push(
      metric("public search index, built at first search", Math.round(searched.indexBuildMs), "ms", null, `${count(desk.counts.publishedClaims ?? 0)} published claims read into memory, then kept current claim by claim`),
      metric("public search in process, answers not kept, p95", Math.round(searched.p95), "ms", null, `p50 ${Math.round(searched.p50)} / p99 ${Math.round(searched.p99)} ms · ${searched.queries} searches of ${SEARCH_MIX.length} queries matching ${Math.min(...spread)}–${count(Math.max(...spread))} of ${count(desk.counts.publishedClaims ?? 0)} published claims`, searched),
    );
    await ledgerQueryMetrics(metrics);
    const suggestions = await measureSuggestions();
    metrics.push(
      metric("duplicate suggestions at 100,000 claims, p95", Math.round(suggestions.p95), "ms", { op: "<", value: 150 }, `p50 ${Math.round(suggestions.p50)} / p99 ${Math.round(suggestions.p99)} ms · ${suggestions.queries} queries · ${count(desk.counts.Claim ?? 0)} claims in the desk`, suggestions),
    );
    log("claim matching of the imported articles against that desk's claims (as the import's background job runs it)…");
    // From no suggestion stored, as right after an import (the import row's background job stored some).
    const { getDb } = await import("@/lib/db/client");
    await getDb().$executeRaw`DELETE FROM "MatchSuggestion"`;
    metrics.push(...(await matchingSpeedMetrics()));
    return { ...desk, searchMatches: searched.matches };
  });
}

/**
 * getLedger in process on the generated desk: the filters of LEDGER_FILTERS as the /ledger page asks (its first
 * LEDGER_PAGE_ROWS rows and the timeline), as the CSV/JSON download asks (LEDGER_MAX_ROWS rows), and the whole
 * ledger apart.
 */
async function ledgerQueryMetrics(metrics: Metric[]): Promise<void> {
  log(`filtered ledger queries, ${LEDGER_FILTERS.length} filters in turn…`);
  const ledger = await measureLedgerQueries();
  const ms = (n: number) => Math.round(n * 10) / 10;
  const sql = `statements alone (EXPLAIN ANALYZE) p50/p95: rows ${ms(ledger.statements.rows.p50)}/${ms(ledger.statements.rows.p95)}, counts ${ms(ledger.statements.counts.p50)}/${ms(ledger.statements.counts.p95)} ms`;
  metrics.push(
    metric("filtered ledger query p95", ms(ledger.p95), "ms", { op: "<", value: 30 }, `p50 ${ms(ledger.p50)} / p99 ${Math.round(ledger.p99)} ms · ${ledger.queries} queries of ${LEDGER_FILTERS.length} filters matching ${Math.min(...ledger.totals)}–${count(Math.max(...ledger.totals))} of ${count(ledger.entries)} published claims · as the /ledger page asks: its ${ledger.rows.page} rows and the timeline, both fresh · ${sql}`, ledger),
    metric("filtered ledger download (CSV/JSON) p95", ms(ledger.download.p95), "ms", null, `p50 ${ms(ledger.download.p50)} ms · the same filters, ${ledger.rows.download} rows and the timeline`, ledger.download),
    metric("ledger query without a filter p95", ms(ledger.unfiltered.p95), "ms", null, `p50 ${ms(ledger.unfiltered.p50)} ms · ${ledger.rows.page} rows and the timeline of all ${count(ledger.unfiltered.total)} items · the /ledger page is kept by the page cache between publications`),
  );
}

/** A fresh data folder removed when `fn` is done, and the app (if started) stopped; SIGINT/SIGTERM do the same. */
async function withAppFolder(fn: (options: { dataDir: string; port: number; demoPassword: string }, running: { app: RunningApp | null }) => Promise<void>): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bench-"));
  fs.chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as `postgres` and must reach it
  const options = { dataDir, port: await freePort(), demoPassword: randomBytes(12).toString("base64url") };
  const running: { app: RunningApp | null } = { app: null };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the app…`);
    void (running.app?.stop() ?? Promise.resolve()).finally(() => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      process.exit(130);
    });
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await fn(options, running);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.includes("\n    | ") || !running.app ? message : `${message}; the app's last lines:\n${running.app.tail(15)}`);
  } finally {
    const stopped = running.app ? await running.app.stop() : { clean: true };
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    log(stopped.clean ? "app stopped, temp folder removed" : "warning: the app did not stop cleanly; leftovers were killed");
  }
}

/**
 * The ledger's rows alone (`npm run bench -- ledger`), on the same generated desk as the full run: the app's first
 * start (migrations, demo data), the desk generated while it is stopped, the filtered ledger queries in process, then
 * on the restarted app a published claim page and /ledger, each against a static file, on the same server one after
 * the other. The claim page's row is the goal's yardstick ("the same ratio to a static file as a claim page").
 */
async function ledgerOnly(metrics: Metric[]): Promise<void> {
  let sameSize: Awaited<ReturnType<typeof writeStaticCopyOfLedger>> | null = null;
  try {
    await withAppFolder(async (options, running) => {
      log(`starting the app on port ${options.port}, data in ${options.dataDir} (builds first if the sources changed)…`);
      running.app = startApp(options);
      const firstMs = await running.app.waitFor("/api/health", FIRST_START_TIMEOUT_MS);
      metrics.push(metric("first start to /api/health 200", seconds(firstMs), "s", null, running.app.built() ? `fresh database, included a ${seconds(running.app.buildMs() ?? 0)} s build` : "fresh database, build was current"));
      await running.app.stop();
      running.app = null;
      const desk = await withDeskDatabase(options.dataDir, async (url) => {
        log(`generating ${count(SCALE.claims)} claims and ${count(SCALE.sources)} sources from the samples (fixed seed) into the app's database…`);
        const generated = await generateDesk(url, { ...SCALE, log });
        metrics.push(metric("generate the benchmark desk", Math.round(generated.seconds * 10) / 10, "s", null, describeDesk(generated.counts), generated));
        await ledgerQueryMetrics(metrics);
        return generated;
      });
      log("starting the app on the generated desk to size /ledger…");
      running.app = startApp(options);
      await running.app.waitFor("/api/health", SECOND_START_TIMEOUT_MS);
      // Served only if present when next starts: written now, measured after the restart.
      sameSize = await writeStaticCopyOfLedger(running.app.baseUrl);
      await running.app.stop();
      running.app = startApp(options);
      await running.app.waitFor("/sign-in", SECOND_START_TIMEOUT_MS);
      const nextPid = running.app.nextPid();
      if (!nextPid) throw new Error("cannot find the `next start` process among start.ts's children");
      const pids = { server: nextPid, app: running.app.pid };
      const baseUrl = running.app.baseUrl;
      const staticPath = await findStaticFile(baseUrl);
      const base = await measure(baseUrl, staticPath, pids, log);
      const claim = await measure(baseUrl, `/claims/${desk.showcase.slug}`, pids, log);
      if (typeof base === "string" || typeof claim === "string") {
        metrics.push(metric(`/claims/${desk.showcase.slug} ÷ static`, null, "×", { op: ">=", value: 0.8 }, typeof base === "string" ? base : (claim as string)));
      } else {
        const ratio = base.reqPerSec > 0 ? Math.round((claim.reqPerSec / base.reqPerSec) * 100) / 100 : null;
        const detail = `${claim.reqPerSec} vs ${base.reqPerSec} req/s · p95 ${claim.p95Ms} vs ${base.p95Ms} ms · published claim page against ${staticPath}`;
        metrics.push(failedIfNull(metric(`/claims/${desk.showcase.slug} ÷ static`, ratio, "×", { op: ">=", value: 0.8 }, detail, { claim, static: base })));
      }
      const measured = sameSize;
      await ledgerRatio(metrics, baseUrl, (b, urlPath) => measure(b, urlPath, pids, log), measured, describeDesk(desk.counts), pids.app);
    });
  } finally {
    (sameSize as { remove: () => void } | null)?.remove();
  }
}

async function serverMetrics(metrics: Metric[]): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bench-"));
  fs.chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as `postgres` and must reach it
  const options = { dataDir, port: await freePort(), demoPassword: randomBytes(12).toString("base64url") };
  let app: RunningApp | null = null;
  let sameSize: Awaited<ReturnType<typeof writeStaticCopyOfLedger>> | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the app…`);
    void (app?.stop() ?? Promise.resolve()).finally(() => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      process.exit(130);
    });
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    log(`starting the app on port ${options.port}, data in ${dataDir} (builds first if the sources changed)…`);
    app = startApp(options);
    const firstMs = await app.waitFor("/api/health", FIRST_START_TIMEOUT_MS);
    const detail = app.built() ? `fresh database, included a ${seconds(app.buildMs() ?? 0)} s build` : "fresh database, build was current";
    metrics.push(metric("first start to /api/health 200", seconds(firstMs), "s", null, detail, { built: app.built() }));
    // The first start migrated the database and seeded the demo accounts and claims; the desk grows while the app is down.
    await app.stop();
    app = null;
    const desk = await deskMetrics(metrics, dataDir);

    log("starting the app on the generated desk…");
    app = startApp(options);
    const loadedMs = await app.waitFor("/api/health", SECOND_START_TIMEOUT_MS);
    metrics.push(metric("start on the generated desk to /api/health 200", seconds(loadedMs), "s", null, app.built() ? "included a rebuild (sources changed meanwhile)" : "build was current"));
    const nextPid = app.nextPid();
    if (!nextPid) throw new Error("cannot find the `next start` process among start.ts's children");
    await loadTest(metrics, app.baseUrl, { server: nextPid, app: app.pid }, log, { claim: desk.showcase, searchMatches: desk.searchMatches, desk: describeDesk(desk.counts) });
    // Served only if present when next starts: written now, measured after the restart below.
    sameSize = await writeStaticCopyOfLedger(app.baseUrl);
    await nginxMetrics(metrics, app, options, desk.showcase.slug, log);
    await measureHealthDuringImport(metrics, app.baseUrl, options.demoPassword, log);

    // A start that rebuilt means the sources changed meanwhile (a shared checkout): try once more, then
    // fall back to the time without the build (start.ts logs when the build begins and when it is done).
    let restart = { ms: 0, buildMs: null as number | null, attempts: 0 };
    while (restart.attempts < 2 && (restart.attempts === 0 || restart.buildMs !== null)) {
      log(restart.attempts === 0 ? "stopping (SIGTERM), then starting again on the same data folder…" : "that start rebuilt (sources changed meanwhile); once more…");
      const stopped = await app.stop();
      if (!stopped.clean) log("warning: the server did not stop cleanly (killed leftovers)");
      app = startApp(options);
      const ms = await app.waitFor("/sign-in", SECOND_START_TIMEOUT_MS);
      restart = { ms, buildMs: app.built() ? (app.buildMs() ?? 0) : null, attempts: restart.attempts + 1 };
    }
    const net = restart.ms - (restart.buildMs ?? 0);
    const note =
      restart.buildMs === null
        ? `already built and migrated, on the generated desk${restart.attempts > 1 ? " (2nd try; the 1st rebuilt)" : ""}`
        : `ESTIMATE: ${seconds(restart.ms)} s minus a ${seconds(restart.buildMs)} s rebuild (sources kept changing)`;
    metrics.push(metric("second start to first /sign-in 200", seconds(net), "s", { op: "<", value: 15 }, note, { ...restart, estimated: restart.buildMs !== null }));
    const restartedPid = app.nextPid();
    if (restartedPid && sameSize) {
      const pids = { server: restartedPid, app: app.pid };
      await ledgerRatio(metrics, app.baseUrl, (b, urlPath) => measure(b, urlPath, pids, log), sameSize, describeDesk(desk.counts), pids.app);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.includes("\n    | ") || !app ? message : `${message}; the app's last lines:\n${app.tail(15)}`);
  } finally {
    const stopped = app ? await app.stop() : { clean: true };
    sameSize?.remove();
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    log(stopped.clean ? "app stopped, temp folder removed" : "warning: the app did not stop cleanly; leftovers were killed");
  }
}

async function main(): Promise<number> {
  const metrics: Metric[] = [];
  let error: string | undefined;
  try {
    log("split-and-clean throughput (in process)…");
    const noise = watchNoise(process.pid);
    const clean = measureCleanThroughput();
    const { otherCores } = noise.stop();
    const busy = otherCores > BUSY_CORES ? ` · BUSY: other processes used ${otherCores} cores` : "";
    const detail = `best round ${clean.bestRoundMbPerSec} MB/s · ${clean.megabytes} MB${busy}`;
    metrics.push(metric("split-and-clean throughput", clean.mbPerSec, "MB/s", { op: ">=", value: 20 }, detail, { ...clean, otherProcessesCores: otherCores }));
    const fresh = measureFreshThroughput();
    metrics.push(metric("split-and-clean, texts never parsed before", fresh.mbPerSec, "MB/s", null, `${fresh.texts} capture texts, each once · ${fresh.megabytes} MB · ${fresh.msPerText} ms a text · ${fresh.cpuMbPerSec} MB/s of CPU time`, fresh));
    log("cleaner on pathological input of 1, 2, 4, 8 MB (in process)…");
    const scaling = measureCleanScaling();
    for (const s of scaling.seconds) {
      metrics.push(metric(`cleaner, ${s.mb} MB pathological input`, Math.round(s.seconds * 100) / 100, "s", null, "blank-line-separated letters, open quotes, markers · best of 2"));
    }
    log("a 2 MB article as .docx and as an HTML e-mail against plain text and a saved page (in process)…");
    const formats = measureFormats();
    metrics.push(metric(".docx read / same text as .txt", formats.docxRatio, "×", null, `${formats.docxMs} ms vs ${formats.textMs} ms · ${formats.megabytes} MB of text`, formats));
    metrics.push(metric(".eml (HTML, quoted-printable) read / same page as .html", formats.emlRatio, "×", null, `${formats.emlMs} ms vs ${formats.htmlMs} ms`, formats));
    log("importer accuracy on the capture corpus…");
    const accuracy = captureAccuracyMetrics();
    console.log(`\n${accuracy.table}\n`);
    metrics.push(...accuracy.metrics);
    log("claim matching and check-worthiness on the labelled set (in process)…");
    metrics.push(...matchingQualityMetrics());
    metrics.push(metric("cleaner time growth / size growth (1 → 8 MB)", scaling.growthOverSize, "", { op: "<=", value: 1.3 }, "1 = linear", { ...scaling }));
    await serverMetrics(metrics);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  console.log(`\n${table(metrics)}\n`);
  writeResults(RESULTS, metrics, error);
  if (error) console.error(`bench: could not finish: ${error}`);
  console.log(`bench: results in ${path.relative(process.cwd(), RESULTS) || RESULTS}`);
  return error ? 1 : 0;
}

/**
 * The several-instances rows alone (`npm run bench -- instances`): the app started on the demo desk, then a second
 * instance and nginx in front of both (bench/instances.ts), measured with a published demo claim.
 */
async function instancesOnly(metrics: Metric[]): Promise<void> {
  await withAppFolder(async (options, running) => {
    log(`starting the app on port ${options.port}, data in ${options.dataDir} (builds first if the sources changed)…`);
    running.app = startApp(options);
    await running.app.waitFor("/api/health", FIRST_START_TIMEOUT_MS);
    const feed = (await (await fetch(`${running.app.baseUrl}/api/v1/claims`)).json()) as { data?: { slug: string }[] };
    const slug = feed.data?.[0]?.slug;
    if (!slug) throw new Error("the demo desk published no claim");
    await nginxMetrics(metrics, running.app, options, slug, log);
  });
}

/** A part's rows only; the full run is unchanged without an argument. */
async function mainPart(run: (metrics: Metric[]) => Promise<void>, file: string): Promise<number> {
  const metrics: Metric[] = [];
  let error: string | undefined;
  try {
    await run(metrics);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  console.log(`\n${table(metrics)}\n`);
  writeResults(file, metrics, error);
  if (error) console.error(`bench: could not finish: ${error}`);
  console.log(`bench: results in ${path.relative(process.cwd(), file) || file}`);
  return error ? 1 : 0;
}

const PARTS = { ledger: () => mainPart(ledgerOnly, LEDGER_RESULTS), instances: () => mainPart(instancesOnly, INSTANCES_RESULTS) };
const parts = process.argv.slice(2);
if (parts.length > 1 || parts.some((part) => !(part in PARTS))) throw new Error(`unknown bench part(s): ${parts.join(" ")} (one of: ${Object.keys(PARTS).join(", ")})`);
process.exitCode = parts[0] ? await PARTS[parts[0] as keyof typeof PARTS]() : await main();
