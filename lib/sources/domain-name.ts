// A site's name read from its domain alone, for a copy that prints nothing else of it (a reader view's "slate.com"):
// only a label that is one word is a name ("slate" → "Slate"). Words run together ("princegeorgecitizen",
// "voanews", "thehill") or initials ("rferl", "scmp") cannot be spaced or cased back without knowing the name, so they
// give nothing. Pure; every test here reads a label of at most ten letters.

import { VIETNAMESE_LETTER_CLASS } from "./normalize";

/** Words papers' and sites' names are made of: a label holding one is words run together, or a word no name is alone. */
const NAME_PARTS = /(?:news|times|post|daily|today|herald|mail|press|online|tribune|star|wire|journal|express|gazette|observer|standard|sun|tv|radio|world|net|insider|report|citizen|review|week|weekly|asia|india|africa|korea|china|japan|global|info|hub|live|media|magazine|bulletin|chronicle|courier|monitor|nation|voice|leader|record|register|telegraph|mirror|sentinel|pioneer|dispatch|update|digest|focus|line|channel|network|first|now|hour|eye|watch)/;
/** Two consonants that open English words: a label opening with another pair ("rf", "nk", "sc" of "scmp") is initials. */
const ONSETS = new Set(["bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kn", "ph", "pl", "pr", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "tw", "wh", "wr"]);
const VOWEL = /[aeiouy]/;
/**
 * Vietnamese letters (normalize.ts): those beyond Latin-1 ("ă", "đ", "ơ", "ư", "ạ", "ế", …), which no western European
 * language writes, mark a page in Vietnamese, whose domains are syllables run together without their tones ("é" and
 * "à" alone are French as often).
 */
const VIETNAMESE_LETTERS = new RegExp(VIETNAMESE_LETTER_CLASS, "gu");
const beyondLatin1 = (letter: string): boolean => (letter.codePointAt(0) ?? 0) > 0xff;

/** The registrable label of a host: "www.slate.com" → "slate", "edition.example.co.uk" → "example". */
function registrableLabel(host: string): string | null {
  const labels = host.toLowerCase().split(".");
  if (labels.length < 2) return null;
  // a country's generic second level ("co.uk", "com.au") is the public end, not the name
  const end = labels.length >= 3 && /^(?:co|com|org|net|gov|ac|or|ne|news)$/.test(labels[labels.length - 2] as string) ? 2 : 1;
  return labels[labels.length - 1 - end] ?? null;
}

/** Is this label one word of a name, by its letters: four to ten, a vowel in every four, no initials' opening, no name's part inside? */
export function oneWordLabel(label: string): boolean {
  if (!/^[a-z]{4,10}$/.test(label) || label.startsWith("the") || /^(?:bao|tap|dai|www)/.test(label)) return false;
  // an article run onto the name ("lemonde", "elpais", "aljazeera"): two words
  if (/^(?:le|la|el|al|il)[a-z]{4,}$/.test(label)) return false;
  if (!VOWEL.test(label.slice(0, 3)) || /[^aeiouy]{4}/.test(label)) return false;
  const [a, b] = [label[0] as string, label[1] as string];
  if (!VOWEL.test(a) && !VOWEL.test(b) && !ONSETS.has(a + b)) return false;
  // a part of a name beside other letters ("voanews", "firstpost"), or alone: a word every paper's name may hold
  // ("news.com.au" is no paper called "News")
  return !NAME_PARTS.test(label);
}

/**
 * The name a host's one-word label spells ("slate.com" → "Slate"), its first letter a capital; null when the label is
 * no one word or the page is written in Vietnamese.
 */
export function wordOfDomain(host: string, text: string): string | null {
  const label = registrableLabel(host);
  if (label === null || !oneWordLabel(label)) return null;
  if ((text.slice(0, 3000).match(VIETNAMESE_LETTERS)?.filter(beyondLatin1).length ?? 0) >= 3) return null;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
