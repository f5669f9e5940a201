// Tests for the families the fifty-seventh corpus (English-language outlets of continental Europe, the Nordics, the
// Baltics and Ukraine) showed: Europe's national wires credited alone or as the byline ("TT" under the text, "TASR",
// "Source: Ukrinform", "Source: © NTB / #NorwayToday"); machine-translation notices, support and membership boxes, a
// newsletter pitch after its question, a follow prompt that ends "and stay informed!", a wire's republishing terms and
// a broadcaster's app pitch under the text; a language switch in the languages' own names; a picture labelled
// "Illustrative photo" after its caption; a support box's call and a network's name where a byline stands; a site's
// years after its name in the rights line; a paper's site whose og:site_name is the publisher's host. Forms written
// for these tests.
import { describe, expect, it } from "vitest";
import { EN, PORT_EN, fromHtml, one, page, text } from "@/test/family-parse";
import { isCaptionLine, isFurniture, isStoryCredit } from "./layout-model";
import { lookupAgency } from "./metadata";
import { isNoticeLine } from "./page-notices";

describe("Europe's national wires", () => {
  it("knows Sweden's, Slovakia's and Ukraine's wires by name", () => {
    expect(lookupAgency("TT")).toBe("TT");
    expect(lookupAgency("TT Nyhetsbyrån")).toBe("TT");
    expect(lookupAgency("TASR")).toBe("TASR");
    expect(lookupAgency("Ukrinform")).toBe("Ukrinform");
  });

  it("reads a wire's name alone under the text as the agency, and drops the line", () => {
    for (const wire of ["TT", "NTB", "BNS", "TASR", "Ukrinform"]) {
      const parsed = one(text("Headline about the port and its new terminal", "December 3, 2026", ...EN, wire, "Related articles"));
      expect(parsed.agency, wire).toBe(lookupAgency(wire));
      expect(parsed.body, wire).not.toContain(`\n${wire}`);
      expect(parsed.body).toContain(EN[2]);
    }
  });

  it("takes a source line with the rights' mark or the site's hashtags as the story's credit", () => {
    expect(isStoryCredit("Source: © NTB / #NorwayToday / #NorwayNews")).toBe(true);
    expect(isStoryCredit("Source: NTB / #NorwayNews")).toBe(true);
    expect(isStoryCredit("Source: © Ritzau")).toBe(true);
    // a sentence that opens with the word is no credit
    expect(isStoryCredit("Source of the leak: a ministry official who spoke on condition of anonymity / #leak")).toBe(false);
  });

  it("keeps a wire's name inside a sentence, and a line that only opens with the initials", () => {
    const parsed = one(text("Headline about the port and its new terminal", "December 3, 2026", ...EN, "TT reported the figures first on Tuesday, citing the board."));
    expect(parsed.body).toContain("TT reported the figures first on Tuesday, citing the board.");
  });
});

describe("notices under the text of Europe's English desks", () => {
  it("knows a machine-translation notice in its common wordings", () => {
    expect(isNoticeLine("This news was translated from Ukrainian using machine translation and edited by the Suspilne News team.")).toBe(true);
    expect(isNoticeLine("This article was translated from Ukrainian with the help of machine translation and checked by an editor.")).toBe(true);
    expect(isNoticeLine("The text was machine-translated from Czech.")).toBe(true);
    expect(isNoticeLine("This article has been automatically translated from Polish.")).toBe(true);
    expect(isNoticeLine("This story was translated with the help of AI and reviewed by our editors.")).toBe(true);
    // a sentence about a translation is text
    expect(isNoticeLine("The treaty was translated into Korean and Russian and signed in Pyongyang in June 2024.")).toBe(false);
    expect(isNoticeLine("This report was translated by the ministry's own staff before it was sent to Seoul.")).toBe(false);
  });

  it("knows support and membership boxes, and leaves a report of support alone", () => {
    expect(isNoticeLine("Support Norway Today: we are a small independent newsroom. Every contribution helps us keep the news free.")).toBe(true);
    expect(isNoticeLine("We work for you. Support independent journalism in Ukraine.")).toBe(true);
    expect(isNoticeLine("Become a Member of The Local to support independent journalism in Denmark and get exclusive content.")).toBe(true);
    expect(isNoticeLine("Become a member to support our work.")).toBe(true);
    expect(isNoticeLine("The EU pledged to support independent journalism in Ukraine with 20 million euros next year.")).toBe(false);
    expect(isNoticeLine("Support for the sanctions is strong among member states, the minister said.")).toBe(false);
  });

  it("knows a wire's republishing terms and a broadcaster's app pitch", () => {
    expect(isNoticeLine("It is strictly prohibited to use the information published by BNS in mass media and on websites without a written consent of UAB BNS.")).toBe(true);
    expect(isNoticeLine("It is forbidden to reproduce this article without the prior written permission of the publisher.")).toBe(true);
    expect(isNoticeLine("Listen to Radio Sweden's news in English every weekday in the Sveriges Radio app.")).toBe(true);
    expect(isNoticeLine("It is prohibited to export dual-use goods to North Korea, the ministry said.")).toBe(false);
    expect(isNoticeLine("Listen to what the minister told the parliament on Tuesday about the ships.")).toBe(false);
  });

  it("knows a newsletter pitch after its question and a follow prompt that ends in a promise", () => {
    expect(isFurniture("Want more news from Prague? Sign up for our weekly newsletter and get the best of Expats.cz in your inbox.")).toBe(true);
    expect(isFurniture("Sign up for our weekly newsletter and get the best of Expats.cz in your inbox.")).toBe(true);
    expect(isFurniture("Follow Postimees in English on Facebook and stay informed!")).toBe(true);
    expect(isFurniture("Follow us on X and stay updated")).toBe(true);
    expect(isFurniture("Want more news from Prague? The city council will publish its budget on Friday.")).toBe(false);
  });

  it("drops them under the text of a copy, the wire's credit above them too", () => {
    const parsed = one(
      text(
        "Headline about the port and its new terminal",
        "04.12.2026, 10:15",
        ...PORT_EN,
        "Source: Ukrinform",
        "This article was translated from Ukrainian with the help of machine translation and checked by an editor.",
        "Support Espreso",
        "We work for you. Support independent journalism in Ukraine.",
      ),
    );
    expect(parsed.agency).toBe("Ukrinform");
    expect(parsed.author).toBeNull();
    expect(parsed.body).not.toContain("Source: Ukrinform");
    expect(parsed.body).not.toContain("machine translation");
    expect(parsed.body).toContain(PORT_EN[2]);
  });
});

describe("a language switch in the languages' own names", () => {
  it("is furniture, however many languages it lists", () => {
    expect(isFurniture("Eesti English Русский")).toBe(true);
    expect(isFurniture("Latviski English По-русски")).toBe(true);
    expect(isFurniture("Suomeksi På svenska In English")).toBe(true);
    expect(isFurniture("Українська English")).toBe(true);
    // a sentence naming languages, or a line of other words, is text
    expect(isFurniture("Estonian and Russian are spoken in Narva.")).toBe(false);
    expect(isFurniture("Eesti Energia English report")).toBe(false);
  });

  it("never names the outlet: the masthead below it does", () => {
    const parsed = one(text("Eesti English Русский", "Postimees", "Menu", "Headline about the port and its new terminal", "3 December 2026, 11:12", ...EN));
    expect(parsed.outlet).toBe("Postimees");
  });
});

describe("a picture's label after its caption", () => {
  it("ends a caption, as a credit does", () => {
    expect(isCaptionLine("A KN-23 missile at a military parade in Pyongyang. Illustrative photo")).toBe(true);
    expect(isCaptionLine("Containers at the port of Rajin. Stock image")).toBe(true);
    expect(isCaptionLine("Soldiers at a checkpoint near the border. Representational image.")).toBe(true);
    // a sentence of the text that ends talking about a photo is none
    expect(isCaptionLine("The ministry released what it called an illustrative photo of the launch on Tuesday.")).toBe(false);
  });
});

describe("names where a byline stands", () => {
  it("never takes a support box's call for a writer", () => {
    const parsed = one(text("Headline about the port and its new terminal", "December 3, 2026", ...EN, "Support Espreso", "Latest news", "Ferry timetable changes"));
    expect(parsed.author).toBeNull();
  });

  it("takes a network's name with a wire for no writer, and a person's name with a wire for one", () => {
    const network = one(text("The Local Denmark", "Headline about the port and its new terminal", "The Local/Ritzau", "Published: 4 December 2026 11:27 CET", ...EN));
    expect(network.author).toBeNull();
    expect(network.agency).toBe("Ritzau");
    const writer = one(text("The Local Denmark", "Headline about the port and its new terminal", "By Lars Hansen", "Published: 4 December 2026 11:27 CET", ...EN));
    expect(writer.author).toBe("Lars Hansen");
  });
});

describe("the outlet's name in the rights line and the head", () => {
  it("reads a site's name without its years", () => {
    const parsed = one(text("World | December 4, 2026, Friday // 12:40", "Headline about the port and its new terminal", ...EN, "© Novinite.com 2001-2026. All rights reserved."));
    expect(parsed.outlet).toBe("Novinite.com");
  });

  it("takes the publisher's name over a host as og:site_name when the logo prints it and the host's label is its word", () => {
    const html = page(
      '<title>Headline about the port - spectator.sme.sk</title><meta property="og:site_name" content="spectator.sme.sk"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline about the port","publisher":{"@type":"Organization","name":"The Slovak Spectator"}}</script>',
      `<header><a href="/" class="logo">The Slovak Spectator</a></header><article><h1>Headline about the port</h1>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`,
    );
    expect(fromHtml(html).outlet).toBe("The Slovak Spectator");
    // a publisher the host's label does not name keeps the host's reading
    const other = page(
      '<title>Headline about the port - news.example.sk</title><meta property="og:site_name" content="news.example.sk"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline about the port","publisher":{"@type":"Organization","name":"Petit Press"}}</script>',
      `<header><a href="/" class="logo">Petit Press</a></header><article><h1>Headline about the port</h1>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`,
    );
    expect(fromHtml(other).outlet).not.toBe("Petit Press");
  });
});
