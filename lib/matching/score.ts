// How well a sentence states a known claim, and why, in one sentence (pure).
import { ASKED_KEY, CONDITIONAL_KEY, DENIES_KEY, MODAL_KEY, NEGATED_KEY, OPPOSITES, QUESTION_KEY } from "./vocabulary";
import { compareRoles, ROLE_KEY } from "./roles";

/** A claim as matching sees it: the key words of its wording, its gloss and each anchored quote. */
export type ClaimKeys = { id: string; wording: Set<string>; gloss: Set<string>; quotes: Set<string>[]; claimant?: Set<string>[] };

/**
 * The stored reason for a suggestion, translated on screen: `matching.explain.<via>` with its numbers;
 * `claimant`: 1 when the sentence names the claim's claimant (which adds to the score), absent or 0 otherwise;
 * `roles`: 1 when the sentence puts the same actors in the claim's roles (who supplies whom, who denies), which
 * adds to the score, absent or 0 otherwise.
 */
export type Explanation = { code: "wording" | "gloss" | "quote"; params: { shared: number; total: number; quotes: number; claimant?: number; roles?: number } };

export type Match = { claimId: string; score: number; explanation: Explanation };

/**
 * The default threshold, chosen on the tuning part of the labelled set (fixtures/matching/): of the thresholds
 * at which precision stays at or above 0.8, those with the best recall, and of these the highest (fewest false
 * suggestions); see fixtures/matching/README.md for the sweep.
 */
export const MATCH_THRESHOLD = 0.45;
/** Fewer shared key words than this is chance, however short the claim. */
export const MIN_SHARED = 3;
/** A quote shares "enough" with the sentence to be named in the explanation. */
const QUOTE_SUPPORT = 0.5;
/**
 * Added when the sentence names the claim's claimant (its name, an alias, or the country they stand for): a
 * relay that says who made the claim ("Washington cáo buộc …") states it even when it words it more briefly.
 */
const CLAIMANT_BONUS = 0.08;
/**
 * Added when the sentence puts the claim's actors in the claim's roles (roles.ts: "Moscow nhận đạn pháo từ Bình
 * Nhưỡng" for "Triều Tiên cung cấp đạn dược cho Nga"); taken off when the claim reports a transfer and the
 * sentence none (the same countries and the same war, but not who supplies whom). A sentence that puts other
 * actors in them states another claim and is never matched.
 */
const ROLE_BONUS = 0.08;
const ROLE_MISSING = 0.1;
/**
 * Taken off when the sentence only asks or supposes (MODAL_KEY: "có thể", "liệu", "whether", "?") what the claim
 * states outright, that is when most of the words it shares with the claim (by weight) are in doubt: "Một câu hỏi lớn là Triều Tiên có thể cung cấp đạn dược …" shares the allegation's parties and
 * words but does not make it. A soft cue, not a veto: "may" and "có thể" also hedge statements that are made.
 */
export const MODAL_PENALTY = 0.12;
/** How much of the score is the share of the claim's words found (the rest: the share of the sentence's words that are the claim's). */
const RECALL_WEIGHT = 0.6;

/** How much a key word tells claims apart: 1 when no claim in view has it, less the more of them do. */
export type Weights = (word: string) => number;
const EVEN: Weights = () => 1;

/**
 * Inverse document frequency among the claims in view (the candidates of one article): a word most of
 * them share ("Nga", "Triều Tiên" on this desk) says little about which one a sentence states.
 */
export function claimWeights(claims: ClaimKeys[]): Weights {
  const frequency = new Map<string, number>();
  for (const claim of claims) {
    const words = new Set([...claim.wording, ...claim.gloss, ...claim.quotes.flatMap((q) => [...q])]);
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const n = claims.length;
  const top = Math.log(1 + (n + 1));
  const known = new Map<string, number>();
  return (word) => {
    let w = known.get(word);
    if (w === undefined) known.set(word, (w = Math.log(1 + (n + 1) / ((frequency.get(word) ?? 0) + 1)) / top));
    return w;
  };
}

/** Every key word of a claim's references, kept per claim: a sentence sharing fewer than MIN_SHARED of them cannot match. */
const allWords = new WeakMap<ClaimKeys, Set<string>>();
function wordsOf(claim: ClaimKeys): Set<string> {
  let words = allWords.get(claim);
  if (!words) allWords.set(claim, (words = new Set([...claim.wording, ...claim.gloss, ...claim.quotes.flatMap((q) => [...q])])));
  return words;
}

/** Marks ("~if", the role keys of roles.ts) travel with the key words but are no words: they never count as shared. */
const isMark = (word: string) => word.charCodeAt(0) === 126; // "~"

function sharesAtLeast(sentence: Set<string>, words: Set<string>, n: number): boolean {
  let found = 0;
  const [small, large] = sentence.size <= words.size ? [sentence, words] : [words, sentence];
  for (const word of small) if (!isMark(word) && large.has(word) && ++found >= n) return true;
  return false;
}

/** Shared words (n of the reference's `size`) and their weights (shared of total; `doubted`: of shared, put in doubt by a question or possibility). */
function overlap(sentence: Set<string>, reference: Set<string>, weight: Weights): { n: number; size: number; shared: number; total: number; doubted: number; negated: number; asked: number } {
  let n = 0;
  let size = 0;
  let shared = 0;
  let total = 0;
  let doubted = 0;
  let asked = 0;
  let negated = 0;
  const modal = sentence.has(MODAL_KEY);
  const negation = sentence.has(NEGATED_KEY);
  for (const word of reference) {
    if (isMark(word)) continue;
    size++;
    const w = weight(word);
    total += w;
    if (sentence.has(word)) {
      n++;
      shared += w;
      if (modal && sentence.has(MODAL_KEY + ":" + word)) doubted += w;
      if (modal && sentence.has(ASKED_KEY + ":" + word)) asked += w;
      if (negation && sentence.has(NEGATED_KEY + ":" + word)) negated += w;
    }
  }
  return { n, size, shared, total, doubted, negated, asked };
}

/** A sentence's mass, kept for its weights: it is scored against every candidate claim of the article. */
const masses = new WeakMap<Set<string>, { weight: Weights; mass: number }>();
function massOf(words: Set<string>, weight: Weights): number {
  const known = masses.get(words);
  if (known?.weight === weight) return known.mass;
  const m = mass(words, weight);
  masses.set(words, { weight, mass: m });
  return m;
}

function mass(words: Set<string>, weight: Weights): number {
  let total = 0;
  for (const word of words) if (!isMark(word)) total += weight(word);
  return total;
}

/**
 * A denial matches a denial and a conditional a conditional: the sentence and the claim agree on whether
 * something is denied or negated (bác bỏ, phủ nhận, không hề, vô căn cứ, denied, baseless; "chưa từng bán", "had
 * not seen … supply"), and on whether it is stated or only supposed ("nếu … cung cấp"), whatever else they share;
 * and a direct question ("…?") matches no statement.
 */
function agreesInMood(sentence: Set<string>, claim: ClaimKeys): boolean {
  return (
    sentence.has(ROLE_KEY.deny) === claim.wording.has(ROLE_KEY.deny) &&
    sentence.has(CONDITIONAL_KEY) === claim.wording.has(CONDITIONAL_KEY) &&
    (!sentence.has(QUESTION_KEY) || claim.wording.has(QUESTION_KEY))
  );
}

/** Whether the sentence states the opposite of the claim's predicate (OPPOSITES: "bế tắc" for "tiến triển") and not the predicate itself. */
function opposes(sentence: Set<string>, claim: ClaimKeys): boolean {
  for (const [predicate, opposite] of OPPOSITES) {
    if (predicate.some((w) => claim.wording.has(w) || claim.gloss.has(w)) && opposite.some((w) => sentence.has(w)) && !predicate.some((w) => sentence.has(w))) return true;
  }
  return false;
}

/** The objects of a claim's denials, over all its references (a quote may deny "những cáo buộc này" and name none). */
const claimDenied = new WeakMap<ClaimKeys, Set<string>>();
function deniedByClaim(claim: ClaimKeys): Set<string> {
  let out = claimDenied.get(claim);
  if (!out) {
    out = new Set();
    for (const reference of [claim.wording, claim.gloss, ...claim.quotes]) for (const key of reference) if (key.startsWith(DENIES_KEY)) out.add(key);
    claimDenied.set(claim, out);
  }
  return out;
}

/**
 * Whether the sentence denies something else than the claim does: both name what they deny and share none of it
 * ("Triều Tiên phủ nhận việc điều binh sĩ sang Nga" against "… bác bỏ mọi cáo buộc về thỏa thuận vũ khí").
 */
function deniesOther(sentence: Set<string>, claim: ClaimKeys): boolean {
  if (!claim.wording.has(ROLE_KEY.deny)) return false;
  const denied = deniedByClaim(claim);
  if (!denied.size) return false;
  let named = false;
  for (const key of sentence) {
    if (!key.startsWith(DENIES_KEY)) continue;
    if (denied.has(key)) return false;
    named = true;
  }
  return named;
}

/**
 * The best of the claim's references: mostly how many of its key words the sentence has, partly how little
 * else the sentence says. The explanation names the reference that scored best and how many quotes agree.
 */
export function scoreSentence(sentence: Set<string>, claim: ClaimKeys, weight: Weights = EVEN): Match | null {
  if (sentence.size === 0) return null;
  if (!agreesInMood(sentence, claim) || opposes(sentence, claim) || deniesOther(sentence, claim)) return null;
  const roles = compareRoles(sentence, claim.wording);
  if (roles === "contradicts") return null;
  const sentenceMass = massOf(sentence, weight);
  type Best = { score: number; via: Explanation["code"]; shared: number; total: number; doubted: boolean; negated: boolean; asked: boolean };
  const found: { best: Best | null } = { best: null };
  let quotes = 0;
  const consider = (via: Explanation["code"], reference: Set<string>) => {
    const o = overlap(sentence, reference, weight);
    if (o.n === 0) return 0;
    const score = RECALL_WEIGHT * (o.shared / o.total) + (1 - RECALL_WEIGHT) * (o.shared / sentenceMass);
    if (o.n >= Math.min(MIN_SHARED, o.size) && (!found.best || score > found.best.score)) found.best = { score, via, shared: o.n, total: o.size, doubted: o.doubted * 2 > o.shared, negated: o.negated * 2 > o.shared, asked: o.asked * 2 > o.shared };
    return o.n / o.size;
  };
  consider("wording", claim.wording);
  consider("gloss", claim.gloss);
  for (const quote of claim.quotes) if (consider("quote", quote) >= QUOTE_SUPPORT) quotes++;
  if (!found.best) return null;
  // Most of what it shares with the claim asked ("theo dõi xem liệu … hay không"): it asks, as a question does.
  if (found.best.asked && !claim.wording.has(QUESTION_KEY)) return null;
  // Most of what it shares with the claim negated ("had not seen North Korea supply …"): it states the opposite.
  if (found.best.negated && !claim.wording.has(ROLE_KEY.deny) && !claim.wording.has(NEGATED_KEY)) return null;
  const { via, shared: n, total } = found.best;
  const named = claim.claimant?.some((phrase) => [...phrase].every((w) => sentence.has(w))) ?? false;
  const score = Math.max(0, Math.min(1, found.best.score + (named ? CLAIMANT_BONUS : 0) + (roles === "agrees" ? ROLE_BONUS : roles === "missing" ? -ROLE_MISSING : 0) - (found.best.doubted && !claim.wording.has(MODAL_KEY) ? MODAL_PENALTY : 0)));
  const params = { shared: n, total, quotes, claimant: named ? 1 : 0, roles: roles === "agrees" ? 1 : 0 };
  return { claimId: claim.id, score: Math.round(score * 1000) / 1000, explanation: { code: via, params } };
}

function minReference(claim: ClaimKeys): number {
  let min = Infinity;
  for (const reference of [claim.wording, claim.gloss, ...claim.quotes]) {
    let size = 0;
    for (const word of reference) if (!isMark(word)) size++;
    if (size > 0 && size < min) min = size;
  }
  return min === Infinity ? 0 : min;
}

/** Every claim the sentence states at or above the threshold, best first. */
export function matchSentence(sentence: Set<string>, claims: ClaimKeys[], threshold = MATCH_THRESHOLD, weight: Weights = claimWeights(claims)): Match[] {
  const out: Match[] = [];
  for (const claim of claims) {
    // A reference of fewer than MIN_SHARED words may match with all of them: only longer claims are skipped here.
    if (!sharesAtLeast(sentence, wordsOf(claim), Math.min(MIN_SHARED, minReference(claim)))) continue;
    const match = scoreSentence(sentence, claim, weight);
    if (match && match.score >= threshold) out.push(match);
  }
  return out.sort((a, b) => b.score - a.score);
}
