// Tests for the families the seventy-eighth corpus (English pages of Britain, Ireland, North America, Australia and New
// Zealand: papers, broadcasters, magazines, readers' copies, governments, a parliament, the UN, an NGO, a court) showed.
// Forms written for these tests, with the near misses that must stay as they are.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, one, page, text } from "@/test/family-parse";
import { isFurnitureLine, isTailMarker } from "./clean";

const HEADLINE = "Harbour cargo rises by a quarter as timber and dairy exports grow";

describe("a press release's, a court summary's, a print view's and a reader's furniture", () => {
  it.each([
    "For immediate release",
    "FOR IMMEDIATE RELEASE",
    "Embargoed until 00:01 GMT, 12 November",
    "Contact the press desk: +47 23 09 80 00",
    "Back to News",
    "Back to press releases",
    "Print this article   Close window",
    "Print | Close window",
    "Close this window",
    "Read on the original site",
    "View original page",
    "You are receiving this because you subscribed to the Harbour Brief.",
    "You're receiving this email because you signed up at harbourbrief.org.",
    "Watch the meeting on Oireachtas TV",
    "Watch the hearing live",
    "Committee members",
    "PRESS SUMMARY",
    "This summary is provided to help in understanding the court's decision. It does not form part of the reasons for the decision. The full judgment is the only authoritative document.",
    "Printed from court.gov.ua on 14.11.2026",
  ])("drops %s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    "The board said the release of the figures would come in March.",
    "Back to the harbour, the ships waited for the tide.",
    "Print media lost readers again this year, the survey found.",
    "Committee members voted by nine to four to approve the report.",
    "Watch the meeting closely, the chair told the board.",
    "This summary is short.",
    "Contact the board for details.",
  ])("keeps %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });

  it("ends a release's text at its end mark and its notes to editors", () => {
    for (const mark of ["— ENDS —", "ENDS", "-ends-", "Notes to editors", "Notes for editors:", "Note to editors"]) expect(isTailMarker(mark), mark).toBe(true);
    for (const line of ["Ends of the week", "Notes", "The talks ends"]) expect(isTailMarker(line), line).toBe(line === "Notes");
    const got = one(text("Harbour Watch", "Press release", "For immediate release", "11 November 2026", HEADLINE, ...EN, "— ENDS —", "Notes to editors", "Harbour Watch is an independent group that tracks shipping.", "Media contact: press@harbourwatch.org, +44 20 7946 0321"));
    expect(got.title).toBe(HEADLINE);
    expect(got.blocks.map((b) => b.text)).toEqual([...EN]);
  });

  it("drops a saved release's embargo line set in bold, and its notes", () => {
    const got = fromHtml(page("<title>Harbour Watch</title>", `<main><h1>${HEADLINE}</h1><p><strong>For immediate release</strong></p>${EN.map((x) => `<p>${x}</p>`).join("")}<p>— ENDS —</p><h3>Notes to editors</h3><p>Harbour Watch is an independent group that tracks shipping.</p></main>`));
    expect(got.blocks.map((b) => b.text)).toEqual([...EN]);
  });
});

describe("a byline naming the wire the writer works for after \"of\"", () => {
  it("reads \"By Dasha Litvinova of the Associated Press\" as the writer of AP, never the headline", () => {
    const got = one(text("Harbour Review", "World", HEADLINE, "Listen to this article · 4 min", "By Dasha Litvinova of the Associated Press", "Published: 10 Nov 2026, 11:42pm | Updated: 11 Nov 2026, 6:15am", ...EN));
    expect(got.title).toBe(HEADLINE);
    expect(got.author).toBe("Dasha Litvinova");
    expect(got.agency).toBe("AP");
  });

  it("reads \"By Tom Hale of Reuters\" too", () => {
    const got = one(text("Harbour Review", HEADLINE, "By Tom Hale of Reuters", "10 Nov 2026", ...EN));
    expect(got.author).toBe("Tom Hale");
    expect(got.agency).toBe("Reuters");
  });

  it("keeps \"of\" before a name no wire bears as the writer's own", () => {
    const got = one(text("Harbour Review", HEADLINE, "By Lord Hale of Glenshee", "10 Nov 2026", ...EN));
    expect(got.author).toBe("Lord Hale of Glenshee");
    expect(got.agency).toBeNull();
  });
});

describe("a shared byline with the first writer's post and the second's place", () => {
  it("reads \"By Hamish Doyle, Tokyo correspondent, and Ji-hye Seo in Seoul\" as its first writer, under the headline", () => {
    const got = one(text("☰  Harbour Leader", "Subscribe", HEADLINE, "By Hamish Doyle, Tokyo correspondent, and Ji-hye Seo in Seoul", "November 11, 2026 — 8.05pm", "3 min read", ...EN));
    expect(got.title).toBe(HEADLINE);
    expect(got.author).toBe("Hamish Doyle");
  });

  it("reads a writer's post of a place or a beat after a comma as no part of the name", () => {
    expect(one(text("Harbour Leader", HEADLINE, "By Jane Doe, Political Editor, and Tom Hale", "November 11, 2026", ...EN)).author).toBe("Jane Doe");
    expect(one(text("Harbour Leader", HEADLINE, "By Jane Doe, Washington correspondent", "November 11, 2026", ...EN)).author).toBe("Jane Doe");
  });

  it("keeps two writers without posts as printed", () => {
    expect(one(text("Harbour Leader", HEADLINE, "By Jane Doe and Tom Hale", "November 11, 2026", ...EN)).author).toBe("Jane Doe and Tom Hale");
  });
});

describe("a magazine's short headline under its rubric and over its standfirst", () => {
  const DECK = "A new berth on the harbour's north side says much about the timber trade";
  it("reads the short line as the headline and keeps the standfirst as text", () => {
    const got = one(text("The Harbour Weekly", "Politics  World  Books & Arts  Culture", "WORLD | ASIA", "The pier at Rajin", DECK, "Gift this article", "Listen to this article · 6 min", "By Eleanor Whitcombe", "14 November 2026", ...EN));
    expect(got.title).toBe("The pier at Rajin");
    expect(got.blocks.map((b) => b.text)).toEqual([DECK, ...EN]);
  });

  it("leaves a label over a headline with its byline right below as it was", () => {
    const got = one(text("The Harbour Weekly", "WORLD", "Watch the news channel", HEADLINE, "By Eleanor Whitcombe", "14 November 2026", ...EN));
    expect(got.title).toBe(HEADLINE);
  });

  it("leaves a section's name over the headline as it was when no rubric in capitals or with a bar stands above", () => {
    const got = one(text("The Harbour Weekly", "Video", "World affairs today", HEADLINE, "Gift this article", "By Eleanor Whitcombe", "14 November 2026", ...EN));
    expect(got.title).toBe(HEADLINE);
  });
});

describe("a breadcrumb's inner part over the headline", () => {
  it("reads the headline under a body's name that the breadcrumb names before another crumb", () => {
    const got = one(text("Houses of Parliament", "Skip to main content", "Debates  Bills & Acts  Committees  Members", "Home > Committees > Joint Committee on Harbours and Shipping > News", "Joint Committee on Harbours and Shipping", HEADLINE, "Date: 13 November 2026", ...EN));
    expect(got.title).toBe(HEADLINE);
  });

  it("still reads a headline a breadcrumb ends in", () => {
    const got = one(text("Harbour Times", "Home > World > " + HEADLINE, HEADLINE, "13 November 2026", ...EN));
    expect(got.title).toBe(HEADLINE);
  });
});

describe("a picture's scene, then the body that took it, with no label", () => {
  it("reads \"… in the East China Sea. Japan Coast Guard\" over the lead as a caption, never the headline", () => {
    const scene = "The tanker, right, alongside an unidentified vessel in the harbour's outer anchorage.";
    const got = one(text("Harbour Leader", HEADLINE, "By Hamish Doyle", "November 11, 2026 — 8.05pm", "Gift this article", `${scene} Japan Coast Guard`, ...EN));
    expect(got.title).toBe(HEADLINE);
    expect(got.captions.join(" ")).toContain(scene);
    expect(got.blocks.filter((b) => b.kind !== "caption").map((b) => b.text)).toEqual([...EN]);
  });

  it.each([
    "Russia Calls On The Harbour Board. Coast Guard", // a headline's sentences in title case
    "The board met on Monday. Ministry", // a scene too short
    "The board said on Tuesday that cargo volumes rose by a quarter in the year. The ministry agreed.", // a paragraph
  ])("leaves %s as it was", (line) => {
    const got = one(text("Harbour Leader", HEADLINE, "By Hamish Doyle", "November 11, 2026", line, ...EN));
    expect(got.captions).toEqual([]);
  });
});

describe("a reader app's source line: host, site and day between bullets", () => {
  it("keeps the headline whole over \"danubepost.at · The Danube Post · Nov 12, 2026\", and reads the site and the day", () => {
    const got = one(text(HEADLINE, "harbourpost.at · The Harbour Post · Nov 12, 2026", ...EN, "Read on the original site", "Instapaper"));
    expect(got.title).toBe(HEADLINE);
    expect(got.outlet).toBe("The Harbour Post");
    expect(got.publishedAt).toBe("2026-11-12");
  });

  it("names no outlet when the host spells another name", () => {
    const got = one(text(HEADLINE, "example.com · The Harbour Post · Nov 12, 2026", ...EN));
    expect(got.title).toBe(HEADLINE);
    expect(got.outlet).not.toBe("The Harbour Post");
    expect(got.publishedAt).toBe("2026-11-12");
  });

  it("still joins a headline's rest that opens in lower case", () => {
    expect(one(text("Harbour cargo rises by a quarter as timber and dairy", "exports grow", "Nov 12, 2026", ...EN)).title).toBe("Harbour cargo rises by a quarter as timber and dairy exports grow");
  });
});

describe("a newsletter e-mail's issue over its headline, and a writer's title and post", () => {
  it("never takes the site line over the text as the headline, and reads \"By Dr …, Senior Analyst, …\" as the name", () => {
    const got = one(text("Site: Harbour Security Brief", "", "View in browser", "HARBOUR SECURITY BRIEF", HEADLINE, "By Dr Miriam Kessler, Senior Analyst, Northeast Asia", ...EN));
    expect(got.title).toBe(HEADLINE);
    expect(got.author).toBe("Miriam Kessler");
  });

  it("keeps a one-word name after a title as printed", () => {
    expect(one(text("Harbour Times", HEADLINE, "By Dr Who", "Nov 12, 2026", ...EN)).author).not.toBe("Who");
  });
});

describe("a reader app's name under the text it saved", () => {
  it.each(["Instapaper", "Saved with Pocket", "Shared from Flipboard"])("drops %s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });
  it.each(["Pocket money for the harbour workers rose again.", "Saved from the harbour, the ship was towed away."])("keeps %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe("a wire's dateline on a page whose address is another site's", () => {
  const story = (host: string) =>
    fromHtml(page(`<title>${HEADLINE}</title><link rel="canonical" href="https://www.${host}/world/harbour-cargo">`, `<main><h1>${HEADLINE}</h1><p>Published Nov 13, 2026</p><p>HARBOURTON, Nov 13 (Reuters) - ${EN[0]}</p><p>${EN[1]}</p><p>${EN[2]}</p></main>`));

  it("never takes the wire for the site that runs its copy", () => {
    const got = story("harbourprairiecourier.ca");
    expect(got.agency).toBe("Reuters");
    expect(got.outlet).not.toBe("Reuters");
  });

  it("still reads the wire's own page as the wire's", () => {
    expect(story("reuters.com").outlet).toBe("Reuters");
  });
});
