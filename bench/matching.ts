// Claim matching: precision, recall and check-worthy precision at 10 on the labelled set (in process), and the
// time matching takes per imported article on the generated desk (100,000 claims), as the import's background job runs it.
import { evaluateCheckWorthy, evaluateMatching, evaluationClaims, loadEvaluationSet, loadHeldOutSet } from "@/lib/matching/evaluation";
import { claimWeights, MATCH_THRESHOLD, scoreSentence } from "@/lib/matching/score";
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
  const heldOutDetail = `held out (never tuned on): ${heldOut.truePositives} of ${heldOut.suggested} right, ${heldOut.truePositives} of ${heldOut.labelled} found · ${heldOutSet.items.length} relays`;
  return [
    metric("claim matching precision (labelled set, tuning part)", round(scores.precision), "", { op: ">=", value: 0.8 }, detail, { ...scores, errors: scores.errors.length }),
    metric("claim matching recall (labelled set, tuning part)", round(scores.recall), "", { op: ">=", value: 0.85 }, detail),
    metric("claim matching precision (held-out relays)", round(heldOut.precision), "", { op: ">=", value: 0.8 }, heldOutDetail, { ...heldOut, errors: heldOut.errors.length }),
    metric("claim matching recall (held-out relays)", round(heldOut.recall), "", { op: ">=", value: 0.85 }, heldOutDetail),
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
export async function measureMatchingPerArticle(count = 200): Promise<{ perArticleMs: number; p50: number; p95: number; articles: number; suggestions: number; claims: number }> {
  const { getDb } = await import("@/lib/db/client");
  const { matchImportedSources } = await import("@/lib/matching/retrieve");
  const db = getDb();
  await db.$executeRaw`ANALYZE "Claim"`; // the word statistics retrieval reads, as autovacuum would have them
  const sources = await db.source.findMany({ orderBy: { createdAt: "desc" }, take: count, select: { id: true } });
  const claims = await db.claim.count();
  await matchImportedSources([sources[0]!.id]); // warm: caches of aliases and word statistics, as in a running app
  const times: number[] = [];
  let suggestions = 0;
  for (const { id } of sources) {
    const started = performance.now();
    suggestions += await matchImportedSources([id]);
    times.push(performance.now() - started);
  }
  const { p50, p95 } = percentiles(times);
  return { perArticleMs: times.reduce((a, b) => a + b, 0) / times.length, p50, p95, articles: sources.length, suggestions, claims };
}

/**
 * Where retrieval puts the labelled claims on the desk DATABASE_URL points at: for each (sentence, claim) pair
 * of the tuning part, the candidates of that sentence alone and the place of the claim among them (found by its
 * wording). With MATCHING_MISSES=1 each pair is printed, and each scorer miss of the tuning part with every
 * claim's score and its parts.
 */
export async function labelledRetrievalMetrics(): Promise<Metric[]> {
  const { getDb } = await import("@/lib/db/client");
  const { candidateClaims } = await import("@/lib/matching/retrieve");
  const { aliasExpansions, keyWords } = await import("@/lib/matching/keywords");
  const db = getDb();
  const set = loadEvaluationSet();
  const verbose = process.env.MATCHING_MISSES === "1";
  const claimants = await db.claimant.findMany({ select: { name: true, aliases: { select: { alias: true } } } });
  const aliases = aliasExpansions(claimants.map((c) => ({ name: c.name, aliases: c.aliases.map((a) => a.alias) })));
  let found = 0;
  let total = 0;
  const places: number[] = [];
  for (const item of set.items.filter((i) => i.claims.length)) {
    const candidates = await candidateClaims(db, [[...keyWords(item.text, aliases)]]);
    const texts = await db.claim.findMany({ where: { id: { in: candidates.map((c) => c.id) } }, select: { id: true, text: true } });
    for (const label of item.claims) {
      total++;
      const wording = set.labels.claims.find((c) => c.id === label)!.text;
      const same = new Set(texts.filter((t) => t.text === wording).map((t) => t.id));
      const place = candidates.findIndex((c) => same.has(c.id));
      if (place >= 0) {
        found++;
        places.push(place + 1);
      }
      if (verbose) console.log(`${place >= 0 ? `place ${place + 1}` : "not retrieved"} of ${candidates.length} · ${label} · ${item.text}`);
    }
  }
  if (verbose) printScorerMisses(set);
  return [
    metric(
      "labelled (sentence, claim) pairs among the sentence's candidates",
      found,
      `of ${total}`,
      null,
      `${placesNote(places)} · retrieval of one sentence at a time on the generated desk, the demo claims among ${(await db.claim.count()).toLocaleString("en-US")}`,
      { found, total, places },
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
      `p50 ${Math.round(m.p50)} / p95 ${Math.round(m.p95)} ms · ${m.articles} of the imported articles · ${m.claims.toLocaleString("en-US")} claims · ${m.suggestions} suggestions stored · in the import's background job, after the save`,
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
