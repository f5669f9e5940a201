// Forms of wire copy as republishers carry it (blind corpus 29): a station's "by: NAME, Associated Press" under the
// headline, a wire's name as the byline, an autoplay player's video title above the text, a chain's "Updated …, first
// published <time>", a byline and its dates between bars, a year-first date with slashes, and the credits wires hand
// on with their pictures. Each family with near misses that must stay as they were.
import { describe, expect, it } from "vitest";
import { isCaptionLine, isWireCreditedCaption, readDateLine } from "./layout-model";
import { isFurnitureLine, isTailMarker } from "./clean";
import { htmlToImportText, labelAbbreviates } from "./html";
import { carriedWire, extractMetadata, joinBrokenLines, wireOfWritersPost } from "./metadata";
import { parseImport } from "./parse-import";

const LEAD = "SEOUL, South Korea (AP) — North Korea's leader told Russia's visiting defense minister that his country would back Moscow's war, state media said Friday.";
const PARA = "The two sides discussed expanding strategic cooperation during talks in Pyongyang on Thursday, the report said, without giving details.";

describe("a byline with a colon under the headline", () => {
  it("is never joined to the headline as a sentence's rest", () => {
    expect(joinBrokenLines("Kim pledges to support Russia as defense minister visits\nby: KIM SOO-BIN, Associated Press")).toBe("Kim pledges to support Russia as defense minister visits\nby: KIM SOO-BIN, Associated Press");
    expect(joinBrokenLines("Russia's delegation arrived in the capital\nBy: Jane Doe")).toBe("Russia's delegation arrived in the capital\nBy: Jane Doe");
  });

  it("still joins a sentence whose rest opens with 'by' in lower case", () => {
    expect(joinBrokenLines("The shipments were moved across the river\nby rail and by sea, officials said.")).toBe("The shipments were moved across the river by rail and by sea, officials said.");
  });

  it("gives the title, the writer and the wire of a station page", () => {
    const m = extractMetadata(["WKRN News 2", "World", "Kim pledges to 'invariably support' Russia as defense minister visits", "by: KIM SOO-BIN, Associated Press", "Posted: Dec 4, 2026 / 03:12 AM CST", LEAD, PARA].join("\n"), { findTitle: true });
    expect(m.title).toBe("Kim pledges to 'invariably support' Russia as defense minister visits");
    expect(m.author?.toLowerCase()).toBe("kim soo-bin");
    expect(m.agency).toBe("AP");
  });
});

describe("the headline among a player's video title and a wire's byline", () => {
  const header = (by: string, player: string[]): string =>
    ["9News", "World", "Kim promises Russia 'invariable' backing as Moscow's defence chief visits", by, "6:41am Dec 5, 2026", ...player, LEAD, PARA].join("\n");

  it("never takes the video's title under a 'Now Playing' label for the headline", () => {
    expect(extractMetadata(header("By Associated Press", ["Now Playing", "Sydney braces for heatwave as temperatures tip 40C"]), { findTitle: true }).title).toBe("Kim promises Russia 'invariable' backing as Moscow's defence chief visits");
    expect(extractMetadata(header("By Jane Doe", ["Up next:", "Sydney braces for heatwave as temperatures tip 40C"]), { findTitle: true }).title).toBe("Kim promises Russia 'invariable' backing as Moscow's defence chief visits");
  });

  it("reads 'By <wire>' under a headline as a byline would be read, and a plain headline above a label that is no player's still counts", () => {
    expect(extractMetadata(header("By Reuters", []), { findTitle: true }).title).toBe("Kim promises Russia 'invariable' backing as Moscow's defence chief visits");
    const text = ["Markets", "Seoul shares slip as won weakens on geopolitical worries", "By Reuters", "Dec 4, 2026 3:20AM ET", LEAD, PARA].join("\n");
    expect(extractMetadata(text, { findTitle: true }).title).toBe("Seoul shares slip as won weakens on geopolitical worries");
  });
});

describe("dates of republishers' header lines", () => {
  it.each([
    ["Updated December 5 2026 - 9:20am, first published 7:05am", "2026-12-05T07:05"],
    ["Updated December 5 2026 - 1:20am, first published 11:05pm", "2026-12-04T23:05"],
    ["Updated December 5 2026 - 9:20am, first published 7:05", "2026-12-05T07:05"],
    ["By Agence France-Presse | PUBLISHED: December 4, 2026 at 8:05 AM EST | UPDATED: December 4, 2026 at 10:31 AM EST", "2026-12-04T08:05-05:00"],
    ["Jane Doe | Posted: December 4, 2026 at 8:05 AM | Updated: December 4, 2026 at 9:00 AM", "2026-12-04T08:05"],
    ["2026/12/04 17:20", "2026-12-04T17:20"],
    ["2026/12/04", "2026-12-04"],
    ["3:48pm Dec 5", "--12-05"],
    ["11:02 AM December 4", "--12-04"],
  ])("%s → %s", (line, want) => {
    expect(readDateLine(line)?.publishedAt).toBe(want);
  });

  it("keeps the update's time when the first publication's clock is no clock, and reads no date from a barred label without one", () => {
    expect(readDateLine("Updated December 5 2026 - 9:20am, first published 27:05am")?.publishedAt).toBe("2026-12-05T09:20");
    expect(readDateLine("Jane Doe | Published: soon | Updated: later")).toBeNull();
    expect(readDateLine("2026/12")).toBeNull();
    expect(readDateLine("2026/13/45 17:20")).toBeNull();
    expect(readDateLine("3:48pm Decade 5")).toBeNull();
    expect(readDateLine("3:48pm Dec")).toBeNull();
  });
});

describe("captions that end in a wire's credit in brackets", () => {
  const AP_NOTE =
    "In this photo provided by the North Korean government, North Korean leader Kim Jong Un, right, meets Russian Defense Minister Andrei Belousov in Pyongyang, North Korea, Thursday, Dec. 3, 2026. Independent journalists were not given access to cover the event depicted in this image distributed by the North Korean government. The content of this image is as provided and cannot be independently verified. (Korean Central News Agency/Korea News Service via AP)";

  it.each([
    [AP_NOTE],
    ["A TV screen shows a file image of North Korean leader Kim Jong Un during a news program in Seoul, Friday, Dec. 4, 2026. (AP Photo/Ahn Young-joon, File)"],
    ["Russian President Vladimir Putin, left, and Kim Jong Un in Pyongyang in 2024. (Sputnik via AP, File)"],
    ["The Foreign Office said the vessels made repeated voyages between Rajin and Vostochny (Stefan Rousseau/PA)"],
    ["Protesters outside the Russian embassy in London (Yui Mok/PA Wire)"],
    ["Kremlin spokesman Dmitry Peskov said cooperation with Pyongyang complied with international law. Picture AP"],
    ["Soldiers at the border village of Panmunjom. Photo Reuters"],
  ])("%s", (line) => {
    expect(isCaptionLine(line) || isWireCreditedCaption(line)).toBe(true);
  });

  it.each([
    ["The talks were held in the North Korean capital (Pyongyang) on Thursday."],
    ["Support for the treaty has fallen, according to a survey (Ipsos/Reuters)."],
    ["Officials said the picture AP obtained showed the launcher in a rail yard near the border."],
    ["The ministry said it would study the report (which it received via AP) before commenting."],
  ])("not a caption: %s", (line) => {
    expect(isCaptionLine(line)).toBe(false);
    expect(isWireCreditedCaption(line)).toBe(false);
  });

  it("takes the AP's long note on a North Korean picture out of a station page's text as its caption", () => {
    const text = ["WKRN News 2", "World", "Kim pledges to support Russia as defense minister visits", "by: KIM SOO-BIN, Associated Press", "Posted: Dec 4, 2026 / 03:12 AM CST", AP_NOTE, LEAD, PARA].join("\n");
    const parsed = parseImport(text, "wkrn.txt")[0]!;
    expect(parsed.captions.some((c) => c.startsWith("In this photo provided by the North Korean government"))).toBe(true);
    expect(parsed.body).not.toContain("Independent journalists were not given access");
    expect(parsed.body).toContain(LEAD);
  });
});

describe("the site that carries a wire's copy", () => {
  it("is the masthead the copy prints first when the header credits the wire, the wire then the agency", () => {
    expect(carriedWire("AP", "WKRN News 2", ["WKRN News 2", "World", "Headline", "by: KIM SOO-BIN, Associated Press"])).toEqual({ outlet: "WKRN News 2", agency: "AP" });
    expect(carriedWire("Reuters", "1News", ["1News", "World", "Headline", "Source: Reuters"])).toEqual({ outlet: "1News", agency: "Reuters" });
    expect(carriedWire("Bloomberg", "BNN Bloomberg", ["BNN Bloomberg", "Headline", "Soo-yeon Han and Daria Mironova, Bloomberg News"])).toEqual({ outlet: "BNN Bloomberg", agency: "Bloomberg" });
  });

  it("keeps a wire's own page, a page whose only mention of the wire is the lead's dateline, and an outlet that is no wire", () => {
    expect(carriedWire("Reuters", "Reuters", ["Reuters", "World", "Headline", "By Jihoon Park"])).toBeNull();
    expect(carriedWire("AP", "AP News", ["AP News", "Headline", "By The Associated Press"])).toBeNull();
    expect(carriedWire("AFP", "France 24", ["France 24", "Asia-Pacific", "Headline", "Issued on: 05/08/2024 - 09:12"])).toBeNull();
    expect(carriedWire("The Denver Post", "Denver Post", ["Denver Post", "Headline", "By Reuters"])).toBeNull();
    expect(carriedWire("AP", null, ["Headline", "By Associated Press"])).toBeNull();
  });

  it("reads a station's text copy: its masthead the outlet, the wire of its byline the agency", () => {
    const text = ["Skip to content", "WKRN News 2", "Nashville", "Toggle Menu", "World", "Kim pledges to 'invariably support' Russia as defense minister visits", "by: KIM SOO-BIN, Associated Press", "Posted: Dec 4, 2026 / 03:12 AM CST", LEAD, PARA].join("\n");
    const parsed = parseImport(text, "station.txt")[0]!;
    expect(parsed.outlet).toBe("WKRN News 2");
    expect(parsed.agency).toBe("AP");
  });
});

describe("a saved page's og:site_name written as an address or a cut-short label", () => {
  const page = (site: string, owner: string, publisher: string): string =>
    `<!DOCTYPE html><html lang="en"><head><title>Kremlin dismisses report on drone engineers</title><meta property="og:site_name" content="${site}"><meta property="og:title" content="Kremlin dismisses report on drone engineers">` +
    `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Kremlin dismisses report on drone engineers", datePublished: "2026-12-04T05:15:00-08:00", publisher: { "@type": "Organization", name: publisher } })}</script></head>` +
    `<body><article><h1>Kremlin dismisses report on drone engineers</h1><p>${LEAD}</p><p>${PARA}</p></article><footer><p>Copyright 2026 ${owner}. All rights reserved.</p></footer></body></html>`;

  it("names the outlet the address spells, or the name whose words the label cuts short", () => {
    expect(parseImport(htmlToImportText(page("https://www.kwtx.com", "KWTX", "KWTX"), "kwtx.html"), "kwtx.html")[0]!.outlet).toBe("KWTX");
    expect(parseImport(htmlToImportText(page("sacbee", "The Sacramento Bee", "Sacramento Bee"), "sacbee.html"), "sacbee.html")[0]!.outlet).toBe("The Sacramento Bee");
  });

  it("keeps a lower-case label that cuts short none of the names the page prints, and a site name that is no address", () => {
    expect(parseImport(htmlToImportText(page("stltoday", "St. Louis Post-Dispatch", "St. Louis Post-Dispatch"), "stl.html"), "stl.html")[0]!.outlet).not.toBe("St. Louis Post-Dispatch");
    expect(parseImport(htmlToImportText(page("The Sacramento Bee", "McClatchy", "McClatchy"), "sac.html"), "sac.html")[0]!.outlet).toBe("The Sacramento Bee");
  });

  it.each([
    ["sacbee", "The Sacramento Bee", true],
    ["startrib", "Star Tribune", true],
    ["sfchronicle", "San Francisco Chronicle", true],
    ["stltoday", "St. Louis Post-Dispatch", false],
    ["sacbee", "Bee", false],
    ["beesac", "The Sacramento Bee", false],
    ["sacbeex", "The Sacramento Bee", false],
  ])("%s cuts short %s: %s", (label, name, want) => {
    expect(labelAbbreviates(label, name)).toBe(want);
  });
});

describe("what carrying sites print around the wire's copy", () => {
  it.each([
    ["Article content"],
    ["Story continues"],
    ["Loading ..."],
    ["Loading comments"],
    ["Author of the article:"],
    ["Author of the article: Reuters"],
    ["We care about the protection of your data. Read our Privacy Policy."],
    ["We respect your privacy and will never share your email address."],
    ["Comments: Our rules"],
    ["Community guidelines"],
    ["We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues."],
    ["Video Now: Tennessee Guard unit returns home from Europe deployment"],
    ["Now Playing: Colorado ski resorts open early after storm"],
    ["Video: Seoul's military says Pyongyang is getting air-defence systems in return (Source: 1News)"],
  ])("furniture: %s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    ["Author of the article: Jane Smith"],
    ["Loading of the containers took place at the port of Rajin, officials said."],
    ["We want the comments of the ministry on record, the lawmaker said."],
    ["Watch: Russia, North Korea agree on direct Moscow–Pyongyang flights"],
    ["Video: Kim inspects new missile launchers"],
    ["Video now shows the launchers being moved by rail, the ministry said."],
    ["Comments by the Kremlin spokesman were carried by state media."],
  ])("not furniture: %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });

  it.each([["More in this section"], ["Most Read from Bloomberg"], ["Top stories from CityNews"], ["Trending"], ["Trending Now"], ["Trending Stories"], ["Most popular on 9News"]])("a list of the site's own stories: %s", (line) => {
    expect(isTailMarker(line)).toBe(true);
  });

  it.each([["More in this section of the treaty"], ["Trending lower"], ["Most Read from the report's annex, officials said"]])("no such list: %s", (line) => {
    expect(isTailMarker(line)).toBe(false);
  });
});

describe("the wire a header names beside its writer or its date", () => {
  it.each([
    ["By Ellen Marsh, PA Political Correspondent", "PA"],
    ["Jane Doe, AP Diplomatic Writer", "AP"],
    ["By John Smith, Associated Press Correspondent", "AP"],
    ["By Jane Doe, Reuters Energy Correspondent", "Reuters"],
  ])("%s → %s", (line, wire) => {
    expect(wireOfWritersPost(line)).toBe(wire);
  });

  it.each([["By Ellen Marsh, Political Correspondent"], ["By Edmund Hale, Asia Editor"], ["By Jane Doe, Guardian Political Correspondent"], ["Ellen Marsh, PA"]])("no wire: %s", (line) => {
    expect(wireOfWritersPost(line)).toBeNull();
  });

  it("reads a wire of several words before a bar on the date's line, and a writer's wire post as the agency", () => {
    const head = (byline: string): string => ["Boston Herald", "World News", "Putin invites Kim Jong Un to Moscow for third summit", byline, LEAD, PARA].join("\n");
    const bar = extractMetadata(head("By Agence France-Presse | PUBLISHED: December 4, 2026 at 8:05 AM EST | UPDATED: December 4, 2026 at 10:31 AM EST"), { findTitle: true });
    expect(bar.agency).toBe("AFP");
    expect(bar.publishedAt).toBe("2026-12-04T08:05-05:00");
    const post = extractMetadata(["The Northern Echo", "National news", "UK sanctions ships accused of carrying North Korean arms to Russia", "By Ellen Marsh, PA Political Correspondent", "Published: 4th December 2026 12:41 pm", "The UK has sanctioned six ships and two shipping companies accused of carrying North Korean weapons to Russia, the Foreign Office has said.", PARA].join("\n"), { findTitle: true });
    expect(post.agency).toBe("PA");
    expect(post.author).toBe("Ellen Marsh");
  });

  it("drops a player's video title above the text, and keeps a deck under the headline", () => {
    const text = ["9News", "World", "Kim promises Russia 'invariable' backing as Moscow's defence chief visits", "By Associated Press", "6:41am Dec 5, 2026", "Now Playing", "Sydney braces for heatwave as temperatures tip 40C", LEAD, PARA].join("\n");
    expect(parseImport(text, "nine.txt")[0]!.body).not.toContain("Sydney braces");
    const deck = ["9News", "World", "Kim promises Russia 'invariable' backing as Moscow's defence chief visits", "By Associated Press", "6:41am Dec 5, 2026", "Seoul says the visit shows the alliance deepening", LEAD, PARA].join("\n");
    expect(parseImport(deck, "nine.txt")[0]!.body).toContain(LEAD);
  });
});

describe("a markets page's strip over a wire's story", () => {
  it("reads no agency from a currency pair, and the wire from the writers' line", () => {
    const text = ["BNN Bloomberg", "S&P/TSX", "25,412.18", "+0.42%", "USD/CAD", "1.3951", "-0.08%", "Markets", "Investing", "Russia, North Korea Weigh Ruble Payment Channel That Could Hide Arms Deals", "Soo-yeon Han and Daria Mironova, Bloomberg News", "Published Dec 04, 2026", LEAD.replace("SEOUL, South Korea (AP) — ", "(Bloomberg) -- "), PARA].join("\n");
    const m = extractMetadata(text, { findTitle: true });
    expect(m.agency).toBe("Bloomberg");
    expect(m.agency).not.toBe("USD");
  });
});

describe("a wire's name as the byline", () => {
  const page = (byline: string): string => ["Taiwan News", "World", "South Korea says North Korea shipped more munitions containers to Russia", byline, "2026/12/04 17:20", LEAD, PARA].join("\n");

  it("is no writer: 'By Reuters, Reuters' signs no one, and the wire is the agency", () => {
    const m = extractMetadata(page("By Reuters, Reuters"), { findTitle: true });
    expect(m.author).toBeNull();
    expect(m.agency).not.toBeNull();
  });

  it("keeps a writer whose wire follows the name", () => {
    expect(extractMetadata(page("By Jihoon Park, Reuters"), { findTitle: true }).author).toBe("Jihoon Park");
  });
});

describe("a republisher's notice of the wire's permission under the text", () => {
  const YONHAP_LEAD = "SEOUL, April 28 (Yonhap) -- North Korea on Monday confirmed for the first time that it had sent troops to fight alongside Russian forces.";
  const YONHAP_PARA = "The statement said a monument to the soldiers who died would be built in Pyongyang, but gave no figures for the number of troops.";
  const page = (masthead: string, notice: string): ReturnType<typeof parseImport>[number] | undefined =>
    parseImport([masthead, "Search", "Donate", "News Digest", "North Korea Confirms Troops Fought in Russia's Kursk Region", "Apr 28, 2025", YONHAP_LEAD, YONHAP_PARA, notice, "Related Programs"].join("\n"), "t.txt")[0];

  it("makes the masthead over the wire's copy the outlet and the wire the agency", () => {
    const p = page("Harbour Policy Institute", "Republished with permission from Yonhap News Agency.");
    expect(p?.outlet).toBe("Harbour Policy Institute");
    expect(p?.agency).toBe("Yonhap");
    expect(carriedWire("Yonhap", "Harbour Policy Institute", ["Reprinted by permission of Yonhap"])).toEqual({ outlet: "Harbour Policy Institute", agency: "Yonhap" });
  });

  it("takes no notice naming another wire or a wire's own masthead for a republisher's, and a masthead over the dateline alone is the outlet", () => {
    // the wire's dateline under a site's own masthead: that site's page, whatever the foot says
    expect(page("Harbour Policy Institute", "Stay up to date with our newsletters")?.outlet).toBe("Harbour Policy Institute");
    expect(page("Harbour Policy Institute", "Stay up to date with our newsletters")?.agency).toBe("Yonhap");
    expect(carriedWire("Yonhap", "Harbour Policy Institute", ["Republished with permission from Reuters"])).toBeNull();
    expect(carriedWire("Yonhap", "Yonhap News Agency", ["Republished with permission from Yonhap News Agency"])).toBeNull();
  });
});
