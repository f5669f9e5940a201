// The tests every capture corpus runs (fixtures/captures and the held-out corpora written after it): the corpus is
// what it claims to be, its per-field table is printed, and each field with a floor reaches it.
import { describe, expect, it } from "vitest";
import { ACCURACY_FIELDS, ACCURACY_FLOORS, accuracyTable, loadCorpus, measureCaptureAccuracy, type CaptureEntry } from "./capture-accuracy";

export type CorpusShape = {
  /** The corpus's folder (capture-accuracy.ts's constants). */
  dir: URL;
  /** Its label in the printed table. */
  label: string;
  /** Corpora written before it, whose outlets it must not repeat (a held-out corpus is of outlets never seen). */
  earlier?: URL[];
  minCaptures: number;
  minOutlets: number;
  /** Whether at least half of its captures are saved HTML pages. */
  halfHtml?: boolean;
  /** How many captures carry no date at all, or only a relative time ("2 giờ trước"). */
  minUndated?: number;
  /** The languages its captures are in (both unless told: a corpus may hold one language's outlets only). */
  langs?: readonly CaptureEntry["lang"][];
  /** The bounds of the share of its captures that are plain-text copies (the rest are saved pages). */
  textShare?: readonly [number, number];
  /** The bounds of the share of its captures in Vietnamese. */
  viShare?: readonly [number, number];
  /** Whether each capture expects the outlet its manifest lists, as the page names itself. */
  ownOutlets?: boolean;
  /** How many furniture lines each capture expects at least, none of them among the paragraphs it expects kept. */
  minFurniture?: number;
  /** Whether no furniture line a capture expects stands inside a paragraph it expects kept (not only as a whole one). */
  furnitureInsideNoParagraph?: boolean;
  /** Whether each language holds about half the captures, and as many text copies as saved pages (within one). */
  balancedPerLanguage?: boolean;
};

export function describeCaptureCorpus(name: string, shape: CorpusShape, more?: (corpus: ReturnType<typeof loadCorpus>) => void): void {
  describe(name, () => {
    const corpus = loadCorpus(shape.dir);
    const seen = new Set((shape.earlier ?? []).flatMap((dir) => loadCorpus(dir)).map((c) => c.outlet));

    const langs = shape.langs ?? ["vi", "en"];
    const langNames = langs.map((lang) => ({ vi: "Vietnamese", en: "English" })[lang]).join(" and ");
    it(`holds at least ${shape.minCaptures} captures of at least ${shape.minOutlets} outlets${shape.earlier?.length ? " seen in no earlier corpus" : ""}, text and HTML, ${langNames}`, () => {
      expect(corpus.length).toBeGreaterThanOrEqual(shape.minCaptures);
      const outlets = new Set(corpus.map((c) => c.outlet));
      expect(outlets.size).toBeGreaterThanOrEqual(shape.minOutlets);
      expect([...outlets].filter((o) => seen.has(o))).toEqual([]);
      if (shape.halfHtml) expect(corpus.filter((c) => c.kind === "html").length * 2).toBeGreaterThanOrEqual(corpus.length);
      expect(new Set(corpus.map((c) => c.kind))).toEqual(new Set(["text", "html"]));
      expect(new Set(corpus.map((c) => c.lang))).toEqual(new Set(langs));
      for (const c of corpus) {
        expect(c.expect.title, c.file).toBeTruthy();
        expect(c.expect.body.length, c.file).toBeGreaterThan(0);
        expect(c.expect.furniture.length, c.file).toBeGreaterThan(0);
      }
    });

    if (shape.textShare || shape.viShare) {
      it("holds plain-text copies and saved pages, and Vietnamese and English pages, in the shares it is made of", () => {
        const share = (test: (c: CaptureEntry) => boolean): number => corpus.filter(test).length / corpus.length;
        for (const [bounds, test] of [[shape.textShare, (c: CaptureEntry) => c.kind === "text"], [shape.viShare, (c: CaptureEntry) => c.lang === "vi"]] as const) {
          if (!bounds) continue;
          expect(share(test)).toBeGreaterThanOrEqual(bounds[0]);
          expect(share(test)).toBeLessThanOrEqual(bounds[1]);
        }
      });
    }

    if (shape.ownOutlets || shape.minFurniture !== undefined) {
      it("expects each page's outlet as its manifest names it, and its furniture never among the paragraphs kept", () => {
        for (const c of corpus) {
          if (shape.ownOutlets) expect(c.expect.outlet, c.file).toBe(c.outlet);
          if (shape.minFurniture === undefined) continue;
          expect(c.expect.furniture.length, c.file).toBeGreaterThanOrEqual(shape.minFurniture);
          for (const line of c.expect.furniture) expect(c.expect.body, c.file).not.toContain(line);
        }
      });
    }

    if (shape.balancedPerLanguage) {
      it("holds as many Vietnamese as English captures, as many text copies as saved pages in each language", () => {
        for (const lang of langs) {
          const own = corpus.filter((c) => c.lang === lang);
          expect(own.length * 2).toBeGreaterThanOrEqual(corpus.length - 1);
          expect(Math.abs(own.filter((c) => c.kind === "text").length - own.filter((c) => c.kind === "html").length)).toBeLessThanOrEqual(1);
        }
      });
    }

    if (shape.furnitureInsideNoParagraph) {
      it("keeps every furniture line it expects (credits, bylines, notes) out of the text it expects, whole or inside a paragraph", () => {
        for (const c of corpus) {
          for (const line of c.expect.furniture) for (const para of c.expect.body) expect(para.includes(line), `${c.file}: ${line}`).toBe(false);
        }
      });
    }

    if (shape.minUndated) {
      it("includes pages without any date or whose only time is relative", () => {
        expect(corpus.filter((c) => c.expect.publishedAt === null).length).toBeGreaterThanOrEqual(shape.minUndated!);
      });
    }

    more?.(corpus);

    const report = measureCaptureAccuracy(shape.dir);

    it("prints the per-field accuracy table", () => {
      console.log(accuracyTable(report));
      expect(report.label).toBe(shape.label);
      expect(Object.keys(report.accuracy)).toEqual([...ACCURACY_FIELDS]);
    });

    it.each(Object.entries(ACCURACY_FLOORS))("%s reaches its floor", (field, floor) => {
      const misses = report.scores.flatMap((s) => s.misses.filter((m) => m.startsWith(field.split(" ")[0] as string)).map((m) => `${s.file}: ${m}`));
      expect(report.accuracy[field as keyof typeof report.accuracy], misses.join("\n")).toBeGreaterThanOrEqual(floor as number);
    });
  });
}

