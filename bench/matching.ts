// Claim matching: precision, recall and check-worthy precision at 10 on the labelled set (in process), and the
// time matching takes per imported article on the generated desk (100,000 claims), as the import's background job runs it.
import { evaluateCheckWorthy, evaluateMatching, evaluationClaims, loadBlindSet, loadEvaluationSet, loadHeldOutSet } from "@/lib/matching/evaluation";
import { claimWeights, MATCH_THRESHOLD, scoreSentence, type ClaimKeys } from "@/lib/matching/score";
import { keyWords } from "@/lib/matching/keywords";
import { metric, type Metric } from "./report";
import { percentiles } from "./desk-data";

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The blind relay sets, each written and labelled before the scorer saw it, with the name its rows carry. */
const BLIND_SETS = [
  { file: "blind.json", label: "" },
  { file: "blind2.json", label: ", set 2" },
  { file: "blind3.json", label: ", set 3" },
] as const;

/** Precision, recall and check-worthy precision at 10 on one blind set. */
function blindMetrics(set: ReturnType<typeof loadEvaluationSet>, file: (typeof BLIND_SETS)[number]["file"], label: string): Metric[] {
  const blindSet = loadBlindSet(set, file);
  const blind = evaluateMatching(blindSet);
  const checkWorthy = evaluateCheckWorthy(blindSet);
  const mean = checkWorthy.reduce((sum, r) => sum + r.precisionAt10, 0) / checkWorthy.length;
  const detail = `blind${label.replace(", set", "")} (labelled before the scorer saw it): ${blind.truePositives} of ${blind.suggested} right, ${blind.truePositives} of ${blind.labelled} found · ${blindSet.items.length} relays`;
  return [
    metric(`claim matching precision (blind relays${label})`, round(blind.precision), "", { op: ">=", value: 0.8 }, detail, { ...blind, errors: blind.errors.length }),
    metric(`claim matching recall (blind relays${label})`, round(blind.recall), "", { op: ">=", value: 0.85 }, detail),
    metric(
      `check-worthy precision at 10, blind articles${label ? ` (${label.slice(2)})` : ""}`,
      round(mean, 2),
      "",
      { op: ">=", value: 0.7 },
      checkWorthy.map((r) => `${r.source} ${round(r.precisionAt10, 2)}`).join(" · "),
      { perArticle: checkWorthy.map(({ source, precisionAt10 }) => ({ source, precisionAt10 })) },
    ),
  ];
}

/** The scorer and the check-worthiness ranker on fixtures/matching/ at the default threshold. */
export function matchingQualityMetrics(): Metric[] {
  const set = loadEvaluationSet();
  const scores = evaluateMatching(set);
  const checkWorthy = evaluateCheckWorthy(set);
  const mean = checkWorthy.reduce((sum, r) => sum + r.precisionAt10, 0) / checkWorthy.length;
  const heldOutSet = loadHeldOutSet(set);
  const heldOut = evaluateMatching(heldOutSet);
  const detail = `${scores.truePositives} of ${scores.suggested} suggestions right, ${scores.truePositives} of ${scores.labelled} labelled found · ${set.items.length} sentences and relays · threshold ${MATCH_THRESHOLD}`;
  const heldOutDetail = `held out (never tuned on): ${heldOut.truePositives} of ${heldOut.suggested} right, ${heldOut.truePositives} of ${heldOut.labelled} found · ${heldOutSet.items.length} relays`;
  return [
    metric("claim matching precision (labelled set, tuning part)", round(scores.precision), "", { op: ">=", value: 0.8 }, detail, { ...scores, errors: scores.errors.length }),
    metric("claim matching recall (labelled set, tuning part)", round(scores.recall), "", { op: ">=", value: 0.85 }, detail),
    metric("claim matching precision (held-out relays)", round(heldOut.precision), "", { op: ">=", value: 0.8 }, heldOutDetail, { ...heldOut, errors: heldOut.errors.length }),
    metric("claim matching recall (held-out relays)", round(heldOut.recall), "", { op: ">=", value: 0.85 }, heldOutDetail),
    ...BLIND_SETS.flatMap(({ file, label }) => blindMetrics(set, file, label)),
    metric(
      "check-worthy precision at 10, mean per article",
      round(mean, 2),
      "",
      { op: ">=", value: 0.7 },
      checkWorthy.map((r) => `${r.source.replace(/^dossier-the-chien-quoc-bac-trieu-tien-1\.txt/, "dossier")} ${r.precisionAt10}`).join(" · "),
      { perArticle: checkWorthy.map(({ source, precisionAt10 }) => ({ source, precisionAt10 })) },
    ),
  ];
}

/**
 * CPU time (ms) the desk's PostgreSQL has used so far: its postmaster and every process it started (the backends
 * answering this process), read from /proc (Linux, clock ticks of 10 ms); null elsewhere. The bench's PostgreSQL is
 * embedded and runs on this machine.
 */
async function postgresCpuMs(db: { $queryRaw: <T>(query: TemplateStringsArray) => Promise<T> }): Promise<number | null> {
  const fs = await import("node:fs");
  try {
    const [backend] = await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    const pid = backend!.pid;
    const postmaster = Number(/^PPid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    let ticks = 0;
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // ended meanwhile
      }
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(entry) === postmaster || Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks * 10;
  } catch {
    return null;
  }
}

/**
 * On the desk DATABASE_URL points at (the generated one, after the 1,000-article import): the newest `count`
 * sources matched one at a time, as the background job does after an import (retrieval, scoring, storing).
 */
export async function measureMatchingPerArticle(count = 200): Promise<{ perArticleMs: number; p50: number; p95: number; articles: number; suggestions: number; claims: number; load: [number, number]; cpuMs: number; postgresCpuMs: number | null }> {
  const os = await import("node:os");
  const { getDb } = await import("@/lib/db/client");
  const { matchImportedSources } = await import("@/lib/matching/retrieve");
  const db = getDb();
  // The word statistics retrieval reads and ClaimKey's visibility map (index-only scans), as autovacuum would have them.
  await db.$executeRaw`ANALYZE "Claim"`;
  await db.$executeRaw`VACUUM ANALYZE "ClaimKey"`;
  const sources = await db.source.findMany({ orderBy: { createdAt: "desc" }, take: count, select: { id: true } });
  const claims = await db.claim.count();
  await matchImportedSources([sources[0]!.id]); // warm: caches of aliases and word statistics, as in a running app
  const times: number[] = [];
  let suggestions = 0;
  const loadBefore = os.loadavg()[0]!;
  const postgresBefore = await postgresCpuMs(db);
  const cpuBefore = process.cpuUsage();
  for (const { id } of sources) {
    const started = performance.now();
    suggestions += await matchImportedSources([id]);
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const postgresAfter = await postgresCpuMs(db);
  const { p50, p95 } = percentiles(times);
  return {
    perArticleMs: times.reduce((a, b) => a + b, 0) / times.length, p50, p95, articles: sources.length, suggestions, claims,
    load: [loadBefore, os.loadavg()[0]!], cpuMs: (cpu.user + cpu.system) / 1000 / sources.length,
    postgresCpuMs: postgresBefore === null || postgresAfter === null ? null : (postgresAfter - postgresBefore) / sources.length,
  };
}

/**
 * Where retrieval puts the labelled claims on the desk DATABASE_URL points at, for each (sentence, claim) pair of
 * the tuning part. The generated desk's claims are worded from templates (bench/claim-templates.ts), not cut from
 * the sample sentences, and hold near-duplicates of each demo claim (another actor, number, place or date). The
 * sentence is retrieved as the import's job retrieves it: with every sentence of its article in one statement (a
 * relay alone, as a one-sentence article). Counted, each of the 40 pairs:
 * - `retrieved`: the labelled demo claim is among the sentence's candidates (its place);
 * - `suggested`: it is among the sentence's suggestions (scored at the threshold against all the article's
 *   candidates, best three);
 * - `near-duplicate suggested`: a near-duplicate of the labelled claim is among those three (a wrong suggestion),
 *   and `in its place` when the labelled claim is not.
 * With MATCHING_MISSES=1 each pair is printed, and each scorer miss of the tuning part with every claim's score
 * and its parts.
 */
export async function labelledRetrievalMetrics(): Promise<Metric[]> {
  const os = await import("node:os");
  const { getDb } = await import("@/lib/db/client");
  const { candidateClaims } = await import("@/lib/matching/retrieve");
  const { aliasExpansions, claimantKeys, keyWords } = await import("@/lib/matching/keywords");
  const { matchSentence } = await import("@/lib/matching/score");
  const { DEMO_NEAR_DUPLICATES } = await import("./claim-templates");
  const db = getDb();
  const set = loadEvaluationSet();
  const verbose = process.env.MATCHING_MISSES === "1";
  const loadBefore = os.loadavg()[0]!;
  const claimants = await db.claimant.findMany({ select: { name: true, aliases: { select: { alias: true } } } });
  const aliases = aliasExpansions(claimants.map((c) => ({ name: c.name, aliases: c.aliases.map((a) => a.alias) })));
  const demo = new Map<string, ClaimKeys>();
  const nearIds = new Map<string, Set<string>>();
  for (const claim of set.labels.claims) {
    const row = await db.claim.findFirst({
      where: { text: claim.text, mergedIntoId: null },
      select: { id: true, text: true, gloss: true, claimant: { select: { name: true, aliases: { select: { alias: true } } } }, appearances: { select: { exact: true }, orderBy: { createdAt: "asc" }, take: 20 } },
    });
    if (!row) throw new Error(`The demo claim is not in the desk: ${claim.text}`);
    demo.set(claim.id, {
      id: row.id,
      wording: keyWords(row.text, aliases),
      gloss: keyWords(row.gloss ?? "", aliases),
      quotes: row.appearances.map((a) => keyWords(a.exact, aliases)),
      claimant: claimantKeys(row.claimant ? { name: row.claimant.name, aliases: row.claimant.aliases.map((a) => a.alias) } : null),
    });
    const near = await db.claim.findMany({ where: { text: { in: DEMO_NEAR_DUPLICATES[claim.id] ?? [] } }, select: { id: true } });
    nearIds.set(claim.id, new Set(near.map((n) => n.id)));
  }
  const nearCount = [...nearIds.values()].reduce((n, ids) => n + ids.size, 0);
  let total = 0;
  let found = 0;
  let suggested = 0;
  let nearSuggested = 0;
  let nearInPlace = 0;
  let candidateCount = 0;
  const places: number[] = [];
  const byArticle = new Map<string, ClaimKeys[]>();
  for (const item of set.items.filter((i) => i.claims.length)) {
    const context = set.articles.get(item.source) ?? [item.text];
    let candidates = set.articles.has(item.source) ? byArticle.get(item.source) : undefined;
    if (!candidates) {
      candidates = await candidateClaims(db, context.map((text) => [...keyWords(text, aliases)]));
      byArticle.set(item.source, candidates);
    }
    const suggestions = matchSentence(keyWords(item.text, aliases), candidates).slice(0, 3).map((m) => m.claimId);
    for (const label of item.claims) {
      total++;
      candidateCount += candidates.length;
      const labelled = demo.get(label)!;
      const near = nearIds.get(label)!;
      const place = candidates.findIndex((c) => c.id === labelled.id);
      if (place >= 0) {
        found++;
        places.push(place + 1);
      }
      const isSuggested = suggestions.includes(labelled.id);
      const wrong = suggestions.filter((id) => near.has(id)).length;
      if (isSuggested) suggested++;
      if (wrong) nearSuggested++;
      if (wrong && !isSuggested) nearInPlace++;
      if (verbose) {
        const where = place >= 0 ? `place ${place + 1}` : "not retrieved";
        console.log(`${where} of ${candidates.length} · ${isSuggested ? "suggested" : "not suggested"}${wrong ? ` · ${wrong} near-duplicate(s) suggested` : ""} · ${label} · ${item.text}`);
      }
    }
  }
  if (verbose) printScorerMisses(set);
  const load = `load ${loadBefore.toFixed(1)}–${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`;
  const claims = (await db.claim.count()).toLocaleString("en-US");
  return [
    metric(
      "labelled (sentence, claim) pairs: the labelled claim among the sentence's candidates",
      found,
      `of ${total}`,
      null,
      `${placesNote(places)} · ${Math.round(candidateCount / Math.max(1, total))} candidates a sentence's article on average · each sentence retrieved with its whole article, as the import's job does · the demo claims among ${claims} templated claims · ${load}`,
      { found, total, places },
    ),
    metric(
      "labelled pairs suggested at scale (the labelled claim among the sentence's best three)",
      suggested,
      `of ${total}`,
      null,
      `threshold ${MATCH_THRESHOLD}, weights of the article's candidates`,
      { suggested, total },
    ),
    metric(
      "labelled pairs with a near-duplicate of the claim suggested (another actor, number, place or date)",
      nearSuggested,
      `of ${total}`,
      null,
      `${nearInPlace} of them in the labelled claim's place (it not suggested) · ${nearCount} near-duplicates of the 5 demo claims in the desk (bench/claim-templates.ts)`,
      { nearSuggested, nearInPlace, nearCount },
    ),
  ];
}

function placesNote(places: number[]): string {
  return places.length ? `places ${places.sort((a, b) => a - b).join(", ")}` : "none found";
}

/** Each scorer miss of the tuning part, with every claim's score and its parts (in process, all five claims in view). */
function printScorerMisses(set: ReturnType<typeof loadEvaluationSet>) {
  const scores = evaluateMatching(set);
  const claims = evaluationClaims(set);
  const weights = claimWeights(claims.keys);
  for (const error of scores.errors) {
    const keys = keyWords(error.text, claims.aliases);
    const parts = claims.keys.map((c) => {
      const m = scoreSentence(keys, c, weights);
      return `${c.id} ${m ? `${m.score} (${m.explanation.code} ${m.explanation.params.shared}/${m.explanation.params.total}${m.explanation.params.claimant ? ", claimant" : ""}${m.explanation.params.roles ? ", roles" : ""})` : "-"}`;
    });
    console.log(`expected [${error.expected.join(", ")}] got [${error.got.join(", ")}] · ${error.text}\n    ${parts.join(" · ")}`);
  }
}

/**
 * Time per article (mean and p95, each ≤ 300 ms at 100,000 claims) and the CPU it takes, this process's and
 * PostgreSQL's: on a shared machine the times grow with the load average, the CPU much less.
 */
export async function matchingSpeedMetrics(): Promise<Metric[]> {
  const m = await measureMatchingPerArticle();
  const where = `load ${m.load[0].toFixed(1)}–${m.load[1].toFixed(1)} on ${(await import("node:os")).cpus().length} cores · ${m.articles} of the imported articles · ${m.claims.toLocaleString("en-US")} claims`;
  const postgres = m.postgresCpuMs === null ? "PostgreSQL's not measured here" : `PostgreSQL ${Math.round(m.postgresCpuMs)} ms`;
  return [
    metric(
      "claim matching per imported article, mean",
      Math.round(m.perArticleMs),
      "ms",
      { op: "<=", value: 300 },
      `p50 ${Math.round(m.p50)} / p95 ${Math.round(m.p95)} ms · ${where} · ${m.suggestions} suggestions stored · in the import's background job, after the save`,
      m,
    ),
    metric("claim matching per imported article, p95", Math.round(m.p95), "ms", { op: "<=", value: 300 }, `${where} (the longest articles: 50 sentences and more)`),
    metric(
      "claim matching CPU per imported article",
      Math.round(m.cpuMs + (m.postgresCpuMs ?? 0)),
      "ms",
      null,
      `this process ${Math.round(m.cpuMs)} ms (keys, scoring) · ${postgres} (its postmaster's processes, from /proc) · ${where}`,
    ),
  ];
}

/** MATCHING_EXPLAIN=1: the plan of the candidate statement for the newest imported article, as PostgreSQL ran it. */
async function explainOneArticle() {
  const { getDb } = await import("@/lib/db/client");
  const { Prisma } = await import("@/generated/prisma/client");
  const { candidateStatement } = await import("@/lib/matching/retrieve");
  const { splitSentences } = await import("@/lib/matching/sentences");
  const { aliasExpansions } = await import("@/lib/matching/keywords");
  const db = getDb();
  await db.$executeRaw`ANALYZE "Claim"`;
  await db.$executeRaw`VACUUM ANALYZE "ClaimKey"`;
  const source = await db.source.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { body: true } });
  const claimants = await db.claimant.findMany({ select: { name: true, aliases: { select: { alias: true } } } });
  const aliases = aliasExpansions(claimants.map((c) => ({ name: c.name, aliases: c.aliases.map((a) => a.alias) })));
  const sentences = splitSentences(source.body).map((sentence) => [...keyWords(sentence.text, aliases)]);
  const statement = await candidateStatement(db, sentences);
  if (!statement) return;
  for (let run = 0; run < 2; run++) {
    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${statement}`);
    if (run === 1) console.log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
  }
}

/**
 * MATCHING_IMPORT=1: the 1,000-article import again on the built desk (its earlier bench articles deleted first, by
 * the marker generateArticles puts in each): the save's seconds, and apart from them the seconds the background job
 * took to match them after the save returned.
 */
async function importAgainMetrics(): Promise<Metric[]> {
  const os = await import("node:os");
  const { getDb } = await import("@/lib/db/client");
  const { measureImport } = await import("./desk-data");
  const db = getDb();
  await db.$executeRaw`DELETE FROM "Source" WHERE body LIKE '%trong bộ dữ liệu đo hiệu năng%'`;
  await db.$executeRaw`VACUUM ANALYZE "Source"`;
  const load = os.loadavg()[0]!;
  const imported = await measureImport(1000);
  const where = `load ${load.toFixed(1)}–${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores · into the desk of ${(await db.claim.count()).toLocaleString("en-US")} claims`;
  return [
    metric("1,000-article import into PostgreSQL (the save)", Math.round(imported.seconds * 10) / 10, "s", { op: "<", value: 10 }, `${imported.stored} stored · ${Math.round(imported.articlesPerSec)} articles/s · ${where}`, imported),
    metric("claim matching of those 1,000 articles in the background job", Math.round(imported.matchingSeconds), "s", null, `done this long after the save returned · ${where}`),
  ];
}

/**
 * `node --conditions=react-server --import tsx bench/matching.ts`: the matching rows alone, without the whole
 * bench. The generated desk (100,000 claims, 10,000 sources, the 1,000-article import) is built once into
 * MATCHING_DESK_DIR (default .data/bench-matching) and reused by later runs; MATCHING_IMPORT=1 imports the 1,000
 * articles again on it.
 */
async function main() {
  const fs = await import("node:fs");
  const path = await import("node:path");
  const { withDeskDatabase, measureImport } = await import("./desk-data");
  const { generateDesk } = await import("./scale-data");
  const { table } = await import("./report");
  const dataDir = path.resolve(process.env.MATCHING_DESK_DIR ?? ".data/bench-matching");
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  fs.chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as `postgres` and must reach it
  const built = path.join(dataDir, "desk-built");
  const metrics = matchingQualityMetrics();
  await withDeskDatabase(dataDir, async (url) => {
    if (!fs.existsSync(built)) {
      const { migrate } = await import("@/lib/db/migrate");
      const { seedDemo } = await import("@/prisma/seed");
      await migrate(url, { log: () => {} });
      await seedDemo(() => {});
      console.log("generating the desk (100,000 claims, 10,000 sources)…");
      await generateDesk(url, { claims: 100_000, sources: 10_000, log: (line) => console.log(line) });
      console.log("importing 1,000 articles…");
      const imported = await measureImport(1000);
      console.log(`1,000-article import: ${imported.seconds.toFixed(1)} s (${imported.stored} stored), matching in the background job done ${imported.matchingSeconds.toFixed(1)} s after the save returned`);
      fs.writeFileSync(built, new Date().toISOString());
    }
    // A desk built before a later migration (the claim_keys one fills ClaimKey for the claims it finds) gets it now.
    const { migrate } = await import("@/lib/db/migrate");
    await migrate(url, { log: (line) => console.log(line) });
    const { getDb } = await import("@/lib/db/client");
    if (process.env.MATCHING_IMPORT === "1") metrics.push(...(await importAgainMetrics()));
    // As after the import in the full bench: no suggestion stored yet (an earlier run of this script stored some).
    await getDb().$executeRaw`DELETE FROM "MatchSuggestion"`;
    if (process.env.MATCHING_EXPLAIN === "1") await explainOneArticle();
    metrics.push(...(await matchingSpeedMetrics()));
    metrics.push(...(await labelledRetrievalMetrics()));
  });
  console.log(table(metrics));
}

if (process.argv[1] && import.meta.url === (await import("node:url")).pathToFileURL(process.argv[1]).href) await main();
