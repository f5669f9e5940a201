// An outlet's name read in capitals (a masthead, a footer or rights line set in capitals) that the page prints in its
// own mixed case elsewhere: the page's form ("CÔNG AN TP.HCM" as "Công an TP.HCM", "BUENOS AIRES TIMES" as "Buenos Aires
// Times"). Near misses: a name the page prints only in capitals keeps them, a form in small letters only (an address's
// "harbourpost") is no way the page writes its name, and letters inside a longer word are no mention of the name.
import { describe, expect, it } from "vitest";
import type { ParsedSource } from "./parse-import";
import { ARTICLE, pastedArticle as copy } from "@/test/pasted-copy";

const { head: EN_HEAD, lead: EN_LEAD, para: EN_PARA } = ARTICLE.en;
const { head: VI_HEAD, lead: VI_LEAD, para: VI_PARA } = ARTICLE.vi;
const english = (mention: string): ParsedSource => copy("HARBOUR VALLEY POST", "World", "Business", EN_HEAD, "December 3, 2026", EN_LEAD, "", EN_PARA, "", mention);
const vietnamese = (mention: string): ParsedSource => copy("CÔNG AN THÀNH PHỐ BẾN NGHÉ", "Thời sự", "Pháp luật", VI_HEAD, "03/12/2026 10:05", VI_LEAD, "", VI_PARA, "", mention);

describe("an outlet read in capitals that the page prints in mixed case", () => {
  it("takes the page's own form of the name", () => {
    expect(english("Read more stories from Harbour Valley Post on our app").outlet).toBe("Harbour Valley Post");
    expect(vietnamese("Mời bạn đọc theo dõi Công an Thành phố Bến Nghé trên Zalo").outlet).toBe("Công an Thành phố Bến Nghé");
  });

  it("keeps the capitals where the page prints the name only so, or in small letters only", () => {
    expect(english("Follow us for more news").outlet).toBe("HARBOUR VALLEY POST");
    expect(english("https://harbour valley post").outlet).toBe("HARBOUR VALLEY POST");
    // (a public body of a place printed only in capitals is put in running case by its kind: place-body-case.test.ts)
    expect(vietnamese("Theo dõi chúng tôi trên Zalo").outlet).toBe("Công an thành phố Bến Nghé");
    const magazine = copy("TẠP CHÍ BIÊN CƯƠNG", "Thời sự", "Pháp luật", VI_HEAD, "03/12/2026 10:05", VI_LEAD, "", VI_PARA, "", "Theo dõi chúng tôi trên Zalo");
    expect(magazine.outlet).toBe("TẠP CHÍ BIÊN CƯƠNG");
  });

  it("takes no letters inside a longer word for the name", () => {
    expect(english("Read the Harbour Valley Postscript series").outlet).toBe("HARBOUR VALLEY POST");
  });
});
