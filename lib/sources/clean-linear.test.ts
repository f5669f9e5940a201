import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean";
import { htmlToImportText } from "./html";
import { extractMetadata } from "./metadata";
import { normalizeText } from "./normalize";
import { parseImport } from "./parse-import";
import { bestTime, pathologicalHtml, pathologicalInlineBoxHtml, pathologicalNestedHtml, pathologicalPictureHtml, pathologicalTableHtml, pathologicalText } from "./pathological";

/**
 * Time of the smallest and the largest input, and the growth from one to the other against the growth of the size.
 * The bound is three times the size ratio: linear work stays near 1×, while the quadratic merge this guards against
 * grew with the square (64× over an 8× size range), so a loaded machine's noise (a smallest input of 3 ms, a
 * collection landing in the largest) cannot turn one into the other. (The sizes between were timed too, best of three
 * each, and only printed: they took two fifths of the file's time and decided nothing.)
 */
function scaling(sizes: readonly [number, number], work: (size: number) => unknown): { times: number[]; growth: number; sizeRatio: number } {
  work(sizes[0]); // warm the JIT
  const times = sizes.map((size) => bestTime(() => work(size)));
  return { times, growth: (times[1] as number) / (times[0] as number), sizeRatio: sizes[1] / sizes[0] };
}

const KB = 1024;
const LINEAR_BOUND = 3;

describe("the cleaner runs in linear time on pathological input", () => {
  it("cleanArticle: blank-line-separated letters and quote-continued lines, 128 KB → 1 MB", () => {
    const inputs = new Map([128, 1024].map((kb) => [kb, normalizeText(pathologicalText(kb * KB))]));
    const r = scaling([128, 1024], (kb) => cleanArticle(inputs.get(kb) as string));
    expect(r.growth, `times ${r.times.map((t) => t.toFixed(0)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * r.sizeRatio);
  }, 120_000);

  it("the paragraph merge keeps every line of one huge paragraph (nothing lost while going linear)", () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `dòng ${i} «trích`);
    const cleaned = cleanArticle(`Mở đầu của một đoạn văn dài, ông nói «câu\n\n${lines.join("\n\n")}`);
    expect(cleaned.blocks).toHaveLength(1);
    expect(cleaned.body.split(" «trích")).toHaveLength(20_001);
  });

  it("parseImport (split, metadata, clean) on the same input, 128 KB → 1 MB", () => {
    const inputs = new Map([128, 1024].map((kb) => [kb, pathologicalText(kb * KB)]));
    const r = scaling([128, 1024], (kb) => parseImport(inputs.get(kb) as string, "x.txt"));
    expect(r.growth, `times ${r.times.map((t) => t.toFixed(0)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * r.sizeRatio);
  }, 120_000);

  it("extractMetadata reads only the header and footer of a huge text", () => {
    const inputs = new Map([256, 1024].map((kb) => [kb, normalizeText(pathologicalText(kb * KB))]));
    const r = scaling([256, 1024], (kb) => extractMetadata(inputs.get(kb) as string, { findTitle: true }));
    expect(r.growth, `times ${r.times.map((t) => t.toFixed(1)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * r.sizeRatio);
  }, 60_000);

  it("htmlToImportText on nested containers that open like sign-up boxes and hold image tables, 16 KB → 128 KB", () => {
    const inputs = new Map([16, 128].map((kb) => [kb, pathologicalNestedHtml(kb * KB)]));
    const r = scaling([16, 128], (kb) => htmlToImportText(inputs.get(kb) as string, "x.html"));
    expect(r.growth, `times ${r.times.map((t) => t.toFixed(0)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * r.sizeRatio);
  }, 120_000);

  it("htmlToImportText on pictures without figcaptions in nested wrappers, 8 KB → 64 KB", () => {
    const inputs = new Map([8, 64].map((kb) => [kb, pathologicalPictureHtml(kb * KB)]));
    const r = scaling([8, 64], (kb) => htmlToImportText(inputs.get(kb) as string, "x.html"));
    expect(r.growth, `times ${r.times.map((t) => t.toFixed(0)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * r.sizeRatio);
  }, 120_000);

  it("htmlToImportText on tables nested in each other's cells and lists of links nested in each other, 16 KB → 128 KB", () => {
    const inputs = new Map([16, 128].map((kb) => [kb, pathologicalTableHtml(kb * KB)]));
    const r = scaling([16, 128], (kb) => htmlToImportText(inputs.get(kb) as string, "x.html"));
    expect(r.growth, `times ${r.times.map((t) => t.toFixed(0)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * r.sizeRatio);
  }, 120_000);

  it("htmlToImportText on inline boxes side by side and spans nested deep, 16 KB → 128 KB", () => {
    const inputs = new Map([16, 128].map((kb) => [kb, pathologicalInlineBoxHtml(kb * KB)]));
    const r = scaling([16, 128], (kb) => htmlToImportText(inputs.get(kb) as string, "x.html"));
    expect(r.growth, `times ${r.times.map((t) => t.toFixed(0)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * r.sizeRatio);
  }, 120_000);

  it("htmlToImportText on a page of <p>a</p>, 16 KB → 128 KB", () => {
    const inputs = new Map([16, 128].map((kb) => [kb, pathologicalHtml(kb * KB)]));
    const r = scaling([16, 128], (kb) => htmlToImportText(inputs.get(kb) as string, "x.html"));
    expect(r.growth, `times ${r.times.map((t) => t.toFixed(0)).join(", ")} ms`).toBeLessThanOrEqual(LINEAR_BOUND * r.sizeRatio);
  }, 120_000);
});
