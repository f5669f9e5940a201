// Accuracy on the held-out corpus (fixtures/captures-heldout): captures of outlets that are not in fixtures/captures,
// with text written for them, that the importer's rules were never adjusted against. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { describe, expect, it } from "vitest";
import { ACCURACY_FIELDS, ACCURACY_FLOORS, accuracyTable, HELDOUT_CORPUS, loadCorpus, measureCaptureAccuracy } from "./capture-accuracy";

describe("the held-out capture corpus", () => {
  const corpus = loadCorpus(HELDOUT_CORPUS);
  const seen = new Set(loadCorpus().map((c) => c.outlet));

  it("holds at least 30 captures of at least 12 outlets, none of them in the first corpus, text and HTML, Vietnamese and English", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    const outlets = new Set(corpus.map((c) => c.outlet));
    expect(outlets.size).toBeGreaterThanOrEqual(12);
    expect([...outlets].filter((o) => seen.has(o))).toEqual([]);
    expect(new Set(corpus.map((c) => c.kind))).toEqual(new Set(["text", "html"]));
    expect(new Set(corpus.map((c) => c.lang))).toEqual(new Set(["vi", "en"]));
    for (const c of corpus) {
      expect(c.expect.title, c.file).toBeTruthy();
      expect(c.expect.body.length, c.file).toBeGreaterThan(0);
      expect(c.expect.furniture.length, c.file).toBeGreaterThan(0);
    }
  });

  it("includes a blind batch: captures written after the rules were last adjusted, measured before any change", () => {
    const blind = corpus.filter((c) => (c as { batch?: string }).batch === "blind");
    expect(blind.length).toBeGreaterThanOrEqual(10);
    expect(new Set(blind.map((c) => c.outlet)).size).toBeGreaterThanOrEqual(10);
  });

  it("includes pages without any date and pages whose only time is relative", () => {
    expect(corpus.filter((c) => c.expect.publishedAt === null).length).toBeGreaterThanOrEqual(2);
  });

  const report = measureCaptureAccuracy(HELDOUT_CORPUS);

  it("prints the per-field accuracy table", () => {
    console.log(accuracyTable(report));
    expect(report.label).toBe("held-out corpus");
    expect(Object.keys(report.accuracy)).toEqual([...ACCURACY_FIELDS]);
  });

  it.each(Object.entries(ACCURACY_FLOORS))("%s reaches its floor", (field, floor) => {
    const misses = report.scores.flatMap((s) => s.misses.filter((m) => m.startsWith(field.split(" ")[0] as string)).map((m) => `${s.file}: ${m}`));
    expect(report.accuracy[field as keyof typeof report.accuracy], misses.join("\n")).toBeGreaterThanOrEqual(floor as number);
  });
});
