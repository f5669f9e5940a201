// Pages an English desk receives other than as a plain desktop copy (fixtures/captures-blind82): an archive's toolbar
// copied by select-all, a local paper's menu, a masthead under an app's or a viewer's bar. Each family with its near
// misses.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { isAppPage } from "./app-page";
import { archiveTodaySource, withoutServiceChrome } from "./archive-copy";
import { isSection, looseDateLine } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const EN1 = "The council voted on Tuesday to close the terminal, ending a service that ran for sixty years across the harbour.";
const EN2 = "Officials said the losses had become too large to carry, and residents said they would appeal the decision.";
const parse = (lines: string[], name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(`${lines.join("\n")}\n`), name), name)[0];
const ORIGINAL = "https://www.harbourtimes.example/news/ferry-terminal-closes";

describe("archive.today's header with its rows' cells run into lines", () => {
  const header = ["archive.today", "webpage capture", `Saved from\t${ORIGINAL}`, "search", "3 Dec 2026 16:02:51 UTC", "All snapshots from host www.harbourtimes.example", "Webpage\tScreenshot", "share\tdownload .zip\treport bug or abuse"];

  it("drops the whole header and keeps the address saved from, on the label's row", () => {
    const out = withoutServiceChrome([...header, "The Harbour Times", "Council votes to close the ferry terminal", EN1].join("\n"));
    expect(out.startsWith(`Link: ${ORIGINAL}\n\nThe Harbour Times\n`)).toBe(true);
    const a = parse([...header, "Council votes to close the old ferry terminal after decades of losses", "By Jane Doe", "March 3, 2024", EN1, EN2]);
    expect(a?.title).toBe("Council votes to close the old ferry terminal after decades of losses");
    expect(a?.url).toBe(ORIGINAL);
  });

  it("stops at a row holding a word of its own, and reads no header where archive.today's name does not open the text", () => {
    const out = withoutServiceChrome(["archive.today", "webpage capture", "Webpage Screenshot Gallery", EN1].join("\n"));
    expect(out).toContain("Webpage Screenshot Gallery");
    const plain = [`Saved from\t${ORIGINAL}`, "share\tdownload .zip", EN1].join("\n");
    expect(withoutServiceChrome(plain)).toBe(plain);
  });
});

describe("a local paper's menu with its readers' pages", () => {
  it("reads a menu naming the community, classifieds or notices pages as one", () => {
    expect(isSection("News Sport Business Community Obituaries Subscribe")).toBe(true);
    expect(isSection("News Sport Community Classifieds Notices")).toBe(true);
  });

  it("never a headline holding those words", () => {
    expect(isSection("Community rallies behind sport club after fire")).toBe(false);
    expect(isSection("News Community Awards Dinner Raises Record Sum")).toBe(false);
  });
});

describe("a masthead right over the headline under an app's or a viewer's bar", () => {
  it("reads the masthead as the outlet and the line under it as the headline", () => {
    const a = parse(["Google News", "harbourtimes.co.nz", "Open in browser", "The Harbour Times", "Council votes to close the old ferry terminal after decades of losses", "By Jane Doe", "March 3, 2024", EN1, EN2]);
    expect(a?.title).toBe("Council votes to close the old ferry terminal after decades of losses");
    expect(a?.outlet).toBe("The Harbour Times");
    expect(a?.author).toBe("Jane Doe");
  });

  it("keeps a short headline over its deck when no masthead is above it", () => {
    const a = parse(["Google News", "Open in browser", "A Ferry Without a Future", "Why the council's vote to close the terminal ends a service that ran for sixty years", "By Jane Doe", "March 3, 2024", EN1, EN2]);
    expect(a?.title).toBe("A Ferry Without a Future");
  });
});

describe("the publisher an app's or a reader's copy names under the app's own name", () => {
  it("reads a masthead over the section Apple News files the story under", () => {
    const a = parse(["Apple News", "The Harbour Times", "World", "Council votes to close the old ferry terminal after decades of losses", "Jane Doe", "March 3, 2024", EN1, EN2, "More from The Harbour Times", "Shared from Apple News"]);
    expect(a?.outlet).toBe("The Harbour Times");
    expect(a?.author).toBe("Jane Doe");
  });

  it("reads the name before Feedly's slashes and a paper's name before Pocket's reading time", () => {
    const feedly = parse(["Feedly", "Saved For Later", "Council votes to close the old ferry terminal after decades of losses", "Harbour Times / by Jane Doe / Mar 3, 2024", EN1, EN2, "Visit Website"]);
    expect(feedly?.outlet).toBe("Harbour Times");
    expect(feedly?.author).toBe("Jane Doe");
    expect(feedly?.publishedAt).toBe("2024-03-03");
    const pocket = parse(["Pocket", "Saves   Archive   Highlights", "Council votes to close the old ferry terminal after decades of losses", "The Harbour Times · 4 min read", "View Original", "March 3, 2024", EN1, EN2]);
    expect(pocket?.outlet).toBe("The Harbour Times");
    expect(pocket?.author).toBeNull();
  });

  it("never a section's label nor a writer's name before a reading time", () => {
    const section = parse(["Apple News", "World", "Europe", "Council votes to close the old ferry terminal after decades of losses", "Jane Doe", "March 3, 2024", EN1, EN2]);
    expect(section?.outlet).not.toBe("World");
    const writer = parse(["Pocket", "Saves   Archive   Highlights", "Council votes to close the old ferry terminal after decades of losses", "Jane Doe · 4 min read", "March 3, 2024", EN1, EN2]);
    expect(writer?.outlet).not.toBe("Jane Doe");
  });
});

describe("archive.today's saved header without its search form", () => {
  const page = (box: string) => `<!DOCTYPE html><html><head><title>x</title></head><body><div id="HEADER"><table><tr><td><a href="https://archive.ph/">archive.today</a><br>webpage capture</td><td>${box}</td></tr></table></div><div id="CONTENT"><p>${EN1}</p></div></body></html>`;

  it("reads the address in the box right after \"Saved from\"", () => {
    expect(archiveTodaySource(page(`Saved from <input type="text" value="${ORIGINAL}" readonly> <a href="#">search</a>`))).toBe(ORIGINAL);
  });

  it("never a box that holds no address, nor a box far from the label", () => {
    expect(archiveTodaySource(page(`Saved from <input type="text" value="search the archive">`))).toBeNull();
    expect(archiveTodaySource(page(`Saved from ${"<span>x</span>".repeat(40)}<input type="text" value="${ORIGINAL}">`))).toBeNull();
  });
});

describe("a wire's sign-off naming the reporter when the masthead was read as the byline", () => {
  const html = (foot: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry terminal to close | Tasman Star</title><meta property="og:site_name" content="Tasman Star"><meta property="article:published_time" content="2024-03-03T10:00:00+13:00"></head><body><div id="content"><header><a href="/">Tasman Star</a><nav><a href="/a">Nelson</a> <a href="/b">Tasman</a> <a href="/c">World</a></nav></header><article><h1>Council votes to close the old ferry terminal after decades of losses</h1><div class="byline">Reuters</div><p>WELLINGTON, March 3 (Reuters) - ${EN1}</p><p>${EN2}</p><p>${foot}</p></article></div></body></html>`;

  it("signs the first reporter of \"Reporting by A; Editing by B\"", () => {
    const a = parseImport(decodeImportFile(Buffer.from(html("Reporting by Aroha Ngata; Editing by Tom Hale")), "page.html"), "page.html")[0];
    expect(a?.outlet).toBe("Tasman Star");
    expect(a?.author).toBe("Aroha Ngata");
  });

  it("signs no one without a sign-off", () => {
    const a = parseImport(decodeImportFile(Buffer.from(html("The council will meet again next month.")), "page.html"), "page.html")[0];
    expect(a?.author).toBeNull();
  });
});

describe("a feed reader's item saved as a page", () => {
  const ORIGINAL_ITEM = "https://www.harbourtimes.co.nz/news/ferry-terminal-closes-after-sixty-years";
  const item = (title: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><div class="nav"><a href="#">Inoreader</a> <a href="#">Dashboard</a></div><div class="feed-title">The Harbour Times » World</div><article><h1><a href="${ORIGINAL_ITEM}">Council votes to close the old ferry terminal</a></h1><div class="article_author">by Jane Doe · The Harbour Times · Tue, 3 Mar 2024 10:15</div><p>${EN1}</p><p>${EN2}</p></article><div class="article_footer"><a href="${ORIGINAL_ITEM}">Visit website</a> · Star</div></body></html>`;
  const doc = (html: string) => parseHTML(html).document;

  it("knows the reader by the name after the headline in its title, never a site's own name there", () => {
    expect(isAppPage(doc(item("Council votes to close the old ferry terminal - Inoreader")))).toBe(true);
    expect(isAppPage(doc(item("Why the ferry matters - Matter")))).toBe(false);
    expect(isAppPage(doc(item("Council votes to close the old ferry terminal - The Harbour Times")))).toBe(false);
  });

  it("reads the feed's site, its writer before the site's name and its \"Visit website\" address", () => {
    const a = parseImport(decodeImportFile(Buffer.from(item("Council votes to close the old ferry terminal - Inoreader")), "item.html"), "item.html")[0];
    expect(a?.outlet).toBe("The Harbour Times");
    expect(a?.author).toBe("Jane Doe");
    expect(a?.url).toBe(ORIGINAL_ITEM);
  });
});

describe("a feed reader's source line with its parts between slashes", () => {
  it("reads the date and, after \"by\", the writer", () => {
    const d = looseDateLine("Harbour Times / by Jane Doe / Mar 3, 2024");
    expect(d?.date.publishedAt).toBe("2024-03-03");
    expect(d?.rest).toBe("by Jane Doe");
  });

  it("never takes a section between slashes for a writer, nor a lower-case phrase after \"by\"", () => {
    expect(looseDateLine("Harbour Times / Opinion / Mar 3, 2024")?.rest ?? "").not.toContain("Opinion");
    expect(looseDateLine("Harbour Times / by the editors / Mar 3, 2024")?.rest ?? "").not.toBe("by the editors");
  });
});
