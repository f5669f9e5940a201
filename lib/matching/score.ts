// How well a sentence states a known claim, and why, in one sentence (pure).
import { ASKED_KEY, CONDITIONAL_KEY, DENIES_KEY, JUDGEMENTS, LATER_KEY, MODAL_KEY, NEGATED_KEY, OPPOSITES, PLACE_KEY, QUESTION_KEY } from "./vocabulary";
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
 * Taken off when the claim has a judgement of JUDGEMENTS (vi phạm) and the sentence none of its words:
 * the same parties and things with another act ("Hội đồng Bảo an đã thông qua nghị quyết 2397 về Triều Tiên" for
 * "Quan hệ Nga – Triều Tiên đang vi phạm nhiều nghị quyết của Hội đồng Bảo an"), or a headline that only names the topic.
 */
const PREDICATE_MISSING = 0.1;
/** Taken off when the sentence names another one of a thing the claim names ("nghị quyết 2397"): designatesOther. */
const OTHER_DESIGNATION = 0.1;
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
  for (const claim of claims) for (const word of prepared(claim).words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const n = claims.length;
  const top = Math.log(1 + (n + 1));
  const known = new Map<string, number>();
  return (word) => {
    let w = known.get(word);
    if (w === undefined) known.set(word, (w = Math.log(1 + (n + 1) / ((frequency.get(word) ?? 0) + 1)) / top));
    return w;
  };
}

/** Marks ("~if", the role keys of roles.ts) travel with the key words but are no words: they never count as shared. */
const isMark = (word: string) => word.charCodeAt(0) === 126; // "~"

/**
 * What scoring reads of a claim, whatever the sentence, worked out once per claim (a claim is scored against every
 * sentence of an article, and retrieve.ts keeps its keys across articles): its references' words without marks in
 * their order (sums are taken in that order, so every score is the one a walk of the sets gives), every word of
 * them (a sentence sharing fewer than MIN_SHARED cannot match), the smallest reference, the OPPOSITES whose predicate
 * it has (and of them the JUDGEMENTS), and what it denies. Per weights (one article's): each reference's total weight.
 */
type Prepared = {
  references: { via: Explanation["code"]; words: string[] }[];
  words: Set<string>;
  minReference: number;
  opposites: (readonly [readonly string[], readonly string[]])[];
  judgements: (readonly [readonly string[], readonly string[]])[];
  denied: Set<string>;
  /** Each place name of the claim and the words of the kind it is written with ("vostochny": san, bay, vu, tru …). */
  places: Map<string, Set<string>>;
  totals: { weight: Weights; total: number[]; smallest: number } | null;
};
const preparedClaims = new WeakMap<ClaimKeys, Prepared>();
function prepared(claim: ClaimKeys): Prepared {
  let p = preparedClaims.get(claim);
  if (p) return p;
  const references: Prepared["references"] = [
    { via: "wording", words: [...claim.wording].filter((w) => !isMark(w)) },
    { via: "gloss", words: [...claim.gloss].filter((w) => !isMark(w)) },
    ...claim.quotes.map((quote) => ({ via: "quote" as const, words: [...quote].filter((w) => !isMark(w)) })),
  ];
  const words = new Set<string>();
  let min = Infinity;
  for (const reference of references) {
    for (const word of reference.words) words.add(word);
    if (reference.words.length > 0 && reference.words.length < min) min = reference.words.length;
  }
  const denied = new Set<string>();
  const places = new Map<string, Set<string>>();
  for (const reference of [claim.wording, claim.gloss, ...claim.quotes]) {
    for (const key of reference) {
      if (key.startsWith(DENIES_KEY)) denied.add(key);
      else if (key.startsWith(PLACE_KEY)) {
        const at = key.indexOf(":", PLACE_KEY.length);
        const name = key.slice(PLACE_KEY.length, at);
        const group = places.get(name) ?? new Set<string>();
        group.add(key.slice(at + 1));
        places.set(name, group);
      }
    }
  }
  p = {
    references,
    words,
    minReference: min === Infinity ? 0 : min,
    opposites: OPPOSITES.filter(([predicate]) => predicate.some((w) => claim.wording.has(w) || claim.gloss.has(w))),
    judgements: OPPOSITES.filter(([predicate]) => JUDGEMENTS.includes(predicate[0]!) && predicate.some((w) => claim.wording.has(w) || claim.gloss.has(w))),
    denied,
    places,
    totals: null,
  };
  preparedClaims.set(claim, p);
  return p;
}

/**
 * Each reference's total weight (its words' weights summed in their order) and the smallest of the non-empty ones,
 * kept for the last weights they were asked with.
 */
function totalsOf(p: Prepared, weight: Weights): { total: number[]; smallest: number } {
  if (p.totals?.weight === weight) return p.totals;
  let smallest = Infinity;
  const total = p.references.map((reference) => {
    let sum = 0;
    for (const word of reference.words) sum += weight(word);
    if (reference.words.length && sum < smallest) smallest = sum;
    return sum;
  });
  p.totals = { weight, total, smallest };
  return p.totals;
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

/** A sentence's pairs of a word and the number right after it ("quyet_2397": "nghị quyết 2397"), kept per sentence. */
const sentenceDesignations = new WeakMap<Set<string>, [string, string][]>();
function designations(sentence: Set<string>): [string, string][] {
  let out = sentenceDesignations.get(sentence);
  if (!out) {
    out = [];
    for (const key of sentence) {
      const at = key.indexOf("_");
      if (at > 0 && key.indexOf("_", at + 1) < 0 && /^\d+$/.test(key.slice(at + 1)) && !/^\d+$/.test(key.slice(0, at))) out.push([key.slice(0, at), key.slice(at + 1)]);
    }
    sentenceDesignations.set(sentence, out);
  }
  return out;
}

/**
 * Whether the sentence names another one of a thing the claim names: one of the claim's words with a number after it
 * that the claim does not have ("nghị quyết 2397", "resolution 2231" for "nhiều nghị quyết").
 */
function designatesOther(sentence: Set<string>, claim: Prepared): boolean {
  for (const [word, number] of designations(sentence)) if (claim.words.has(word) && !claim.words.has(number)) return true;
  return false;
}

/**
 * Whether the sentence lacks the claim's judgement (JUDGEMENTS: "vi phạm", by any of its words). Only a judgement:
 * an act or a state ("tiến triển", "gặp") is worded too many ways for its absence to tell ("thương lượng tích cực",
 * "hội kiến", "bắt tay"), and costs recall on every part when taken off for.
 */
function lacksPredicate(sentence: Set<string>, claim: Prepared): boolean {
  for (const [predicate] of claim.judgements) if (!predicate.some((w) => sentence.has(w))) return true;
  return false;
}

/** Whether the sentence states the opposite of the claim's predicate (OPPOSITES: "bế tắc" for "tiến triển") and not the predicate itself. */
function opposes(sentence: Set<string>, claim: Prepared): boolean {
  for (const [predicate, opposite] of claim.opposites) {
    if (opposite.some((w) => sentence.has(w)) && !predicate.some((w) => sentence.has(w))) return true;
  }
  return false;
}

/** The objects of a sentence's denials (DENIES_KEY keys), kept per sentence: it is checked against every candidate. */
const sentenceDenied = new WeakMap<Set<string>, string[]>();
function deniedBySentence(sentence: Set<string>): string[] {
  let out = sentenceDenied.get(sentence);
  if (!out) sentenceDenied.set(sentence, (out = [...sentence].filter((key) => key.startsWith(DENIES_KEY))));
  return out;
}

/**
 * Whether the sentence denies something else than the claim does: both name what they deny and share none of it
 * ("Triều Tiên phủ nhận việc điều binh sĩ sang Nga" against "… bác bỏ mọi cáo buộc về thỏa thuận vũ khí"). The
 * claim's denials are over all its references (a quote may deny "những cáo buộc này" and name none).
 */
function deniesOther(sentence: Set<string>, claim: ClaimKeys, prepared: Prepared): boolean {
  if (!claim.wording.has(ROLE_KEY.deny)) return false;
  const denied = prepared.denied;
  if (!denied.size) return false;
  const named = deniedBySentence(sentence);
  for (const key of named) if (denied.has(key)) return false;
  return named.length > 0;
}

/**
 * The words of the claim's places whose name the sentence has and whose kind it does not write ("gặp … tại
 * Vostochny" for "gặp … tại Sân bay Vũ trụ Vostochny"): the name stands for the whole place, when the sentence has the
 * claim's predicate (OPPOSITES: "gặp", met, hội đàm …), if it has one. Each word with the name it comes with (its
 * scope is the name's: a doubted "Vostochny" doubts the place). Null when there are none.
 */
function placeWords(sentence: Set<string>, claim: Prepared): Map<string, string> | null {
  if (!claim.places.size) return null;
  // The place stands for the event only with its act: "ông tới Vostochny" is no meeting at Vostochny.
  for (const [predicate] of claim.opposites) if (!predicate.some((w) => sentence.has(w))) return null;
  let out: Map<string, string> | null = null;
  for (const [name, words] of claim.places) {
    if (!sentence.has(name)) continue;
    for (const word of words) if (!sentence.has(word)) (out ??= new Map()).set(word, name);
  }
  return out;
}

/** Whether the sentence has every word of one of the claimant's phrases. */
function namesClaimant(sentence: Set<string>, claimant: Set<string>[] | undefined): boolean {
  if (!claimant) return false;
  for (const phrase of claimant) {
    let all = true;
    for (const word of phrase) {
      if (!sentence.has(word)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/**
 * The best of the claim's references: mostly how many of its key words the sentence has, partly how little
 * else the sentence says. The explanation names the reference that scored best and how many quotes agree.
 */
export function scoreSentence(sentence: Set<string>, claim: ClaimKeys, weight: Weights = EVEN): Match | null {
  if (sentence.size === 0) return null;
  const p = prepared(claim);
  if (!agreesInMood(sentence, claim) || opposes(sentence, p) || deniesOther(sentence, claim, p)) return null;
  const roles = compareRoles(sentence, claim.wording);
  if (roles === "contradicts") return null;
  const placed = placeWords(sentence, p);
  let sentenceMass = massOf(sentence, weight);
  if (placed) for (const word of placed.keys()) sentenceMass += weight(word);
  const totals = totalsOf(p, weight).total;
  const modal = sentence.has(MODAL_KEY);
  const future = sentence.has(LATER_KEY);
  const negation = sentence.has(NEGATED_KEY);
  type Best = { score: number; via: Explanation["code"]; shared: number; total: number; doubted: boolean; negated: boolean; asked: boolean; later: boolean };
  let best: Best | null = null;
  let quotes = 0;
  // Each reference: n of its `size` words shared, their weight of its total (and of the sentence's mass); of the
  // shared weight, how much is put in doubt by a question or possibility, asked, or negated.
  for (let r = 0; r < p.references.length; r++) {
    const { via, words } = p.references[r]!;
    let n = 0;
    let written = 0;
    let shared = 0;
    let doubted = 0;
    let asked = 0;
    let later = 0;
    let negated = 0;
    for (const word of words) {
      let scope = word;
      if (sentence.has(word)) written++;
      else {
        const name = placed?.get(word);
        if (name === undefined) continue;
        scope = name;
      }
      const w = weight(word);
      n++;
      shared += w;
      if (modal && sentence.has(MODAL_KEY + ":" + scope)) doubted += w;
      if (modal && sentence.has(ASKED_KEY + ":" + scope)) asked += w;
      if (future && sentence.has(LATER_KEY + ":" + scope)) later += w;
      if (negation && sentence.has(NEGATED_KEY + ":" + scope)) negated += w;
    }
    if (n === 0) continue;
    const size = words.length;
    const score = RECALL_WEIGHT * (shared / totals[r]!) + (1 - RECALL_WEIGHT) * (shared / sentenceMass);
    if (n >= Math.min(MIN_SHARED, size) && (!best || score > best.score)) best = { score, via, shared: written, total: size, doubted: doubted * 2 > shared, negated: negated * 2 > shared, asked: asked * 2 > shared, later: later * 2 > shared };
    if (via === "quote" && written / size >= QUOTE_SUPPORT) quotes++;
  }
  if (!best) return null;
  // Most of what it shares with the claim asked ("theo dõi xem liệu … hay không"): it asks, as a question does.
  if (best.asked && !claim.wording.has(QUESTION_KEY)) return null;
  // Most of it in a time to come ("Mỹ lo ngại Triều Tiên sẽ cung cấp … trong thời gian tới"): a plan or a worry, not the fact.
  if (best.later && !claim.wording.has(LATER_KEY)) return null;
  // Most of what it shares with the claim negated ("had not seen North Korea supply …"): it states the opposite.
  if (best.negated && !claim.wording.has(ROLE_KEY.deny) && !claim.wording.has(NEGATED_KEY)) return null;
  const { via, shared: n, total } = best;
  const named = namesClaimant(sentence, claim.claimant);
  const score = Math.max(0, Math.min(1, best.score + (named ? CLAIMANT_BONUS : 0) + (roles === "agrees" ? ROLE_BONUS : roles === "missing" ? -ROLE_MISSING : 0) - (lacksPredicate(sentence, p) ? PREDICATE_MISSING : 0) - (designatesOther(sentence, p) ? OTHER_DESIGNATION : 0) - (best.doubted && !claim.wording.has(MODAL_KEY) ? MODAL_PENALTY : 0)));
  const params = { shared: n, total, quotes, claimant: named ? 1 : 0, roles: roles === "agrees" ? 1 : 0 };
  return { claimId: claim.id, score: Math.round(score * 1000) / 1000, explanation: { code: via, params } };
}

/**
 * The claims in view indexed by word (which of them has each word of their references), and the shared words each
 * needs: a reference of fewer than MIN_SHARED words may match with all of them, so only longer claims need
 * MIN_SHARED. Kept for the list it was made from (every sentence of an article is scored against the same
 * candidates), checked claim by claim.
 */
type ClaimIndex = { claims: ClaimKeys[]; postings: Map<string, number[]>; needs: number[]; places: (string[] | null)[] };
const indexes = new WeakMap<ClaimKeys[], ClaimIndex>();
function indexOf(claims: ClaimKeys[]): ClaimIndex {
  const known = indexes.get(claims);
  if (known && known.claims.length === claims.length && known.claims.every((claim, i) => claim === claims[i])) return known;
  const postings = new Map<string, number[]>();
  const needs = claims.map((claim, i) => {
    const p = prepared(claim);
    for (const word of p.words) {
      const list = postings.get(word);
      if (list) list.push(i);
      else postings.set(word, [i]);
    }
    return Math.max(1, Math.min(MIN_SHARED, p.minReference));
  });
  const places = claims.map((claim) => (prepared(claim).places.size ? [...prepared(claim).places.keys()] : null));
  const index = { claims: [...claims], postings, needs, places };
  indexes.set(claims, index);
  return index;
}

/**
 * The most a claim sharing `shared` weight with the sentence (of all its references' words, some sum of them) can
 * score: no reference shares more than that or than its own total, so none has more than the whole of its smallest
 * total nor more than `shared` of the sentence's mass; the claimant and role bonuses at most add theirs, and
 * penalties only take off.
 */
function mostPossible(shared: number, smallestTotal: number, sentenceMass: number): number {
  return RECALL_WEIGHT * Math.min(1, shared / smallestTotal) + (1 - RECALL_WEIGHT) * (shared / sentenceMass) + CLAIMANT_BONUS + ROLE_BONUS;
}
/** Below the threshold by more than a score's rounding (to 0.001) and any difference in the order of sums. */
const BOUND_MARGIN = 0.001;

/**
 * Every claim the sentence states at or above the threshold, best first. A claim is scored only when it has at
 * least MIN_SHARED of the sentence's words (or all of a shorter reference's) and the most it could score reaches
 * the threshold: with weights of no sign (claimWeights'), the shared weight bounds every reference's.
 */
export function matchSentence(sentence: Set<string>, claims: ClaimKeys[], threshold = MATCH_THRESHOLD, weight: Weights = claimWeights(claims)): Match[] {
  const { postings, needs, places } = indexOf(claims);
  // How many of each claim's words the sentence has, and their weight, in one pass over the sentence's words.
  const shared = new Uint32Array(claims.length);
  const sharedWeight = new Float64Array(claims.length);
  let bounded = true;
  for (const word of sentence) {
    const list = postings.get(word);
    if (!list) continue;
    const w = weight(word);
    if (!(w >= 0 && w < Infinity)) bounded = false;
    for (const i of list) {
      shared[i]!++;
      sharedWeight[i]! += w;
    }
  }
  const sentenceMass = bounded ? massOf(sentence, weight) : 0;
  const out: Match[] = [];
  for (let i = 0; i < claims.length; i++) {
    // A sentence naming one of the claim's places alone shares its kind's words unwritten (placeWords): no count
    // or bound of the written words holds, and the claim is scored.
    const named = places[i] !== null && places[i]!.some((name) => sentence.has(name));
    if (!named && shared[i]! < needs[i]!) continue;
    const claim = claims[i]!;
    if (!named && bounded && mostPossible(sharedWeight[i]!, totalsOf(prepared(claim), weight).smallest, sentenceMass) < threshold - BOUND_MARGIN) continue;
    const match = scoreSentence(sentence, claim, weight);
    if (match && match.score >= threshold) out.push(match);
  }
  return out.sort((a, b) => b.score - a.score);
}
