// Accuracy on the twenty-eighth held-out corpus (fixtures/captures-blind28): the Vietnamese long tail. Online
// magazines of associations and sectors, ministry, provincial and city portals' news pages, university and
// research-institute news, provincial radio-television stations, the Vietnamese pages of a foreign embassy and of the
// Vatican, overseas Vietnamese sites, a large blog and a reposting site, on the CMSes they really run (government
// portal platforms, old ASP.NET tables, WordPress themes, hand-written HTML), with their own bylines ("Tin, ảnh: …",
// "PV", "BBT", "Tác giả: …", the writer in capitals), sources ("Theo TASS", "Nguồn: …") and dates ("Ngày đăng",
// "Ngày cập nhật", "04.12.2026", "December 4, 2026"). About 55 % plain-text copies. Of outlets in none of the earlier
// corpora, written and measured before any rule was changed for them. Same scorer, same floors as
// capture-accuracy.test.ts; the table is printed, and `npm run bench` prints it too.
import { expect, it } from "vitest";
import { BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS, BLIND28_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, CORPUS, HELDOUT_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the twenty-eighth held-out capture corpus",
  {
    dir: BLIND28_CORPUS,
    label: "blind corpus 28",
    earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS],
    minCaptures: 24,
    minOutlets: 24,
    langs: ["vi"],
  },
  (corpus) => {
    it("is about 55 % plain-text copies and 45 % saved pages", () => {
      const text = corpus.filter((c) => c.kind === "text").length / corpus.length;
      expect(text).toBeGreaterThanOrEqual(0.5);
      expect(text).toBeLessThanOrEqual(0.6);
    });

    it("holds the long tail's kinds of site: magazines, portals, universities, stations, embassies, overseas sites", () => {
      const files = corpus.map((c) => c.file);
      for (const f of ["nhaquanly-1.txt", "kinhtemoitruong-1.html", "tapchinganhang-1.html", "haiphong-gov-1.txt", "mod-1.html", "nghean-gov-1.html", "inas-1.txt", "dav-1.html", "hatinhtv-1.txt", "thaibinhtv-1.html", "mid-vn-1.txt", "usembassy-vn-1.html", "vaticannews-1.html", "vietnamdaily-1.txt", "gocnhinalan-1.html"]) expect(files).toContain(f);
    });

    it("never expects a line both as the article's text and as furniture", () => {
      for (const c of corpus) for (const line of c.expect.furniture) expect(c.expect.body, c.file).not.toContain(line);
    });
  },
);
