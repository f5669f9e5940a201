// A saved page whose JSON-LD or meta author is a CMS account's login ("atlanticcouncil", "admin", "vntb") names no one:
// the byline the page prints is the author, and without one there is none. A writer's name as a page prints it
// (capitalised, or in capitals) is still read.
import { describe, expect, it } from "vitest";
import { decodeImportFile, parseImport } from "./parse-import";

const PARAS = [
  "North Korean units that fought in the Kursk region have rotated home with lessons on drone warfare, artillery spotting and electronic jamming, according to officials in Seoul.",
  "South Korea's intelligence agency told lawmakers on Thursday that the returning troops were being used as instructors across the North's front-line corps.",
  "Analysts said the experience could change how Pyongyang plans for a conflict on the peninsula, though its equipment remains decades old.",
];
const page = (account: string, printed: string): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>What North Korea is learning in Kursk - Example Council</title><meta name="author" content="${account}"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"What North Korea is learning in Kursk","datePublished":"2026-12-04T14:30:00+00:00","author":{"@type":"Person","name":"${account}"}}</script></head><body><header><a class="logo" href="/"><img src="logo.svg" alt="Example Council"></a></header><article><h1>What North Korea is learning in Kursk</h1>${printed}<div class="entry-content">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div></article><footer><p>© 2026 Example Council</p></footer></body></html>`;
const parse = (html: string) => parseImport(decodeImportFile(Buffer.from(html, "utf8"), "page.html"), "page.html")[0];

describe("a CMS account as a saved page's author", () => {
  it("gives way to the byline the page prints", () => {
    for (const account of ["examplecouncil", "admin", "editor_02", "vntb"]) {
      expect(parse(page(account, '<div class="authors">By <a href="/expert/daniel-cho/">Daniel Cho</a></div>'))?.author, account).toBe("Daniel Cho");
    }
  });

  it("names no one when the page prints no byline", () => {
    const parsed = parse(page("examplecouncil", ""));
    expect(parsed?.author).toBeNull();
    expect(parsed?.body).not.toContain("examplecouncil");
  });

  it("while a writer's name in JSON-LD is still the author, in capitals or with one name only", () => {
    expect(parse(page("Daniel Cho", ""))?.author).toBe("Daniel Cho");
    expect(parse(page("DANIEL CHO", ""))?.author?.toLowerCase()).toBe("daniel cho");
    expect(parse(page("Madonna", ""))?.author).toBe("Madonna");
  });
});
