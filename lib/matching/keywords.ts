// Key words of a sentence or a claim for matching (pure): folded, stop words out, numbers normalised, names expanded.
import { foldDiacritics } from "@/lib/sources/normalize";
import { CONDITIONAL_KEY, CONDITIONAL_WORDS, MODAL_KEY, MODAL_PHRASES, STOP_WORDS, SYNONYMS } from "./vocabulary";
import { roleKeys } from "./roles";

/** A folded alias phrase ("ong kim") and the folded words of the name it stands for ("kim jong un"). */
export type AliasExpansion = { alias: string[]; name: string[] };

/** Number words, as written before folding: "triệu" (million) and "Triều" (Tiên) fold alike. */
const UNITS: Record<string, number> = {
  không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, twenty: 20, fifty: 50, hundred: 100,
};
const SCALES: Record<string, number> = { trăm: 100, nghìn: 1_000, ngàn: 1_000, thousand: 1_000, triệu: 1_000_000, million: 1_000_000, tỷ: 1e9, tỉ: 1e9, billion: 1e9 };

/** Numbers keep their inner separators ("1.000", "1,5"; "13/9" is two); a word may mix letters and digits ("KN-23" is two). */
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** "1.000" and "1,000" are a thousand (a group of three digits); "1,5" and "1.5" are one and a half. */
function parseNumeral(token: string): number | null {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(token)) return Number(token.replace(/[.,]/g, ""));
  if (/^\d+(?:[.,]\d+)?$/.test(token)) return Number(token.replace(",", "."));
  return null;
}

/** Lower-cased words with number phrases ("một nghìn", "1,2 triệu", "2 million") turned into one digit string. */
export function words(text: string): string[] {
  const raw = [...text.normalize("NFC").toLowerCase().matchAll(TOKEN)].map((m) => m[0]);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    let value = parseNumeral(token) ?? UNITS[token] ?? null;
    // A lone unit word is a word ("năm" is also "year", "ba" also "three"...): only a scale word makes it a number.
    const startsWithDigit = /^\d/.test(token);
    if (value === null) {
      out.push(token);
      continue;
    }
    let j = i + 1;
    let scaled = false;
    while (j < raw.length && SCALES[raw[j]!] !== undefined) {
      value *= SCALES[raw[j]!]!;
      scaled = true;
      j++;
    }
    if (!scaled && !startsWithDigit) {
      out.push(token);
      continue;
    }
    out.push(String(Number(value.toPrecision(12))));
    i = j - 1;
  }
  return out;
}

/** The folded words of a phrase, for aliases and synonyms. */
export function foldedWords(text: string): string[] {
  return words(text).map(foldDiacritics);
}

function startsAt(list: string[], at: number, phrase: string[]): boolean {
  if (phrase.length === 0 || at + phrase.length > list.length) return false;
  for (let k = 0; k < phrase.length; k++) if (list[at + k] !== phrase[k]) return false;
  return true;
}

/** A key word and the index of the (first) word of the text it comes from. */
export type PlacedKey = { key: string; at: number };

/**
 * The key words of a text in text order: folded words that are not stop words, pairs of neighbouring ones
 * (Vietnamese words are mostly two syllables: "vũ khí", "Triều Tiên"), and the names that aliases and place
 * names stand for ("ông Kim" adds kim, jong, un; "Bình Nhưỡng" adds trieu, tien); a conditional ("nếu") adds
 * CONDITIONAL_KEY, a question or possibility ("có thể", "liệu", "?") MODAL_KEY, and the text's roles (roles.ts: who supplies whom, who denies) add their "~" keys.
 */
export function placedKeyWords(text: string, aliases: readonly AliasExpansion[] = []): PlacedKey[] {
  const raw = words(text);
  const folded = raw.map(foldDiacritics);
  const keys: PlacedKey[] = [];
  const isKey = (word: string, unfolded: string) => !STOP_WORDS.has(unfolded) && (word.length > 1 || /\d/.test(word));
  // Stop words are checked before folding ("khi" is a stop word, "khí" is not); expanded names have none.
  const addPhrase = (phrase: readonly string[], unfolded: readonly string[], at: number | null) => {
    for (let k = 0; k < phrase.length; k++) {
      if (!isKey(phrase[k]!, unfolded[k]!)) continue;
      keys.push({ key: phrase[k]!, at: at ?? k });
      if (k + 1 < phrase.length && isKey(phrase[k + 1]!, unfolded[k + 1]!)) keys.push({ key: `${phrase[k]}_${phrase[k + 1]}`, at: at ?? k });
    }
  };
  addPhrase(folded, raw, null);
  if (raw.some((word) => CONDITIONAL_WORDS.has(word)) && supposes(text, isKey)) keys.push({ key: CONDITIONAL_KEY, at: raw.findIndex((word) => CONDITIONAL_WORDS.has(word)) });
  const doubted = text.includes("?") || raw.some((word) => MODAL_FIRST.has(word)) ? modalScope(text, isKey, keys) : NOTHING;
  if (doubted.size) keys.push({ key: MODAL_KEY, at: 0 }, ...[...doubted].map((key) => ({ key: MODAL_KEY + ":" + key, at: 0 })));
  for (const key of roleKeys(text, raw)) keys.push({ key, at: 0 });
  const expansions = byFirstWord(aliases);
  for (let i = 0; i < folded.length; i++) {
    for (const expansion of expansions.get(folded[i]!) ?? []) if (startsAt(folded, i, expansion.alias)) addPhrase(expansion.name, expansion.name, i);
  }
  return keys;
}

/**
 * Whether a conditional ("nếu", "if") supposes something: its clause, up to the next punctuation, has two key
 * words or more. "… và sẽ có biện pháp bổ sung nếu cần thiết" (if need be) supposes nothing and leaves the
 * statement stated.
 */
function supposes(text: string, isKey: (word: string, unfolded: string) => boolean): boolean {
  for (const clause of text.normalize("NFC").toLowerCase().split(/[,;:.!?()"“”«»–—]/u)) {
    const list = words(clause);
    const at = list.findIndex((word) => CONDITIONAL_WORDS.has(word));
    if (at >= 0 && list.slice(at + 1).filter((word) => isKey(foldDiacritics(word), word)).length >= 2) return true;
  }
  return false;
}

const MODAL = MODAL_PHRASES.map((p) => p.split(" "));
const MODAL_FIRST = new Set(MODAL.map((p) => p[0]!));
const NOTHING: ReadonlySet<string> = new Set();
const MODAL_CLAUSE = /[,;:.!()"“”«»–—]|\b(?:nhưng|song|but|while)\b/u;

/**
 * The key words a question or possibility puts in doubt: in each clause, those after a cue of MODAL_PHRASES ("Triều
 * Tiên có thể cung cấp đạn dược", "xem liệu … có mở đường cho việc cung cấp đạn pháo"); in a question (a "?"),
 * every key word. "Washington cáo buộc …, nhưng không rõ liệu có lô vũ khí nào đã được chuyển giao" doubts only
 * its last clause, and still states the allegation.
 */
function modalScope(text: string, isKey: (word: string, unfolded: string) => boolean, keys: readonly PlacedKey[]): Set<string> {
  const out = new Set<string>();
  if (text.includes("?")) {
    for (const k of keys) if (!k.key.startsWith("~")) out.add(k.key);
    return out;
  }
  for (const clause of text.normalize("NFC").toLowerCase().split(MODAL_CLAUSE)) {
    if (!clause) continue;
    const list = words(clause);
    let from = -1;
    for (let i = 0; i < list.length && from < 0; i++) for (const phrase of MODAL) if (list[i] === phrase[0] && phrase.every((w, k) => list[i + k] === w)) from = i;
    if (from < 0) continue;
    const folded = list.map(foldDiacritics);
    for (let k = from; k < list.length; k++) {
      if (!isKey(folded[k]!, list[k]!)) continue;
      out.add(folded[k]!);
      if (k + 1 < list.length && isKey(folded[k + 1]!, list[k + 1]!)) out.add(`${folded[k]}_${folded[k + 1]}`);
    }
  }
  return out;
}

/** Expansions (the aliases given, then the fixed synonyms) by the first word of their phrase: a text's words look up only theirs. */
const expansionIndex = new WeakMap<readonly AliasExpansion[], Map<string, AliasExpansion[]>>();
const NO_ALIASES: readonly AliasExpansion[] = [];
function byFirstWord(aliases: readonly AliasExpansion[]): Map<string, AliasExpansion[]> {
  const key = aliases.length ? aliases : NO_ALIASES;
  let index = expansionIndex.get(key);
  if (!index) {
    index = new Map();
    for (const expansion of [...aliases, ...SYNONYMS]) {
      const first = expansion.alias[0];
      if (first === undefined) continue;
      const list = index.get(first) ?? [];
      list.push(expansion);
      index.set(first, list);
    }
    expansionIndex.set(key, index);
  }
  return index;
}

/** The key words of a text as a set (see placedKeyWords). */
export function keyWords(text: string, aliases: readonly AliasExpansion[] = []): Set<string> {
  return new Set(placedKeyWords(text, aliases).map((k) => k.key));
}

/** Aliases as expansions: each folded alias phrase of more than one letter stands for its claimant's name. */
export function aliasExpansions(claimants: { name: string; aliases: string[] }[]): AliasExpansion[] {
  const out: AliasExpansion[] = [];
  for (const claimant of claimants) {
    const name = foldedWords(claimant.name);
    for (const alias of claimant.aliases) {
      const phrase = foldedWords(alias);
      if (phrase.join(" ").length > 2 && phrase.join(" ") !== name.join(" ")) out.push({ alias: phrase, name });
    }
  }
  return out;
}

/**
 * How a sentence can name a claim's claimant: for its name and each alias, the phrase's own words, and the
 * words of the country a place name or body stands for ("Washington", "Nhà Trắng": Mỹ). A sentence names the
 * claimant when it has all of one of these sets.
 */
const claimantCache = new Map<string, Set<string>[]>();
export function claimantKeys(claimant: { name: string; aliases: string[] } | null | undefined): Set<string>[] {
  if (!claimant) return [];
  const id = JSON.stringify([claimant.name, claimant.aliases]);
  const known = claimantCache.get(id);
  if (known) return known;
  const out: Set<string>[] = [];
  for (const phrase of [claimant.name, ...claimant.aliases]) {
    const own = foldedWords(phrase).filter((w) => w.length > 1 && !STOP_WORDS.has(w));
    if (own.length) out.push(new Set(own));
    const expanded = [...keyWords(phrase)].filter((k) => !k.includes("_") && !own.includes(k));
    if (expanded.length) out.push(new Set(expanded));
  }
  if (claimantCache.size >= 10_000) claimantCache.clear();
  claimantCache.set(id, out);
  return out;
}
