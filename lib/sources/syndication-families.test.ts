// Tests for the families of layout the sixty-eighth held-out corpus showed, the wires' copy under regional and local
// outlets' own templates: a contributor line under a staff story that credits a wire ("The Associated Press contributed
// to this report."), read even below a metered wall's count. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, text, one, page, fromHtml } from "@/test/family-parse";

describe("a contributor line under a staff story", () => {
  const story = (...foot: string[]): string => text("Harbour board approves second wharf for timber exports", "Mary Byrne", "Published 10:05 a.m. CT Dec. 1, 2026", ...EN, ...foot);

  it("names the wire it credits, or the wire of the writers it credits", () => {
    expect(one(story("The Associated Press contributed to this report.")).agency).toBe("AP");
    expect(one(story("Reuters contributed to this story.")).agency).toBe("Reuters");
    expect(one(story("Associated Press writer Jane Doe in Tokyo contributed to this report.")).agency).toBe("AP");
    const parsed = one(story("The Associated Press contributed to this report."));
    expect(parsed.body).not.toContain("contributed to this report");
    expect(parsed.author).toBe("Mary Byrne");
  });

  it("is read under a metered wall's count below it, in a text copy and on a saved page", () => {
    expect(one(story("The Associated Press contributed to this report.", "You have 2 free articles left this month. Subscribe for unlimited access.", "Trending")).agency).toBe("AP");
    const html = fromHtml(page(`<title>Harbour board approves second wharf</title>`, `<article><h1>Harbour board approves second wharf</h1><p>By Mary Byrne</p>${EN.map((p) => `<p>${p}</p>`).join("")}<p><em>The Associated Press contributed to this report.</em></p></article>`));
    expect(html.agency).toBe("AP");
  });

  it("names no wire when it credits people of none, or a staff desk", () => {
    expect(one(story("Jane Doe in Tokyo contributed to this report.")).agency).toBeNull();
    expect(one(story("Staff writer Tom Reid contributed to this report.")).agency).toBeNull();
    expect(one(story("Harbour Herald reporter Tom Reid contributed to this report.")).agency).toBeNull();
  });
});

describe("a wire named after the writer's comma on a byline with the date beside it, and a wire's end mark", () => {
  it("'By …, Kyodo News | date' names the wire and the writer; '==Kyodo' under the text names the wire", () => {
    const byline = one(text("Seoul says Russia sent air-defence parts to the North", "By Takeshi Morimoto, Kyodo News | February 11, 2026, 6:30 pm", ...EN));
    expect(byline.agency).toBe("Kyodo");
    expect(byline.author).toBe("Takeshi Morimoto");
    expect(byline.publishedAt).toMatch(/^2026-02-11T18:30/);
    const mark = one(text("Seoul says Russia sent air-defence parts to the North", "February 11, 2026, 6:30 pm", ...EN, "==Kyodo"));
    expect(mark.agency).toBe("Kyodo");
    expect(mark.body).not.toContain("==Kyodo");
  });

  it("a second writer or a desk after the comma is no wire, nor a mark of no wire's name", () => {
    const two = one(text("Seoul says Russia sent air-defence parts to the North", "By Takeshi Morimoto, Jane Doe | February 11, 2026, 6:30 pm", ...EN));
    expect(two.agency).toBeNull();
    expect(one(text("Seoul says Russia sent air-defence parts to the North", "By Takeshi Morimoto, Foreign Desk | February 11, 2026", ...EN)).agency).toBeNull();
    expect(one(text("Seoul says Russia sent air-defence parts to the North", "February 11, 2026, 6:30 pm", ...EN, "==Harbour Desk")).agency).toBeNull();
  });
});

describe("a television station's header: an alert bar over the masthead, a player's label over the headline", () => {
  const header = (alert: string, ...rest: string[]): string => text(alert, "Harbour 12 News", "News Weather Sports Traffic Watch Live Contests", ...rest);
  const below = ["by: MARY BYRNE and TOM REID, Associated Press", "Posted: Dec 1, 2026 / 06:42 AM PST", `WELLINGTON, New Zealand (AP) — ${EN[0]}`, EN[1]!, EN[2]!];

  it("an alert bar's item ('WEATHER ALERT: …') is no lead and leaves the masthead the outlet", () => {
    const parsed = one(header("WEATHER ALERT: Dense fog advisory for the valley until 10 a.m.", "Harbour board approves second wharf for timber exports", ...below));
    expect(parsed.title).toBe("Harbour board approves second wharf for timber exports");
    expect(parsed.publishedAt).toMatch(/^2026-12-01T06:42/);
    expect(parsed.outlet).toBe("Harbour 12 News");
    expect(parsed.agency).toBe("AP");
    expect(parsed.body).not.toContain("Dense fog");
    expect(parsed.body.split("\n\n")[0]).toBe(`WELLINGTON, New Zealand (AP) — ${EN[0]}`);
  });

  it("'Now Playing' over the headline with the byline right below it leaves the headline the title", () => {
    const parsed = one(header("TRAFFIC ALERT: Highway 99 closed at Exit 12", "Now Playing", "Harbour board approves second wharf for timber exports", ...below));
    expect(parsed.title).toBe("Harbour board approves second wharf for timber exports");
    expect(parsed.author?.toLowerCase()).toBe("mary byrne and tom reid");
  });

  it("a video's title under 'Now Playing' with the page's own headline below it is still no title", () => {
    const parsed = one(text("Harbour 12 News", "Now Playing", "Storm closes ferry terminal", "Harbour board approves second wharf for timber exports", ...below));
    expect(parsed.title).toBe("Harbour board approves second wharf for timber exports");
    expect(parsed.body).not.toContain("Storm closes ferry terminal");
  });

  it("a story that opens with an alert's label under its headline and date keeps it", () => {
    const lead = "Weather alert: the harbour board closed the old quay on Tuesday as fog kept ships at anchor off the heads.";
    const parsed = one(text("Harbour board approves second wharf for timber exports", "December 1, 2026", lead, ...EN));
    expect(parsed.body.split("\n\n")[0]).toBe(lead);
  });
});

describe("a staff story's foot and byline element", () => {
  const body = EN.map((p) => `<p>${p}</p>`).join("");
  const saved = (byline: string, foot = ""): ReturnType<typeof fromHtml> => fromHtml(page(`<title>Harbour firm says it has no dealings</title>`, `<article><h1>Harbour firm says it has no dealings</h1><p class="byline">${byline}</p><p class="date">Tuesday 1 December 2026, 3:22pm</p>${body}${foot}</article>`));

  it("a writer's post after the comma in a byline element is cut whole ('Ewan MacRae, Business Reporter')", () => {
    expect(saved("By Ewan MacRae, Business Reporter").author).toBe("Ewan MacRae");
    expect(saved("By Ewan MacRae, Political Editor").author).toBe("Ewan MacRae");
    expect(saved("By Ewan MacRae Staff Reporter").author).toBe("Ewan MacRae");
    expect(saved("By Ewan MacRae and Jane Doe").author).toBe("Ewan MacRae and Jane Doe");
  });

  it("'— with wire services' under the text is furniture and names no wire", () => {
    const parsed = saved("By Ewan MacRae", "<p>— with wire services</p>");
    expect(parsed.body).not.toContain("wire services");
    expect(parsed.agency).toBeNull();
    const copy = one(text("Harbour firm says it has no dealings", "By Ewan MacRae", "1 December 2026", ...EN, "- With wire services"));
    expect(copy.body).not.toContain("wire services");
    const sentence = "The board said it would work with wire services and local papers to publish the new timetable.";
    expect(one(text("Harbour firm says it has no dealings", "By Ewan MacRae", "1 December 2026", ...EN, sentence)).body).toContain(sentence);
  });
});

describe("an app's, a portal's and a site's own lines around a shared story", () => {
  const lead = `SEOUL, Dec 1 (Reuters) - ${EN[0]}`;
  const shared = (...foot: string[]): ReturnType<typeof one> => one(text("Shared from Lumen Local", "Harbour board approves second wharf", "The Bayou Ledger-Star · Dec 1, 2026", lead, EN[1]!, EN[2]!, "(Reporting by Minji Kang; Editing by Clara Voss)", ...foot));

  it("a link to the paper's page labelled 'Read the original:' is the story's address, the app's invitation furniture", () => {
    const parsed = shared("Read the original: https://www.bayouledgerstar.com/news/world/harbour/article_5c1e.html", "Get local news you can trust. Download Lumen Local for free.");
    expect(parsed.url).toBe("https://www.bayouledgerstar.com/news/world/harbour/article_5c1e.html");
    expect(parsed.author).toBe("Minji Kang");
    expect(parsed.body).not.toContain("Download Lumen Local");
    expect(parsed.body).not.toContain("Reporting by");
    expect(shared("Originally published at: https://www.bayouledgerstar.com/a/1.html").url).toBe("https://www.bayouledgerstar.com/a/1.html");
  });

  it("a premium trial's offer and a privacy banner are furniture; a sentence about downloads or trials stays", () => {
    expect(shared("See every side of every story. Try Parallax Premium free for 14 days.").body).not.toContain("Try Parallax Premium");
    const html = fromHtml(page(`<title>Harbour board approves second wharf</title>`, `<div class="cookie"><p>We value your privacy. We and our partners use cookies to personalise content and ads.</p><button>Accept all</button></div><article><h1>Harbour board approves second wharf</h1>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`));
    expect(html.body).not.toContain("We value your privacy");
    const sentence = "Farmers can download the board's new timetable for free from its website, the statement said.";
    expect(shared(sentence).body).toContain(sentence);
    const trial = "The board will try the new cranes for free for two weeks before it buys them, officials said.";
    expect(shared(trial).body).toContain(trial);
  });
});

describe("a portal's 'Story by' label on the stamp's line", () => {
  it("names the writer as 'By' does, the date still read", () => {
    const parsed = one(text("Kimberley Coast Courier", "Harbour board approves second wharf", "Story by Aidan Walsh • 13/02/2026", ...EN, "AAP"));
    expect(parsed.author).toBe("Aidan Walsh");
    expect(parsed.publishedAt).toBe("2026-02-13");
    expect(parsed.agency).toBe("AAP");
  });

  it("a story's words 'story by' in lower case before a name do not", () => {
    const parsed = one(text("Harbour board approves second wharf", "13/02/2026", ...EN));
    expect(parsed.author).toBeNull();
    expect(one(text("Harbour board approves second wharf", "Story by the harbour desk • 13/02/2026", ...EN)).author).toBeNull();
  });
});

describe("a comparison page's list of the sources that covered the story", () => {
  it("is furniture under its heading ('Coverage details'), the page's own summary kept", () => {
    const parsed = fromHtml(page(`<title>Harbour board approves second wharf</title>`, `<main><h1>Harbour board approves second wharf</h1><section class="summary"><h2>Summary</h2>${EN.map((p) => `<p>${p}</p>`).join("")}</section><section class="sources"><h2>Coverage details</h2><ul><li><span>Han River Daily</span> <a href="#">Board backs new wharf for timber</a></li><li><span>Kansai Morning Post</span> <a href="#">Second wharf to open in April</a></li></ul></section></main>`));
    expect(parsed.body).not.toContain("Coverage details");
    expect(parsed.body).not.toContain("Board backs new wharf for timber");
    for (const para of EN) expect(parsed.body).toContain(para);
  });

  it("a sentence on coverage in the text stays", () => {
    const sentence = "Coverage details of the new wharf were published by the board on Tuesday, including its cost and timetable.";
    expect(one(text("Harbour board approves second wharf", "December 1, 2026", EN[0]!, sentence, EN[1]!, EN[2]!)).body).toContain(sentence);
  });
});

describe("a portal's copy of another site's story", () => {
  const portal = (ld: object, head = ""): ReturnType<typeof fromHtml> => fromHtml(page(`<title>Harbour board approves second wharf</title>${head}<script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<div id="bar"><a href="/">Skyline</a> <a href="/mail">Mail</a></div><article><h1>Harbour board approves second wharf</h1><div class="byline"><span class="author">Lucie Martin, AFP</span></div><p>Wellington (AFP) - ${EN[0]}</p>${EN.slice(1).map((p) => `<p>${p}</p>`).join("")}</article>`));

  it("names the site its JSON-LD's provider names the outlet, not the wire", () => {
    const parsed = portal({ "@type": "NewsArticle", headline: "Harbour board approves second wharf", datePublished: "2026-12-01T13:10:00+13:00", author: { "@type": "Person", name: "Lucie Martin" }, provider: { "@type": "Organization", name: "The Hauraki Plains Gazette" } });
    expect(parsed.outlet).toBe("The Hauraki Plains Gazette");
    expect(parsed.agency).toBe("AFP");
    expect(parsed.author).toBe("Lucie Martin");
  });

  it("a publisher or the site's own name comes first", () => {
    expect(portal({ "@type": "NewsArticle", publisher: { "@type": "Organization", name: "Skyline News" }, provider: { "@type": "Organization", name: "The Hauraki Plains Gazette" } }).outlet).toBe("Skyline News");
    expect(portal({ "@type": "NewsArticle", provider: { "@type": "Organization", name: "The Hauraki Plains Gazette" } }, `<meta property="og:site_name" content="Skyline News">`).outlet).toBe("Skyline News");
  });
});

describe("a news app's source over the stamp, a paper's name before a bullet", () => {
  const lead = `SEOUL, Dec 1 (Reuters) - ${EN[0]}`;
  it("names the paper the outlet, the wire of the dateline the agency", () => {
    const parsed = one(text("Shared from Lumen Local", "Harbour board approves second wharf", "The Bayou Ledger-Star · Dec 1, 2026", lead, EN[1]!, EN[2]!));
    expect(parsed.outlet).toBe("The Bayou Ledger-Star");
    expect(parsed.agency).toBe("Reuters");
    expect(parsed.publishedAt).toBe("2026-12-01");
  });

  it("a person's name or a place before the bullet names no outlet", () => {
    expect(one(text("Harbour board approves second wharf", "Mary Byrne · Dec 1, 2026", lead, EN[1]!, EN[2]!)).outlet).not.toBe("Mary Byrne");
    expect(one(text("Harbour board approves second wharf", "Port Chalmers · Dec 1, 2026", lead, EN[1]!, EN[2]!)).outlet).not.toBe("Port Chalmers");
  });
});
