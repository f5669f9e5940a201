import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasPieces, memoByLine, testAtEnd, topAlternatives } from "./line-speed";

/** Every line of every capture and sample article, and each with caption credits glued on. */
function corpusLines(): string[] {
  const root = new URL("../../fixtures/", import.meta.url);
  const lines = new Set<string>();
  for (const dir of readdirSync(root).filter((d) => d.startsWith("captures") || d === "articles")) {
    for (const file of readdirSync(new URL(`${dir}/`, root))) {
      if (!/\.(?:txt|html)$/.test(file)) continue;
      for (const line of readFileSync(new URL(`${dir}/${file}`, root), "utf8").split("\n")) if (line.trim()) lines.add(line.trim().slice(0, 320));
    }
  }
  const base = [...lines];
  const tails = [" Ảnh: Reuters", " (AP Photo/Ahn Young-joon)", " | KYODO", ". ANTARA/Fauzan/nym.", " Photograph: Yonhap/Reuters", " (bản 3)", " qua AP", "/AFP.", " :", "$"];
  return [...base, ...base.slice(0, 400).flatMap((l) => tails.map((t) => l + t))];
}

// End-anchored patterns of the kinds the layout model uses: bounded and unbounded repeats, classes, Unicode, cases.
const PATTERNS = [
  /(?:(?:^|[\s.(\-–|])(?:ảnh|photo|nguồn ảnh)\s*:\s*[^:]{1,60}\)?\.?|\((?:ảnh|photo)[^()]{0,30}:\s*[^()]{1,60}\)\.?|©\s*[^.©]{1,60}|\b(?:REUTERS|AFP|EPA)\/[^\s].{0,80}|[.)]\s*(?:AFP|AP|Reuters)\.?|\b(?:via|qua)\s+(?:AP|AFP)\.?)$/iu,
  /\/(?:AP|AFP|Reuters)\.?$|\[[^[\]]{0,80}\]\.?$|[.!?]\s*\((?:AP|[\p{Lu}][\p{L}]+(?: (?:News|Photo))?)\)(?:\s*==\s*\p{L}+)?$|(?:\p{Ll}|\))(?:Ảnh|Photo)\s*:\s*[^:]{2,80}$|\s\|\s*(?:[\p{Lu}]{2,}(?:[ /][\p{Lu}]{2,}){0,3})\.?$/iu,
  /[.)]\s+\p{Lu}{3,}(?:\s\p{Lu}{2,})?\/\p{Lu}[\p{L} .'-]{1,40}(?:\/[\p{L}]{1,12}){0,2}\.?$|[.!?]\s+(?:\p{L}{2,}\s)?photo\s?\/\s?\p{L}[\p{L} .'-]{1,40}\.?$/iu,
  /^\S+\.(?:jpe?g|png)$|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\.?$/i,
  /(a|b)\s*\$$/, // an escaped "$" before the anchor
];

describe("testAtEnd", () => {
  const lines = corpusLines();

  it("answers exactly as the pattern's own test on every corpus line, with and without credits glued on", () => {
    expect(lines.length).toBeGreaterThan(3000);
    for (const re of PATTERNS) {
      const atEnd = testAtEnd(re);
      const differ = lines.filter((line) => atEnd(line) !== re.test(line));
      expect(differ, re.source.slice(0, 60)).toEqual([]);
      expect(lines.some((line) => re.test(line)), `${re.source.slice(0, 60)} matches some line`).toBe(true);
    }
  });

  it("keeps the pattern's own test when an alternative may end before the line does, or the pattern cannot be read backwards", () => {
    const cases: [RegExp, string, boolean][] = [
      [/foo|bar$/, "foo at the start", true], // "foo" is not anchored
      [/x\$/, "a x$ b", true], // an escaped "$" is no anchor
      [/[$]/, "price $ 5", true], // nor is one in a class
      [/(a)\1$/, "xaa", true], // a back-reference
      [/a$/m, "a\nb", true], // multiline: "$" ends every line
      [/b$/g, "ab", true],
    ];
    for (const [re, line, want] of cases) {
      re.lastIndex = 0;
      expect(testAtEnd(re)(line), re.source).toBe(want);
    }
  });

  it("splits a source at its top-level bars only", () => {
    expect(topAlternatives("a$|(?:b|c)$|[|]$|\\|$")).toEqual(["a$", "(?:b|c)$", "[|]$", "\\|$"]);
  });
});

describe("memoByLine", () => {
  it("answers as the test does, asks it once per line while the line is remembered, and forgets beyond two generations", () => {
    const asked: string[] = [];
    const memo = memoByLine((line) => {
      asked.push(line);
      return line.length % 2 === 0;
    }, 3);
    const lines = ["a", "bb", "a", "ccc", "bb", "dddd", "a"];
    expect(lines.map(memo)).toEqual(lines.map((l) => l.length % 2 === 0));
    expect(asked).toEqual(["a", "bb", "ccc", "dddd"]);
    for (const l of ["e", "ff", "ggg", "hhhh", "iiiii", "jjjjjj", "k"]) memo(l);
    memo("a"); // two turnovers later, "a" is asked again
    expect(asked.at(-1)).toBe("a");
  });
});

describe("hasPieces", () => {
  it("answers as counting split's pieces does, double and edge spaces included", () => {
    const strings = ["", " ", "a", "a b", "a  b", " a b ", "one two three four five six seven eight nine ten", "x ".repeat(30), "  ", "a b c"];
    for (const s of strings) for (let n = 0; n <= 14; n++) expect(hasPieces(s, n), `${JSON.stringify(s)} ${n}`).toBe(s.split(" ").length >= n);
  });
});
