// Bylines, wires and outlets in forms the earlier pages lacked: names with what pages print after them, national
// wires of the Americas, a wire's dateline credit, and outlets named by a logo line, an issuer label, a newsletter's
// footer, initials spelled in the text, a domain that spells a header line, a masthead with a language link.
import { describe, expect, it } from "vitest";
import { readByline } from "./layout-model";
import { datelineWire, lookupAgency } from "./metadata";
import { outletClue, withoutLanguageLink } from "./outlet-clues";
import { parseImport } from "./parse-import";
import { pastedCopy as copy } from "@/test/pasted-copy";

const EN_LEAD = "The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.";
const EN_PARA = "Traders from both sides will have to register with the border guard post a week ahead, the council said in a statement.";
const VI_LEAD = "Ngày 3/12, Sở Công Thương tỉnh cho biết đã hướng dẫn các doanh nghiệp xuất khẩu sang Nga về quy định kiểm soát người dùng cuối.";
const VI_PARA = "Doanh nghiệp được khuyến cáo kiểm tra kỹ thông tin đối tác trước khi ký hợp đồng với đối tác nước ngoài.";

describe("bylines with what pages print after the names", () => {
  it("drops a colleague 'with' them after an Oxford comma's list, a spokesperson's title and the outlet after a slash", () => {
    expect(readByline("Daria Novak, Liam Brennan, and Helen Ashford with Nate Trotter")).toBe("Daria Novak, Liam Brennan, and Helen Ashford");
    expect(readByline("Jordan Hale, Department Spokesperson")).toBe("Jordan Hale");
    expect(readByline("Đông Phương/Viễn Đông")).toBe("Đông Phương");
  });

  it("drops a wire named in other words than its dateline's, but keeps a name that ends like one", () => {
    expect(readByline("JI-HO PARK and ELENA SOKOLOVA Associated Press")).toBe("JI-HO PARK and ELENA SOKOLOVA");
    expect(readByline("Ana Ruiz Reuters")).toBe("Ana Ruiz Reuters"); // one word after a name in the same case may be its surname
    expect(readByline("Mark Delaney")).toBe("Mark Delaney");
  });

  it("reads a paper with its wire as no one's byline, and the wire as the agency", () => {
    const s = copy("EU Affairs", "Council opens two more border markets", "By The Brussels Times with Belga", "Thursday, 03 December 2026", EN_LEAD, EN_PARA);
    expect(s?.author).toBeNull();
    expect(s?.agency).toBe("Belga");
  });

  it("reads the wire printed after the writer on the byline's line, or after a comma under a reader view's copy", () => {
    const caps = copy("Nation & World", "Council opens two more border markets", "HYUNG-JIN KIM Associated Press", "Dec 2, 2026 Updated 3 hrs ago", EN_LEAD, EN_PARA);
    expect(caps?.author).toBe("HYUNG-JIN KIM");
    expect(caps?.agency).toBe("AP");
    const signed = copy("example.com", "Council opens two more border markets", "The Canadian Press", "Dec. 2, 2026 3:15 PM", EN_LEAD, EN_PARA, "Dylan Robertson, The Canadian Press");
    expect(signed?.author).toBe("Dylan Robertson");
    expect(signed?.agency).toBe("The Canadian Press");
    // a paper's own writer with a paper's name after it: no wire
    const own = copy("World", "Council opens two more border markets", "Jane Doe, CNN", "Dec 2, 2026", EN_LEAD, EN_PARA);
    expect(own?.agency).not.toBe("CNN");
    const plain = copy("World", "Council opens two more border markets", "By Mark Delaney", "Dec 2, 2026", EN_LEAD, EN_PARA);
    expect(plain?.agency).toBeNull();
  });

  it("reads a related box's heading over two sections as no reporter and outlet, and a reporter over an outlet still so", () => {
    const box = copy("Harbour Daily News", "Local", "Nation/World", "Council opens two more border markets", "By Mark Delaney", "Dec 2, 2026", EN_LEAD, EN_PARA, "More from Nation/World", "Port traffic slows in winter", "Harbour Daily News", "© 2026 Harbour Daily News");
    expect(box?.outlet).toBe("Harbour Daily News");
    expect(box?.author).toBe("Mark Delaney");
    const vi = copy("Thế giới", "Hội đồng mở thêm hai chợ biên giới", VI_LEAD, VI_PARA, "Minh Hòa/VOV.VN (Theo TASS)");
    expect(vi?.author).toBe("Minh Hòa");
    expect(vi?.agency).toBe("TASS");
  });

  it("reads the masthead a newsroom's e-mail domain spells before the publishing company's rights line", () => {
    const paper = copy("Harbour Leader", "News", "Sport", "Business", "Lifestyle", "Local Notices", "Council opens two more border markets", "Reporter:", "Harbour Leader reporter", "03 Dec 2026 5:30 PM", "Email:", "news@harbourleader.ie", `SEOUL (AFP) - ${EN_LEAD}`, EN_PARA, "Share", "Read more", "Harbour hospital trolley numbers at record high", "Family Notices", "Seaboard Media Group", "© 2026 Seaboard Newspapers Ltd");
    expect(paper?.outlet).toBe("Harbour Leader");
    for (const para of [EN_LEAD, EN_PARA]) expect(paper?.body).toContain(para);
    expect(paper?.agency).toBe("AFP");
    // a writer's address at a mail service names no outlet
    const mail = copy("Harbour Leader", "News", "Council opens two more border markets", "03 Dec 2026 5:30 PM", "janedoe@gmail.com", EN_LEAD, EN_PARA, "© 2026 Seaboard Newspapers Ltd");
    expect(mail?.outlet).not.toMatch(/gmail/i);
  });

  it("reads a byline's name and the national wire on the line below it", () => {
    const s = copy("CTV News", "World", "Council opens two more border markets", "Jordan Mills", "The Canadian Press", "Published: December 03, 2026 at 6:42AM EST", EN_LEAD, EN_PARA);
    expect(s?.author).toBe("Jordan Mills");
    expect(s?.agency).toBe("The Canadian Press");
    expect(lookupAgency("Prensa Latina")).toBe("Prensa Latina");
  });
});

describe("a wire's dateline credit", () => {
  it("reads 'Taipei, Dec. 3 (CNA)' as the agency, but not on CNA's own pages nor without a day", () => {
    expect(datelineWire("Taipei, Dec. 3 (CNA) Taiwan will ban exports of certain machine tools to Russia.", "Focus Taiwan")).toBe("CNA");
    expect(datelineWire("Taipei, Dec. 3 (CNA) Taiwan will ban exports of certain machine tools to Russia.", "CNA")).toBeNull();
    expect(datelineWire("Taipei (CNA) Taiwan will ban exports of certain machine tools to Russia.", "Focus Taiwan")).toBeNull();
    expect(datelineWire("Hanoi, Dec. 3 (XYZ) The council met.", null)).toBeNull();
  });
});

describe("outlets a page names outside its masthead", () => {
  it("reads a logo's alt text line, a 'From:' issuer, a newsletter footer's 'member of' and spelled initials", () => {
    expect(outletClue(["Account", "Sections", "Miami Herald Logo"], "")).toBe("Miami Herald");
    expect(outletClue([], "Press release\nCouncil opens markets\nFrom:\nForeign, Commonwealth & Development Office and Stephen Doughty MP\nPublished\n")).toBe("Foreign, Commonwealth & Development Office");
    expect(outletClue([], "Text.\nYou are receiving this email because you are a member of The Dispatch.\nUnsubscribe\n")).toBe("The Dispatch");
    expect(outletClue(["FP", "Analysis"], "Text.\nEllen Marsh is a staff writer at Foreign Policy. X: @ellenmarsh\n")).toBe("Foreign Policy");
    // an e-mail's envelope is read elsewhere; a subscription to a lower-case list names nothing; a logo word in a sentence neither
    expect(outletClue([], "From: Council News <news@council.org>\n")).toBeNull();
    expect(outletClue([], "You are receiving this email because you subscribed to council publications.\n")).toBeNull();
    expect(outletClue(["The new logo"], "")).toBeNull();
  });

  it("drops a masthead's language link", () => {
    expect(withoutLanguageLink("MercoPress, en Español")).toBe("MercoPress");
    expect(withoutLanguageLink("Council News")).toBe("Council News");
  });

  it("names a paper by a header line its address spells, and by a masthead with a dash in its name", () => {
    const h = copy("03/12/2026, 16:48        Hội đồng mở thêm chợ - Báo Hà Nam", "BÁO HÀ NAM ĐIỆN TỬ", "Quốc tế", "Hội đồng tỉnh mở thêm hai chợ biên giới", "Thứ Năm, 03/12/2026 | 09:05", VI_LEAD, VI_PARA, "https://baohanam.com.vn/quoc-te/hoi-dong-mo-them-cho-98765.html      1/1");
    expect(h?.outlet).toMatch(/^báo hà nam/i);
    const p = copy("Báo Phòng không - Không quân", "Trang chủ", "Thời sự", "Hội đồng tỉnh mở thêm hai chợ biên giới", "07:30 | 03/12/2026", VI_LEAD, VI_PARA);
    expect(p?.outlet).toBe("Báo Phòng không - Không quân");
  });
});

describe("a writer signed at the foot, above the site's footer links", () => {
  const doc = (...foot: string[]) => parseImport(["Council opens two more border markets", "", "December 3, 2026", "", EN_LEAD, "", EN_PARA, "", ...foot].join("\n"), "t.txt")[0];

  it("reads the writer, never a footer link that is two capitalised words as a name is", () => {
    expect(doc("By Jane Doe", "", "Privacy Policy", "Terms of Use")?.author).toBe("Jane Doe");
    expect(doc("By Jane Doe", "", "Privacy Notice", "Contact Us")?.author).toBe("Jane Doe");
    expect(doc("Minh Anh", "", "Chính sách bảo mật", "Liên hệ quảng cáo")?.author).toBe("Minh Anh");
  });

  it("gives no writer when the foot holds only footer links", () => {
    const s = doc("Privacy Policy", "Cookie Settings", "About Us");
    expect(s?.author).toBeNull();
    expect(s?.body).not.toContain("Privacy Policy");
  });

  it("still reads a writer whose name shares a word with a footer link", () => {
    expect(doc("Terms Hale")?.author).toBe("Terms Hale");
    expect(doc("By Policy Nguyen")?.author).toBe("Policy Nguyen");
  });
});

describe("the writer's bio under the byline", () => {
  const STANDFIRST = "The council's plan turned a quiet crossing into a trading hub.";
  it("is no part of the text, in the forms pages print it", () => {
    for (const bio of [
      "Jane Doe is a senior foreign policy reporter at the Herald, covering East Asia and great-power rivalry.",
      "Jane Doe covers the federal courts for the Herald.",
      "Jane Doe reports on trade and sanctions from Seoul.",
    ]) {
      const s = copy("Council opens two more border markets", STANDFIRST, "by Jane Doe", "Dec 3, 2026, 7:30 AM EST", bio, EN_LEAD, EN_PARA);
      expect(s?.author, bio).toBe("Jane Doe");
      expect(s?.body, bio).not.toContain(bio);
      expect(s?.body, bio).toContain(EN_LEAD);
    }
    const vi = copy("Mở thêm hai chợ biên giới", "Thu Hà", "03/12/2026 10:15", "Thu Hà là phóng viên thường trú của báo tại Moskva.", VI_LEAD, VI_PARA);
    expect(vi?.author).toBe("Thu Hà");
    expect(vi?.body).not.toContain("phóng viên thường trú");
    expect(vi?.body).toContain(VI_LEAD);
  });

  it("while a first paragraph about someone else, or the writer's own doing, stays", () => {
    const other = "Kim Min-ji is a senior official at the trade ministry, and she will lead the talks on the markets next week in the border city.";
    const s = copy("Council opens two more border markets", STANDFIRST, "by Jane Doe", "Dec 3, 2026, 7:30 AM EST", other, EN_LEAD);
    expect(s?.body).toContain(other);
    const own = "Jane Doe and two officials toured the crossing on Wednesday, when the first trucks were already waiting at the gate before dawn.";
    expect(copy("Council opens two more border markets", STANDFIRST, "by Jane Doe", "Dec 3, 2026, 7:30 AM EST", own, EN_LEAD)?.body).toContain(own);
  });
});
