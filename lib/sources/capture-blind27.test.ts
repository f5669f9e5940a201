// Accuracy on the twenty-seventh held-out corpus (fixtures/captures-blind27), chosen for the tools a reporter takes a
// page with and the exact form each writes: web clippers' Markdown notes (Obsidian Web Clipper's YAML front matter,
// MarkDownload's front matter and excerpt block, Joplin's export with its stamps, a Notion page's properties), clipper
// notes exported as HTML (Evernote, Joplin), reader modes (Firefox Reader View, Safari Reader, Edge Immersive Reader,
// Instapaper), a page printed to PDF and its text extracted (print header and footer on every page, a line per PDF
// line, words hyphenated across lines), outlets' print views, a page pasted into Word (.docx) or Google Docs and
// exported as text (byte-order mark, CRLF), a reporter's forward to the desk (.eml), a chat export; NFD Vietnamese,
// non-breaking and zero-width spaces. Half Vietnamese, half English outlets in none of the earlier corpora, written and
// measured before any rule was changed for them. Same scorer, same floors as capture-accuracy.test.ts; the table is
// printed, and `npm run bench` prints it too.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS, BLIND27_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, CORPUS, HELDOUT_CORPUS } from "./capture-accuracy";
import { describeCaptureCorpus } from "./capture-corpus-suite";

describeCaptureCorpus(
  "the twenty-seventh held-out capture corpus",
  {
    dir: BLIND27_CORPUS,
    label: "blind corpus 27",
    earlier: [CORPUS, HELDOUT_CORPUS, BLIND3_CORPUS, BLIND4_CORPUS, BLIND5_CORPUS, BLIND6_CORPUS, BLIND7_CORPUS, BLIND8_CORPUS, BLIND9_CORPUS, BLIND10_CORPUS, BLIND11_CORPUS, BLIND12_CORPUS, BLIND13_CORPUS, BLIND14_CORPUS, BLIND15_CORPUS, BLIND16_CORPUS, BLIND17_CORPUS, BLIND18_CORPUS, BLIND19_CORPUS, BLIND20_CORPUS, BLIND21_CORPUS, BLIND22_CORPUS, BLIND23_CORPUS, BLIND24_CORPUS],
    minCaptures: 24,
    minOutlets: 24,
  },
  (corpus) => {
    it("is half Vietnamese, half English", () => {
      const vi = corpus.filter((c) => c.lang === "vi").length / corpus.length;
      expect(vi).toBeGreaterThanOrEqual(0.45);
      expect(vi).toBeLessThanOrEqual(0.55);
    });

    it("holds every kind of tool's output: clipper Markdown, clipper HTML exports, reader modes, PDF text, print views, Word, Google Docs, e-mail, chat", () => {
      const files = corpus.map((c) => c.file);
      for (const f of ["theleader-1.md", "warontherocks-1.md", "tiepthigiadinh-1.md", "lawfare-1.md", "nationalinterest-1.md", "theprint-1.md", "thebulletin-1.html", "camautv-1.html", "qrt-1.txt", "eastasiaforum-1.txt", "tremagazine-1.txt", "indiatoday-1.txt", "btv-1.txt", "washingtontimes-1.txt", "brt-1.txt", "foreignaffairs-1.txt", "kinhtechauathaibinhduong-1.html", "aawsat-1.html", "quanlynhanuoc-1.docx", "nguoitieudung-1.txt", "nationalpost-1.txt", "ktv-1.eml", "nypost-1.eml", "binhdinhtv-1.txt"]) expect(files).toContain(f);
    });

    it("keeps the forms those tools write: NFD letters, CRLF with a byte-order mark, non-breaking and zero-width spaces", () => {
      const read = (file: string): string => readFileSync(new URL(file, BLIND27_CORPUS), "utf8");
      expect(read("tremagazine-1.txt")).not.toBe(read("tremagazine-1.txt").normalize("NFC"));
      expect(read("nationalpost-1.txt").startsWith("\ufeff")).toBe(true);
      expect(read("nguoitieudung-1.txt")).toContain("\r\n");
      expect(read("btv-1.txt")).toMatch(/\u00a0[^]*\u200b/);
    });
  },
);
