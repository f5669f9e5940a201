// Accuracy on the fourth held-out corpus (fixtures/captures-blind4): full pages (saved HTML and select-all text) of
// outlets in none of fixtures/captures, captures-heldout and captures-blind3, in layouts those lack, written and
// measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is
// printed, and `npm run bench` prints it too.
import { describe, expect, it } from "vitest";
import { ACCURACY_FIELDS, ACCURACY_FLOORS, accuracyTable, BLIND3_CORPUS, BLIND4_CORPUS, HELDOUT_CORPUS, loadCorpus, measureCaptureAccuracy } from "./capture-accuracy";

describe("the fourth held-out capture corpus", () => {
  const corpus = loadCorpus(BLIND4_CORPUS);
  const seen = new Set([...loadCorpus(), ...loadCorpus(HELDOUT_CORPUS), ...loadCorpus(BLIND3_CORPUS)].map((c) => c.outlet));

  it("holds at least 20 captures of outlets in none of the other corpora, at least half of them HTML, Vietnamese and English", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    const outlets = new Set(corpus.map((c) => c.outlet));
    expect(outlets.size).toBeGreaterThanOrEqual(20);
    expect([...outlets].filter((o) => seen.has(o))).toEqual([]);
    expect(corpus.filter((c) => c.kind === "html").length * 2).toBeGreaterThanOrEqual(corpus.length);
    expect(new Set(corpus.map((c) => c.kind))).toEqual(new Set(["text", "html"]));
    expect(new Set(corpus.map((c) => c.lang))).toEqual(new Set(["vi", "en"]));
    for (const c of corpus) {
      expect(c.expect.title, c.file).toBeTruthy();
      expect(c.expect.body.length, c.file).toBeGreaterThan(0);
      expect(c.expect.furniture.length, c.file).toBeGreaterThan(0);
    }
  });

  it("includes a page whose only time is relative", () => {
    expect(corpus.filter((c) => c.expect.publishedAt === null).length).toBeGreaterThanOrEqual(1);
  });

  const report = measureCaptureAccuracy(BLIND4_CORPUS);

  it("prints the per-field accuracy table", () => {
    console.log(accuracyTable(report));
    expect(report.label).toBe("blind corpus 4");
    expect(Object.keys(report.accuracy)).toEqual([...ACCURACY_FIELDS]);
  });

  it.each(Object.entries(ACCURACY_FLOORS))("%s reaches its floor", (field, floor) => {
    const misses = report.scores.flatMap((s) => s.misses.filter((m) => m.startsWith(field.split(" ")[0] as string)).map((m) => `${s.file}: ${m}`));
    expect(report.accuracy[field as keyof typeof report.accuracy], misses.join("\n")).toBeGreaterThanOrEqual(floor as number);
  });
});
