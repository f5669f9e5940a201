// Credits and boxes of English-language sites of Asia and the Pacific running wire copy: the source credited in square
// brackets ("[Source: Kyodo]"), a wire's name alone under the copy ("Kyodo", "Reuters"), and a section's box of its
// other stories named after the section ("More in World", "Latest from World", "Stories you might like").
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isTailMarker } from "./clean";
import { isStoryCredit } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";
import { pastedCopy as copy } from "@/test/pasted-copy";

const EN_LEAD = "Japan is considering more sanctions on shipping companies suspected of carrying munitions to Russia, the government said on Wednesday.";
const EN_PARA = "Officials will examine asset freezes on vessels and firms linked to the transfers, the top spokesperson told a press conference.";
const EN_LAST = "Foreign ministers of the three countries are expected to discuss the issue by phone later this week.";
const VI_LEAD = "Ngày 3/12, Bộ Ngoại giao Nhật Bản cho biết đang xem xét trừng phạt bổ sung các công ty vận tải biển bị nghi chở đạn dược sang Nga.";
const VI_PARA = "Các biện pháp có thể bao gồm phong tỏa tài sản của tàu và doanh nghiệp liên quan, người phát ngôn cho biết tại cuộc họp báo.";
const head = ["Fiji Daily Online", "Home", "News", "World", "Japan weighs sanctions on shippers", "December 5, 2026 7:20 am"];

describe("the source credited in brackets under the text", () => {
  it("reads \"[Source: Kyodo]\", \"(Source: Reuters)\" and \"[Nguồn: TTXVN]\" as the wire, out of the text", () => {
    for (const [line, wire] of [["[Source: Kyodo]", "Kyodo"], ["(Source: Reuters)", "Reuters"], ["[Source: AFP].", "AFP"]] as const) {
      const s = copy(...head, EN_LEAD, EN_PARA, EN_LAST, line, "Latest News", "Pacific leaders meet on ocean security");
      expect(s?.agency, line).toBe(wire);
      expect(s?.body, line).not.toContain("Source:");
      expect(s?.body, line).toContain(EN_LAST);
    }
    const vi = copy("Báo Tin Tức Miền Tây", "Thế giới", "Nhật Bản cân nhắc trừng phạt bổ sung", "05/12/2026 07:20", VI_LEAD, VI_PARA, "[Nguồn: TTXVN]", "Tin liên quan");
    expect(vi?.agency).toBe("TTXVN");
    expect(vi?.body).not.toContain("Nguồn");
  });

  it("takes no dated screenshot note or long sentence in brackets for a credit", () => {
    expect(isStoryCredit("[Source: Kyodo]")).toBe(true);
    expect(isStoryCredit("(Source: Facebook screenshot taken on Fri Dec 4 09:14:52 2026 UTC)")).toBe(false);
    expect(isStoryCredit(`[Source: ${"a very long description of where this came from ".repeat(3)}]`)).toBe(false);
    expect(isStoryCredit(`[Source: ${"[".repeat(5000)}`)).toBe(false);
  });
});

describe("a wire's name alone under its copy", () => {
  it("reads \"Kyodo\", \"Reuters\" and \"XINHUA\" alone below the last paragraph as the wire, out of the text", () => {
    for (const [line, wire] of [["Kyodo", "Kyodo"], ["Reuters", "Reuters"], ["XINHUA", "Xinhua"], ["AFP.", "AFP"]] as const) {
      const s = copy(...head, EN_LEAD, EN_PARA, EN_LAST, line, "Share", "Latest News", "Taka steady against dollar in interbank market");
      expect(s?.agency, line).toBe(wire);
      expect(s?.body.split("\n\n"), line).not.toContain(line);
      expect(s?.body, line).toContain(EN_LAST);
    }
  });

  it("keeps a paragraph that names the wire, and a name that is no wire's", () => {
    const s = copy(...head, EN_LEAD, EN_PARA, "Kyodo reported the figures first.", "Share");
    expect(s?.body).toContain("Kyodo reported the figures first.");
    expect(isStoryCredit("Kyodo")).toBe(true);
    expect(isStoryCredit("Kyoto")).toBe(false);
    expect(isStoryCredit("Reuters reported")).toBe(false);
  });
});

describe("a section's box of its other stories under the text", () => {
  it("ends the text at \"More in World\", \"Latest from World\", \"MORE IN ASIA PACIFIC\" and \"Stories you might like\"", () => {
    for (const marker of ["More in World", "Latest from World", "MORE IN ASIA PACIFIC", "Stories you might like", "You may also like"]) expect(isTailMarker(marker), marker).toBe(true);
    const s = copy(...head, EN_LEAD, EN_PARA, EN_LAST, "More in World", "Kazakhstan and Russia sign grain transit deal", "Uzbekistan hosts regional security forum");
    expect(s?.body).toContain(EN_LAST);
    expect(s?.body).not.toContain("grain transit");
  });

  it("takes no sentence or lower-case phrase for the box's name", () => {
    for (const line of ["More in store", "latest from the front", "More in Moscow than in Pyongyang, officials said.", "More in World ".repeat(300)]) expect(isTailMarker(line), line.slice(0, 40)).toBe(false);
  });
});

describe("a donation box's heading", () => {
  it("drops \"Support independent media in Myanmar\" and its kin, and keeps a sentence about support", () => {
    const appeal = ["Support independent media in Myanmar", "Support independent journalism", "Support free press", "SUPPORT LOCAL NEWS"];
    for (const line of appeal) {
      const s = copy(...head, EN_LEAD, EN_PARA, EN_LAST, line, "Donate now");
      expect(s?.body, line).not.toContain(line);
      expect(s?.body, line).toContain(EN_LAST);
    }
    const s = copy(...head, EN_LEAD, "Support independent media in Myanmar, the envoy said, was a priority for donors.", EN_LAST);
    expect(s?.body).toContain("Support independent media in Myanmar, the envoy said, was a priority for donors.");
  });
});

describe("the outlet's initials as a saved page's author", () => {
  const page = (site: string, author: string, byline: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Japan weighs sanctions on shippers</title>
<meta property="og:site_name" content="${site}"><meta property="og:title" content="Japan weighs sanctions on shippers"><meta property="og:type" content="article">
<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Japan weighs sanctions on shippers", datePublished: "2026-12-05T07:20:00+08:00", author: { "@type": "Person", name: author } })}</script>
</head><body><header><a href="/">${site}</a></header><main><article><h1>Japan weighs sanctions on shippers</h1><div class="meta"><span class="author">${byline}</span> <span class="date">December 5, 2026</span></div>
<p>${EN_LEAD}</p><p>${EN_PARA}</p><p>${EN_LAST}</p></article></main><footer>© 2026 ${site}</footer></body></html>`;
  const parse = (html: string) => parseImport(decodeImportFile(Buffer.from(html), "p.html"), "p.html")[0];

  it("names no one for \"GNLM\", \"MDT/Agencies\" or \"DT/Wires\"", () => {
    expect(parse(page("Global New Light Of Myanmar", "GNLM", ""))?.author).toBeNull();
    expect(parse(page("Macau Daily Times", "MDT/Agencies", "MDT/Agencies"))?.author).toBeNull();
    expect(parse(page("Daily Tribune", "DT/Wires", "DT/Wires"))?.author).toBeNull();
  });

  it("keeps a writer's name, and capitals that are not the outlet's initials", () => {
    expect(parse(page("Macau Daily Times", "Renato Marques", "By Renato Marques"))?.author).toBe("Renato Marques");
    expect(parse(page("Global New Light Of Myanmar", "KYAW", "KYAW"))?.author).not.toBeNull();
  });
});

describe("the outlet's initials printed as the byline", () => {
  it("names no one for \"UNB NEWS\" on United News of Bangladesh's saved page", () => {
    const file = new URL("../../fixtures/captures-blind5/unb-1.html", import.meta.url);
    const s = parseImport(decodeImportFile(readFileSync(file), "unb-1.html"), "unb-1.html")[0];
    expect(s?.author).toBeNull();
    expect(s?.outlet).toBe("United News of Bangladesh");
  });
});
