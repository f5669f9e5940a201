// Forms of English-language outlets of the Middle East, Africa, Latin America and the Caribbean: dates with a comma
// after the month ("December, 03, 2026 - 13:30") or a slash before the year ("December 4/2026"), a lead's dateline as
// the only date, a site name written as one word ("GulfToday"), news desks and "Agency Report" as bylines, a wire
// spelled out alone under its copy ("Agence France Presse"), an agency's editor code ("MNA/"), a newsletter box's
// pitch, a WhatsApp channel's appeal and a wire's name in capitals under the picture above the lead.
import { describe, expect, it } from "vitest";
import { datelineDate, datelineDay, parseDate, parseDateLine } from "./dates";
import { isFurniture } from "./layout-model";
import { namesNoWriter } from "./metadata";
import { isNoticeLine } from "./page-notices";
import { decodeImportFile, parseImport } from "./parse-import";
import { pastedCopy as copy } from "@/test/pasted-copy";

const LEAD = "North Korea shipped at least 9,000 containers of munitions to Russia between January and October, a report by sanctions monitors said on Wednesday.";
const PARA = "The monitoring team said most of the containers crossed by rail at the Tumangang–Khasan bridge and the rest left from the port of Rajin.";
const LAST = "Both countries deny trading in weapons, which would violate Security Council resolutions that Russia itself voted for.";
const head = ["Gulf Daily Mirror", "Home", "World", "Business", "Monitors say North Korea sent Russia munitions"];

describe("dates with a comma after the month or a slash before the year", () => {
  it("reads \"December, 03, 2026 - 13:30\", \"Dec, 3, 2026\" and \"December 4/2026\"", () => {
    expect(parseDateLine("December, 03, 2026 - 13:30")?.publishedAt).toBe("2026-12-03T13:30");
    expect(parseDateLine("Dec, 3, 2026")?.publishedAt).toBe("2026-12-03");
    expect(parseDate("Addis Abeba, December 4/2026 –")?.publishedAt).toBe("2026-12-04");
    expect(parseDateLine("December 4, 2026")?.publishedAt).toBe("2026-12-04");
  });

  it("reads no date in a count after a month, a range of days or a slash with no year", () => {
    expect(parseDate("In December, 12 people were hurt")).toBeNull();
    expect(parseDate("December 4/5 talks")).toBeNull();
    expect(parseDate("December, 12 2026")?.publishedAt).toBe("2026-12-12");
    expect(parseDate(`December, ${"1, ".repeat(20000)}x`)).toBeNull();
  });
});

describe("a lead's dateline stating its day in full", () => {
  it("reads \"Addis Abeba, December 4/2026 –\" and \"ABU DHABI, 3rd December, 2026 (WAM) --\"", () => {
    expect(datelineDate(`Addis Abeba, December 4/2026 – ${LEAD}`)?.publishedAt).toBe("2026-12-04");
    expect(datelineDate(`ABU DHABI, 3rd December, 2026 (WAM) -- ${LEAD}`)?.publishedAt).toBe("2026-12-03");
    expect(datelineDate(`Rio de Janeiro, 4 December 2026 - ${LEAD}`)?.publishedAt).toBe("2026-12-04");
  });

  it("reads no dateline without a year, a date that runs on into the sentence, or a date later in the lead", () => {
    expect(datelineDate(`SEOUL, Dec. 3 (AFP) - ${LEAD}`)).toBeNull();
    expect(datelineDate(`Addis Abeba, December 4, 2026 was the day the treaty turned two.`)).toBeNull();
    expect(datelineDate(`The ministry said on December 4, 2026 - that is, Friday - it would act.`)).toBeNull();
    expect(datelineDate(`${"Ab".repeat(30000)}, December 4, 2026 – x`)).toBeNull();
  });

  it("dates a copy that prints no other date by its lead's dateline, and prefers a printed date line", () => {
    const s = copy("Addis Daily Standard", "Menu", "Why the arms trade matters in Africa", "By Etenesh Abera", `Addis Abeba, December 4/2026 – ${LEAD}`, PARA, LAST, "Share this:");
    expect(s?.publishedAt).toBe("2026-12-04");
    const dated = copy("Addis Daily Standard", "Menu", "Why the arms trade matters in Africa", "By Etenesh Abera", "December 5, 2026", `Addis Abeba, December 4/2026 – ${LEAD}`, PARA, LAST);
    expect(dated?.publishedAt).toBe("2026-12-05");
  });
});

describe("a wire's dateline that prints its day without a year", () => {
  it("reads \"MOSCOW, Feb 9 (Reuters) -\", \"SEOUL, Dec. 3 (AFP) -\" and \"HÀ NỘI, 3 December (TTXVN) -\" as the day printed", () => {
    expect(datelineDay(`MOSCOW, Feb 9 (Reuters) - ${LEAD}`)?.publishedAt).toBe("--02-09");
    expect(datelineDay(`SEOUL, Dec. 3 (AFP) - ${LEAD}`)).toEqual({ publishedAt: "--12-03", precision: "month-day" });
    expect(datelineDay(`HÀ NỘI, 3 December (TTXVN) – ${LEAD}`)?.publishedAt).toBe("--12-03");
    expect(datelineDay(`KYIV, Oct 28 (Ukrinform) -- ${LEAD}`)?.publishedAt).toBe("--10-28");
  });

  it("reads no day inside a sentence, without the wire in brackets, with no dash after, or an impossible day", () => {
    expect(datelineDay(`SEOUL, Dec. 3 talks between the two sides ended.`)).toBeNull();
    expect(datelineDay(`SEOUL, Dec. 3 (Monday) talks between the two sides ended.`)).toBeNull();
    expect(datelineDay(`SEOUL, Dec. 3 - ${LEAD}`)).toBeNull();
    expect(datelineDay(`The minister said on Feb 9 (Reuters) - ${LEAD}`)).toBeNull();
    expect(datelineDay(`Hà Nội, ngày 3 tháng 12 (TTXVN) - ${LEAD}`)).toBeNull();
    expect(datelineDay(`MOSCOW, Feb 31 (Reuters) - ${LEAD}`)).toBeNull();
    expect(datelineDay(`${"Ab".repeat(30000)}, Feb 9 (Reuters) - x`)).toBeNull();
  });

  it("dates a copy nothing else dates by that day, and never over a printed stamp", () => {
    const s = copy("penangstandard.example", "North Korea sends rail minister to Russia's Far East", "5–6 minutes", `MOSCOW, Feb 9 (Reuters) - ${LEAD}`, PARA, LAST);
    expect(s?.publishedAt).toBe("--02-09");
    const dated = copy("penangstandard.example", "North Korea sends rail minister to Russia's Far East", "February 10, 2026 7:15 AM", `MOSCOW, Feb 9 (Reuters) - ${LEAD}`, PARA, LAST);
    expect(dated?.publishedAt).toBe("2026-02-10T07:15");
  });
});

describe("a site name written as one word", () => {
  const page = (site: string, logo: string) => {
    const html =
      `<!DOCTYPE html><html lang="en"><head><title>UAE, Russia discuss Korean Peninsula - ${logo}</title><meta property="og:site_name" content="${site}"><meta property="og:title" content="UAE, Russia discuss Korean Peninsula"></head><body><header><a href="/"><img src="/logo.svg" alt="${logo}"></a></header><article><h1>UAE, Russia discuss Korean Peninsula</h1><p>${LEAD}</p><p>${PARA}</p><p>${LAST}</p></article><footer>© 2026 ${logo}. All rights reserved.</footer></body></html>`;
    return parseImport(decodeImportFile(Buffer.from(html), "t.html"), "t.html")[0];
  };
  it("names the outlet as its logo spells it with its spaces (\"GulfToday\" → \"Gulf Today\")", () => {
    expect(page("GulfToday", "Gulf Today")?.outlet).toBe("Gulf Today");
    expect(page("DesertPost", "The Desert Post")?.outlet).toBe("DesertPost");
  });
  it("keeps a one-word site name that no printed name spells with spaces", () => {
    expect(page("Naharnet", "Naharnet")?.outlet).toBe("Naharnet");
    expect(page("CapitalNews", "Capital FM")?.outlet).toBe("CapitalNews");
  });
});

describe("a news desk or an unnamed wire as the byline", () => {
  it("names no writer for \"Naharnet Newsdesk\", \"Web Desk\" and \"Agency Report\"", () => {
    for (const name of ["Naharnet Newsdesk", "Web Desk", "Agency Report", "Agency Reports", "Online Desk"]) expect(namesNoWriter(name), name).toBe(true);
    for (const name of ["Abdullahi Musa", "Deskin Jones", "Agnes Report"]) expect(namesNoWriter(name), name).toBe(false);
  });
  it("reads no author from \"by Naharnet Newsdesk\" over the text, and a writer's byline as before", () => {
    expect(copy(...head, "by Gulf Mirror Newsdesk", "03 December 2026, 14:05", LEAD, PARA, LAST)?.author).toBeNull();
    expect(copy(...head, "By Agency Report", "December 2, 2026 10:12 am", LEAD, PARA, LAST)?.author).toBeNull();
    expect(copy(...head, "By Abdullahi Musa", "December 2, 2026 10:12 am", LEAD, PARA, LAST)?.author).toBe("Abdullahi Musa");
  });
});

describe("a wire spelled out alone under its copy", () => {
  it("reads \"Agence France Presse\", \"Associated Press\" and \"Anadolu Agency\" as the wire, out of the text", () => {
    for (const [line, wire] of [["Agence France Presse", "AFP"], ["Agence France-Presse", "AFP"], ["Associated Press", "AP"], ["The Associated Press", "AP"], ["Anadolu Agency", "Anadolu"]] as const) {
      const s = copy(...head, "03 December 2026, 14:05", LEAD, PARA, LAST, line, "0 Comments", "Most Read", "Cabinet approves draft budget for 2027");
      expect(s?.agency, line).toBe(wire);
      expect(s?.body.split("\n\n"), line).not.toContain(line);
      expect(s?.body, line).toContain(LAST);
    }
  });
  it("keeps a last paragraph that names the wire", () => {
    const s = copy(...head, "03 December 2026, 14:05", LEAD, PARA, "Associated Press reported the figures first.", "Most Read");
    expect(s?.body).toContain("Associated Press reported the figures first.");
  });
});

describe("an agency's editor code under its copy", () => {
  it("takes \"MNA/\" and \"AMK/\" for furniture, never a document's number or a desk and wire", () => {
    expect(isFurniture("MNA/")).toBe(true);
    expect(isFurniture("AMK/")).toBe(true);
    expect(isFurniture("SC/16245")).toBe(false);
    expect(isFurniture("HT/dpa")).toBe(false);
    expect(isFurniture(`${"A".repeat(5000)}/`)).toBe(false);
  });
});

describe("a newsletter box's pitch under its heading", () => {
  it("takes the pitch below \"Get the … newsletter\" for furniture, however finished its sentence", () => {
    for (const pitch of ["Latin American markets and politics, every morning.", "The day's top stories, straight to your inbox.", "Our weekly briefing on the region."]) {
      const s = copy(...head, "December 4, 2026", LEAD, PARA, LAST, "Get the Gulf Mirror newsletter", pitch, "Related", "Brazil's Lula to attend BRICS leaders' call", "© 2026 Gulf Daily Mirror");
      expect(s?.body, pitch).not.toContain(pitch);
      expect(s?.body, pitch).toContain(LAST);
    }
  });
  it("keeps a last paragraph that speaks of every morning under no newsletter's heading", () => {
    const s = copy(...head, "December 4, 2026", LEAD, PARA, "Talks will resume every morning this week.", "Related", "Brazil's Lula to attend BRICS leaders' call");
    expect(s?.body).toContain("Talks will resume every morning this week.");
  });
});

describe("a channel's appeal after its pitch", () => {
  it("takes the pitch that ends \"Subscribe to … on WhatsApp Channel\" for a notice", () => {
    expect(isNoticeLine("We've got the edge. Get real-time reports, breaking scoops, and exclusive angles delivered straight to your phone. Don't settle for less. Subscribe to LEADERSHIP NEWSPAPER on WhatsApp Channel.")).toBe(true);
    expect(isNoticeLine("Don't miss a story: news from Accra delivered to your phone. Join us on Telegram")).toBe(true);
  });
  it("keeps a sentence that reports a follow prompt, and stays quick on a long line", () => {
    expect(isNoticeLine("Officials urged residents to follow the ministry on Telegram.")).toBe(false);
    expect(isNoticeLine("The ministry, which said it would post updates, told residents to subscribe to its channel on WhatsApp Channel.")).toBe(false);
    const started = performance.now();
    expect(isNoticeLine(`your phone ${"ab ".repeat(70)}`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe("a wire's name in capitals under the picture above the lead", () => {
  it("reads the finished sentence over \"AFP\" with the text below as the picture's caption", () => {
    const caption = "A freight train waits at the Tumangang rail bridge on the border between North Korea and Russia.";
    const s = copy(...head, "AFP", "Thursday, December 3, 2026 - 11:20 AM", caption, "AFP", LEAD, PARA, LAST, "Related Articles");
    expect(s?.captions?.some((c) => c.startsWith(caption))).toBe(true);
    expect(s?.body.split("\n\n")).not.toContain(caption);
    expect(s?.agency).toBe("AFP");
  });
  it("reads no caption in the last short paragraph over \"AFP\", nor in a short paragraph over a wire's name with no text below", () => {
    const s = copy(...head, "December 3, 2026", LEAD, PARA, "Moscow has not commented.", "AFP", "Related Articles", "Egypt, Russia discuss Dabaa plant");
    expect(s?.captions ?? []).toEqual([]);
    expect(s?.body).toContain("Moscow has not commented.");
  });
});
