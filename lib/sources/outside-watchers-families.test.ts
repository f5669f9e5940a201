// Tests for the families the thirty-fifth corpus (English outlets of South and Southeast Asia, the Gulf, Israel and
// Iran) showed: a labelled writer before an update's bar ("Edited By: NAME | Updated: … IST"), "Edited By:" and
// "Curated By:" as a header byline, an update line under the standfirst giving way to a "First Published:" at the foot,
// a page's counters in front of its date ("Comments / {{…}} Views / date"), a wire posting after the clock's zone
// ("… 08:45 PM NPT By: Reuters"), a wire's dateline closed by a colon ("SEOUL (Reuters):"), a numeric date printed
// month first that only the page's machine time tells apart ("12.04.26, 14:33"), and a standfirst nested in the
// headline's box. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, one, page, text } from "@/test/family-parse";
import { creditBeforeUpdate, posterAfterDate, readByline, readDateLine } from "./layout-model";
import { leadAgency, lookupAgency } from "./metadata";
import { foldForMatch } from "./normalize";
import { isPageNotice } from "./page-notices";
import { isPromoLine } from "./promo-lines";

const notice = (line: string): boolean => isPageNotice(line, () => foldForMatch(line));

describe("a labelled writer before an update line's bar", () => {
  it("reads the update's date and the writer's name", () => {
    expect(readDateLine("Edited By: Priya Raghavan | Updated: Dec 04, 2026, 14:35 IST")?.publishedAt).toBe("2026-12-04T14:35");
    expect(readDateLine("Curated By: Aditi Menon | Last Updated: December 03, 2026, 18:42 IST")?.publishedAt).toBe("2026-12-03T18:42");
    expect(readDateLine("Reuters | Updated: 04-12-2026 11:42 IST")?.publishedAt).toBe("2026-12-04T11:42");
    expect(creditBeforeUpdate("Edited By: Priya Raghavan | Updated: Dec 04, 2026, 14:35 IST")).toBe("Edited By: Priya Raghavan");
    const parsed = one(text("World", "Seoul Says Freight Trains Crossed Daily", "The briefing was held behind closed doors.", "Edited By: Priya Raghavan | Updated: Dec 04, 2026, 14:35 IST", ...EN));
    expect(parsed.publishedAt).toBe("2026-12-04T14:35");
    expect(parsed.author).toBe("Priya Raghavan");
    expect(parsed.body).not.toContain("Edited By");
  });

  it("leaves a line with no update after the bar, and a sentence with a bar, as they were", () => {
    expect(creditBeforeUpdate("Edited By: Priya Raghavan | World")).toBeNull();
    expect(readDateLine("Edited By: Priya Raghavan | World")).toBeNull();
    expect(creditBeforeUpdate("The minister said the talks went well | updated figures follow in the table below")).toBeNull();
  });

  it("takes no place or desk before the bar for the writer", () => {
    const parsed = one(text("India", "India Says It Follows Reports Closely", "NEW DELHI | Updated: Dec 03 2026 6:41 PM", ...EN));
    expect(parsed.publishedAt).toBe("2026-12-03T18:41");
    expect(parsed.author).toBeNull();
  });
});

describe("'Edited By:' and 'Curated By:' with their colon", () => {
  it("read as a byline above the text", () => {
    expect(readByline("Curated By: Aditi Menon")).toBe("Aditi Menon");
    expect(readByline("Edited By: Priya Raghavan")).toBe("Priya Raghavan");
    const parsed = one(text("world", "Kremlin Confirms Moscow Visit Early Next Year", "The announcement follows a foreign minister's visit last month.", "Curated By: Aditi Menon", "Last Updated: December 03, 2026, 18:42 IST", ...EN));
    expect(parsed.author).toBe("Aditi Menon");
    expect(parsed.body).not.toContain("Curated By");
  });

  it("leave an editor's note without its colon no byline, and a signed story its writer", () => {
    expect(readByline("Edited by Bryan Betts")).toBeNull();
    expect(readByline("Edited by the desk")).toBeNull();
    const parsed = one(text("Harbour Board Reports Record Cargo Year", "By Colin Marsh", "December 3, 2026", ...EN, "Edited by Bryan Betts"));
    expect(parsed.author).toBe("Colin Marsh");
  });
});

describe("an update line under the standfirst and a first publication at the foot", () => {
  it("takes the first publication", () => {
    const parsed = one(text("world", "Kremlin Confirms Moscow Visit Early Next Year", "The announcement follows a foreign minister's visit last month.", "Curated By: Aditi Menon", "Last Updated: December 03, 2026, 18:42 IST", ...EN, "First Published: December 03, 2026, 17:58 IST"));
    expect(parsed.publishedAt).toBe("2026-12-03T17:58");
  });

  it("keeps a publication line under the standfirst over a later line at the foot", () => {
    const parsed = one(text("world", "Kremlin Confirms Moscow Visit Early Next Year", "The announcement follows a foreign minister's visit last month.", "By Aditi Menon", "Published: December 03, 2026, 16:10 IST", ...EN, "First Published: December 03, 2026, 17:58 IST"));
    expect(parsed.publishedAt).toBe("2026-12-03T16:10");
  });
});

describe("a page's counters in front of its date", () => {
  it("are passed over, as numbers or as an unrendered placeholder", () => {
    expect(readDateLine("Comments / {{hitsCtrl.values.hits}} Views / Friday, 4 December 2026 00:20")?.publishedAt).toBe("2026-12-04T00:20");
    expect(readDateLine("12 Comments / 1,204 Views / Thursday, 3 December 2026 10:05")?.publishedAt).toBe("2026-12-03T10:05");
    expect(readDateLine("3,210 views | 04/12/2026 10:00")?.publishedAt).toBe("2026-12-04T10:00");
  });

  it("are no date by themselves, nor is a sentence about views", () => {
    expect(readDateLine("Comments / {{hitsCtrl.values.hits}} Views /")).toBeNull();
    expect(readDateLine("The video drew 1,204 views / in its first hour on 4 December 2026 according to the ministry")).toBeNull();
  });

  it("hold up no date on a pathological line", () => {
    const line = `${"{{".repeat(5000)} Views / ${"1,".repeat(5000)}`;
    const started = Date.now();
    expect(readDateLine(line)).toBeNull();
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe("a wire posting after the clock and its zone", () => {
  it("is the agency, and a person posting is the author", () => {
    expect(posterAfterDate("Published On: December 3, 2026 08:45 PM NPT By: Reuters")).toBe("Reuters");
    expect(posterAfterDate("Published Dec 4, 2026 3:15 PM by Jane Doe")).toBe("Jane Doe");
    const wire = one(text("myRepublica", "News", "World", "Harbour Board Reports Record Cargo Year", "Published On: December 3, 2026 08:45 PM NPT By: Reuters", ...EN));
    expect(wire.agency).toBe("Reuters");
    expect(wire.author).toBeNull();
    expect(wire.publishedAt).toBe("2026-12-03T20:45");
  });
});

describe("a wire's dateline closed by a colon", () => {
  it("credits the wire, as with a dash", () => {
    expect(leadAgency("SEOUL (Reuters): North Korea has shipped more shells, Seoul said.")).toBe("Reuters");
    expect(leadAgency("SEOUL (Reuters) - North Korea has shipped more shells, Seoul said.")).toBe("Reuters");
    expect(leadAgency("ISLAMABAD, Dec 04 (APP): The Foreign Office said on Friday.")).toBeNull();
    expect(leadAgency("THE MINISTER (who spoke on Friday): talks went well.")).toBeNull();
  });
});

describe("a numeric date printed month first beside a machine time in UTC", () => {
  const ynet = (printed: string, iso: string): string =>
    page(`<title>Harbour Board Reports Record Cargo Year</title><meta property="og:site_name" content="Harbour News">`, `<article><h1>Harbour Board Reports Record Cargo Year</h1><div class="authorAndDate"><span class="authors">Avi Levin</span>|<time class="DateDisplay" datetime="${iso}">${printed}</time></div>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`);

  it("is read the way that makes it the same moment, in the page's zone", () => {
    expect(fromHtml(ynet("Published: 12.04.26, 14:33", "2026-12-04T12:33:00.000Z")).publishedAt).toBe("2026-12-04T14:33+02:00");
    expect(fromHtml(ynet("Published: 12/03/2026, 9:05", "2026-12-03T14:05:00Z")).publishedAt).toBe("2026-12-03T09:05-05:00");
  });

  it("stays day first where that reading is the same moment, and the machine time where neither is", () => {
    expect(fromHtml(ynet("Published: 04.12.26, 14:33", "2026-12-04T12:33:00.000Z")).publishedAt).toBe("2026-12-04T14:33+02:00");
    expect(fromHtml(ynet("Published: 12.04.26, 14:33", "2026-12-09T12:33:00.000Z")).publishedAt).toBe("2026-12-09T12:33+00:00");
  });
});

describe("a standfirst inside the headline's box", () => {
  it("is kept as the first paragraph", () => {
    const html = page(
      `<title>Harbour Board Reports Record Cargo Year</title>`,
      `<main><article><div class="item-header"><div class="item-date">Dec 4, 2026, 2:45 PM</div><h1>Harbour Board Reports Record Cargo Year</h1><p class="summary">Cargo rose by a quarter and a second wharf opens in April, the board said.</p></div><div class="item-text">${EN.map((p) => `<p>${p}</p>`).join("")}</div></article></main>`,
    );
    const parsed = fromHtml(html);
    expect(parsed.body.startsWith("Cargo rose by a quarter and a second wharf opens in April, the board said.")).toBe(true);
    expect(parsed.body).toContain(EN[2]);
  });

  it("is not taken from below the text", () => {
    const html = page(`<title>Harbour Board Reports Record Cargo Year</title>`, `<main><article><h1>Harbour Board Reports Record Cargo Year</h1><div class="item-text">${EN.map((p) => `<p>${p}</p>`).join("")}</div><div class="related"><p class="summary">Another story's summary, placed below the text of this one.</p></div></article></main>`);
    expect(fromHtml(html).body.startsWith(EN[0])).toBe(true);
  });
});

describe("a follow prompt that says what it is for", () => {
  it("is no part of the text, and the wire's source line above it is read", () => {
    const parsed = one(text("Daryo", "World", "Harbour Board Reports Record Cargo Year", "15:20, 02 December 2026", ...EN, "Source: TASS", "Follow Daryo's official Instagram and Twitter pages to keep current on world news.", "Latest news", "© 2026 Daryo. All rights reserved."));
    expect(parsed.body).not.toContain("Follow Daryo");
    expect(parsed.agency).toBe("TASS");
    expect(notice("Join our Telegram channel to get the latest updates")).toBe(true);
  });

  it("leaves a sentence about following the networks in the text", () => {
    expect(notice("Follow the money, investigators said, and the trail leads to Telegram accounts in Dubai.")).toBe(false);
    expect(notice("Officials follow Telegram channels run by the military to track shipments across the border.")).toBe(false);
  });
});

describe("the site and a wire under the headline, without 'By'", () => {
  it("credits the wire and names no one", () => {
    const parsed = one(text("Türkiye Today", "WORLD", "BUSINESS", "Harbour Board Reports Record Cargo Year", "SEOUL", "Türkiye Today with Reuters", "December 05, 2026 11:21 AM GMT+03:00", ...EN));
    expect(parsed.agency).toBe("Reuters");
    expect(parsed.author).toBeNull();
  });

  it("takes nothing from an interview's label or another name with a wire", () => {
    const parsed = one(text("Türkiye Today", "WORLD", "Harbour Board Reports Record Cargo Year", "Interview with AFP", "December 05, 2026 11:21 AM GMT+03:00", ...EN));
    expect(parsed.agency).toBeNull();
  });
});

describe("a saved page's byline that is a desk code or a wire with its place", () => {
  const saved = (byline: string, site: string): string =>
    page(`<title>Harbour Board Reports Record Cargo Year</title><meta property="og:site_name" content="${site}"><meta name="author" content="${byline}">`, `<article><h1>Harbour Board Reports Record Cargo Year</h1><div class="author">${byline}</div>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`);

  it("names no one for a desk's code, and credits the wire for a wire and its place", () => {
    expect(fromHtml(saved("APP58-04", "Harbour News")).author).toBeNull();
    const wire = fromHtml(saved("Agence France-Presse . Seoul", "Harbour News"));
    expect(wire.agency).toBe("AFP");
    expect(wire.author).toBeNull();
  });

  it("keeps a writer's name, and a name with a place that is no wire", () => {
    expect(fromHtml(saved("Jane Doe", "Harbour News")).author).toBe("Jane Doe");
    expect(fromHtml(saved("Malik Ahmed . Seoul", "Harbour News")).agency).toBeNull();
  });
});

describe("national agencies of South Asia, Iran and the Gulf", () => {
  it("are wires, by their names and initials", () => {
    expect(lookupAgency("Associated Press Of Pakistan")).toBe("APP");
    expect(lookupAgency("Islamic Republic News Agency")).toBe("IRNA");
    expect(lookupAgency("IRNA")).toBe("IRNA");
    expect(lookupAgency("BSS")).toBe("BSS");
    expect(lookupAgency("Emirates News Agency")).toBe("WAM");
    expect(lookupAgency("Qatar News Agency")).toBe("QNA");
  });

  it("leave a phone's 'App' link no agency", () => {
    expect(lookupAgency("App")).toBeNull();
    expect(lookupAgency("APP")).toBeNull();
  });
});

describe("a site's footer links under the text", () => {
  it("are no writer's name", () => {
    const parsed = one(text("Business Recorder", "Home", "World", "Harbour Board Reports Record Cargo Year", "REUTERS", "Published 05 Dec, 2026 10:35am", ...EN, "Comments are closed.", "Copyright Business Recorder, 2026", "About Us", "Privacy Policy"));
    expect(parsed.author).toBeNull();
  });
});

describe("a wire's name alone between the standfirst and the date", () => {
  it("is the agency, and no line of the text", () => {
    const parsed = one(text("Harbour Board Reports Record Cargo Year", "Cargo rose by a quarter and a second wharf opens in April, the board said.", "Reuters", "Published4 Dec 2026, 03:20 PM IST", ...EN));
    expect(parsed.agency).toBe("Reuters");
    expect(parsed.author).toBeNull();
    expect(parsed.publishedAt).toBe("2026-12-04T15:20");
    expect(parsed.body).not.toMatch(/^Reuters$/m);
  });

  it("leaves a writer's name there the byline", () => {
    const parsed = one(text("Harbour Board Reports Record Cargo Year", "Cargo rose by a quarter and a second wharf opens in April, the board said.", "Jane Doe", "Published4 Dec 2026, 03:20 PM IST", ...EN));
    expect(parsed.author).toBe("Jane Doe");
    expect(parsed.agency).toBeNull();
  });
});

describe("a topics list and a business site's sign-off under the text", () => {
  it("are furniture, and no topic is read as the writer", () => {
    const parsed = one(text("Harbour Board Reports Record Cargo Year", "Cargo rose by a quarter, the board said.", "Reuters", "Published4 Dec 2026, 03:20 PM IST", ...EN, "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint. Download The Mint News App to get Daily Market Updates.", "more", "Topics You May Be Interested In", "Russia", "North Korea"));
    expect(parsed.author).toBeNull();
    expect(parsed.body).not.toContain("Catch all the");
    expect(parsed.body).not.toContain("Topics You May Be Interested In");
    expect(parsed.body).toContain(EN[2]);
  });

  it("leave a sentence that starts the same way in the text", () => {
    expect(isPromoLine("Catch all the fish you can, the minister told the fleet on Tuesday, before the season closes.")).toBe(false);
    const parsed = one(text("Harbour Board Reports Record Cargo Year", "By Jane Doe", "December 4, 2026", ...EN, "Topics of the talks included the second wharf and the dredging of the channel, the board said."));
    expect(parsed.body).toContain("Topics of the talks included the second wharf");
  });
});

describe("a site name with its tagline after a bar", () => {
  const saved = (site: string): string => page(`<title>Harbour Board Reports Record Cargo Year</title><meta property="og:site_name" content="${site}">`, `<article><h1>Harbour Board Reports Record Cargo Year</h1>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`);

  it("is the name before the bar", () => {
    expect(fromHtml(saved("New Age | The Most Popular Outspoken English Daily in Bangladesh")).outlet).toBe("New Age");
    expect(fromHtml(saved("Harbour News - Your Window on the Port and the City")).outlet).toBe("Harbour News");
  });

  it("keeps a name whose part after the bar is no phrase", () => {
    expect(fromHtml(saved("Harbour News | Otago")).outlet).toBe("Harbour News | Otago");
    expect(fromHtml(saved("Harbour News")).outlet).toBe("Harbour News");
  });
});

describe("an invitation to write in under the text", () => {
  it("is a notice", () => {
    expect(notice("We welcome your comments at letters@scroll.in.")).toBe(true);
    expect(notice("We welcome your feedback at editor@harbournews.example")).toBe(true);
  });

  it("leaves a quoted welcome in the text", () => {
    expect(notice("We welcome your comments on the draft treaty, the ministry told Moscow in a note delivered on Friday.")).toBe(false);
    expect(notice("We welcome the talks")).toBe(false);
  });
});
