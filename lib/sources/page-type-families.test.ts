// Tests for the families the thirty-fourth corpus (the page types around a story: factboxes, live blogs, transcripts,
// briefings, newsletters, corrections) showed: a year glued to its clock by a select-all ("December 4, 202611:42 AM"),
// "Write: … / Update: …" stamps, a briefing's date with its venue after the clock; a story's notes about itself
// (corrections, updates, contributor lines, transcript notices, a newsletter's forward and thanks lines); a newsletter's
// numbered item under the issue's headline. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, one, page, text } from "@/test/family-parse";
import { outletInLanguage, readDateLine } from "./layout-model";
import { isStoryNote } from "./story-notes";
import { foldForMatch } from "./normalize";

const note = (line: string): boolean => isStoryNote(foldForMatch(line));

describe("a date line in the forms of wire pages, broadcasters' stamps and briefings", () => {
  it("reads a year glued to its clock after the month's name, with the update after it", () => {
    expect(readDateLine("December 4, 202611:42 AM GMT+9Updated 3 hours ago")?.publishedAt).toBe("2026-12-04T11:42+09:00");
    expect(readDateLine("March 12, 20269:05 PM GMT")?.publishedAt.slice(0, 16)).toBe("2026-03-12T21:05");
    expect(readDateLine("4 December 202611:42")?.publishedAt).toBe("2026-12-04T11:42");
  });

  it("reads 'Write: … / Update: …' from the first stamp", () => {
    expect(readDateLine("Write: 2026-12-03 11:05:41 / Update: 2026-12-03 15:20:07")?.publishedAt).toBe("2026-12-03T11:05");
    expect(readDateLine("Written: 2026-12-03 09:10")?.publishedAt).toBe("2026-12-03T09:10");
  });

  it("reads a briefing's date and clock before the place it was held", () => {
    expect(readDateLine("Thursday, December 3, 2026, 4:30 p.m. Ministry of Foreign Affairs")?.publishedAt).toBe("2026-12-03T16:30");
    expect(readDateLine("Friday, June 5, 2026, 10:05 a.m. Prime Minister's Office")?.publishedAt).toBe("2026-06-05T10:05");
  });

  it("leaves a sentence with a year and a clock alone", () => {
    expect(readDateLine("On December 3, 2026, 4:30 p.m. the ministers met again in Tokyo to sign the accord.")).toBeNull();
    expect(readDateLine("The 2026 budget passed at 11:42 after a long debate")).toBeNull();
  });

  it("reads the date of a factbox copied with its squeezed stamp, and its headline", () => {
    const parsed = one(text("World", "Asia Pacific", "Factbox: What the harbour board agreed this year", "By Reuters", "December 4, 202611:42 AM GMT+9Updated 3 hours ago", ...EN));
    expect(parsed.publishedAt?.slice(0, 16)).toBe("2026-12-04T11:42");
    expect(parsed.title).toBe("Factbox: What the harbour board agreed this year");
  });
});

describe("a story's notes about itself", () => {
  it("knows update notes in their wordings", () => {
    for (const line of [
      "This story has been updated with additional information.",
      "This article was corrected to say the visit lasted three days.",
      "UPDATE: Adds the Kremlin's response in the last paragraph.",
      "Updates with comment from the foreign ministry",
      "This is a developing story.",
      "This is a developing story. UPDATE: Adds the Kremlin's comment in the third paragraph.",
    ]) expect(note(line), line).toBe(true);
  });

  it("knows contributor lines, briefing times, transcript and newsletter notes", () => {
    for (const line of [
      "Min Joo Kim in Seoul and Natalia Abbakumova in Riga, Latvia, contributed to this report.",
      "CNN's Mike Valerio contributed reporting.",
      "— With assistance from Soo-Hyang Choi.",
      "1:34 p.m. EST",
      "(The briefing was concluded at 2:21 p.m.)",
      "Accuracy and availability of NPR transcripts may vary. Transcript text may be revised to correct errors.",
      "Video transcript",
      "Listen - 04:12",
      "Previous episodes",
      "📬 Did a friend send you this? Sign up here to get your own copy of Axios AM.",
      "Smart Brevity™ count: 1 min. 276 words.",
      "Thanks to Noah Bressner for orchestrating and editing, and to Bryan McBournie for copy editing.",
      "Follow the New York Times Opinion section on Facebook, Instagram, TikTok, WhatsApp, X and Threads.",
      "Copyright © 2026 NPR. All rights reserved. Visit our website terms of use and permissions pages for further information.",
    ]) expect(note(line), line).toBe(true);
  });

  it("leaves corrections, which are the record, and the story's own sentences that speak of versions, updates, reports and briefings", () => {
    for (const line of [
      "Correction: An earlier version of this story misstated the number of countries that published the report. It was 11.",
      "Clarification: A previous version of this article incorrectly described the treaty's terms.",
      "An earlier version of this story gave the wrong date for the summit.",
      "An earlier version of the treaty, signed in 2000, had no clause on military assistance.",
      "The ministry said the report would be updated every month as new evidence came in.",
      "Officials said this is a developing relationship that Seoul cannot ignore.",
      "Researchers from five universities and two ministries contributed to the study, which was published on Tuesday by the institute in Seoul after a year of work.",
      "The briefing was concluded early after the spokesman was asked about the missiles, reporters said.",
      "Update on the talks is expected on Friday, the foreign ministry said.",
      "Thanks to the treaty, Russia can now call on North Korean troops.",
      "Follow-up talks on the bridge are planned for the spring.",
      "1 big thing the treaty changes is the clause on mutual defence.",
    ]) expect(note(line), line).toBe(false);
  });

  it("takes the notes out of a story's text and keeps its paragraphs and its correction", () => {
    const parsed = one(text("North Korea denies sending missiles to Russia", "By Jane Doe", "December 3, 2026", ...EN, "Correction: An earlier version of this story misstated the number of ships. It was 11.", "This story has been updated with additional information.", "Jane Roe in Seoul contributed to this report."));
    expect(parsed.body).not.toMatch(/has been updated|contributed/);
    expect(parsed.body).toContain("Correction: An earlier version of this story misstated the number of ships. It was 11.");
    for (const p of EN) expect(parsed.body).toContain(p);
  });
});

describe("a newsletter's numbered item under the issue's headline", () => {
  it("is not the page's headline", () => {
    const parsed = one(text("Newsletters", "Harbour AM", "Dec 03, 2026", "By Jane Doe", "Harbour AM: A record year", "1 big thing: Cargo up by a quarter", ...EN));
    expect(parsed.title).toBe("Harbour AM: A record year");
  });
});

describe("a live page's header", () => {
  const live = (...head: string[]): string => text("Skip to main content", "Print subscriptions", "Sign in", "The Harbour - Back to homeThe Harbour", "News", "World", ...head);

  it("takes the page's headline, not the pinned summary's heading, and the writer on shift", () => {
    const parsed = one(live("Live", "Harbour strike enters third day as talks stall – live", "Key events", "Show key events only", "Please turn on JavaScript to use this feature", "Jane Doe (now) and John Roe (earlier)", "Thu 3 Dec 2026 09.58 GMT", "Pinned post", "Summary: here's what we know so far", ...EN, "© 2026 Harbour News & Media Limited or its affiliated companies. All rights reserved."));
    expect(parsed.title).toBe("Harbour strike enters third day as talks stall – live");
    expect(parsed.author).toBe("Jane Doe");
    expect(parsed.body).not.toMatch(/JavaScript|Back to home/);
  });

  it("reads the shifts' byline in its forms, and a byline without shifts as before", () => {
    const shifts = one(text("Harbour strike enters third day as talks stall – live", "Jane Doe (now), John Roe (earlier) and Ann Poe (earlier)", "Thu 3 Dec 2026 09.58 GMT", ...EN));
    expect(shifts.author).toBe("Jane Doe");
    const plain = one(text("Harbour strike enters third day as talks stall", "By Jane Doe and John Roe", "Thu 3 Dec 2026 09.58 GMT", ...EN));
    expect(plain.author).toBe("Jane Doe and John Roe");
  });

  it("keeps a headline that opens with a summary's word but no label", () => {
    const parsed = one(text("World", "Summary judgment ordered in harbour strike case", "By Jane Doe", "Thu 3 Dec 2026 09.58 GMT", ...EN));
    expect(parsed.title).toBe("Summary judgment ordered in harbour strike case");
  });
});

describe("a broadcaster's name on a page in another language than its Vietnamese service's", () => {
  it("is the service's own name on an English page and the Vietnamese service's on a Vietnamese one", () => {
    expect(outletInLanguage("DW Tiếng Việt", "en")).toBe("DW");
    expect(outletInLanguage("NHK World Tiếng Việt", "en")).toBe("NHK WORLD-JAPAN");
    expect(outletInLanguage("DW Tiếng Việt", "vi")).toBe("DW Tiếng Việt");
    expect(outletInLanguage("BBC News", "en")).toBe("BBC News");
    expect(outletInLanguage(null, "en")).toBeNull();
    expect(one(text("NHK WORLD-JAPAN", "NEWS", "Harbour strike enters third day as talks stall", "Dec. 2, 2026 19:26 JST", ...EN)).outlet).toBe("NHK WORLD-JAPAN");
  });
});

describe("the writer's bio at the foot of a column", () => {
  const column = (...foot: string[]): string => text("Opinion", "The harbour needs a second wharf", "By Sarah Kim", "Published 4 Dec 2026", ...EN, ...foot);

  it("is no part of the text, in the bio's forms", () => {
    for (const bio of [
      "Sarah Kim is a nonresident fellow at the Harbour Institute and a former adviser to the port authority.",
      "Ms. Kim is a professor of economics at the University of Otago.",
      "Sarah Kim, a former harbour master, is the author of a history of the port.",
    ]) {
      const parsed = one(column(bio, "Topics", "Ports"));
      expect(parsed.body, bio).not.toContain(bio);
      for (const p of EN) expect(parsed.body).toContain(p);
    }
  });

  it("keeps a last paragraph about someone else, and a writer's name inside a sentence", () => {
    const other = "Jane Roe is a harbour pilot who has worked the port for thirty years, and she says the second wharf is overdue.";
    expect(one(column(other)).body).toContain(other);
    const quoted = "As Sarah Kim is fond of saying, a port is only as good as its longest queue.";
    expect(one(column(quoted)).body).toContain(quoted);
  });
});

describe("a programme's credit, long transcript notices and a timeline's years", () => {
  it("takes 'Heard on …' for no byline and the transcript's notices out of the text", () => {
    const notice = "Accuracy and availability of Harbour Radio transcripts may vary. Transcript text may be revised to correct errors or match updates to audio. Audio on the site may be edited after its original broadcast or publication. The authoritative record of the programming is the audio record.";
    const parsed = one(text("Harbour strike enters third day as talks stall", "Heard on Morning Report", "December 3, 2026", ...EN, notice));
    expect(parsed.author).toBeNull();
    expect(parsed.body).not.toContain("Accuracy and availability");
  });

  it("keeps a year alone between a timeline's paragraphs, and drops a count alone", () => {
    const parsed = one(text("The harbour's year, in dates", "By Jane Doe", "December 3, 2026", EN[0], "2025", EN[1], "2026", EN[2], "1.2K"));
    expect(parsed.body).toContain("2025");
    expect(parsed.body).toContain("2026");
    expect(parsed.body).not.toContain("1.2K");
  });
});

describe("a briefing's headline with its date, and labels under a story that name no one", () => {
  it("keeps the date after the dash in a headline whose first part the page prints as a label", () => {
    const html = page(
      '<title>Harbour Board Briefing – December 3, 2026 - Harbour Board</title><meta property="og:title" content="Harbour Board Briefing – December 3, 2026"><meta property="og:site_name" content="Harbour Board">',
      `<main><p class="content-type">Harbour Board Briefing</p><h1>Harbour Board Briefing – December 3, 2026</h1><p class="date">December 3, 2026</p><div class="entry">${EN.map((p) => `<p>${p}</p>`).join("")}</div></main>`,
    );
    expect(fromHtml(html).title).toBe("Harbour Board Briefing – December 3, 2026");
  });

  it("reads no writer from a topic's label or a footer's link under the text, and still one from a name", () => {
    expect(one(text("Harbour strike enters third day", "December 3, 2026", ...EN, "Suggested Topics:", "Asia Pacific")).author).toBeNull();
    expect(one(text("Harbour strike enters third day", "December 3, 2026", ...EN, "Recommended News", "Privacy Policy")).author).toBeNull();
    expect(one(text("Harbour strike enters third day", "December 3, 2026", ...EN, "Jane Doe")).author).toBe("Jane Doe");
  });
});

describe("a sub-head kept right above the lead with one newline between", () => {
  it("stands as a block of its own, the lead a paragraph of its own", () => {
    for (const head of ["On harbour relations", "Summary: here's what we know so far"]) {
      const parsed = one(text("Briefing by the Harbour Board, Dunedin, December 2, 2026", "02.12.2026 20:15", head, ...EN));
      expect(parsed.body.split("\n\n"), head).toContain(EN[0]);
      expect(parsed.body, head).toContain(head);
    }
  });

  it("leaves a dateline or a finished sentence above the lead as it was", () => {
    const parsed = one(text("Harbour strike enters third day", "December 2, 2026", "Board members met again on Tuesday.", ...EN));
    expect(parsed.body).toContain(EN[0]);
  });
});

describe("a 'Key points' box inside a live page's text", () => {
  it("ends at the next post's heading, which stays with its text", () => {
    const parsed = fromHtml(page("<title>Harbour strike – live</title>", `<main><h1>Harbour strike – live</h1><p>${EN[0]}</p><h2>Key points</h2><ul><li>Talks stall for a third day</li><li>Ships queue outside the port</li></ul><h3>Union rejects the board's offer</h3><p>${EN[1]}</p><p>${EN[2]}</p></main>`));
    expect(parsed.body).toContain("Union rejects the board's offer");
    expect(parsed.body).not.toContain("Key points");
    for (const p of EN) expect(parsed.body).toContain(p);
  });
});
