// Claim matching: precision, recall and check-worthy precision at 10 on the labelled set (in process), and the
// time matching takes per imported article on the generated desk (100,000 claims), as the import's background job runs it.
import { evaluateCheckWorthy, evaluateMatching, evaluationClaims, loadBlindSet, loadEvaluationSet, loadHeldOutSet } from "@/lib/matching/evaluation";
import { claimWeights, MATCH_THRESHOLD, scoreSentence, type ClaimKeys } from "@/lib/matching/score";
import { keyWords } from "@/lib/matching/keywords";
import { metric, type Metric } from "./report";
import { percentiles } from "./desk-data";

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The scorer and the check-worthiness ranker on fixtures/matching/ at the default threshold. */
export function matchingQualityMetrics(): Metric[] {
  const set = loadEvaluationSet();
  const scores = evaluateMatching(set);
  const checkWorthy = evaluateCheckWorthy(set);
  const mean = checkWorthy.reduce((sum, r) => sum + r.precisionAt10, 0) / checkWorthy.length;
  const heldOutSet = loadHeldOutSet(set);
  const heldOut = evaluateMatching(heldOutSet);
  const detail = `${scores.truePositives} of ${scores.suggested} suggestions right, ${scores.truePositives} of ${scores.labelled} labelled found · ${set.items.length} sentences and relays · threshold ${MATCH_THRESHOLD}`;
  const blindSet = loadBlindSet(set);
  const blind = evaluateMatching(blindSet);
  const blindCheckWorthy = evaluateCheckWorthy(blindSet);
  const blindMean = blindCheckWorthy.reduce((sum, r) => sum + r.precisionAt10, 0) / blindCheckWorthy.length;
  const blindDetail = `blind (labelled before the scorer saw it): ${blind.truePositives} of ${blind.suggested} right, ${blind.truePositives} of ${blind.labelled} found · ${blindSet.items.length} relays`;
  const heldOutDetail = `held out (never tuned on): ${heldOut.truePositives} of ${heldOut.suggested} right, ${heldOut.truePositives} of ${heldOut.labelled} found · ${heldOutSet.items.length} relays`;
  return [
    metric("claim matching precision (labelled set, tuning part)", round(scores.precision), "", { op: ">=", value: 0.8 }, detail, { ...scores, errors: scores.errors.length }),
    metric("claim matching recall (labelled set, tuning part)", round(scores.recall), "", { op: ">=", value: 0.85 }, detail),
    metric("claim matching precision (held-out relays)", round(heldOut.precision), "", { op: ">=", value: 0.8 }, heldOutDetail, { ...heldOut, errors: heldOut.errors.length }),
    metric("claim matching recall (held-out relays)", round(heldOut.recall), "", { op: ">=", value: 0.85 }, heldOutDetail),
    metric("claim matching precision (blind relays)", round(blind.precision), "", { op: ">=", value: 0.8 }, blindDetail, { ...blind, errors: blind.errors.length }),
    metric("claim matching recall (blind relays)", round(blind.recall), "", { op: ">=", value: 0.85 }, blindDetail),
    metric(
      "check-worthy precision at 10, blind articles",
      round(blindMean, 2),
      "",
      { op: ">=", value: 0.7 },
      blindCheckWorthy.map((r) => `${r.source} ${round(r.precisionAt10, 2)}`).join(" · "),
      { perArticle: blindCheckWorthy.map(({ source, precisionAt10 }) => ({ source, precisionAt10 })) },
    ),
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
 * On the desk DATABASE_URL points at (the generated one, after the 1,000-article import): the newest `count`
 * sources matched one at a time, as the background job does after an import (retrieval, scoring, storing).
 */
export async function measureMatchingPerArticle(count = 200): Promise<{ perArticleMs: number; p50: number; p95: number; articles: number; suggestions: number; claims: number; load: [number, number]; cpuMs: number }> {
  const os = await import("node:os");
  const { getDb } = await import("@/lib/db/client");
  const { matchImportedSources } = await import("@/lib/matching/retrieve");
  const db = getDb();
  await db.$executeRaw`ANALYZE "Claim"`; // the word statistics retrieval reads, as autovacuum would have them
  const sources = await db.source.findMany({ orderBy: { createdAt: "desc" }, take: count, select: { id: true } });
  const claims = await db.claim.count();
  await matchImportedSources([sources[0]!.id]); // warm: caches of aliases and word statistics, as in a running app
  const times: number[] = [];
  let suggestions = 0;
  const loadBefore = os.loadavg()[0]!;
  const cpuBefore = process.cpuUsage();
  for (const { id } of sources) {
    const started = performance.now();
    suggestions += await matchImportedSources([id]);
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const { p50, p95 } = percentiles(times);
  return {
    perArticleMs: times.reduce((a, b) => a + b, 0) / times.length, p50, p95, articles: sources.length, suggestions, claims,
    load: [loadBefore, os.loadavg()[0]!], cpuMs: (cpu.user + cpu.system) / 1000 / sources.length,
  };
}

/**
 * Where retrieval puts the labelled claims on the desk DATABASE_URL points at, for each (sentence, claim) pair of
 * the tuning part. The sentence is retrieved as the import's job retrieves it: with every sentence of its article
 * in one statement (a relay alone, as a one-sentence article). Counted, each of 40 pairs:
 * - `labelled claim retrieved`: the demo claim itself is among the sentence's candidates (its place);
 * - `or a duplicate`: the demo claim or a claim that states it is: a generated claim whose wording the scorer
 *   matches to the demo claim at the threshold, as it would a relay. The generated claims are runs of the sample
 *   sentences, so thousands of them say "Triều Tiên cung cấp vũ khí cho Nga" in the dossier's words; such a
 *   near-copy is as right an answer as the demo claim;
 * - `suggested`: the demo claim (or a duplicate) is among the sentence's suggestions (scored at the threshold
 *   against all the article's candidates, best three);
 * - `copies`: pairs whose sentence has candidates copying six or more of its words in a row (a generated
 *   claim made from that very sentence), which honestly outrank a reworded claim.
 * With MATCHING_MISSES=1 each pair is printed, and each scorer miss of the tuning part with every claim's score
 * and its parts.
 */
export async function labelledRetrievalMetrics(): Promise<Metric[]> {
  const os = await import("node:os");
  const { getDb } = await import("@/lib/db/client");
  const { candidateClaims } = await import("@/lib/matching/retrieve");
  const { aliasExpansions, claimantKeys, keyWords, words } = await import("@/lib/matching/keywords");
  const { matchSentence, scoreSentence } = await import("@/lib/matching/score");
  const db = getDb();
  const set = loadEvaluationSet();
  const verbose = process.env.MATCHING_MISSES === "1";
  const loadBefore = os.loadavg()[0]!;
  const claimants = await db.claimant.findMany({ select: { name: true, aliases: { select: { alias: true } } } });
  const aliases = aliasExpansions(claimants.map((c) => ({ name: c.name, aliases: c.aliases.map((a) => a.alias) })));
  const demo = new Map<string, ClaimKeys>();
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
  }
  const runsOf = (text: string) => {
    const list = words(text);
    return Array.from({ length: Math.max(0, list.length - 5) }, (_, i) => list.slice(i, i + 6).join(" "));
  };
  let total = 0;
  let found = 0;
  let foundOrSame = 0;
  let suggested = 0;
  let suggestedOrSame = 0;
  let copied = 0;
  const places: number[] = [];
  const byArticle = new Map<string, { candidates: ClaimKeys[]; texts: Map<string, string> }>();
  for (const item of set.items.filter((i) => i.claims.length)) {
    const context = set.articles.get(item.source) ?? [item.text];
    let retrieved = byArticle.get(item.source);
    if (!retrieved || !set.articles.has(item.source)) {
      const candidates = await candidateClaims(db, context.map((text) => [...keyWords(text, aliases)]));
      const rows = await db.claim.findMany({ where: { id: { in: candidates.map((c) => c.id) } }, select: { id: true, text: true } });
      retrieved = { candidates, texts: new Map(rows.map((r) => [r.id, r.text])) };
      byArticle.set(item.source, retrieved);
    }
    const { candidates, texts } = retrieved;
    const runs = runsOf(item.text);
    const copies = candidates.filter((c) => runs.some((run) => words(texts.get(c.id) ?? "").join(" ").includes(run))).length;
    if (copies) copied++;
    const suggestions = matchSentence(keyWords(item.text, aliases), candidates).slice(0, 3).map((m) => m.claimId);
    for (const label of item.claims) {
      total++;
      const labelled = demo.get(label)!;
      const same = new Set(candidates.filter((c) => c.id === labelled.id || (scoreSentence(c.wording, labelled)?.score ?? 0) >= MATCH_THRESHOLD).map((c) => c.id));
      const place = candidates.findIndex((c) => c.id === labelled.id);
      if (place >= 0) {
        found++;
        places.push(place + 1);
      }
      if (same.size) foundOrSame++;
      if (suggestions.includes(labelled.id)) suggested++;
      if (suggestions.some((id) => same.has(id))) suggestedOrSame++;
      if (verbose) {
        const where = place >= 0 ? `place ${place + 1}` : "not retrieved";
        console.log(`${where} of ${candidates.length} · ${same.size - (place >= 0 ? 1 : 0)} duplicates · ${copies} copies · ${suggestions.includes(labelled.id) ? "suggested" : suggestions.some((id) => same.has(id)) ? "duplicate suggested" : "not suggested"} · ${label} · ${item.text}`);
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
      `${placesNote(places)} · each sentence retrieved with its whole article, as the import's job does · the demo claims among ${claims} · ${load}`,
      { found, total, places },
    ),
    metric(
      "labelled pairs: the labelled claim or a duplicate of it among the candidates",
      foundOrSame,
      `of ${total}`,
      null,
      `a duplicate: a claim whose wording the scorer matches to the labelled claim at ${MATCH_THRESHOLD} · ${copied} of the pairs' sentences have candidates that copy 6+ of their words in a row (the generated claims are runs of the sample sentences)`,
      { foundOrSame, copied },
    ),
    metric(
      "labelled pairs suggested at scale (the labelled claim / or a duplicate, best three of the sentence)",
      suggested,
      `of ${total}`,
      null,
      `${suggestedOrSame} of ${total} with a duplicate counted · threshold ${MATCH_THRESHOLD}, weights of the article's candidates`,
      { suggested, suggestedOrSame, total },
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

export async function matchingSpeedMetrics(): Promise<Metric[]> {
  const m = await measureMatchingPerArticle();
  return [
    metric(
      "claim matching per imported article, mean",
      Math.round(m.perArticleMs),
      "ms",
      { op: "<=", value: 300 },
      `p50 ${Math.round(m.p50)} / p95 ${Math.round(m.p95)} ms · load ${m.load[0].toFixed(1)}–${m.load[1].toFixed(1)} on ${(await import("node:os")).cpus().length} cores · this process's CPU ${Math.round(m.cpuMs)} ms an article (the rest is PostgreSQL) · ${m.articles} of the imported articles · ${m.claims.toLocaleString("en-US")} claims · ${m.suggestions} suggestions stored · in the import's background job, after the save`,
      m,
    ),
  ];
}

/**
 * `node --conditions=react-server --import tsx bench/matching.ts`: the matching rows alone, without the whole
 * bench. The generated desk (100,000 claims, 10,000 sources, the 1,000-article import) is built once into
 * MATCHING_DESK_DIR (default .data/bench-matching) and reused by later runs.
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
      await measureImport(1000);
      const { matchingIdle } = await import("@/lib/matching/background");
      await matchingIdle();
      fs.writeFileSync(built, new Date().toISOString());
    }
    // As after the import in the full bench: no suggestion stored yet (an earlier run of this script stored some).
    const { getDb } = await import("@/lib/db/client");
    await getDb().$executeRaw`DELETE FROM "MatchSuggestion"`;
    metrics.push(...(await matchingSpeedMetrics()));
    metrics.push(...(await labelledRetrievalMetrics()));
  });
  console.log(table(metrics));
}

if (process.argv[1] && import.meta.url === (await import("node:url")).pathToFileURL(process.argv[1]).href) await main();
