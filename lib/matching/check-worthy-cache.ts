// The reader's check-worthy sentences: a source's body ranked once per body version, not on every view.
import "server-only";
import { rankCheckWorthy, type CandidateSentence } from "./cues";
import { splitSentences, type Sentence } from "./sentences";
import { mapYielding } from "./yielding";
import { inAccountTurn } from "./account-turns";

const RANK_SLICE = 200;
/** Bodies whose ranking is kept (a 2,000,000-character body's takes a few megabytes). */
const KEPT_BODIES = 8;

export type RankedSentence = CandidateSentence<Sentence>;

/**
 * Every check-worthy sentence of `body`, best first, ties in text order. Ranked a slice at a time (a long source's
 * 22,000 sentences took 2.6 s): a stable sort of the slices' rankings, in text order, is the whole ranking, since a
 * sentence's score is its own.
 */
export async function rankBody(body: string): Promise<RankedSentence[]> {
  const sentences = splitSentences(body);
  const slices: Sentence[][] = [];
  for (let i = 0; i < sentences.length; i += RANK_SLICE) slices.push(sentences.slice(i, i + RANK_SLICE));
  return (await mapYielding(slices, (slice) => rankCheckWorthy(slice))).flat().sort((a, b) => b.score - a.score);
}

const kept = new Map<string, Promise<RankedSentence[]>>();

/**
 * The ranking of a source's body at `bodyVersion` (a body edit raises the version, so a kept ranking never outlives
 * its text). Views of the same version share one ranking, even while it is being made; a new one is made in the
 * asking account's turn (account-turns.ts), so one account's views cannot rank many bodies at once.
 */
export function rankedCheckWorthy(account: string, source: { id: string; bodyVersion: number; body: string }): Promise<RankedSentence[]> {
  const key = `${source.id}:${source.bodyVersion}`;
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    kept.set(key, found);
    return found;
  }
  const ranking = inAccountTurn(account, () => rankBody(source.body));
  kept.set(key, ranking);
  while (kept.size > KEPT_BODIES) kept.delete(kept.keys().next().value!);
  ranking.catch(() => kept.get(key) === ranking && kept.delete(key));
  return ranking;
}
