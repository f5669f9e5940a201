// Check-worthiness cues of a sentence (pure): what makes it report a checkable statement, and how strongly.
import { foldDiacritics } from "@/lib/sources/normalize";
import { words } from "./keywords";

export type CueKind = "attribution" | "quantity" | "weapon" | "treaty" | "hedge";
/** One reason a sentence is worth checking, with the words that show it as the sentence writes them (shown on hover). */
export type Cue = { kind: CueKind; words: string };

/** Folded phrases, by kind. Reporting verbs and their relatives; a quantity is also any number outside a date. */
const PHRASES: Record<CueKind, string[]> = {
  attribution: [
    "cho biet", "tuyen bo", "khang dinh", "bac bo", "phu nhan", "cao buoc", "cam ket", "xac nhan", "thong bao", "canh bao",
    "noi rang", "nhan manh", "tiet lo", "dan loi", "cong bo", "to cao", "nghi ngo", "du kien", "thua nhan",
    "said", "says", "denied", "denies", "accused", "accuses", "pledged", "pledges", "claimed", "claims", "announced",
    "confirmed", "warned", "alleged", "stated", "acknowledged", "insisted",
  ],
  // Scale words after a number are already part of it (words()); folded alone, "triệu" would be "Triều" (Tiên).
  // "đô la" (dollars) is matched as written (WRITTEN): folded, it is "đó là" (that is).
  quantity: ["hang trieu", "hang nghin", "hang ngan", "phan tram", "usd", "percent", "million", "billion", "thousand", "tons", "dollars"],
  weapon: [
    "ten lua", "dan phao", "dan duoc", "dan dao", "phao binh", "rocket", "vu khi hat nhan", "may bay khong nguoi lai", "uav", "drone", "tau ngam",
    "xe tang", "hwasong", "iskander", "kn 23", "kn 24", "ve tinh do tham", "missile", "missiles", "shells", "artillery", "ammunition",
    "nuclear", "satellite", "tank", "tanks",
  ],
  // Speculation and commentary: analysts' readings and "may", "seems" are opinions, not checkable statements.
  hedge: [
    "duong nhu", "co the", "co le", "co ve", "nhin be ngoai", "khong ro", "nha phan tich", "chuyen gia", "nha nghien cuu", "giao su", "hy vong", "hi vong",
    "might", "could", "seems", "appears", "analysts", "experts", "perhaps", "whether", // not "may": folded, "máy" (machine) is "may"
  ],
  treaty: ["nghi quyet", "hiep uoc", "hiep dinh", "cong uoc", "thoa thuan", "dieu khoan", "resolution", "treaty", "article", "hoi dong bao an", "security council"],
};
/** Phrases matched as written (lower case, with diacritics), where folding would make another word of them. */
const WRITTEN: { kind: CueKind; words: string[] }[] = [{ kind: "quantity", words: ["đô", "la"] }];
/** Words before a phrase that make it another body: the National Security Council (NSC) is no treaty body. */
const NOT_AFTER: Record<string, string[]> = { "security council": ["national"] };
const WEIGHT: Record<CueKind, number> = { attribution: 2, quantity: 1.5, weapon: 1.5, treaty: 1.5, hedge: -1.5 };
const PHRASE_WORDS = Object.fromEntries(Object.entries(PHRASES).map(([kind, list]) => [kind, list.map((p) => p.split(" "))])) as Record<CueKind, string[][]>;

/** Numbers as written ("1.000", "2,5"), not inside a word. */
const NUMBER = /(?<![\p{L}\p{N}])\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{N}])/gu;
/** Words before a number that make it a date ("ngày 12", "on 5", "Sept. 12", "October 1"), not an amount; read from the 12 characters before it. */
const DATE_WORD = /(?<!\p{L})(?:ngày|tháng|năm|lúc|hôm|on|in|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?\s*$/iu;

/** The numbers of a text that state an amount: not a date or a time ("13/9", "2023", "11:41", "ngày 12"). */
function quantities(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const at = match.index!;
    const before = text[at - 1] ?? "";
    const after = text[at + match[0].length] ?? "";
    if ("/:-".includes(before) && before !== "" || "/:h".includes(after) && after !== "") continue;
    if (/^(?:19|20)\d\d$/.test(match[0]) || DATE_WORD.test(text.slice(Math.max(0, at - 12), at))) continue;
    out.push(match[0]);
  }
  return out;
}

/** Every cue of a sentence, one per kind and phrase, in text order. */
export function cuesOf(text: string): Cue[] {
  const written = words(text);
  const folded = written.map(foldDiacritics);
  const cues: Cue[] = [];
  const seen = new Set<string>();
  // One cue per kind and folded phrase; it shows the words as the sentence has them ("máy bay không người lái").
  const add = (kind: CueKind, key: string, shown = key) => {
    if (seen.has(`${kind}:${key}`)) return;
    seen.add(`${kind}:${key}`);
    cues.push({ kind, words: shown });
  };
  const writtenAt = (i: number, length: number) => written.slice(i, i + length).join(" ");
  for (let i = 0; i < folded.length; i++) {
    for (const kind of Object.keys(PHRASE_WORDS) as CueKind[]) {
      for (const phrase of PHRASE_WORDS[kind]) {
        if (phrase.every((w, k) => folded[i + k] === w) && !NOT_AFTER[phrase.join(" ")]?.includes(folded[i - 1] ?? "")) add(kind, phrase.join(" "), writtenAt(i, phrase.length));
      }
    }
    for (const phrase of WRITTEN) if (phrase.words.every((w, k) => written[i + k] === w)) add(phrase.kind, phrase.words.join(" "));
  }
  for (const number of quantities(text)) add("quantity", number);
  // Amounts in words ("hai triệu", "one thousand") come out of words() as digits that the text does not have.
  // Only scale words make such a number (words() also gives a month name its number: "Sept. 12" is no amount of 9).
  const asDigits = new Set(quantities(text).map((q) => words(q)[0]));
  for (const word of folded) if (/^\d+$/.test(word) && Number(word) >= 100 && !text.includes(word) && !asDigits.has(word)) add("quantity", word);
  return cues;
}

/** How check-worthy the cues make a sentence: each kind counts once, a second phrase of it a little more. */
export function cueScore(cues: Cue[]): number {
  const byKind = new Map<CueKind, number>();
  for (const cue of cues) byKind.set(cue.kind, (byKind.get(cue.kind) ?? 0) + 1);
  let score = 0;
  for (const [kind, n] of byKind) score += WEIGHT[kind] * (1 + 0.25 * Math.min(n - 1, 2));
  return score;
}

export type CandidateSentence<S> = S & { cues: Cue[]; score: number };

/** Sentences whose cues outweigh their hedges, the most check-worthy first (ties: in text order); questions are left out. */
export function rankCheckWorthy<S extends { text: string }>(sentences: S[]): CandidateSentence<S>[] {
  return sentences
    .map((s, index) => ({ ...s, cues: cuesOf(s.text), index }))
    .filter((s) => s.cues.some((c) => c.kind !== "hedge") && !/\?["”»]?$/.test(s.text.trim()) && s.text.length >= 40)
    .map((s) => ({ ...s, score: cueScore(s.cues) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ index: _, ...s }) => s as unknown as CandidateSentence<S>);
}
