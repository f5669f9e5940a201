import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseImport } from "./parse-import";
import { layoutBlocks, splitRuns } from "./layout-blocks";

describe("layoutBlocks", () => {
  it("gives every non-caption block of the sample sources its true offset in the body", () => {
    for (const name of fs.readdirSync(new URL("../../fixtures/articles", import.meta.url))) {
      const text = fs.readFileSync(new URL(`../../fixtures/articles/${name}`, import.meta.url), "utf8");
      for (const source of parseImport(text, name)) {
        const laid = layoutBlocks(source.body, source.blocks);
        for (const block of laid) {
          if (block.start === null) expect(block.kind).toBe("caption");
          else expect(source.body.slice(block.start, block.start + block.text.length)).toBe(block.text);
        }
        expect(laid.filter((b) => b.start !== null).length).toBe(source.body.split("\n\n").length);
      }
    }
  });

  it("falls back to the body's own paragraphs when the blocks disagree with it", () => {
    const laid = layoutBlocks("Một.\n\nHai.", [{ kind: "paragraph", text: "Khác." }]);
    expect(laid).toEqual([
      { kind: "paragraph", text: "Một.", start: 0 },
      { kind: "paragraph", text: "Hai.", start: 6 },
    ]);
  });
});

describe("splitRuns", () => {
  it("cuts a block at anchor boundaries, overlapping anchors included", () => {
    const runs = splitRuns("abcdefghij", 100, [
      { id: "x", start: 102, end: 106 },
      { id: "y", start: 104, end: 120 },
      { id: "z", start: 50, end: 60 },
    ]);
    expect(runs.map((r) => [r.text, r.marks.map((m) => m.id).join("")])).toEqual([
      ["ab", ""],
      ["cd", "x"],
      ["ef", "xy"],
      ["ghij", "y"],
    ]);
    expect(splitRuns("abc", 0, [])).toEqual([{ text: "abc", marks: [] }]);
  });
});
