// Note markers a long read, a journal or a report sets in its text, which a copy or a page's <sup> leaves glued to
// the words: "…since 2023.[2] Moscow …", "…vũ trang(2).", "…năm 2023.(1)", "…in 2024.³", and a superscript copied as
// a plain number after the full stop, "…taken place.1 The price …". The notes they point to are furniture below the
// text (clean.ts drops them under their heading); the markers are not words of the sentence, and a quote checked
// against the text must not trip on them. Pure; every pattern is bounded, none backtracks over the paragraph.

/** "[2]", "[2, 3]", "[4–6]" glued to what it follows (a word, a figure, a full stop or a closing quote). */
const BRACKETED = /(?<=[\p{L}\p{N}.,;:!?'"”’»)])\[\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,4}\]/gu;
/**
 * "(2)" glued to a word or after a full stop ("vũ trang(2).", "năm 2023.(1) Moscow"), before a space, a stop or the
 * end. Never after a figure ("Article 4(1)" and "khoản 2(a)" are a clause's number), nor after a colon or semicolon
 * ("gồm:(1) kinh tế;(2) …" counts a list's items).
 */
const PARENTHESISED = /(?<=[\p{L}.,!?"”’»])\(\d{1,3}\)(?=[\s.,;:!?]|$)/gu;
/**
 * Superscript figures after a stop or a word of three letters or more: "2024.³", "Pyongyang²", "⁽¹⁾". A unit's power
 * stays ("120 km²", "5 m³").
 */
const SUPERSCRIPT = /(?<=\p{L}{3}|[.,;:!?"”’»)])⁽?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}⁾?/gu;
/**
 * A superscript copied as a plain number: one to three figures right after a sentence's stop that ends a word of
 * three or more small letters (a closing quote allowed), before the next sentence's capital or the paragraph's end:
 * "…taken place.1 The price", "…deny.”12". Never after a figure ("2024.3" is a number) nor after an abbreviation
 * ("No.1", "Vol.3", "tr.12").
 */
const PLAIN_AFTER_STOP = /(?<=\p{Ll}{3}[.!?]["”’»]?)\d{1,3}(?=\s+["“‘(]?\p{Lu}|$)/gu;

/**
 * The same after a year's stop in Vietnamese text ("… từ cuối năm 2023.2 Nhóm giám sát …"): Vietnamese writes a
 * decimal with a comma and groups thousands by three after a dot ("12.000"), so one or two figures after a four-figure
 * number's stop, before the next sentence's capital, count nothing (a release number such as "2024.1" set right before a
 * capitalised word is the one thing read wrong). English text keeps them ("version 2023.2 The").
 */
const PLAIN_AFTER_YEAR = /(?<=\d{4}[.!?]["”’»]?)\d{1,2}(?=\s+["“‘(]?\p{Lu}|$)/gu;
/** Letters only Vietnamese writes among the languages read here. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** What every marker above needs (a bracket before a figure, a figure in brackets, a superscript, a figure after a stop). */
const ANY = /\[\d|\(\d{1,3}\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]|[.!?]["”’»]?\d/u;
/**
 * What each marker needs, looked for before the marker's own pattern (whose lookbehind is tried at every position of
 * the paragraph): most paragraphs pass ANY only by a number ("12.000", "2.5") that no marker takes.
 */
const SUPERSCRIPT_FIGURE = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/u;
const WORD_STOP_FIGURE = /\p{Ll}[.!?]["”’»]?\d/u;
const FIGURE_STOP_FIGURE = /\d[.!?]["”’»]?\d/u;

/** The paragraph without the note markers glued into it; unchanged when it has none. */
export function withoutNoteMarkers(text: string): string {
  if (!ANY.test(text)) return text;
  let out = text;
  if (out.includes("[")) out = out.replace(BRACKETED, "");
  if (out.includes("(")) out = out.replace(PARENTHESISED, "");
  if (SUPERSCRIPT_FIGURE.test(out)) out = out.replace(SUPERSCRIPT, "");
  if (WORD_STOP_FIGURE.test(out)) out = out.replace(PLAIN_AFTER_STOP, "");
  return FIGURE_STOP_FIGURE.test(out) && VIETNAMESE.test(out) ? out.replace(PLAIN_AFTER_YEAR, "") : out;
}
