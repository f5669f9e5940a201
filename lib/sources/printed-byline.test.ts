// Several writers listed in a page's JSON-LD ("A, B") are the author as the page's byline prints them: "By A and B",
// "A in Seoul and B in Berlin", "A, B, and C", "A và B". The byline element is found by its class or by the data
// attribute a CMS tests it by (data-qa="byline", data-testid="AuthorByline"); a byline that prints other names, or
// other words between them, leaves the list as it is.
import { describe, expect, it } from "vitest";
import { namesAsPrinted } from "./outlet-clues";
import { decodeImportFile, parseImport } from "./parse-import";

describe("namesAsPrinted", () => {
  it("joins the names as an English byline prints them", () => {
    expect(namesAsPrinted("By Seo-yeon Lim and Katya Orlova", ["Seo-yeon Lim", "Katya Orlova"])).toBe("Seo-yeon Lim and Katya Orlova");
    expect(namesAsPrinted("By Jon Herskovitz, Sangmi Cha, and Daria Mosolova", ["Jon Herskovitz", "Sangmi Cha", "Daria Mosolova"])).toBe("Jon Herskovitz, Sangmi Cha, and Daria Mosolova");
    expect(namesAsPrinted("Jon Herskovitz, Sangmi Cha and Daria Mosolova", ["Jon Herskovitz", "Sangmi Cha", "Daria Mosolova"])).toBe("Jon Herskovitz, Sangmi Cha and Daria Mosolova");
    expect(namesAsPrinted("Ana Lee & Tom Berg", ["Ana Lee", "Tom Berg"])).toBe("Ana Lee & Tom Berg");
  });

  it("leaves out the places the writers filed from", () => {
    expect(namesAsPrinted("Hanna Kim in Seoul and Anton Volkov in Berlin", ["Hanna Kim", "Anton Volkov"])).toBe("Hanna Kim and Anton Volkov");
    expect(namesAsPrinted("Hanna Kim in Hong Kong and Anton Volkov", ["Hanna Kim", "Anton Volkov"])).toBe("Hanna Kim and Anton Volkov");
  });

  it("joins the names as a Vietnamese byline prints them", () => {
    expect(namesAsPrinted("Minh Anh và Hồng Nhung", ["Minh Anh", "Hồng Nhung"])).toBe("Minh Anh và Hồng Nhung");
    expect(namesAsPrinted("Bởi Minh Anh - Hồng Nhung", ["Minh Anh", "Hồng Nhung"])).toBe("Minh Anh - Hồng Nhung");
    expect(namesAsPrinted("Lê Hoàng Nam, Đỗ Thu Trang", ["Lê Hoàng Nam", "Đỗ Thu Trang"])).toBe("Lê Hoàng Nam, Đỗ Thu Trang");
  });

  it("follows the byline's order of the names, and writes a comma with its space", () => {
    expect(namesAsPrinted("Katya Orlova and Seo-yeon Lim", ["Seo-yeon Lim", "Katya Orlova"])).toBe("Katya Orlova and Seo-yeon Lim");
    expect(namesAsPrinted("Ana Lee,Tom Berg", ["Ana Lee", "Tom Berg"])).toBe("Ana Lee, Tom Berg");
  });

  it("gives nothing for a byline that prints other words, other names, or not all of them", () => {
    // a colleague "with" the writers, a word before the first name, a third name, a missing one
    expect(namesAsPrinted("By Ana Lee and Tom Berg with Mia Holt", ["Ana Lee", "Tom Berg"])).toBeNull();
    expect(namesAsPrinted("Photos by Ana Lee and Tom Berg", ["Ana Lee", "Tom Berg"])).toBeNull();
    expect(namesAsPrinted("Ana Lee, Mia Holt and Tom Berg", ["Ana Lee", "Tom Berg"])).toBeNull();
    expect(namesAsPrinted("By Ana Lee", ["Ana Lee", "Tom Berg"])).toBeNull();
    expect(namesAsPrinted("Ana Lee và Tom Berg (Theo Reuters)", ["Ana Lee", "Tom Berg"])).toBeNull();
    // "in" before a word that is no place's name, and one name alone
    expect(namesAsPrinted("Ana Lee in talks and Tom Berg", ["Ana Lee", "Tom Berg"])).toBeNull();
    expect(namesAsPrinted("Ana Lee", ["Ana Lee"])).toBeNull();
  });

  it("reads no byline longer than one, however its names repeat", () => {
    const long = `Ana Lee${" and Ana Lee".repeat(5000)}`;
    const started = performance.now();
    expect(namesAsPrinted(long, ["Ana Lee", "Tom Berg"])).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

const PARAS = [
  "North Korea has sent another shipment of artillery shells to Russia, South Korea's intelligence service told lawmakers on Thursday, citing satellite imagery of the port of Rajin.",
  "The agency said the shipment left the port in late November aboard two Russian-flagged cargo ships that had made the same trip at least four times this year.",
  "Moscow and Pyongyang have denied any arms transfers, though both governments have described their military cooperation as legitimate under the treaty signed in 2024.",
];
const page = (byline: string, authors: readonly string[], related = ""): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>North Korea sends more shells to Russia, Seoul says</title><script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "North Korea sends more shells to Russia, Seoul says", datePublished: "2026-12-04T03:40:00Z", author: authors.map((name) => ({ "@type": "Person", name })) })}</script></head><body><article><h1>North Korea sends more shells to Russia, Seoul says</h1>${related}${byline}<div class="article-body">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div></article></body></html>`;
const parse = (html: string) => parseImport(decodeImportFile(Buffer.from(html, "utf8"), "page.html"), "page.html")[0];

describe("a saved page's JSON-LD writers", () => {
  it("are the byline as printed in an element a data attribute names", () => {
    const authors = ["Seo-yeon Lim", "Katya Orlova"];
    expect(parse(page('<div data-qa="byline">By <a href="/people/a/">Seo-yeon Lim</a> and <a href="/people/b/">Katya Orlova</a></div>', authors))?.author).toBe("Seo-yeon Lim and Katya Orlova");
    expect(parse(page('<div data-testid="AuthorByline">By <a href="/authors/a/">Seo-yeon Lim</a> and <a href="/authors/b/">Katya Orlova</a></div>', authors))?.author).toBe("Seo-yeon Lim and Katya Orlova");
  });

  it("are the byline as printed with its serial comma, and without the places filed from", () => {
    const three = ["Jon Herskovitz", "Sangmi Cha", "Daria Mosolova"];
    expect(parse(page('<div class="byline">By <a>Jon Herskovitz</a>, <a>Sangmi Cha</a>, and <a>Daria Mosolova</a></div>', three))?.author).toBe("Jon Herskovitz, Sangmi Cha, and Daria Mosolova");
    expect(parse(page('<p class="o-topper__byline"><a>Hanna Kim</a> in Seoul and <a>Anton Volkov</a> in Berlin</p>', ["Hanna Kim", "Anton Volkov"]))?.author).toBe("Hanna Kim and Anton Volkov");
  });

  it("stay the list where no byline prints the same names", () => {
    const authors = ["Seo-yeon Lim", "Katya Orlova"];
    // a related story's byline with another writer, and a byline with a colleague after the names
    const related = '<aside class="related"><div data-qa="byline">By Seo-yeon Lim and Mia Holt</div></aside>';
    expect(parse(page("", authors, related))?.author).toBe("Seo-yeon Lim, Katya Orlova");
    expect(parse(page('<div data-qa="byline">By Seo-yeon Lim and Katya Orlova with Mia Holt</div>', authors))?.author).toBe("Seo-yeon Lim, Katya Orlova");
  });
});
