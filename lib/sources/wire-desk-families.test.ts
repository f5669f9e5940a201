// Tests for the families the eightieth corpus (English wire copy as a desk receives it: regional papers, trade papers and
// television sites running the wires under their mastheads, wires' own pages, a terminal's e-mail alert, a syndicated
// column, a live page) showed. Forms written for these tests, with the near misses that must stay as they are.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, one, page, text } from "@/test/family-parse";
import { isFurnitureLine } from "./clean";
import { readByline } from "./layout-model";

const HEADLINE = "Harbour cargo rises by a quarter as timber and dairy exports grow";

describe("a wire's housekeeping over and under its copy", () => {
  it.each([
    "This is a breaking news update. AP's earlier story is below.",
    "This is a breaking news update.",
    "AP's earlier story is below.",
    "The original story follows.",
    "(ADDS Peskov comment on Wonsan visit in paragraph 4)",
    "(Updates with casualty figures in paragraphs 2 and 3)",
    "(CORRECTS spelling of minister's name in 5th paragraph)",
    "BC-EU--Russia-NKorea, 1st Ld-Writethru",
    "BC-AS--Koreas-Russia, Writethru",
    "BC-US--Harbour-Cargo, 2nd Add",
    "View this alert in your browser",
    "View this message in your browser",
  ])("drops %s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    "This is a breaking point for the harbour, the board said.",
    "The earlier story of the harbour is a long one.",
    "Adds to the pressure on the board, which meets in March.",
    "He added a paragraph to the statement on Tuesday.",
    "BC Ferries cancelled sailings to Victoria on Tuesday.",
    "BC has been hit by floods again this week, officials said.",
    "View the harbour from the new pier on the north side.",
  ])("keeps %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });

  it("reads the headline of a terminal's e-mail alert under its slug and write-through note, and keeps the text alone", () => {
    const got = one(text(
      "From: Harbour Press <alerts@harbourpress.ca>",
      "Subject: URGENT: Harbour cargo rises",
      "Date: Thu, 26 Nov 2026 06:48:10 -0600",
      "To: desk@example.org",
      "View this alert in your browser",
      "URGENT",
      "BC-EU--Harbour-Cargo, 1st Ld-Writethru",
      HEADLINE,
      "(ADDS board comment in paragraph 3)",
      "By JANE DOE",
      "Associated Press",
      ...EN,
    ));
    expect(got.title).toBe(HEADLINE);
    expect(got.blocks.map((b) => b.text)).toEqual([...EN]);
  });
});

describe("a wire's and a syndicate's rights lines", () => {
  it.each([
    "Copyright 2026 United Press International, Inc. (UPI). Any reproduction, republication, redistribution and/or modification of any UPI content is expressly prohibited without UPI's prior written consent.",
    "EFE © 2026 All rights reserved",
    "Yonhap 2026 All rights reserved",
    "Distributed by Tribune Content Agency, LLC.",
    "Distributed by King Features Syndicate",
    "Syndicated by Andrews McMeel Syndication",
  ])("drops %s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    "Copyright law allows any reproduction for private study, the court said.",
    "The board said in 2026 all rights reserved to the harbour would lapse.",
    "Food aid was distributed by the UN refugee agency in the north of the country.",
    "Distributed by hand, the leaflets urged residents to leave.",
  ])("keeps %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe("a print view's buttons and a paper's menu ending in its e-paper", () => {
  it("drops \"Print   Close\" and never reads it as the outlet", () => {
    expect(isFurnitureLine("Print   Close")).toBe(true);
    expect(isFurnitureLine("Close to the harbour, the ships waited for the tide.")).toBe(false);
    const got = one(text("Print   Close", "Harbour Journal", "Opinion | Columnists", HEADLINE, "Harlan Whitcomb", "Nov 28, 2026", ...EN));
    expect(got.outlet).toBe("Harbour Journal");
    expect(got.title).toBe(HEADLINE);
  });

  it("reads a menu ending \"Entertainment  ePaper\" as a menu, never the headline", () => {
    const got = one(text("Harbour Evening Mail", "City  India  World  Business  Sports  Entertainment  ePaper", HEADLINE, "AFP | Updated: Nov 25, 2026, 08:14 IST", ...EN));
    expect(got.title).toBe(HEADLINE);
    expect(got.blocks.map((b) => b.text)).toEqual([...EN]);
  });

  it("keeps a headline of capitalised words that names no menu's labels", () => {
    const got = one(text("Harbour Evening Mail", "Harbour Board Opens Second Wharf For Timber", "Nov 25, 2026", ...EN));
    expect(got.title).toBe("Harbour Board Opens Second Wharf For Timber");
  });
});

describe("a related list headed \"More on the topic\"", () => {
  it("drops the heading and the headlines under it from a saved page", () => {
    const got = fromHtml(page("<title>Harbour Courier</title>", `<main><article><h1>${HEADLINE}</h1><div>dpa</div>${EN.map((x) => `<p>${x}</p>`).join("")}<section><h3>More on the topic</h3><ul><li><a href="#">Second wharf to open in April</a></li></ul></section></article></main>`));
    expect(got.blocks.map((b) => b.text)).toEqual([...EN]);
  });

  it("keeps a sentence that opens with the same words", () => {
    expect(isFurnitureLine("More on the topic of berths will follow at the board's next meeting.")).toBe(false);
  });
});

describe("a writer's name before a bar and the wire she writes for", () => {
  it("reads \"Elif Karaca | Anadolu\" as the writer alone", () => {
    expect(readByline("Elif Karaca | Anadolu")).toBe("Elif Karaca");
    expect(readByline("By Elif Karaca | Anadolu")).toBe("Elif Karaca");
    expect(readByline("Jane Doe | Reuters")).toBe("Jane Doe");
  });

  it("keeps a name after a bar that names no wire nor outlet as no writer's", () => {
    expect(readByline("Jane Doe | Harbour Weekly")).toBeNull();
    expect(readByline("Jane Doe | Anadolu Plateau")).not.toBe("Jane Doe");
  });
});

describe("a paper's masthead over a wire's stamp line", () => {
  it("reads the masthead as the outlet and the wire opening the stamp as the agency", () => {
    const got = one(text("Harbour Evening Press", "English  |  日本語", HEADLINE, "KYODO NEWS - Nov 24, 2026 - 18:20 | World, All", ...EN, "© Kyodo News"));
    expect(got.outlet).toBe("Harbour Evening Press");
    expect(got.agency).toBe("Kyodo");
    expect(got.title).toBe(HEADLINE);
  });

  it("keeps the wire's own page, its name the masthead, as the wire's", () => {
    const got = one(text("Kyodo News", HEADLINE, "KYODO NEWS - Nov 24, 2026 - 18:20 | World, All", ...EN));
    expect(got.outlet).toBe("Kyodo News");
  });
});
