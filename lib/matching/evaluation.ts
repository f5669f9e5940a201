// The labelled evaluation set (fixtures/matching/) and the scorer's precision, recall and check-worthy P@10 on it.
import fs from "node:fs";
import path from "node:path";
import { parseImport } from "@/lib/sources/parse-import";
import { aliasExpansions, claimantKeys, keyWords, type AliasExpansion } from "./keywords";
import { splitSentences } from "./sentences";
import { claimWeights, matchSentence, MATCH_THRESHOLD, type ClaimKeys } from "./score";
import { rankCheckWorthy } from "./cues";

type Labels = {
  claimants: { name: string; aliases: string[] }[];
  claims: { id: string; claimant?: string; text: string; gloss: string; quotes: string[] }[];
  matches: { sentence: string; claims: string[] }[];
  anchored: string[];
  relays: { outlet: string; text: string; claims: string[] }[];
};
type CheckWorthy = { articles: { source: string; checkWorthy: string[]; notCheckWorthy: string[] }[] };

export type EvaluationItem = { source: string; text: string; claims: string[] };
export type EvaluationSet = { labels: Labels; checkWorthy: CheckWorthy; items: EvaluationItem[]; articles: Map<string, string[]> };
type HeldOut = { relays: { outlet: string; text: string; claims: string[] }[] };

const DIR = path.resolve("fixtures/matching");

/** Every sentence of the sample articles (minus the demo claims' own quotes) and every relay, with its labelled claims. */
export function loadEvaluationSet(): EvaluationSet {
  const labels = JSON.parse(fs.readFileSync(path.join(DIR, "labels.json"), "utf8")) as Labels;
  const checkWorthy = JSON.parse(fs.readFileSync(path.join(DIR, "check-worthy.json"), "utf8")) as CheckWorthy;
  const articles = new Map<string, string[]>();
  const items: EvaluationItem[] = [];
  const used = new Set<string>();
  const dir = path.resolve("fixtures/articles");
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    parseImport(fs.readFileSync(path.join(dir, file), "utf8"), file).forEach((source, index) => {
      const id = `${file}#${index + 1}`;
      const sentences = splitSentences(source.body).map((s) => s.text);
      articles.set(id, sentences);
      for (const text of sentences) {
        if (labels.anchored.some((a) => text.startsWith(a))) continue;
        const label = labels.matches.find((m) => text.startsWith(m.sentence));
        if (label) used.add(label.sentence);
        items.push({ source: id, text, claims: label?.claims ?? [] });
      }
    });
  }
  const unused = labels.matches.filter((m) => !used.has(m.sentence));
  if (unused.length) throw new Error(`Labelled sentences not found in the samples: ${unused.map((m) => m.sentence).join(" | ")}`);
  for (const relay of labels.relays) items.push({ source: relay.outlet, text: relay.text, claims: relay.claims });
  return { labels, checkWorthy, items, articles };
}

/**
 * The held-out part (fixtures/matching/held-out.json): relays written and labelled before the scorer was tuned
 * for recall, never used to choose a rule or the threshold. Same claims and claimants as the tuning part.
 */
export function loadHeldOutSet(tuning: EvaluationSet = loadEvaluationSet()): EvaluationSet {
  const heldOut = JSON.parse(fs.readFileSync(path.join(DIR, "held-out.json"), "utf8")) as HeldOut;
  return { ...tuning, articles: new Map(), items: heldOut.relays.map((r) => ({ source: r.outlet, text: r.text, claims: r.claims })) };
}

type Blind = {
  relays: { outlet: string; text: string; claims: string[] }[];
  checkWorthy: { articles: { source: string; sentences: { text: string; checkWorthy: boolean }[] }[] };
};

/**
 * A blind part (fixtures/matching/blind.json, blind2.json, blind3.json): relays and two short articles written and labelled
 * before the scorer was run on them, to measure what the scorer does on relays it was never shaped by. Same claims
 * and claimants.
 */
export function loadBlindSet(tuning: EvaluationSet = loadEvaluationSet(), file: "blind.json" | "blind2.json" | "blind3.json" = "blind.json"): EvaluationSet {
  const blind = JSON.parse(fs.readFileSync(path.join(DIR, file), "utf8")) as Blind;
  const articles = new Map(blind.checkWorthy.articles.map((a) => [a.source, a.sentences.map((s) => s.text)]));
  const checkWorthy: CheckWorthy = {
    articles: blind.checkWorthy.articles.map((a) => ({
      source: a.source,
      checkWorthy: a.sentences.filter((s) => s.checkWorthy).map((s) => s.text),
      notCheckWorthy: a.sentences.filter((s) => !s.checkWorthy).map((s) => s.text),
    })),
  };
  return { ...tuning, checkWorthy, articles, items: blind.relays.map((r) => ({ source: r.outlet, text: r.text, claims: r.claims })) };
}

export type MatchingScores = { precision: number; recall: number; truePositives: number; suggested: number; labelled: number; errors: { text: string; expected: string[]; got: string[] }[] };

/** The set's claims as the scorer sees them, and the aliases their key words were made with. */
export function evaluationClaims(set: EvaluationSet): { keys: ClaimKeys[]; aliases: AliasExpansion[] } {
  const aliases = aliasExpansions(set.labels.claimants);
  // A claimant named by one of its aliases is that claimant, as the desk resolves it (createClaim).
  const claimant = (name: string | undefined) => (name ? (set.labels.claimants.find((c) => c.name === name || c.aliases.includes(name)) ?? { name, aliases: [] }) : null);
  const keys: ClaimKeys[] = set.labels.claims.map((c) => ({
    id: c.id,
    wording: keyWords(c.text, aliases),
    gloss: keyWords(c.gloss, aliases),
    quotes: c.quotes.map((q) => keyWords(q, aliases)),
    claimant: claimantKeys(claimant(c.claimant)),
  }));
  return { keys, aliases };
}

/** Precision and recall of (sentence, claim) suggestions at a threshold over the whole set. */
export function evaluateMatching(set: EvaluationSet, threshold = MATCH_THRESHOLD): MatchingScores {
  const { keys: claims, aliases } = evaluationClaims(set);
  const weights = claimWeights(claims);
  let truePositives = 0;
  let suggested = 0;
  let labelled = 0;
  const errors: MatchingScores["errors"] = [];
  for (const item of set.items) {
    const got = matchSentence(keyWords(item.text, aliases), claims, threshold, weights).map((m) => m.claimId);
    suggested += got.length;
    labelled += item.claims.length;
    const hits = got.filter((id) => item.claims.includes(id)).length;
    truePositives += hits;
    if (hits !== got.length || hits !== item.claims.length) errors.push({ text: item.text, expected: item.claims, got });
  }
  return { precision: suggested ? truePositives / suggested : 1, recall: labelled ? truePositives / labelled : 1, truePositives, suggested, labelled, errors };
}

/** Check-worthy precision at 10 for each judged article: the share of the ranker's first ten that were judged check-worthy. */
export function evaluateCheckWorthy(set: EvaluationSet): { source: string; precisionAt10: number; unjudged: string[] }[] {
  return set.checkWorthy.articles.map((article) => {
    const sentences = set.articles.get(article.source);
    if (!sentences) throw new Error(`No such article in the samples: ${article.source}`);
    const top = rankCheckWorthy(sentences.map((text) => ({ text }))).slice(0, 10);
    const isYes = (text: string) => article.checkWorthy.some((p) => text.startsWith(p));
    const isNo = (text: string) => article.notCheckWorthy.some((p) => text.startsWith(p));
    const unjudged = top.filter((s) => !isYes(s.text) && !isNo(s.text)).map((s) => s.text);
    return { source: article.source, precisionAt10: top.filter((s) => isYes(s.text)).length / Math.max(1, Math.min(10, top.length)), unjudged };
  });
}
