// Check-worthiness cues of a sentence (pure): what makes it report a checkable statement, and how strongly.
import { foldDiacritics } from "@/lib/sources/normalize";
import { words } from "./keywords";

export type CueKind = "attribution" | "quantity" | "weapon" | "treaty";
/** One reason a sentence is worth checking, with the words that show it (shown on hover). */
export type Cue = { kind: CueKind; words: string };

/** Folded phrases, by kind. Reporting verbs and their relatives; a quantity is also any number outside a date. */
const PHRASES: Record<CueKind, string[]> = {
  attribution: [
    "cho biet", "tuyen bo", "khang dinh", "bac bo", "phu nhan", "cao buoc", "cam ket", "xac nhan", "thong bao", "canh bao",
    "noi rang", "nhan manh", "tiet lo", "dan loi", "cong bo", "to cao", "nghi ngo", "du kien", "thua nhan",
    "said", "says", "denied", "denies", "accused", "accuses", "pledged", "pledges", "claimed", "claims", "announced",
    "confirmed", "warned", "alleged", "stated", "acknowledged", "insisted",
  ],
  quantity: ["trieu", "ty", "nghin", "ngan", "tan", "phan tram", "usd", "do la", "percent", "million", "billion", "thousand", "tons", "dollars"],
  weapon: [
    "ten lua", "dan phao", "dan duoc", "dan dao", "phao binh", "rocket", "vu khi hat nhan", "may bay khong nguoi lai", "uav", "drone", "tau ngam",
    "xe tang", "hwasong", "iskander", "kn 23", "kn 24", "ve tinh do tham", "missile", "missiles", "shells", "artillery", "ammunition",
    "nuclear", "satellite", "tank", "tanks",
  ],
  treaty: ["nghi quyet", "hiep uoc", "hiep dinh", "cong uoc", "thoa thuan", "dieu khoan", "resolution", "treaty", "article", "hoi dong bao an", "security council"],
};
const WEIGHT: Record<CueKind, number> = { attribution: 2, quantity: 1.5, weapon: 1.5, treaty: 1.5 };
const PHRASE_WORDS = Object.fromEntries(Object.entries(PHRASES).map(([kind, list]) => [kind, list.map((p) => p.split(" "))])) as Record<CueKind, string[][]>;

/** A number that is a date or time ("13/9", "2023", "11:41") does not make a quantity. */
function isQuantityNumber(text: string, word: string, index: number, all: string[]): boolean {
  if (!/^\d/.test(word)) return false;
  if (/^(19|20)\d\d$/.test(word)) return false;
  const previous = all[index - 1];
  if (previous && ["ngay", "thang", "nam", "luc", "hom"].includes(previous)) return false;
  return !new RegExp(`(^|[^\\d])${word.replace(".", "\\.")}[/:h]\\d`).test(text) && !new RegExp(`\\d[/:]${word.replace(".", "\\.")}($|[^\\d])`).test(text);
}

/** Every cue of a sentence, one per kind and phrase, in text order. */
export function cuesOf(text: string): Cue[] {
  const folded = words(text).map(foldDiacritics);
  const cues: Cue[] = [];
  const seen = new Set<string>();
  const add = (kind: CueKind, phrase: string) => {
    if (seen.has(`${kind}:${phrase}`)) return;
    seen.add(`${kind}:${phrase}`);
    cues.push({ kind, words: phrase });
  };
  for (let i = 0; i < folded.length; i++) {
    for (const kind of Object.keys(PHRASE_WORDS) as CueKind[]) {
      for (const phrase of PHRASE_WORDS[kind]) {
        if (phrase.every((w, k) => folded[i + k] === w)) add(kind, phrase.join(" "));
      }
    }
    if (isQuantityNumber(text, folded[i]!, i, folded)) add("quantity", folded[i]!);
  }
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

/** Sentences with at least one cue, the most check-worthy first (ties: in text order); questions are left out. */
export function rankCheckWorthy<S extends { text: string }>(sentences: S[]): CandidateSentence<S>[] {
  return sentences
    .map((s, index) => ({ ...s, cues: cuesOf(s.text), index }))
    .filter((s) => s.cues.length > 0 && !/\?["”»]?$/.test(s.text.trim()) && s.text.length >= 40)
    .map((s) => ({ ...s, score: cueScore(s.cues) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ index: _, ...s }) => s as unknown as CandidateSentence<S>);
}
