// Credits and boxes of English-language sites of Asia and the Pacific running wire copy: the source credited in square
// brackets ("[Source: Kyodo]"), a wire's name alone under the copy ("Kyodo", "Reuters"), and a section's box of its
// other stories named after the section ("More in World", "Latest from World", "Stories you might like").
import { describe, expect, it } from "vitest";
import { isTailMarker } from "./clean";
import { isStoryCredit } from "./layout-model";
import { parseImport } from "./parse-import";

const EN_LEAD = "Japan is considering more sanctions on shipping companies suspected of carrying munitions to Russia, the government said on Wednesday.";
const EN_PARA = "Officials will examine asset freezes on vessels and firms linked to the transfers, the top spokesperson told a press conference.";
const EN_LAST = "Foreign ministers of the three countries are expected to discuss the issue by phone later this week.";
const VI_LEAD = "Ngày 3/12, Bộ Ngoại giao Nhật Bản cho biết đang xem xét trừng phạt bổ sung các công ty vận tải biển bị nghi chở đạn dược sang Nga.";
const VI_PARA = "Các biện pháp có thể bao gồm phong tỏa tài sản của tàu và doanh nghiệp liên quan, người phát ngôn cho biết tại cuộc họp báo.";
const copy = (...lines: string[]) => parseImport(`${lines.join("\n")}\n`, "t.txt")[0];
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
