import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { anyPattern, caseVariants, hasPieces, LinePieces, maxMatchLength, memoByLine, openingPairs, pieceHash, requiredWords, testAtEnd, topAlternatives } from "./line-speed";
import { foldForMatch } from "./normalize";
import { NOTICE_FOLDED, NOTICE_RAW } from "./page-notices";

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

/** A copy of `re` whose every test() is counted in `asked`, by the pattern's source. */
function countedBy(asked: Map<string, number>): (re: RegExp) => RegExp {
  return (re) => {
    const copy = new RegExp(re.source, re.flags);
    const own = copy.test.bind(copy);
    copy.test = (line: string) => {
      asked.set(re.source, (asked.get(re.source) ?? 0) + 1);
      return own(line);
    };
    return copy;
  };
}

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

describe("anyPattern", () => {
  // Patterns of every shape the lexicons use, and the ones whose first character cannot be read from the source.
  const CRAFTED = [
    /^(?:the )?views expressed$/,
    /^(?:xem|nghe) (?:thêm|tiếp)\b/u,
    /^(?:(?:read|see) )?(?:the )?full transcript$/,
    /^(?:\S+ ){0,4}back to top$/,
    /^\d{1,3} comments?$|^paid$/,
    /^share(?:d)?\b/i, // a case-insensitive s: the long s (ſ) folds to it under /iu
    /^kelvin\b/iu, // and K, the Kelvin sign
    /^(?:see more on|sign up)\b/iu, // s under the u flag: the long s too
    /^(?:đăng ký|ảnh)\b/iu, // Vietnamese letters opening a case-insensitive pattern
    /^Ảnh:/iu,
    /^é\b/i,
    /^(a)\1b/,
    /^(?=x)xy/,
    /^(?<w>ab)c/,
    /^\(ảnh\)|^\[video\]/u,
    /^a{0,2}b/,
    /^a+b|c$/,
    /^(?:a|)b/,
    /^(?:a|b)?c/,
    /^.{0,3}xin mời/u,
    /mid-line$/,
    /^x/gm,
    // words a match cannot do without, read past escapes, classes, groups and quantified letters
    /^(?:\S+ ){0,2}colou?r scheme$/,
    /^\x41BC done$/,
    /^a\u00e9bc/,
    /^(\w+) and \1 again$/,
    /^tab[\t ]sep/,
    /^hello+ world/,
    /^(?:a|b)c\p{Lu}def/u,
    /^x{2}yz/,
    // words a case-insensitive match cannot do without, and words one of which each alternative of a group holds
    /^(?:\S+ )?(?:read more|see also) on (?:the )?site$/i,
    /(?:news|tin) tức$/iu,
    /^su(?:bscribe|pport)\b/iu,
    /^\d+ (?:Kelvin|degrees)/iu,
    /^x(?=abc)/,
    /^(?<w>foo|bar)baz/,
    /^(?:abc)?def/,
    /^a(?:bcd|ef)g/,
    /(?:abc|)xyz/,
    // a class of literal characters opening the match (and classes that are not one: a range, a negation, an escape)
    /^[Pp]hóng viên\b/u,
    /^[【\[(（]\s?biên tập/iu,
    /^[■▶•-]\s?tel/iu,
    /^[-•]x|^[\]]y/,
    /^[Ss]ign up$/iu,
    /^[a-c]z/,
    /^[^x]q/,
    /^[\dx]w/,
    /^[ab]?c/,
    // classes of a few characters read as lists: ranges, "\d", "\s", "\w" (case variants under the i flag), and
    // what follows a lookaround at the start
    /^[a-f]{2}z/,
    /^[k-m]elvin/iu,
    /^[\d.]{1,3} min$/,
    /^[|•\s-]+$/u,
    /^\s?tab/,
    /^\w+_id$/i,
    /^\d\d? (?:h|hrs?)$/,
    /^[\--/]x/,
    /^(?=.{3,20}$)(?:ab|cd)x/,
    /^(?!no)[n-p]{2}z/,
    /^(?<!q)rs/,
    /^(?=x)?yz/,
    // marks rarer than letters, alone or in a class of a few
    /^\p{Lu}+[—–]\p{Lu}+$/u,
    /^\p{L}+\s\/\s\p{L}+$/iu,
    /^[\p{Lu}\d]+\s?[|·]\s?\d+$/u,
    // the first two characters: repeats, optional pieces and groups followed by what follows them, cases
    /^a+b/,
    /^(?:ab|c)+d/,
    /^x?yz/i,
    /^(?:[Tt]he )?vi(?:ew)?s\b/u,
    /^(?:x|y)(?:z|)w/,
    /^\s*q/,
    /^[ks]i(?:ng)?\b/iu,
  ];
  const lines = corpusLines();
  const inputs = [...lines, ...lines.map((l) => foldForMatch(l)), "ſhare", "Share", "SHARE", "\u212Aelvin", "KELVIN", "kelvin", "\u017Fee more on x", "SEE MORE ON", "Đăng ký ngay", "ĐĂNG KÝ", "đăng ký", "ẢNH", "Ảnh x", "É", "é", "aab", "b", "c", "bc", "ac", "x", "xy", "abc", "(ảnh) x", "[video]", "", " ", "\u{1F600}x", "xin mời", "abxin mời", "colour scheme", "a color scheme", "a colr scheme", "ABC done", "aébc", "x and x again", "x and y again", "tab\tsep", "tab sep", "helloo world", "hell world", "acXdef", "bcxdef", "xxyz", "xyz", "See Also on site", "Read more on the SITE", "x read MORE on site", "\u017Fee also on site", "Tin TỨC", "NEWS tức", "news tuc", "\u017Fubscribe", "SUPPORT", "Support", "3 \u212Aelvin", "3 KELVIN", "3 DEGREES", "xabc", "xab", "foobaz", "barbaz", "bazbaz", "def", "abcdef", "abcdg", "aefg", "axyz", "AB—CD", "AB–CD", "AB-CD", "ab / cd", "AB / CD", "ab/cd", "X1 | 2", "X1·2", "X1 - 2", "Phóng viên x", "phóng viên", "【biên tập", "[ BIÊN TẬP", "(biên tập", "（biên tập", "■ tel", "• TEL", "- tel", "▶tel", "-x", "•x", "]y", "\\y", "\u017Fign up", "SIGN UP", "az", "bz", "dz", "yq", "xq", "1w", "xw", "ac", "bc", "c", "dc", "abz", "fz", "gz", "Kelvin", "\u212Aelvin", "melvin", "Nelvin", "12 min", "1.5 min", "x min", "|", "• - |", "\u00a0|", "\u3000tab", "\ufefftab", "\u2003tab", "tab", "user_id", "USER_ID", "\u017F_id", "1 h", "12 hrs", "-x", ".x", "/x", "0x", "abx", "cdx", "abx and more", "nnz", "noz", "ppz", "rs", "yz", "ab", "aab", "abd", "cd", "ccd", "abcd", "acd", "YZ", "xYz", "Xyz", "The views", "vis", "thevis", "xw", "yzw", "xzw", "zw", "q", " q", "  q", "\u212Aing", "\u017Fi", "KI", "Si"];

  it("answers exactly as testing every pattern does, on every corpus line raw and folded, and on edge cases", () => {
    for (const res of [NOTICE_FOLDED, NOTICE_RAW, CRAFTED]) {
      const any = anyPattern(res);
      // (each pattern copied once without the g and y flags, which carry nothing from line to line then)
      const plain = res.map((re) => new RegExp(re.source, re.flags.replace(/[gy]/g, "")));
      const differ = inputs.filter((line) => any(line) !== plain.some((re) => re.test(line)));
      expect(differ).toEqual([]);
      expect(inputs.some((line) => any(line))).toBe(true);
    }
    // (every corpus line against every notice pattern, twice: it grows with the corpora and took 40 s once on a loaded
    // machine, past the unit files' 30 s)
  }, 180_000);

  it("asks each pattern only of lines its first character allows and that hold its words", () => {
    const asked = new Map<string, number>();
    const counted = countedBy(asked);
    const any = anyPattern([/^(?:the )?views expressed$/, /^(?:\S+ ){0,4}back to top$/].map(counted));
    for (const line of ["views expressed", "the views expressed", "a line", "back to top", "tvx"]) any(line);
    expect(asked.get("^(?:the )?views expressed$")).toBe(2); // the lines opening with "v" or "t" that hold its words
    expect(asked.get("^(?:\\S+ ){0,4}back to top$")).toBe(1); // any first word, but only where "back to top" stands
    // a class of literal characters tells the first character as a literal does
    const classed = anyPattern([/^[■▶•-]\s?(?:tel|phone)\b/iu, /^[Pp]hóng viên ảnh\s?:/u].map(counted));
    for (const line of ["• tel 0123", "- Phone: 0123", "Phóng viên ảnh: An", "a tel line", "phone", "xphóng viên ảnh:"]) classed(line);
    expect(asked.get("^[■▶•-]\\s?(?:tel|phone)\\b")).toBe(2);
    expect(asked.get("^[Pp]hóng viên ảnh\\s?:")).toBe(1);
  });

  it("tells the first character of a class of a few characters, of \\d, \\s and \\w, and past a lookaround, exactly as the pattern", () => {
    let every = "";
    for (let cp = 0; cp < 0x10000; cp++) if (cp < 0xd800 || cp > 0xdfff) every += String.fromCharCode(cp);
    const patterns = [/^\sq/, /^\dq/u, /^\wq/, /^\wq/i, /^\wq/iu, /^[a-z\d_]q/iu, /^[à-ỹ]q/iu, /^[\s|]q/u, /^(?=\S)[!-~]q/, /^(?!a)[a-e]q/i];
    for (const re of patterns) {
      const any = anyPattern([re]);
      const differ = [...every].filter((c) => any(`${c}q`) !== re.test(`${c}q`));
      expect(differ, String(re)).toEqual([]);
    }
  });

  it("asks a pattern opening with a class, an escape for a few characters or a lookaround only of lines one of its characters opens", () => {
    const asked = new Map<string, number>();
    const counted = countedBy(asked);
    const any = anyPattern([/^[a-z]{2,20}(?:_[a-zA-Z]{2,20}){1,3}$/, /^[|•·\-–—\s]+$/, /^(?=.{3,40}$)\d{1,2} mins?$/, /^[^x]q/].map(counted));
    expect(["user_Name", "User_name", "• | •", "a • |", "12 mins", "about 12 mins", "yq", "xq"].map(any)).toEqual([true, false, true, false, true, false, true, false]);
    expect(asked.get("^[a-z]{2,20}(?:_[a-zA-Z]{2,20}){1,3}$")).toBe(4); // the lines opening with a small letter but "yq", which the negation took
    expect(asked.get("^[|•·\\-–—\\s]+$")).toBe(1); // "• | •" only: "a • |" opens with a letter, and it is tried first
    expect(asked.get("^(?=.{3,40}$)\\d{1,2} mins?$")).toBe(1); // "12 mins": "about 12 mins" opens with a letter
    expect(asked.get("^[^x]q")).toBe(8); // a negation tells nothing: asked of every line (and first)
  });

  it("asks a case-insensitive pattern, and one of alternatives, only of lines that hold one of its words in some case", () => {
    let asked = 0;
    const copy = /(?:^|\s)(?:read more|see also)\b/iu;
    const own = copy.test.bind(copy);
    copy.test = (line: string) => {
      asked++;
      return own(line);
    };
    const any = anyPattern([copy]);
    expect(["READ MORE", "a line", "also see", "x See Also", "reading"].map(any)).toEqual([true, false, false, true, false]);
    expect(asked).toBe(2);
  });

  it("reads the words a match holds: runs of literals, groups that must match, lower case under the i flag", () => {
    expect(requiredWords("^(?:the )?views expressed$")).toEqual(["views expressed"]);
    expect(requiredWords("^(?:read more|see also)\\b", true, true)).toEqual(["read more", "ee al"]); // the u flag's s ends a run: the long s matches it
    expect(requiredWords("^(?:Read More|See Also)\\b", true, false)).toEqual(["read more", "see also"]);
    expect(requiredWords("^(?<w>foo|bar)baz")).toEqual(["baz"]); // one word before two as long
    expect(requiredWords("^(?<w>foo|bar)ba")).toEqual(["foo", "bar"]);
    expect(requiredWords("^a|^bcd")).toBeNull(); // an alternative without a word
    expect(requiredWords("^x(?=abc)y")).toBeNull(); // a lookahead's words are not the match's
    expect(requiredWords("^(?:abc)?d")).toBeNull();
    expect(requiredWords("^(?:abcd|efg)+ x")).toEqual(["abcd", "efg"]);
    expect(requiredWords("^\\p{Lu}+[—–]\\p{Lu}+$", false, true)).toEqual(["—", "–"]); // marks a line seldom holds
    expect(requiredWords("^\\p{Lu}+\\s\\/\\s\\p{Lu}+$", true, true)).toEqual(["/"]);
    expect(requiredWords("^\\p{Lu}+[.,]\\p{Lu}+$", false, true)).toBeNull(); // but not the marks of any sentence
  });

  it("asks a pattern whose first two characters can be listed only of lines opening with one of those pairs", () => {
    const asked = new Map<string, number>();
    const counted = countedBy(asked);
    const any = anyPattern([/^thus\b.{0,20}far/, /^(?:click|tap)(?: on)? here\b/i].map(counted));
    expect(["thus far", "tusk thus far", "Tap on here", "take a tap here", "TAP HERE", "tip: click here"].map(any)).toEqual([true, false, true, false, true, false]);
    expect(asked.get("^thus\\b.{0,20}far")).toBe(1); // "tusk thus far" opens with "t" and holds both words, but not with "th"
    expect(asked.get("^(?:click|tap)(?: on)? here\\b")).toBe(3); // the lines opening with "ta" in any case, not "tip: click here"
  });

  it("lists the two characters a match opens with: repeats, optional pieces, groups, classes, cases", () => {
    expect(openingPairs("^(?:click|tap)(?: (?:on|vao))?x")?.sort()).toEqual(["cl", "ta"]);
    expect(openingPairs("^(?:the )?views")?.sort()).toEqual(["th", "vi"]);
    expect(openingPairs("^[Pp]hóng")?.sort()).toEqual(["Ph", "ph"]);
    expect(openingPairs("^a+b")?.sort()).toEqual(["aa", "ab"]);
    expect(openingPairs("^(?=x)xy")).toEqual(["xy"]); // past a lookaround
    expect(openingPairs("^share\\b", true, true)?.sort()).toEqual(["SH", "Sh", "sH", "sh", "ſH", "ſh"]); // the u flag's long s
    expect(openingPairs("^\\s?ta")).toContain("ta");
    // a match of one character, a back-reference, any character, a negated class: none listed
    for (const source of ["^a{0,2}b", "^(?:a|b)?c", "^x", "^(a)\\1b", "^.{0,3}x", "^[^x]q", "ab"]) expect(openingPairs(source), source).toBeNull();
  });

  it("asks a pattern whose every match is the whole line only of lines no longer than its longest match", () => {
    let asked = 0;
    const re = /^\d{1,3} (?:likes?|shares?)$/;
    const copy = new RegExp(re.source, re.flags);
    const own = copy.test.bind(copy);
    copy.test = (line: string) => {
      asked++;
      return own(line);
    };
    const any = anyPattern([copy]);
    expect(["123 shares", "123 shares and a long tail of words", "1 like"].map(any)).toEqual([true, false, true]);
    expect(asked).toBe(2);
  });
});

describe("LinePieces", () => {
  it("marks every three characters a line holds, so no word in the line is ruled out, and rules out most others", () => {
    const table = new LinePieces();
    const lines = [...corpusLines(), "ab", "", "\u{1F600}ab", "ĐĂNG KÝ ngay"];
    let ruledOut = 0;
    const missed: string[] = [];
    for (const line of lines) {
      table.mark(line);
      for (let at = 0; at + 3 <= line.length; at++) if (!table.mayHold(pieceHash(line, at))) missed.push(line.slice(at, at + 3));
      for (const word of ["đăng ký", "xem thêm", "subscribe", "/ ", "copyright"]) if (!line.includes(word) && !table.mayHold(pieceHash(word, 0))) ruledOut++;
    }
    expect(missed).toEqual([]);
    expect(ruledOut).toBeGreaterThan(lines.length * 3);
  });

  it("marks exactly the pieces' hashes, reading each character of the line once", () => {
    const table = new LinePieces();
    for (const line of ["Đăng ký nhận bản tin", "abc", "ab", "x", "", "Subscribe — \u{1F600} now", "aaaaaaa"]) {
      const reads = vi.spyOn(String.prototype, "charCodeAt");
      try {
        table.mark(line);
        expect(reads.mock.calls.length, JSON.stringify(line)).toBeLessThanOrEqual(line.length);
      } finally {
        reads.mockRestore();
      }
      // (every hash marked is a piece's, and every piece's is marked: a table of 4,096 the line's few pieces leave mostly empty)
      const hashes = new Set(Array.from({ length: Math.max(0, line.length - 2) }, (_, at) => pieceHash(line, at)));
      const marked = Array.from({ length: 4096 }, (_, hash) => hash).filter((hash) => table.mayHold(hash));
      expect(marked, JSON.stringify(line)).toEqual([...hashes].sort((a, b) => a - b));
    }
  });
});

describe("maxMatchLength", () => {
  it("reads the longest match of repeats, groups, classes, escapes and lookarounds", () => {
    const cases: [RegExp, number][] = [
      [/^abc$/, 3],
      [/^a{2,5}b?$/, 6],
      [/^\d{1,3} (?:mins?|minutes?) (?:reading|read) time$/, 24],
      [/^(?=.{10,120}$)ab$/, 2],
      [/^(?<!x)(?<w>ab){3}\b$/, 6],
      [/^a\.b\/c$/, 5],
      [/^x{$/, 2], // outside the u flag, a brace that opens no quantifier is itself
      [/^[^\]a]{3}$/, 3],
      [/^\S{1,40} is (?:offline|online)$|^\S{1,40} (?:dang )?(?:ngoai tuyen|truc tuyen)$/, 57],
      [/^[\p{L}]{2}\s?$/u, 6], // under the u flag a class may match a character beyond the BMP: two units each
      [/^\u{1F600}é$/u, 3],
    ];
    for (const [re, longest] of cases) expect(maxMatchLength(re.source, re.flags), String(re)).toBe(longest);
  });

  it("answers Infinity for unbounded repeats and what it cannot read", () => {
    for (const re of [/^(?:x|yy)+$/, /^a{2,}$/, /^(a)\1$/, /^(?<n>a)\k<n>$/, /^a.*$/]) expect(maxMatchLength(re.source, re.flags), String(re)).toBe(Infinity);
    // outside the u flag "\p{L}" is "p{L}" and "\u{3}" is "uuu": read otherwise than under it, so not read here
    for (const source of ["^\\p{L}$", "^\\u{3}$"]) expect(maxMatchLength(source, "")).toBe(Infinity);
    expect(maxMatchLength("^[a-z]$", "v")).toBe(Infinity);
  });

  it("makes no error to read a pattern, readable or not (recording where an error was made cost more than the reading)", () => {
    const made: string[] = [];
    const OwnError = globalThis.Error;
    // (every Error made while the patterns are read is counted, the ones thrown and caught inside as well)
    globalThis.Error = new Proxy(OwnError, {
      construct(target, args: unknown[]) {
        made.push(String(args[0]));
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      for (const re of [...NOTICE_FOLDED, ...NOTICE_RAW, /^(a)\1$/, /^a{2,}$/]) maxMatchLength(re.source, re.flags);
      // (a modifier group, which it cannot read, written as a source: older Node rejects it as a literal)
      maxMatchLength("^(?i:x)$", "");
    } finally {
      globalThis.Error = OwnError;
    }
    expect(made).toEqual([]);
  });

  it("is never shorter than a match the lexicons find in the corpus", () => {
    const lines = corpusLines();
    const folded = lines.map((l) => foldForMatch(l));
    let matches = 0;
    for (const re of [...NOTICE_FOLDED, ...NOTICE_RAW]) {
      const longest = maxMatchLength(re.source, re.flags);
      if (longest === Infinity) continue;
      // (the first match of each line: the bound holds for any match)
      const once = new RegExp(re.source, re.flags.replace(/[gy]/g, ""));
      for (const line of [...lines, ...folded]) {
        const m = once.exec(line);
        if (m === null) continue;
        matches++;
        expect(m[0].length, `${String(re)} on ${JSON.stringify(line)}`).toBeLessThanOrEqual(longest);
      }
    }
    expect(matches).toBeGreaterThan(50);
  });
});

describe("caseVariants", () => {
  it("lists every character a case-insensitive pattern's letter matches, with and without the u flag", () => {
    let every = "";
    for (let cp = 0; cp < 0x10000; cp++) if (cp < 0xd800 || cp > 0xdfff) every += String.fromCharCode(cp);
    const escape = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
    const letters = [..."aksKSzAZ©♪0", ...Array.from({ length: 0x250 - 0xc0 }, (_, i) => String.fromCharCode(0xc0 + i)), ...Array.from({ length: 0x100 }, (_, i) => String.fromCharCode(0x1e00 + i))];
    let listed = 0;
    for (const c of letters) {
      for (const unicode of [false, true]) {
        const variants = caseVariants(c, unicode);
        if (variants === null) continue;
        listed++;
        const found = [...every.matchAll(new RegExp(escape(c), unicode ? "giu" : "gi"))].map((m) => m[0]);
        expect(found.filter((x) => !variants.includes(x)), `${c} ${unicode ? "iu" : "i"}`).toEqual([]);
      }
    }
    expect(listed).toBeGreaterThan(500);
    expect(caseVariants("s", true)).toContain("\u017f"); // the long s
    expect(caseVariants("\u00e5", true)).toBeNull(); // å, which the Ångström sign folds to
  });
});
