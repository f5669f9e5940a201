// Tests for the families the twenty-first held-out corpus showed (English defence press, regional English services,
// research and arms-control bodies, UN and parliamentary pages, press releases): the notices such pages print (a
// Substack post's subscribe and discussion lines, a newsletter box's pitch, a press release's contact heading and
// line, download buttons, a funder's disclaimer, an error-report prompt, a follow prompt, labelled links, a web
// editors' line, a bracketed rights line, a record's share and watch buttons), a last paragraph under a one-link
// related box with a wire's rights notice below it, a headline the header prints again, and dates of a month alone
// ("December 2026") or of a day without a year ("5 December, 10:12 AM"). Forms written for these tests.
import { describe, expect, it } from "vitest";
import { isFurnitureLine } from "./clean";
import { parseDateLine } from "./dates";
import { parseEditorDate } from "./editor-date";
import { htmlToImportText } from "./html";
import { formatPublishedAt } from "@/lib/i18n/locale";
import { parseImport } from "./parse-import";
import { PUBLISHED_AT_PATTERN, precisionOf } from "./schemas";

const EN = [
  "The port authority said on Monday that container traffic rose by a fifth in November, driven by exports of fruit and frozen fish.",
  "Officials expect the new terminal to open in March, doubling the number of ships the port can handle at the same time.",
  "Shipping lines have already asked for berths for the first weeks of operation, the authority said in a statement.",
];

describe("notices of newsletters, institutes, parliaments and press offices", () => {
  it.each([
    // a Substack post
    "Thanks for reading Port Notes! Subscribe for free to receive new posts and support my work.",
    "Thanks for reading The Harbour Letter! Subscribe to get new posts.",
    "Port Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.",
    "Discussion about this post",
    "Discussion about this episode",
    "12 Likes",
    "1 Restack",
    "∙ Paid",
    "Privacy ∙ Terms ∙ Collection notice",
    "Substack is the home for great culture",
    // a newsletter box
    "Receive daily email updates:",
    "Get weekly updates",
    "Receive our free email alerts",
    "Be the first to receive updates.",
    "Be the first to know",
    // UN meetings coverage, a record's buttons
    "For information media. Not an official record.",
    "Share this specific contribution",
    "Share this contribution",
    "Watch Parliament TV",
    "Watch the debate",
    // a press release's contact
    "For information and interview requests contact",
    "For more information, please contact",
    "Media contacts",
    "Press enquiries",
    "For media inquiries, please contact",
    "Contact: SIPRI media team (media@example.org, +46 766 286 133)",
    "Media contact: Jane Doe, press@example.gov",
    "Contact the author: jane@example.com",
    "Email the author: jane.doe@example.com",
    // download buttons
    "Download PDF",
    "Download the full report (PDF)",
    "Download the fact sheet (PDF)",
    "Download report 2.4 MB",
    "Download text",
    // a funder's disclaimer
    "This document has been produced with the financial assistance of the European Union. The contents are the sole responsibility of the authors and can under no circumstances be regarded as reflecting the position of the European Union.",
    "This publication was funded by the European Union. Its contents are the sole responsibility of the institute.",
    "Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union.",
    // an error-report prompt
    "If you find an error in the text, select it and press Ctrl+Enter",
    "If you notice a typo, highlight it and press Ctrl+Enter",
    "Found a mistake? Select the text and press Ctrl+Enter",
    "Nếu phát hiện lỗi, bôi đen và nhấn Ctrl+Enter",
    "Bạn thấy có lỗi chính tả? Chọn đoạn văn bản và nhấn Ctrl+Enter",
    // a follow prompt, labelled links, labels
    "Join us on Facebook and follow NV on Telegram",
    "Follow us on X and Telegram",
    "Find us on Instagram",
    "Read the original article on The New Voice of Ukraine",
    "Read the full story at Port Weekly",
    "NEXT STORY: Army wants interceptors that cost less than the drones",
    "Up next: Terminal opens in March",
    "Listen: The Harbour Podcast — What the new terminal means",
    "Podcast: Ships, ports and the people who run them",
    "Click here for more information on the individuals and entities designated today.",
    "Click here for the full list",
    "Keywords: North Korea, Kursk Oblast, HUR",
    "Web editor: Zhang Kaiwei, Liang Jun",
    "Online editors: Li Wen",
    "[Copyright The Jiji Press, Ltd.]",
    "(© 2026 Port Weekly)",
    "Photo from the Kremlin's website.",
    "Images via Planet Labs",
  ])("is page furniture: %s", (line) => expect(isFurnitureLine(line)).toBe(true));

  it.each([
    // near misses: article sentences in these words
    "Thanks for reading the contract aloud, the judge told the clerk before the hearing resumed.",
    "Subscribers to the port's daily updates received the warning an hour before the storm.",
    "Be the first to admit it: the terminal opened late, the minister said.",
    "Be the first to know what the council decides, the governor told traders.",
    "For information on the sanctions, the ministry referred reporters to its website, a spokesman said.",
    "The press contact for the ministry declined to comment on the shipments.",
    "Download speeds at the port rose after the new cable was laid, the authority said.",
    "The European Union funded the first phase of the terminal, which cost 40 million euros.",
    "If you find an error in the customs form, the agency said, correct it before the ship leaves.",
    "Follow the money, investigators said, and you will find the ships.",
    "Watch the harbour closely over the next weeks, analysts say.",
    "Listen to the crew and you hear a different story.",
    "Click the link below to read the statement.",
    "Keywords matter in search, the company said.",
    "The editor of the paper, Zhang Kaiwei, said the report was accurate.",
    "Photos from the port show the ship alongside the quay on Monday morning, a day after it arrived from Rajin.",
    "Read the original article's footnotes before quoting it, the editor advised.",
    "Contact with the ship was lost on Tuesday.",
    "Discussion about the new terminal went on for hours.",
    "Web editors at the paper said the page was updated twice.",
  ])("is not: %s", (line) => expect(isFurnitureLine(line)).toBe(false));

  it("Vietnamese and English editors' lines naming the story's editor stay for the byline reader", () => {
    expect(isFurnitureLine("Biên tập: Lý Minh")).toBe(false);
    expect(isFurnitureLine("Editor: Jane Doe")).toBe(false);
  });
});

describe("the last paragraph under a one-link related box", () => {
  const copy = (foot: string): string =>
    ["Port Weekly", "Shipping", "New terminal doubles the port's capacity, authority says", "By Jane Doe", "December 4, 2026", EN[0], EN[1], "Related", "Shipping lines ask for berths at the new terminal", EN[2], foot, "Related Stories", "Fishing fleet returns early", "Cold snap hits the harbour"].join("\n");

  it.each([
    "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
    "Copyright 2026 Port Weekly. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "If you find an error in the text, select it and press Ctrl+Enter",
  ])("is kept when the story's foot notice stands below it: %s", (foot) => {
    const parsed = parseImport(copy(foot), "x.txt")[0]!;
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Shipping lines ask for berths");
    expect(parsed.body).not.toContain("Fishing fleet returns early");
  });

  it("a teaser's summary under its headline, the next teaser below, is still no part of the text", () => {
    const text = ["Port Weekly", "New terminal doubles the port's capacity, authority says", "By Jane Doe", "December 4, 2026", EN[0], EN[1], EN[2], "Related", "Fishing fleet returns early", "The fleet came back two weeks before the end of the season after catches fell sharply in November.", "Cold snap hits the harbour", "© 2026 Port Weekly"].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    expect(parsed.body).toContain(EN[2]);
    expect(parsed.body).not.toContain("The fleet came back two weeks");
  });
});

describe("a headline the header prints again", () => {
  it("wins over a speaker's line right above the first paragraph", () => {
    const text = [
      "Record",
      "Chamber",
      "Harbour Security: Transfers of Ammunition by Sea",
      "Volume 781: debated on Wednesday 2 December 2026",
      "View all Harbour Security: Transfers of Ammunition by Sea debates",
      "Question",
      "Jane Doe (Northport) (Ind)",
      "1. What assessment has the Minister made of the ships that carry ammunition through the harbour, and what steps are being taken?",
      "The Government are working with allies to stop this trade, and we have sanctioned the companies and the ships involved in it.",
    ].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    expect(parsed.title).toBe("Harbour Security: Transfers of Ammunition by Sea");
    expect(parsed.publishedAt).toBe("2026-12-02");
  });

  it("a line inside a much longer one is no repetition of it (a headline is its own line, not a sentence's part)", () => {
    const text = ["Port Weekly", "Shipping", "New terminal doubles the port's capacity", "By Jane Doe", "December 4, 2026", EN[0], EN[1]].join("\n");
    expect(parseImport(text, "x.txt")[0]!.title).toBe("New terminal doubles the port's capacity");
  });
});

describe("a month alone and a day without a year", () => {
  it.each([
    ["December 2026", "2026-12", "month"],
    ["Dec. 2026", "2026-12", "month"],
    ["December, 2026", "2026-12", "month"],
    ["2026-12", "2026-12", "month"],
    ["5 December, 10:12 AM", "--12-05", "month-day"],
    ["December 5", "--12-05", "month-day"],
    ["Dec. 5, 18:40", "--12-05", "month-day"],
    ["Sept. 5, 9:15 AM", "--09-05", "month-day"],
  ])("%s → %s (%s)", (line, publishedAt, precision) => expect(parseDateLine(line)).toEqual({ publishedAt, precision }));

  it.each(["Mayday 2026", "December 2026 was cold", "2026-13", "32 December", "December 32", "Volume 2026", "May Day", "3rd Dec", "3 Dec", "5th December"])("is no date line: %s", (line) => expect(parseDateLine(line)).toBeNull());

  it("a month alone gives way to a day printed elsewhere on the page", () => {
    const text = ["Harbour Review", "December 2026", "New terminal doubles the port's capacity", "Published 4 December 2026", EN[0], EN[1]].join("\n");
    expect(parseImport(text, "x.txt")[0]!.publishedAt).toBe("2026-12-04");
  });

  it("is the publication date when nothing says more (a research dispatch, a journal's issue)", () => {
    const text = ["Harbour Research", "Dispatch from the field", "Ships that carry ammunition: what the records show", "December 2026", "Download PDF", EN[0], EN[1], EN[2]].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    expect(parsed.publishedAt).toBe("2026-12");
    expect(parsed.body).not.toContain("Download PDF");
  });

  it("a saved page's issue line above the headline, its parts parted by <br>, gives the month", () => {
    const html = `<!DOCTYPE html><html><head><title>x</title></head><body><article><div class="issue">Harbour Review<br>December 2026</div><h1>Ships that carry ammunition: what the records show</h1><div class="byline">By Jane Doe</div><p>${EN[0]}</p><p>${EN[1]}</p><p>${EN[2]}</p></article></body></html>`;
    const parsed = parseImport(htmlToImportText(html, "x.html"), "x.html")[0]!;
    expect(parsed.publishedAt).toBe("2026-12");
    expect(parsed.author).toBe("Jane Doe");
  });

  it("the desk stores, reads and shows a month alone", () => {
    expect(PUBLISHED_AT_PATTERN.test("2026-12")).toBe(true);
    expect(precisionOf("2026-12")).toBe("month");
    expect(precisionOf("2026-12-04")).toBe("day");
    expect(parseEditorDate("2026-12")).toBe("2026-12");
    expect(parseEditorDate("2026-13")).toBeUndefined();
    expect(parseEditorDate("2026-00")).toBeUndefined();
    expect(formatPublishedAt("en", "2026-12")).toBe("December 2026");
    expect(formatPublishedAt("vi", "2026-12")).toMatch(/12.*2026/);
  });
});

describe("topic labels and notes around the text", () => {
  it.each([
    [["Russia", "North Korea", "Intelligence"]],
    [["World Politics"]],
    [["Shipping", "Ports"]],
  ])("labels copied right above the first paragraph are no part of it: %j", (labels) => {
    const text = ["Port Weekly", "New terminal doubles the port's capacity, authority says", "By Jane Doe", "December 4, 2026", ...labels, EN[0], EN[1], EN[2]].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    expect(parsed.body.startsWith(EN[0] as string)).toBe(true);
    for (const para of EN) expect(parsed.body).toContain(para);
  });

  it("a hard-wrapped paragraph's lines stay one paragraph, and a short line inside the text that a sentence continues stays too", () => {
    const text = ["Port Weekly", "New terminal doubles the port's capacity, authority says", "December 4, 2026", EN[0], "", "The minister visited", "Rajin and Vladivostok before the talks, officials said, and returned on Friday with the draft.", "", EN[2]].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    expect(parsed.body).toContain("The minister visited Rajin and Vladivostok before the talks");
  });

  it.each(["Endnotes", "ENDNOTES", "Footnotes", "Notes", "References", "Related Posts", "Tài liệu tham khảo:"])("a report's notes or a blog's other posts under the heading %s are dropped, the text above kept", (heading) => {
    const text = ["Harbour Research", "Ships that carry ammunition: what the records show", "December 4, 2026", EN[0], EN[1], EN[2], heading, "1 Field investigations in the port, July–October 2026.", "2 Letter to the shipping company, 14 October 2026."].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    for (const para of EN) expect(parsed.body).toContain(para);
    expect(parsed.body).not.toContain("Field investigations in the port");
    expect(parsed.body).not.toContain("Letter to the shipping company");
  });

  it("a sub-heading of the text that opens with Notes is kept with its paragraph", () => {
    const text = ["Port Weekly", "New terminal doubles the port's capacity, authority says", "December 4, 2026", EN[0], "", "Notes from the quay", "", EN[1], "", EN[2]].join("\n");
    const parsed = parseImport(text, "x.txt")[0]!;
    expect(parsed.body).toContain("Notes from the quay");
    for (const para of EN) expect(parsed.body).toContain(para);
  });
});

describe("a reader view's handle under the headline", () => {
  it("the masthead printed again in lower case is not the headline's last word", () => {
    const text = ["Harbourzone", "Seven years for photos of trains: a port worker convicted of treason for posting a cargo timetable", "harbourzone", "4 min read", "December 1, 2026, 19:30", EN[0], EN[1]].join("\n");
    expect(parseImport(text, "x.txt")[0]!.title).toBe("Seven years for photos of trains: a port worker convicted of treason for posting a cargo timetable");
  });

  it("a sentence's last word on a line of its own still continues the sentence", () => {
    const text = ["Port Weekly", "New terminal doubles the port's capacity, authority says", "December 4, 2026", EN[0], "", "The authority said the first ships would dock at the new quay in", "march.", "", EN[2]].join("\n");
    expect(parseImport(text, "x.txt")[0]!.body).toContain("at the new quay in march.");
  });
});
