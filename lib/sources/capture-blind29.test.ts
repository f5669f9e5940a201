// Accuracy on the twenty-ninth held-out corpus (fixtures/captures-blind29): wire copy as republishers carry it. AP,
// Reuters, AFP, Bloomberg, PA, Xinhua and Bernama stories on US local TV station sites of the big station groups,
// newspaper chains' sites, Canadian, British, Irish, Australian and New Zealand sites, Asian English papers, a portal
// and financial sites; several republishers carry the same wire story, each in its own frame (masthead, "Posted" /
// "Updated" times in its own zone beside the wire's, photo credits, autoplay video titles, "Advertisement" lines,
// related and most-read lists, newsletter prompts, local footers). About 55 % plain-text copies. Of outlets in none of
// the earlier corpora, written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS, BLIND29_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, CORPUS, HELDOUT_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the twenty-ninth held-out capture corpus",
  {
    dir: BLIND29_CORPUS,
    label: "blind corpus 29",
    earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS],
    minCaptures: 24,
    minOutlets: 24,
    langs: ["en"],
  },
  (corpus) => {
    it("is about 55 % plain-text copies and 45 % saved pages", () => {
      const text = corpus.filter((c) => c.kind === "text").length / corpus.length;
      expect(text).toBeGreaterThanOrEqual(0.5);
      expect(text).toBeLessThanOrEqual(0.6);
    });

    it("expects the republisher as the outlet and the wire as the agency, never the other way round", () => {
      const wires = new Set(["AP", "Reuters", "AFP", "Bloomberg", "PA", "Xinhua", "Bernama"]);
      for (const c of corpus) {
        expect(c.expect.outlet, c.file).toBe(c.outlet);
        expect(wires.has(c.expect.agency ?? ""), c.file).toBe(true);
        expect(wires.has(c.outlet), c.file).toBe(false);
      }
    });

    it("carries one wire story on several republishers, each in its own frame", () => {
      const byLead = new Map<string, string[]>();
      for (const c of corpus) {
        const lead = c.expect.body[1] ?? "";
        byLead.set(lead, [...(byLead.get(lead) ?? []), c.file]);
      }
      expect([...byLead.values()].filter((files) => files.length >= 3).length).toBeGreaterThanOrEqual(2);
      for (const c of corpus) for (const line of c.expect.furniture) expect(c.expect.body, c.file).not.toContain(line);
    });
  },
);
