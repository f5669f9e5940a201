// Table-driven accuracy on the capture corpus (fixtures/captures): every capture is scored field by field, the table
// is printed, and each field with a floor must reach it. `npm run bench` prints the same table (bench/capture-accuracy.ts).
import { describe, expect, it } from "vitest";
import { ACCURACY_FIELDS, ACCURACY_FLOORS, accuracyTable, loadCorpus, measureCaptureAccuracy } from "./capture-accuracy";

describe("the capture corpus", () => {
  const corpus = loadCorpus();

  it("represents the world: at least 40 captures from at least 15 outlets, text and HTML, Vietnamese and English", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((c) => c.outlet)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(corpus.map((c) => c.kind))).toEqual(new Set(["text", "html"]));
    expect(new Set(corpus.map((c) => c.lang))).toEqual(new Set(["vi", "en"]));
    for (const c of corpus) {
      expect(c.expect.title, c.file).toBeTruthy();
      expect(c.expect.body.length, c.file).toBeGreaterThan(0);
      expect(c.expect.furniture.length, c.file).toBeGreaterThan(0);
    }
  });

  const report = measureCaptureAccuracy();

  it("prints the per-field accuracy table", () => {
    console.log(accuracyTable(report));
    expect(Object.keys(report.accuracy)).toEqual([...ACCURACY_FIELDS]);
  });

  it.each(Object.entries(ACCURACY_FLOORS))("%s reaches its floor", (field, floor) => {
    const misses = report.scores.flatMap((s) => s.misses.filter((m) => m.startsWith(field.split(" ")[0] as string)).map((m) => `${s.file}: ${m}`));
    expect(report.accuracy[field as keyof typeof report.accuracy], misses.join("\n")).toBeGreaterThanOrEqual(floor as number);
  });
});
