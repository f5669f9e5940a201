// A saved page whose JSON-LD or meta author is a CMS account's login ("atlanticcouncil", "admin", "vntb") names no one:
// the byline the page prints is the author, and without one there is none. A writer's name as a page prints it
// (capitalised, or in capitals) is still read.
import { describe, expect, it } from "vitest";
import { namesNoWriter } from "./metadata";
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
    for (const account of ["examplecouncil", "admin", "editor_02", "vntb", "Administrator", "Staff", "Ban biên tập"]) {
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

describe("one check for an author field that names no writer", () => {
  it("refuses CMS accounts and the desk as a whole in both languages", () => {
    for (const name of ["admin", "Admin", "administrator", "webmaster", "editor01", "user_2", "Quản trị viên", "QTV", "BBT", "Ban biên tập", "Tòa soạn", "Editorial Board", "The editors", "Staff", " staff "]) {
      expect(namesNoWriter(name), name).toBe(true);
    }
  });

  it("keeps writers whose names hold those words", () => {
    for (const name of ["Daniel Cho", "Ban Ki-moon", "Tòa Nguyễn", "Editor Smith", "Staff Sgt. Lee Min-ho", "Adminah Yusuf", "Nguyễn Văn Admin"]) {
      expect(namesNoWriter(name), name).toBe(false);
    }
  });
});

describe("a text copy's author line naming no writer", () => {
  const text = (who: string, sign: string): string =>
    ["Triều Tiên rút quân khỏi Kursk sau nhiều tháng chiến đấu", `Tác giả: ${who}`, "04/12/2026 14:30", "", ...PARAS.map((p) => `${p}`), ...(sign ? ["", sign] : [])].join("\n\n");
  const parseText = (t: string) => parseImport(t, "paste.txt")[0];

  it("leaves the author to a signature below, or to no one", () => {
    for (const who of ["admin", "Tòa soạn", "Editorial Board", "BBT"]) {
      expect(parseText(text(who, ""))?.author, who).toBeNull();
      expect(parseText(text(who, "Minh Anh"))?.author, who).toBe("Minh Anh");
    }
  });
});
