// The table folding (normalize.ts) gives exactly what folding the whole text as written gives: every character of
// the Basic Multilingual Plane alone, every line of the capture corpora, and random mixes of letters, combining
// marks, Greek, CJK, emoji and punctuation.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { foldDiacritics, foldForMatch } from "./normalize";

const slowFold = (text: string): string =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d");
const slowMatch = (text: string): string => slowFold(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function corpusLines(): string[] {
  const root = new URL("../../fixtures/", import.meta.url);
  const lines: string[] = [];
  for (const dir of readdirSync(root).filter((d) => d.startsWith("captures") || d === "articles")) {
    for (const file of readdirSync(new URL(`${dir}/`, root))) {
      if (/\.(?:txt|html)$/.test(file)) lines.push(...readFileSync(new URL(`${dir}/${file}`, root), "utf8").split("\n"));
    }
  }
  return lines;
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("folding by table", () => {
  it("folds each character alone as the whole-text folding does", () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (foldDiacritics(s) !== slowFold(s) || foldForMatch(s) !== slowMatch(s)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it("folds every corpus line, and random mixes of scripts, marks and punctuation, as the whole-text folding does", () => {
    const lines = corpusLines();
    expect(lines.length).toBeGreaterThan(3000);
    const pieces = ["a", "Đ", "đ", "Ệ", "ệ", "e\u0301", "\u0323", "\u0302\u0323", "İ", "ẞ", "ß", "Σ", "ΣΑΣ", "Ωμέγα", "北京", "😀", "\ud800", " ", "  ", "\t", "\n", "-", "–", "«", "»", ".", ",", "'", "1", "٣", "ǅ", "ŉ", "ǰ", "\u0344", "Ａ", "ﬁ", "Ⅻ", "ª", "º", "²", "_", "“", "”", "–", "—", "…", "\u2000", "\u2001", "\u200b", "\u2028", "‹", "⁰", "€"];
    const next = random(16);
    const mixes = Array.from({ length: 5000 }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join(""));
    // Each text compared by both foldings, the ones that differ gathered and checked once, as the characters above: two
    // expect() per text (about 250,000) took most of the file's time, and past its 30 s on a machine under load.
    const differ: { text: string; table: [string, string]; whole: [string, string] }[] = [];
    for (const text of [...lines, ...mixes, ...lines.map((l) => l.toUpperCase()), ...lines.map((l) => l.normalize("NFD"))]) {
      const table: [string, string] = [foldDiacritics(text), foldForMatch(text)];
      const whole: [string, string] = [slowFold(text), slowMatch(text)];
      if (table[0] !== whole[0] || table[1] !== whole[1]) differ.push({ text, table, whole });
    }
    expect(differ.slice(0, 20)).toEqual([]);
    expect(differ.length).toBe(0);
  });
});
