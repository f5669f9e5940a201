// Proof that a change to the scorer's speed changed no result: every (sentence, claim) pair of the labelled sets
// (fixtures/matching/: the tuning part, held out, blind, blind 2, blind 3) and of a sample of the generated desk's imported
// articles with their retrieved candidates is scored (score, explanation, or no match), each sentence's suggestions
// are taken at the threshold and at four others, and each set's or article's results are reduced to a hash.
//   node --conditions=react-server --import tsx scripts/match-snapshot.ts sample <sample.json> [articles]
//       reads the newest imported articles of the bench desk (MATCHING_DESK_DIR, default .data/bench-matching) and
//       their candidate rows once, so that later runs score the same candidates whatever ANALYZE sampled since
//   node --import tsx scripts/match-snapshot.ts write <hashes.json> [sample.json]   keeps the hashes (before the change)
//   node --import tsx scripts/match-snapshot.ts check <hashes.json> [sample.json]   scores again and lists what differs
// Rules changed on purpose change the hashes: take the snapshot again after them.
import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { evaluationClaims, loadBlindSet, loadEvaluationSet, loadHeldOutSet, type EvaluationSet } from "../lib/matching/evaluation";
import { aliasExpansions, claimantKeys, keyWords, type AliasExpansion } from "../lib/matching/keywords";
import { claimWeights, MATCH_THRESHOLD, matchSentence, scoreSentence, type ClaimKeys } from "../lib/matching/score";
import { splitSentences } from "../lib/matching/sentences";
import { writeOrCheckHashes } from "./lib/snapshot";

type CandidateRow = { id: string; text: string; gloss: string | null; claimantName: string | null; claimantAliases: string[]; quotes: string[] };
type Sample = { claimants: { name: string; aliases: string[] }[]; articles: { id: string; body: string; candidates: CandidateRow[] }[] };

const THRESHOLDS = [MATCH_THRESHOLD, 0.25, 0.35, 0.55, 0.7];

/** Every pair's score and explanation (null: no match at all), then the sentence's suggestions at the threshold, as one hash. */
function hashScores(sentences: Set<string>[], claims: ClaimKeys[]): string {
  const hash = createHash("sha256");
  const weights = claimWeights(claims);
  for (const sentence of sentences) {
    hash.update(JSON.stringify(claims.map((claim) => scoreSentence(sentence, claim, weights))));
    // At the threshold and around it: what matchSentence leaves out unscored must never have reached it.
    for (const threshold of THRESHOLDS) hash.update(JSON.stringify(matchSentence(sentence, claims, threshold, weights)));
  }
  return hash.digest("hex").slice(0, 16);
}

function fixtureHashes(out: Record<string, string>) {
  const tuning = loadEvaluationSet();
  const sets: [string, EvaluationSet][] = [
    ["tuning", tuning],
    ["held-out", loadHeldOutSet(tuning)],
    ["blind", loadBlindSet(tuning)],
    ["blind2", loadBlindSet(tuning, "blind2.json")],
    ["blind3", loadBlindSet(tuning, "blind3.json")],
  ];
  for (const [name, set] of sets) {
    const { keys, aliases } = evaluationClaims(set);
    out[`fixtures/${name}`] = hashScores(set.items.map((item) => keyWords(item.text, aliases)), keys);
    // Each article's sentences against the claims, as the import's job scores them.
    for (const [source, sentences] of set.articles) out[`fixtures/${name}/${source}`] = hashScores(sentences.map((text) => keyWords(text, aliases)), keys);
  }
}

function sampleHashes(out: Record<string, string>, sample: Sample) {
  const aliases: AliasExpansion[] = aliasExpansions(sample.claimants);
  for (const article of sample.articles) {
    const claims: ClaimKeys[] = article.candidates.map((c) => ({
      id: c.id,
      wording: keyWords(c.text, aliases),
      gloss: keyWords(c.gloss ?? "", aliases),
      quotes: c.quotes.map((q) => keyWords(q, aliases)),
      claimant: claimantKeys(c.claimantName === null ? null : { name: c.claimantName, aliases: c.claimantAliases }),
    }));
    out[`desk/${article.id}`] = hashScores(splitSentences(article.body).map((s) => keyWords(s.text, aliases)), claims);
  }
}

async function takeSample(file: string, count: number) {
  const { withDeskDatabase } = await import("../bench/desk-data");
  await withDeskDatabase(path.resolve(process.env.MATCHING_DESK_DIR ?? ".data/bench-matching"), async () => {
    const { getDb } = await import("@/lib/db/client");
    const { candidateStatement } = await import("@/lib/matching/retrieve");
    const db = getDb();
    const claimants = await db.claimant.findMany({ where: { mergedIntoId: null }, select: { name: true, aliases: { select: { alias: true } } } });
    const expansions = aliasExpansions(claimants.map((c) => ({ name: c.name, aliases: c.aliases.map((a) => a.alias) })));
    const sources = await db.source.findMany({ orderBy: { createdAt: "desc" }, take: count, select: { id: true, body: true } });
    const sample: Sample = { claimants: claimants.map((c) => ({ name: c.name, aliases: c.aliases.map((a) => a.alias) })), articles: [] };
    for (const source of sources) {
      const statement = await candidateStatement(db, splitSentences(source.body).map((s) => [...keyWords(s.text, expansions)]));
      const candidates = statement ? await db.$queryRaw<CandidateRow[]>(statement) : [];
      sample.articles.push({ id: source.id, body: source.body, candidates });
    }
    fs.writeFileSync(file, JSON.stringify(sample));
    console.log(`${sample.articles.length} articles, ${sample.articles.reduce((n, a) => n + a.candidates.length, 0)} candidates kept in ${file}`);
  });
}

const [mode, file, extra] = process.argv.slice(2);
if (!file || (mode !== "write" && mode !== "check" && mode !== "sample")) throw new Error("usage: match-snapshot.ts sample <sample.json> [articles] | write|check <hashes.json> [sample.json]");
if (mode === "sample") {
  await takeSample(file, Number(extra ?? 100));
} else {
  const hashes: Record<string, string> = {};
  fixtureHashes(hashes);
  if (extra) sampleHashes(hashes, JSON.parse(fs.readFileSync(extra, "utf8")) as Sample);
  writeOrCheckHashes(mode, file, hashes);
}
