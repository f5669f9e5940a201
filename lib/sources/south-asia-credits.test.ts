// Credits, desks and date lines of English-language papers of South Asia, the Caucasus and Türkiye running wire copy:
// a national wire in a dateline's brackets or alone under the text ("ISLAMABAD, Dec 3 (APP):", "Dhaka, Dec 4 (UNB) -",
// "(ANI)", "(AA)"), Azerbaijan's wire as the byline ("By Trend"), the desks that sign for no one ("Monitoring Desk",
// "Sentinel Digital Desk", "Our Correspondent"), the paper's imprint at the page's foot ("Editor: X | © 2026 …"), the
// year in two figures ("Published Date - 11:20 AM, Thu - 3 December 26") and the headline printed twice.
import { describe, expect, it } from "vitest";
import { isFurnitureLine } from "./clean";
import { classifyLine, readDateLine } from "./layout-model";
import { lookupAgency, namesNoWriter } from "./metadata";
import { decodeImportFile, parseImport } from "./parse-import";
import { pastedCopy as copy } from "@/test/pasted-copy";

const LEAD = "Pakistan on Thursday called for restraint and dialogue on the Korean Peninsula and said all states must respect their obligations under the resolutions.";
const PARA = "Responding to a question at the weekly press briefing, the spokesperson said Pakistan did not comment on relations between third countries.";
const LAST = "The spokesperson added that Pakistan supports a negotiated settlement of the conflict in line with the principles of the UN Charter.";
const head = ["Daily Chronicle", "Home", "Pakistan", "World", "Pakistan urges restraint on Korean Peninsula", "December 3, 2026"];
const tail = ["Share", "More from this category", "Senate passes bill on digital payments", "© 2026 Daily Chronicle. All rights reserved."];

describe("a national wire of South Asia or Türkiye in a dateline's brackets or alone under the text", () => {
  it("reads \"(APP):\", \"(UNB) -\", \"(PTI)\" and \"(ANI):\" in the lead's dateline as the wire", () => {
    for (const [dateline, wire] of [["ISLAMABAD, Dec 3 (APP): ", "APP"], ["Dhaka, Dec 4 (UNB) - ", "UNB"], ["Moscow, Dec 3 (PTI) ", "PTI"], ["Moscow [Russia], December 4 (ANI): ", "ANI"]] as const) {
      const s = copy(...head, `${dateline}${LEAD}`, PARA, LAST, ...tail);
      expect(s?.agency, dateline).toBe(wire);
    }
  });

  it("reads \"(ANI)\", \"(AA)\", \"(APP)\" and \"(UNB)\" alone below the last paragraph as the wire, out of the text", () => {
    for (const [line, wire] of [["(ANI)", "ANI"], ["(AA)", "Anadolu"], ["(APP)", "APP"], ["(UNB)", "UNB"], ["(PTI)", "PTI"]] as const) {
      expect(classifyLine(line, "footer").role, line).toBe("credit");
      const s = copy(...head, LEAD, PARA, LAST, line, ...tail);
      expect(s?.agency, line).toBe(wire);
      expect(s?.body.split("\n\n"), line).not.toContain(line);
      expect(s?.body, line).toContain(LAST);
    }
  });

  it("takes no \"APP\" or \"App\" alone for the Pakistani wire, and no bracketed word that is no wire's", () => {
    expect(lookupAgency("APP")).toBeNull();
    expect(lookupAgency("App")).toBeNull();
    for (const line of ["(App)", "(Photo)", "(AAA)", "(Applause)", `(${"A".repeat(5000)})`]) expect(classifyLine(line, "footer").role, line.slice(0, 20)).not.toBe("credit");
    const s = copy(...head, LEAD, PARA, LAST, "Download our APP", ...tail);
    expect(s?.agency).toBeNull();
  });
});

describe("Azerbaijan's and Bangladesh's wires by name", () => {
  it("reads \"By Trend\" under the headline as the wire, no writer", () => {
    const s = copy("AZERNEWS", "Politics", "Region", "Russia says its cooperation with North Korea complies with law", "4 December 2026 11:40 (UTC +04:00)", "By Trend", LEAD, PARA, LAST, ...tail);
    expect(s?.agency).toBe("Trend");
    expect(s?.author).toBeNull();
    expect(lookupAgency("Trend News Agency")).toBe("Trend");
    expect(lookupAgency("United News of Bangladesh")).toBe("UNB");
  });

  it("keeps a paragraph on a trend and a heading that says \"Trending\"", () => {
    const s = copy(...head, LEAD, "The trend is clear, the spokesperson said, and it worries the whole region as much as it worries us here.", LAST, ...tail);
    expect(s?.body).toContain("The trend is clear");
    expect(lookupAgency("Trending")).toBeNull();
  });
});

describe("desks that sign for no one", () => {
  it("names no writer for \"Monitoring Desk\", \"Sentinel Digital Desk\", \"Sun Online Desk\", \"International Desk\" and \"Our Correspondent\"", () => {
    for (const desk of ["Monitoring Desk", "Sentinel Digital Desk", "Sun Online Desk", "International Desk", "Our Correspondent", "Our Correspondents", "Staff Reporter", "Web Desk"]) expect(namesNoWriter(desk), desk).toBe(true);
  });

  it("keeps a writer's name that merely holds those letters", () => {
    for (const name of ["Desmond Deskovic", "Jane Deskins", "Ravi Menon", "Our Lady", "Staffan Larsson"]) expect(namesNoWriter(name), name).toBe(false);
  });

  it("takes no list's heading \"Top News\" under the text for a writer", () => {
    const s = copy(...head, LEAD, PARA, LAST, "Top News", "Metro rail to run till midnight from January", "Rice prices ease in Dhaka markets");
    expect(s?.author).toBeNull();
    expect(s?.body).not.toContain("Top News");
    expect(s?.body).toContain(LAST);
  });
});

describe("the paper's imprint at the page's foot", () => {
  it("takes no editor with the copyright on the same line for the story's writer", () => {
    for (const imprint of ["Editor: Enamul Hoque | © 2026 dailychronicle.com", "Editor: Sharif Uddin. © 2026 Daily Chronicle. All rights reserved.", "Editor: A. Rahman, Copyright 2026 Daily Chronicle"]) {
      const s = copy(...head, LEAD, PARA, LAST, "Top News", "Rice prices ease in Dhaka markets", imprint);
      expect(s?.author, imprint).toBeNull();
    }
  });

  it("still reads an editor's line with no copyright on it", () => {
    const s = copy(...head, LEAD, PARA, LAST, "Editor: Priya Raghavan", ...tail);
    expect(s?.author).toBe("Priya Raghavan");
  });
});

describe("a date line with the year in two figures", () => {
  it("reads \"Published Date - 11:20 AM, Thu - 3 December 26\" and its update's form as this century's day and time", () => {
    expect(readDateLine("Published Date - 11:20 AM, Thu - 3 December 26")).toEqual({ publishedAt: "2026-12-03T11:20", precision: "minute" });
    expect(readDateLine("Updated On - 10:45 PM, Fri - 4 December 26")).toEqual({ publishedAt: "2026-12-04T22:45", precision: "minute" });
    expect(readDateLine("Published Date - 09:05 AM, Mon - 30 November 26")).toEqual({ publishedAt: "2026-11-30T09:05", precision: "minute" });
  });

  it("reads no month's short name with two figures, two figures inside a line, nor an impossible day", () => {
    expect(readDateLine("3 Dec 26")).toBeNull();
    expect(readDateLine("On 3 December 26 soldiers crossed the border")).toBeNull();
    expect(readDateLine("Published Date - 11:20 AM, Thu - 31 November 26")).toBeNull();
    expect(readDateLine(`${"1".repeat(120)} December 26`)).toBeNull();
  });
});

describe("the headline printed twice, over its byline and date and under them", () => {
  it("takes the upper copy for the headline and reads the byline and date below it", () => {
    const title = "Kim's Russia visit in final stage of preparation, says Kremlin";
    const s = copy("Daily Chronicle", "Menu", "World", title, "The Kremlin said the dates would be announced in due course", "By PTI", "Published Date - 11:20 AM, Thu - 3 December 26", title, `Moscow: ${LEAD}`, PARA, LAST, ...tail);
    expect(s?.title).toBe(title);
    expect(s?.agency).toBe("PTI");
    expect(s?.publishedAt).toBe("2026-12-03T11:20");
  });

  it("keeps the lower headline when nothing of the header stands between the copies (a tab's title over the menus)", () => {
    const title = "Pakistan urges restraint on Korean Peninsula";
    const s = copy(title, "Home", "Pakistan", "World", title, "By Ayesha Rauf", "December 3, 2026", LEAD, PARA, LAST, ...tail);
    expect(s?.title).toBe(title);
    expect(s?.author).toBe("Ayesha Rauf");
  });
});

describe("the app, channel and support pitches of these papers", () => {
  it("takes an app's download line with its stores or its \"now\", a channel's announcement and a call to pay for journalism for furniture", () => {
    for (const line of [
      "Get the latest news on the go. Download the Edition app from the App Store and Google Play.",
      "Get all the latest news on your mobile. Download the daily-sun app now.",
      "Download our app from Google Play",
      "Telangana Today is now on WhatsApp. Click here to join the channel.",
      "The Hans India is on Telegram. Tap here to follow",
      "Choose to support open, independent, quality journalism and subscribe on a monthly basis.",
      "Support independent journalism by becoming a member",
    ]) expect(isFurnitureLine(line), line).toBe(true);
  });

  it("keeps sentences that speak of apps, channels and support for journalism", () => {
    for (const line of [
      "The ministry said users could download the app from the App Store and Google Play after the update, officials said.",
      "The embassy is now on WhatsApp, the spokesperson said, and will answer questions from citizens abroad.",
      "Support quality journalism and subscribe, the minister told the crowd at the press club's annual dinner on Friday.",
      "Readers who support quality journalism and subscribe to several papers are rare, the survey of editors found.",
    ]) expect(isFurnitureLine(line), line).toBe(false);
    expect(isFurnitureLine(`Download the ${"x ".repeat(4000)}app now`)).toBe(false);
  });
});

describe("\"Also Read\" links inside the text", () => {
  it("drops \"Also Read <headline>\" with no colon, and the label alone with its headlines, keeping the paragraph below", () => {
    const s = copy(...head, LEAD, PARA, "Also Read Seoul's spy agency says North Korea sent 12 million shells to Russia", LAST, ...tail);
    expect(s?.body).not.toContain("Seoul's spy agency");
    expect(s?.body).toContain(LAST);
    const t = copy(...head, LEAD, "", PARA, "", "Also Read", "Oil prices rise as Russia cuts exports", "Sanctions hit North Korea's coal trade", "", LAST, "", "(Only the headline and picture of this report may have been reworked by the staff; the rest of the content is auto-generated from a syndicated feed.)", "", "First Published: Dec 03 2026 | 11:47 PM IST");
    expect(t?.body).not.toContain("Oil prices rise");
    expect(t?.body).toContain(LAST);
  });

  it("keeps a sentence that opens with the words", () => {
    const line = "Also read by the committee was a letter from the embassy, which said the shipments had stopped in October.";
    const s = copy(...head, LEAD, line, LAST, ...tail);
    expect(s?.body).toContain(line);
  });
});

describe("a caption under a \"File Photo:\" label", () => {
  it("reads the labelled line as the picture's caption, out of the text", () => {
    const caption = "File Photo: North Korean leader Kim Jong Un and Russian President Vladimir Putin at the Vostochny cosmodrome in 2023.";
    const s = copy(...head, caption, LEAD, PARA, LAST, ...tail);
    expect(s?.body).not.toContain("Vostochny cosmodrome in 2023");
    expect(s?.captions.join(" ")).toContain("Vostochny cosmodrome in 2023");
  });

  it("keeps a paragraph that mentions a file photo", () => {
    const line = "File photos of the launch site were shared by the ministry on Thursday, according to a statement from officials in Seoul.";
    const s = copy(...head, LEAD, line, LAST, ...tail);
    expect(s?.body).toContain(line);
  });
});

describe("a saved page signed by the wire and the city it filed from", () => {
  const page = (site: string, byline: string) => `<!DOCTYPE html><html><head><meta property="og:site_name" content="${site}"><title>Arms trade under scrutiny</title></head><body><main><article><h1>Arms trade under scrutiny</h1><div class="reporter">${byline}</div><div class="time">Published at 08:14 pm December 4th, 2026</div><p>${LEAD}</p><p>${PARA}</p><p>${LAST}</p></article></main></body></html>`;
  const saved = (html: string) => parseImport(decodeImportFile(Buffer.from(html, "utf8"), "t.html"), "t.html")[0];
  it("reads \"UNB, Dhaka\" as the wire, no writer", () => {
    const s = saved(page("Dhaka Chronicle", "UNB, Dhaka"));
    expect(s?.agency).toBe("UNB");
    expect(s?.author).toBeNull();
  });
  it("credits no wire on the wire's own site, nor for a writer's name with a city", () => {
    expect(saved(page("AFP Fact Check", "AFP Seoul"))?.agency).toBeNull();
    const s = saved(page("Dhaka Chronicle", "Rahim Uddin, Dhaka"));
    expect(s?.agency).toBeNull();
  });
});

describe("the publication's clock printed under the text, the day alone over the headline", () => {
  it("reads \"Publish Date : Friday, 5 December 2026 12:35 PM\" under the text as the same day's time", () => {
    const s = copy("Kathmandu Daily", "Menu", "World", "North Korea calls arms claims a fabrication", "Friday, December 5, 2026", LEAD, PARA, LAST, "Publish Date : Friday, 5 December 2026 12:35 PM", "Related", "Gold price falls by Rs 1,200 per tola");
    expect(s?.publishedAt).toBe("2026-12-05T12:35");
  });
  it("keeps the day over the headline for another day's stamp or an update's", () => {
    const other = copy("Kathmandu Daily", "Menu", "World", "North Korea calls arms claims a fabrication", "Friday, December 5, 2026", LEAD, PARA, LAST, "Publish Date : Saturday, 6 December 2026 08:10 AM", "Related", "Gold price falls by Rs 1,200 per tola");
    expect(other?.publishedAt).toBe("2026-12-05");
    const update = copy("Kathmandu Daily", "Menu", "World", "North Korea calls arms claims a fabrication", "Friday, December 5, 2026", LEAD, PARA, LAST, "Updated: Friday, 5 December 2026 16:40", "Related", "Gold price falls by Rs 1,200 per tola");
    expect(update?.publishedAt).toBe("2026-12-05");
  });
});

describe("the masthead printed twice at the copy's top", () => {
  it("takes a logo's text over the name it draws (\"daily sun\" / \"Daily Sun\") for the outlet", () => {
    const s = copy("daily sun", "Daily Sun", "Home", "International", "North Korea's arms trade under fresh scrutiny", "Published: 04 Dec 2026, 03:25 PM", LEAD, PARA, LAST, "Share");
    expect(s?.outlet).toBe("Daily Sun");
  });
  it("takes no menu label printed twice for one", () => {
    const s = copy("world", "World", "Home", "North Korea's arms trade under fresh scrutiny", "Published: 04 Dec 2026, 03:25 PM", LEAD, PARA, LAST, "Share");
    expect(s?.outlet).not.toBe("World");
  });
});

describe("the site's name with its tagline under the text", () => {
  it("takes \"Yeni Şafak English — news from Türkiye and the world\" for no writer", () => {
    const s = copy("yenisafak.com", "Seoul summons Russian envoy over arms cooperation", "December 04 2026 13:05:00", LEAD, PARA, LAST, "(AA)", "Yeni Şafak English — news from Türkiye and the world");
    expect(s?.author).toBeNull();
    expect(s?.agency).toBe("Anadolu");
  });
  it("still reads a writer's name with the paper after a dash", () => {
    const s = copy(...head, LEAD, PARA, LAST, "Ayesha Rauf - Daily Chronicle", "Share");
    expect(s?.author).toBe("Ayesha Rauf");
  });
});
