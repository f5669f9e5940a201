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
