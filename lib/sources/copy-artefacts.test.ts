// What a capture goes through between the page and the desk must not change what is read from it: line endings,
// spaces and invisible characters, decomposed accents, a byte-order mark, blank lines around the text or two between
// its paragraphs, indented lines, straight quotes; for saved pages, markup without line breaks, accents written as
// character references, and the page saved as one file (.mhtml). Every capture of every corpus is read as it is and
// after each of these, and each field must come out the same (a miss it already had stays a miss; no new one).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CAPTURE_CORPORA, captureReading, loadCorpus, scoreCapture, type CaptureEntry } from "./capture-accuracy";
import { decodeImportFile, importPage, parseImport, type ImportPage } from "./parse-import";
import { looksLikeWebArchive } from "./web-archive";
import { archive, quotedPrintable } from "@/test/web-archive-file";

type Artefact = (text: string, kind: CaptureEntry["kind"]) => string;
const textOnly = (change: (text: string) => string): Artefact => (text, kind) => (kind === "html" ? text : change(text));
// a page already saved as one file (.mhtml) is an archive, not markup: the saved page's artefacts are not its own
const htmlOnly = (change: (text: string) => string): Artefact => (text, kind) => (kind === "html" && !looksLikeWebArchive(Buffer.from(text, "latin1")) ? change(text) : text);

export const COPY_ARTEFACTS: Record<string, Artefact> = {
  "Windows line endings": (t) => t.replace(/\r?\n/g, "\r\n"),
  "spaces and tabs at line ends": textOnly((t) => t.replace(/\n/g, " \t\n")),
  "no-break spaces between words": textOnly((t) => t.replace(/(\S) (\S)/g, (m, a: string, b: string, at: number) => (at % 3 === 0 ? `${a}\u00a0${b}` : m))),
  "decomposed accents": (t) => t.normalize("NFD"),
  "a byte-order mark": (t) => `\ufeff${t}`,
  "zero-width spaces at line starts": textOnly((t) => t.replace(/\n(?=\S)/g, "\n\u200b")),
  "blank lines around the text": textOnly((t) => `\n\n\n${t}\n\n\n`),
  "two blank lines between paragraphs": textOnly((t) => t.replace(/\n\n/g, "\n\n\n")),
  "indented lines": textOnly((t) => t.replace(/\n(?=\S)/g, "\n  ")),
  "straight quotes": (t) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"),
  // Chrome's "Webpage, Single File": the page quoted-printable in a MIME archive (ASCII throughout), a style sheet after it
  "saved as one file (.mhtml)": htmlOnly((t) =>
    archive([
      { type: "text/html", transfer: "quoted-printable", body: quotedPrintable(Buffer.from(t, "utf8")) },
      { type: "text/css", transfer: "quoted-printable", body: "p { margin: 0; }" },
    ]).toString("latin1"),
  ),
  "markup without line breaks": htmlOnly((t) => t.replace(/>\s*\n\s*</g, "><")),
  // (one reference a character, as a page writes it: an emoji beyond the first 65,536 is one, never two halves)
  "accents as character references": htmlOnly((t) =>
    t.replace(/<body[\s\S]*/, (body) => body.replace(/>([^<]+)</g, (_, text: string) => `>${text.replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`)}<`)),
  ),
};

/**
 * A Word file, a saved e-mail and a clipper's note are files a program wrote, not a copy's text: what a transfer does
 * to a copy (its line ends, its spaces, its indents) is done inside them by that program, and their bytes stay as
 * they are (a note's front matter is YAML, whose indents and first line are its syntax).
 */
const CONTAINER = /\.(?:docx|odt|eml|md)$/i;

describe("copy artefacts change nothing that is read", () => {
  /**
   * The pages each saved page's artefacts decoded to, with the text read from each. A page's article text is a function
   * of its markup, the address it was saved from and its file's name (importPage), so an artefact that decodes to a
   * page already read (the byte-order mark dropped; the page saved as one file, which gives the page with Windows line
   * endings, quoted-printable's line breaks) has that page's text: the decoding is proven, the page's parse not rerun.
   */
  const pagesRead = new Map<string, (ImportPage & { text: string })[]>();
  const pageTextOf = (label: string, entry: CaptureEntry, bytes: Buffer): string => {
    const page = entry.kind === "html" ? importPage(bytes, entry.file) : null;
    if (!page) return decodeImportFile(bytes, entry.file);
    const read = pagesRead.get(label) ?? [];
    const known = read.find((p) => p.savedFrom === page.savedFrom && p.markup === page.markup);
    if (known) return known.text;
    const text = decodeImportFile(bytes, entry.file);
    pagesRead.set(label, [...read, { ...page, text }]);
    return text;
  };

  const captures = CAPTURE_CORPORA.flatMap((corpus) =>
    loadCorpus(corpus.dir).map((entry) => {
      const bytes = readFileSync(new URL(entry.file, corpus.dir));
      // (the capture as it is, read as its corpus's own test reads it: once in the worker, whichever file asks first)
      const { decoded, score } = captureReading(entry, corpus.dir);
      const label = `${corpus.label}/${entry.file}`;
      const page = entry.kind === "html" ? importPage(bytes, entry.file) : null;
      if (page) pagesRead.set(label, [{ ...page, text: decoded }]);
      return { entry, label, text: bytes.toString("utf8"), decoded, misses: score.misses };
    }),
  );

  it("reads every corpus", () => {
    expect(captures.length).toBeGreaterThanOrEqual(250);
  });

  it.each(Object.keys(COPY_ARTEFACTS))("%s", (name) => {
    const artefact = COPY_ARTEFACTS[name] as Artefact;
    const changed: string[] = [];
    for (const { entry, label, text, decoded, misses } of captures) {
      if (CONTAINER.test(entry.file)) continue;
      const altered = artefact(text, entry.kind);
      if (altered === text) continue; // an artefact of the other kind of capture
      // Decoded to the very text the capture as it is gives (a saved page's markup changed, its text not), the parse is
      // the one already scored: parseImport is a function of the text alone. Only the decoding is left to prove, and it
      // is what takes a saved page's time.
      const alteredText = pageTextOf(label, entry, Buffer.from(altered, "utf8"));
      if (alteredText === decoded) continue;
      const now = scoreCapture(entry, parseImport(alteredText, entry.file)[0] ?? null).misses;
      const added = now.filter((m) => !misses.includes(m));
      if (added.length) changed.push(`${label}: ${added.join(" | ")}`);
    }
    expect(changed, changed.slice(0, 10).join("\n")).toEqual([]);
    // each artefact parses every capture of every corpus afresh (about 1,400 and growing with each corpus): a bound
    // for a busy machine, not a measure of speed (bench/clean-throughput.ts measures that)
  }, 180_000);
});
