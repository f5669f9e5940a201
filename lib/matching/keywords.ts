// Key words of a sentence or a claim for matching (pure): folded, stop words out, numbers normalised, names expanded.
import { foldDiacritics } from "@/lib/sources/normalize";
import { ABBREVIATIONS, ACTORS, ASK_PHRASES, ASKED_KEY, CONDITIONAL_KEY, DENIALS, DENIED_GENERIC, DENIES_KEY, DENY_PREDICATES, FUTURE_PHRASES, CONDITIONAL_WORDS, LATER_KEY, MODAL_KEY, MODAL_PHRASES, NEGATED_KEY, NEGATIONS, PLACE_KEY, PLACE_KINDS_AFTER, PLACE_KINDS_BEFORE, QUESTION_KEY, REFUSALS, STOP_PHRASE_KEY, STOP_PHRASES, STOP_WORDS, SYNONYMS } from "./vocabulary";
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

/** Month names, a month's number only next to a day or a year ("September 13, 2023", "13 Sept."): "may" and "march" are also words. */
const MONTHS: Record<string, string> = {
  january: "1", jan: "1", february: "2", feb: "2", march: "3", mar: "3", april: "4", apr: "4", may: "5", june: "6", jun: "6", july: "7", jul: "7",
  august: "8", aug: "8", september: "9", sept: "9", sep: "9", october: "10", oct: "10", november: "11", nov: "11", december: "12", dec: "12",
};
/** Month names that are also words ("it may be"): a month only before a number ("May 5"). */
const AMBIGUOUS_MONTHS = new Set(["may", "march", "mar"]);
/** A date written with dots ("13.9.2023", "13.09.2023"): its day, month and year, as "13/9/2023" gives them. */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** Lower-cased words with number phrases ("một nghìn", "1,2 triệu", "2 million") turned into one digit string. */
export function words(text: string): string[] {
  return wordsAt(text.normalize("NFC").toLowerCase()).words;
}

/** The words of a lower-cased NFC text (see words) and, for each, the offset in the text of the token it starts at. */
function wordsAt(lower: string): { words: string[]; offsets: number[] } {
  const tokens = [...lower.matchAll(TOKEN)];
  const raw = tokens.map((m) => m[0]);
  const out: string[] = [];
  const offsets: number[] = [];
  const push = (word: string, i: number) => {
    out.push(word);
    offsets.push(tokens[i]!.index);
  };
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    const dotted = DOTTED_DATE.exec(token);
    if (dotted) {
      push(String(Number(dotted[1])), i);
      push(String(Number(dotted[2])), i);
      push(dotted[3]!, i);
      continue;
    }
    const month = MONTHS[token];
    if (month && ((!AMBIGUOUS_MONTHS.has(token) && /^\d{1,4}$/.test(raw[i - 1] ?? "")) || /^\d{1,4}$/.test(raw[i + 1] ?? ""))) {
      push(month, i);
      continue;
    }
    let value = parseNumeral(token) ?? UNITS[token] ?? null;
    // A lone unit word is a word ("năm" is also "year", "ba" also "three"...): only a scale word, a Vietnamese
    // compound ("mười ba", "hai mươi mốt") or a day or month before it ("ngày mười ba", "tháng Chín") makes it a number.
    const startsWithDigit = /^\d/.test(token);
    if (value === null) {
      push(token, i);
      continue;
    }
    let j = i + 1;
    let compound = false;
    if (!startsWithDigit) {
      const tens = compoundNumber(raw, i);
      if (tens) {
        value = tens.value;
        j = tens.end;
        compound = true;
      }
    }
    const dated = !startsWithDigit && DATE_WORDS.has(raw[i - 1] ?? "");
    let scaled = false;
    while (j < raw.length && SCALES[raw[j]!] !== undefined) {
      value *= SCALES[raw[j]!]!;
      scaled = true;
      j++;
    }
    if (!scaled && !startsWithDigit && !compound && !dated) {
      push(token, i);
      continue;
    }
    push(String(Number(value.toPrecision(12))), i);
    i = j - 1;
  }
  return { words: out, offsets };
}

/** Vietnamese digits in words, for compounds ("mốt", "lăm", "tư" only after "mươi"/"mười"). */
const VI_UNITS: Record<string, number> = { một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 };

/** Words after which a Vietnamese number word is a day's or a month's number: "ngày mười ba tháng Chín". */
const DATE_WORDS = new Set(["ngày", "tháng", "mùng", "mồng"]);

/**
 * A Vietnamese number written in words from `at`: "mười ba" (13), "hai mươi" (20), "hai mươi mốt" (21), "mười
 * lăm" (15). Null when the words there are no such compound (a lone "mười" or "ba" is left to the caller).
 */
function compoundNumber(raw: readonly string[], at: number): { value: number; end: number } | null {
  const unit = (w: string | undefined) => (w !== undefined ? (VI_UNITS[w] ?? null) : null);
  const first = raw[at];
  if (first === "mười") {
    const ones = unit(raw[at + 1]);
    return ones !== null && ones > 0 ? { value: 10 + ones, end: at + 2 } : null;
  }
  const tens = unit(first);
  if (tens === null || tens < 2 || raw[at + 1] !== "mươi") return null;
  const ones = unit(raw[at + 2]);
  return ones !== null && ones > 0 ? { value: tens * 10 + ones, end: at + 3 } : { value: tens * 10, end: at + 2 };
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
  const lower = text.normalize("NFC").toLowerCase();
  const { words: raw, offsets } = wordsAt(lower);
  const folded = raw.map(foldDiacritics);
  const keys: PlacedKey[] = [];
  const isKey = (word: string, unfolded: string) => !STOP_WORDS.has(unfolded) && (word.length > 1 || /\d/.test(word));
  // Stop words are checked before folding ("khi" is a stop word, "khí" is not). An expanded name has none: its
  // words are already folded ("vu khi" for "weapons"), and folded, "khí" would read as the stop word "khi".
  const isExpandedKey = (word: string) => word.length > 1 || /\d/.test(word);
  const addPhrase = (phrase: readonly string[], unfolded: readonly string[] | null, at: number | null) => {
    const keep = (k: number) => (unfolded ? isKey(phrase[k]!, unfolded[k]!) : isExpandedKey(phrase[k]!));
    for (let k = 0; k < phrase.length; k++) {
      if (!keep(k)) continue;
      keys.push({ key: phrase[k]!, at: at ?? k });
      if (k + 1 < phrase.length && keep(k + 1)) keys.push({ key: `${phrase[k]}_${phrase[k + 1]}`, at: at ?? k });
    }
  };
  addPhrase(folded, raw, null);
  if (raw.some((word) => CONDITIONAL_WORDS.has(word)) && supposes(text, isKey)) keys.push({ key: CONDITIONAL_KEY, at: raw.findIndex((word) => CONDITIONAL_WORDS.has(word)) });
  const doubtsAll = text.includes("?");
  const mayDoubt = doubtsAll || raw.some((word) => MODAL_FIRST.has(word));
  const mayNegate = raw.some((word) => word in NEGATIONS || word === "t" || REFUSAL_FIRST.has(word));
  // Aliases and synonyms are expanded first, so that a scope holds the names a doubted or negated clause expands to.
  const expansions = byFirstWord(aliases);
  for (let i = 0; i < folded.length; i++) {
    for (const expansion of expansions.get(folded[i]!) ?? []) if (startsAt(folded, i, expansion.alias)) addPhrase(expansion.name, null, i);
  }
  for (const abbreviation of ABBREVIATION_RE.exec(text) ? text.match(ABBREVIATION_RE_ALL)! : []) {
    const name = ABBREVIATIONS[abbreviation]!.split(" ");
    addPhrase(name, null, 0);
  }
  for (const place of placeNames(text.normalize("NFC"), folded, offsets)) {
    const group = keys.filter((k) => k.at >= place.from && k.at < place.to && k.key !== place.name && !k.key.startsWith("~"));
    for (const k of group) keys.push({ key: `${PLACE_KEY}${place.name}:${k.key}`, at: 0 });
  }
  if (mayDoubt || mayNegate) {
    const clauses = clauseEnds(lower, offsets);
    if (mayDoubt) {
      const doubted = doubtsAll ? new Set(keys.filter((k) => !k.key.startsWith("~")).map((k) => k.key)) : inScope(keys, clauses, modalCues(raw, clauseStarts(clauses)));
      if (doubted.size) keys.push({ key: MODAL_KEY, at: 0 }, ...[...doubted].map((key) => ({ key: MODAL_KEY + ":" + key, at: 0 })));
      const later = inScope(keys, clauses, futureCues(raw, clauseStarts(clauses)));
      if (later.size) keys.push({ key: LATER_KEY, at: 0 }, ...[...later].map((key) => ({ key: LATER_KEY + ":" + key, at: 0 })));
      const asked = inScope(keys, clauses, askCues(raw, clauseStarts(clauses)));
      if (asked.size) keys.push({ key: ASKED_KEY, at: 0 }, ...[...asked].map((key) => ({ key: ASKED_KEY + ":" + key, at: 0 })));
    }
    if (mayNegate) {
      const negated = inScope(keys, clauses, negationCues(raw));
      if (negated.size) keys.push({ key: NEGATED_KEY, at: 0 }, ...[...negated].map((key) => ({ key: NEGATED_KEY + ":" + key, at: 0 })));
    }
  }
  for (const phrase of STOP_PHRASE_LIST) {
    const at = raw.findIndex((_, i) => phrase.every((w, k) => raw[i + k] === w));
    if (at >= 0) keys.push({ key: STOP_PHRASE_KEY + phrase.map(foldDiacritics).join("_"), at });
  }
  const denials = denialCues(raw);
  if (denials.length) for (const key of deniedObject(keys, lower, offsets, denials)) keys.push({ key: DENIES_KEY + key, at: 0 });
  if (/\?[\s"'”’»)\]]*$/u.test(text)) keys.push({ key: QUESTION_KEY, at: 0 });
  for (const key of roleKeys(text, raw)) keys.push({ key, at: 0 });
  return keys;
}

const STOP_PHRASE_LIST = STOP_PHRASES.map((p) => p.split(" "));
const KINDS_BEFORE = PLACE_KINDS_BEFORE.map((p) => p.split(" ")).sort((a, b) => b.length - a.length);
const KINDS_AFTER = PLACE_KINDS_AFTER.map((p) => p.split(" ")).sort((a, b) => b.length - a.length);

/**
 * The proper names written with a kind of place (PLACE_KINDS_BEFORE/AFTER): the name (a folded word written with a
 * capital) and the words, from `from` to `to`, of it and its kind.
 */
function placeNames(nfc: string, folded: readonly string[], offsets: readonly number[]): { name: string; from: number; to: number }[] {
  const out: { name: string; from: number; to: number }[] = [];
  const isName = (i: number) => i >= 0 && i < folded.length && /^\p{Lu}/u.test(nfc.charAt(offsets[i]!)) && folded[i]!.length > 1 && !/\d/.test(folded[i]!);
  for (let i = 0; i < folded.length; i++) {
    const before = KINDS_BEFORE.find((kind) => startsAt(folded as string[], i, kind));
    if (before && isName(i + before.length)) out.push({ name: folded[i + before.length]!, from: i, to: i + before.length });
    const after = KINDS_AFTER.find((kind) => startsAt(folded as string[], i + 1, kind));
    if (after && isName(i)) out.push({ name: folded[i]!, from: i, to: i + 1 + after.length });
  }
  return out;
}
const PREDICATE_FIRST = new Set(DENY_PREDICATES.map((phrase) => phrase[0]!));
const DENIAL_FIRST = new Set(DENIALS.map((phrase) => phrase[0]!));
/**
 * Words that name no object of a denial: one-word country names (who denies is a role), the denials' own words and
 * the kinds of statement. The syllables of a longer name ("bình" of Bình Nhưỡng, not of "binh sĩ") only where
 * the sentence has the name's pair of them (ACTOR_PAIRS).
 */
const NOT_OBJECT = new Set([
  ...Object.values(ACTORS).flatMap((names) => names.filter((name) => !name.includes(" "))),
  ...DENIALS.flatMap((phrase) => phrase.map(foldDiacritics)),
  ...DENIED_GENERIC,
]);
const ACTOR_PAIRS = new Set(Object.values(ACTORS).flatMap((names) => names.flatMap((name) => name.split(" ").slice(1).map((w, k, rest) => `${k === 0 ? name.split(" ")[0] : rest[k - 1]}_${w}`))));

/** Where each denial of DENIALS starts ("bác bỏ", "denied", "vô căn cứ"), as word indices, and whether it is a predicate (DENY_PREDICATES: what it denies comes before it). */
function denialCues(list: readonly string[]): { at: number; before: boolean }[] {
  const out: { at: number; before: boolean }[] = [];
  const at = (phrase: readonly string[], i: number) => phrase.every((w, k) => list[i + k] === w);
  for (let i = 0; i < list.length; i++) {
    if (!DENIAL_FIRST.has(list[i]!)) continue;
    const before = PREDICATE_FIRST.has(list[i]!) && DENY_PREDICATES.some((phrase) => at(phrase, i));
    if (before || DENIALS.some((phrase) => at(phrase, i))) out.push({ at: i, before });
  }
  return out;
}

/**
 * What a sentence denies: the key words after each denial verb to the end of its clause ("bác bỏ mọi cáo buộc về
 * thỏa thuận vũ khí": thoa, thuan, vu, khi), or before each denial predicate in its clause ("thông tin về thương vụ
 * vũ khí … là vô căn cứ"), or in the sentence before it (a quoted "\"luận điệu bịa đặt\""); when they name nothing
 * but kinds of statement and who denies, the words of its whole clause ("Cáo buộc về thương vụ vũ khí đã bị …
 * phủ nhận"), or of the sentence ("\"Đó là điều hoàn toàn vô lý,\" … nói về cáo buộc mua bán vũ khí"). A denial of
 * a claim matches only a denial of the same thing (score.ts).
 */
function deniedObject(keys: readonly PlacedKey[], lower: string, offsets: readonly number[], found: readonly { at: number; before: boolean }[]): Set<string> {
  const ends = clauseEnds(lower, offsets);
  const starts = clauseStarts(ends);
  const actorWords = new Set<string>();
  for (const k of keys) if (ACTOR_PAIRS.has(k.key)) for (const w of k.key.split("_")) actorWords.add(w);
  const isObjectWord = (key: string) => !key.startsWith("~") && !key.includes("_") && !NOT_OBJECT.has(key) && !actorWords.has(key);
  const pick = (cues: readonly number[], from: (cue: number) => number, to: (cue: number) => number) => {
    const out = new Set<string>();
    for (const cue of cues) for (const k of keys) if (k.at >= from(cue) && k.at < to(cue) && isObjectWord(k.key)) out.add(k.key);
    return out;
  };
  const all = found.map((c) => c.at);
  const verbs = found.filter((c) => !c.before).map((c) => c.at);
  const predicates = found.filter((c) => c.before).map((c) => c.at);
  const named = pick(verbs, (cue) => cue, (cue) => ends[cue]!);
  const before = pick(predicates, (cue) => starts[cue]!, (cue) => cue);
  for (const key of before.size ? before : pick(predicates, () => 0, (cue) => cue)) named.add(key);
  if (named.size) return named;
  const clause = pick(all, (cue) => starts[cue]!, (cue) => ends[cue]!);
  return clause.size ? clause : pick(all, () => 0, () => offsets.length);
}

/** For each word, the index of the first word of its clause (see clauseEnds). */
function clauseStarts(ends: readonly number[]): number[] {
  const starts = new Array<number>(ends.length);
  for (let i = 0; i < ends.length; i++) starts[i] = i > 0 && ends[i - 1] === ends[i] ? starts[i - 1]! : i;
  return starts;
}

/** The one key word of a conditional that supposes nothing: "nếu cần (thiết)", "if necessary", "if needed". */
const IDLE_CONDITIONS = new Set(["cần", "thiết", "necessary", "needed", "need", "possible", "so", "any"]);

/**
 * Whether a conditional ("nếu", "if") supposes something: its clause, up to the next punctuation, has two key
 * words or more, or one that is not idle ("nếu được ký"). "… và sẽ có biện pháp bổ sung nếu cần thiết" (if need
 * be) supposes nothing and leaves the statement stated.
 */
function supposes(text: string, isKey: (word: string, unfolded: string) => boolean): boolean {
  for (const clause of text.normalize("NFC").toLowerCase().split(/[,;:.!?()"“”«»–—]/u)) {
    const list = words(clause);
    const at = list.findIndex((word) => CONDITIONAL_WORDS.has(word));
    if (at < 0) continue;
    const rest = list.slice(at + 1).filter((word) => isKey(foldDiacritics(word), word));
    // "nếu được ký" (if it is signed) supposes; "nếu cần thiết", "if necessary" are idle.
    if (rest.length >= 2 || (rest.length === 1 && !IDLE_CONDITIONS.has(rest[0]!))) return true;
  }
  return false;
}

const ABBREVIATION_SOURCE = `(?<![\\p{L}\\p{N}.])(?:${Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length).map((a) => a.replace(/\./g, "\\.")).join("|")})(?![\\p{L}\\p{N}])`;
const ABBREVIATION_RE = new RegExp(ABBREVIATION_SOURCE, "u");
const ABBREVIATION_RE_ALL = new RegExp(ABBREVIATION_SOURCE, "gu");

const MODAL = MODAL_PHRASES.map((p) => p.split(" "));
const FUTURE = FUTURE_PHRASES.map((p) => p.split(" "));
const ASK = ASK_PHRASES.map((p) => p.split(" "));
const MODAL_FIRST = new Set([...MODAL, ...FUTURE, ...ASK].map((p) => p[0]!));
// A full stop ends a clause, not the dots of an abbreviation ("U.S.", "U.N.": a letter alone before each).
const MODAL_CLAUSE_ALL = /[,;:!()"“”«»–—]|(?<!(?<![\p{L}\p{N}])\p{L})\.|(?<![\p{L}\p{N}])(?:nhưng|song|but|while)(?![\p{L}\p{N}])/gu;

/** For each word, the index of the first word after its clause (clauses end at MODAL_CLAUSE_ALL's marks and words). */
function clauseEnds(lower: string, offsets: readonly number[]): number[] {
  const breaks = [...lower.matchAll(MODAL_CLAUSE_ALL)].map((m) => m.index);
  const clause: number[] = [];
  let b = 0;
  for (const offset of offsets) {
    while (b < breaks.length && breaks[b]! < offset) b++;
    clause.push(b);
  }
  const ends = new Array<number>(offsets.length);
  for (let i = offsets.length - 1; i >= 0; i--) ends[i] = i + 1 < offsets.length && clause[i + 1] === clause[i] ? ends[i + 1]! : i + 1;
  return ends;
}

/** The start of the clause of each indirect question of ASK_PHRASES: the whole clause asks. */
function askCues(list: readonly string[], starts: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) if (ASK.some((phrase) => list[i] === phrase[0] && phrase.every((w, k) => list[i + k] === w))) out.push(starts[i]!);
  return out;
}

/** The start of the clause of each time to come of FUTURE_PHRASES: the whole clause is to come. */
function futureCues(list: readonly string[], starts: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) if (FUTURE.some((phrase) => list[i] === phrase[0] && phrase.every((w, k) => list[i + k] === w))) out.push(starts[i]!);
  return out;
}

/** Where each doubt cue of MODAL_PHRASES starts ("có thể", "liệu", "whether"), as word indices. */
function modalCues(list: readonly string[], starts: readonly number[]): number[] {
  const out: number[] = [];
  const at = (phrase: readonly string[], i: number) => list[i] === phrase[0] && phrase.every((w, k) => list[i + k] === w);
  for (let i = 0; i < list.length; i++) {
    if (MODAL.some((phrase) => at(phrase, i))) out.push(starts[i]!);
    // A time to come doubts its clause from the clause's start.
    else if (FUTURE.some((phrase) => at(phrase, i))) out.push(starts[i]!);
  }
  return out;
}

const REFUSAL_FIRST = new Set(REFUSALS.map((phrase) => phrase[0]!));

/**
 * Where each negation of NEGATIONS or refusal of REFUSALS starts ("không", "chưa", "not", "never", "-n't", which TOKEN reads as "…n" and
 * "t"), as word indices: not where the next word makes it another word ("không quân", "not only"), nor after "hay"
 * ("… hay không" closes a question) or "hoặc".
 */
function negationCues(list: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) {
    if (REFUSAL_FIRST.has(list[i]!) && REFUSALS.some((phrase) => phrase.every((w, k) => list[i + k] === w))) {
      out.push(i);
      continue;
    }
    const word = list[i] === "t" && list[i - 1]?.endsWith("n") ? "n't" : list[i]!;
    const not = NEGATIONS[word];
    if (!not || not.includes(list[i + 1] ?? "") || ["hay", "hoặc", "or"].includes(list[i - 1] ?? "")) continue;
    out.push(i);
  }
  return out;
}

/**
 * The key words a cue puts in its scope: from the cue to the end of its clause, the names they expand to
 * included. "Washington cáo buộc …, nhưng không rõ liệu có lô vũ khí nào đã được chuyển giao" doubts only its
 * last clause, and still states the allegation; "had not seen North Korea supply munitions to Russia" negates
 * North Korea's supply.
 */
function inScope(keys: readonly PlacedKey[], ends: readonly number[], cues: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (const cue of cues) for (const k of keys) if (!k.key.startsWith("~") && k.at >= cue && k.at < ends[cue]!) out.add(k.key);
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
