import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The TypeScript loader the parse runs under (tsx, with esbuild's target for the running Node) writes a regex literal
// with a Unicode property escape outside a character class (`/^\p{Lu}/u`) as `new RegExp("^\\p{Lu}", "u")`: inside a
// function that is a RegExp built on every call (a few microseconds each, tens of thousands per import batch). The same
// escape in brackets (`/^[\p{Lu}]/u`, the same letters) stays a literal. Every reader of the import writes it so.
const FILES = readdirSync(new URL(".", import.meta.url)).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));

/** The property escapes a pattern writes outside a character class ("\p{Lu}" of /^\p{Lu}[\p{L}]+/u). */
function bareEscapes(pattern: string): string[] {
  const found: string[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const escape = /^\\[pP]\{[^}]*\}/.exec(pattern.slice(i))?.[0];
      if (escape && !inClass) found.push(escape);
      i += escape ? escape.length - 1 : 1;
    } else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
  }
  return found;
}

/** Regex literals inside functions of a source file with a property escape outside brackets, as "line: literal". */
function bareInFunctions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(new URL(file, import.meta.url), "utf8"), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (ts.isRegularExpressionLiteral(node) && inFunction && bareEscapes(node.text.slice(1, node.text.lastIndexOf("/"))).length > 0) {
      out.push(`${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${node.text}`);
    }
    ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node)));
  };
  visit(source, false);
  return out;
}

/**
 * Whether a pattern names a letter's case: a case property ("\p{Lu}", "\p{Ll}", "\p{Lt}", "\p{Uppercase}", …) or a class
 * with the capitals' range and not the small letters' ("[A-Z]", "[\p{N}A-Z]"; "[A-Za-z]" names none).
 */
function namesCase(pattern: string): boolean {
  if (/\\\\?[pP]\{(?:Lu|Ll|Lt|LC|Cased_Letter|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Uppercase|Lowercase|Upper|Lower)\}/.test(pattern)) return true;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === "\\") i++;
    else if (pattern[i] === "[") {
      let end = i + 1;
      while (end < pattern.length && pattern[end] !== "]") end += pattern[end] === "\\" ? 2 : 1;
      const cls = pattern.slice(i, end + 1);
      if (/A-Z/.test(cls) && !/a-z/.test(cls)) return true;
      i = end;
    }
  }
  return false;
}

/**
 * Patterns of a source file that name a letter's case under the i flag, as "line: pattern": regex literals and
 * `new RegExp(…, "…i…")`. Under the i flag `\p{Lu}` matches a letter of either case, so "by, then a capitalised name"
 * takes "by the way": a pattern spells its cue in any case with caseless() and runs without the flag.
 */
function caseUnderFlagI(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(new URL(file, import.meta.url), "utf8"), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const at = (node: ts.Node): string => `${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${node.getText(source).slice(0, 120)}`;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const slash = node.text.lastIndexOf("/");
      if (node.text.slice(slash + 1).includes("i") && namesCase(node.text.slice(1, slash))) out.push(at(node));
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && flags && ts.isStringLiteralLike(flags) && flags.text.includes("i") && namesCase(pattern.getText(source))) out.push(at(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe("letter case under the i flag", () => {
  it("finds case properties and capitals' ranges, never a class of both cases", () => {
    expect(namesCase(String.raw`^(?:by|bởi)\s+[\p{Lu}]`)).toBe(true);
    expect(namesCase(String.raw`\s[\p{Ll}\s-]{3,40}`)).toBe(true);
    expect(namesCase(String.raw`\d\s?[A-Z]{3,4}`)).toBe(true);
    expect(namesCase("`^\\\\p{Lu}`")).toBe(true);
    expect(namesCase(String.raw`[A-Za-z\d]{4,8}|[\p{L}]+|\[A-Z\]`)).toBe(false);
  });

  it("finds them in literals and in RegExp calls with the flag, not without it", () => {
    const probe = (text: string): boolean => {
      const source = ts.createSourceFile("probe.ts", text, ts.ScriptTarget.Latest, true);
      let found = false;
      const visit = (node: ts.Node): void => {
        if (ts.isRegularExpressionLiteral(node)) {
          const slash = node.text.lastIndexOf("/");
          found ||= node.text.slice(slash + 1).includes("i") && namesCase(node.text.slice(1, slash));
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return found;
    };
    expect(probe(String.raw`const A = /^by\s+[\p{Lu}]/iu;`)).toBe(true);
    expect(probe(String.raw`const A = /^[Bb]y\s+[\p{Lu}]/u;`)).toBe(false);
  });

  it.each(FILES)("%s names no letter's case under the i flag", (file) => {
    expect(caseUnderFlagI(file)).toEqual([]);
  });
});

describe("regex literals of the import's readers", () => {
  it("finds property escapes outside brackets only", () => {
    expect(bareEscapes(String.raw`^\p{Lu}[\p{L}'.-]*\s\P{Script=Latin}{2}`)).toEqual([String.raw`\p{Lu}`, String.raw`\P{Script=Latin}`]);
    expect(bareEscapes(String.raw`^[\p{Lu}][\p{L}\d]+\\p\[[\p{N}]\]`)).toEqual([]);
    expect(bareEscapes(String.raw`\[\p{N}\]`)).toEqual([String.raw`\p{N}`]);
  });

  it.each(FILES)("%s builds no RegExp per call: property escapes in functions stand in brackets", (file) => {
    expect(bareInFunctions(file)).toEqual([]);
  });
});
