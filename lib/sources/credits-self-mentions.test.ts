// The outlet a copy names only where it speaks of itself (appeals, rights lines, "More from", its masthead in
// capitals or before a tagline, its domain), the wire a byline or a source element credits beside a name, and the
// writer named among a header line's parts: per family (English and Vietnamese), with the near misses that must not
// be read so.
import { describe, expect, it } from "vitest";
import { withoutOutletAfterName } from "./html";
import { lookupAgency, isWireAgency } from "./metadata";
import {
  bylineAmongParts,
  bylineBeforeStamp,
  deskSlashWire,
  hyphenedName,
  outletAsByline,
  outletFromSelfMentions,
  readableCase,
  selfMentions,
  wireAfterNames,
  wireInCredit,
  withoutDeskInitials,
  withoutLanguageLink,
} from "./outlet-clues";
import { decodeImportFile, parseImport, type ParsedSource } from "./parse-import";
import { pastedCopy as copy } from "@/test/pasted-copy";

const wire = (name: string): string | null => {
  const found = lookupAgency(name);
  return found !== null && isWireAgency(found) ? found : null;
};
const ctx = (text: string, aboveTitle: number, more: { url?: string; printedHost?: string; wire?: boolean } = {}) => ({
  text,
  aboveTitle,
  url: more.url ?? null,
  printedHost: more.printedHost ?? null,
  wire: more.wire ?? false,
});

const EN_LEAD = "The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.";
const EN_PARA = "Traders from both sides will have to register with the border guard post a week ahead, the council said in a statement.";
const VI_LEAD = "Ngày 3/12, Sở Công Thương tỉnh cho biết đã hướng dẫn các doanh nghiệp xuất khẩu sang Nga về quy định kiểm soát người dùng cuối.";
const VI_PARA = "Doanh nghiệp được khuyến cáo kiểm tra kỹ thông tin đối tác trước khi ký hợp đồng với đối tác nước ngoài.";
const page = (head: string, body: string): ParsedSource | undefined =>
  parseImport(decodeImportFile(new TextEncoder().encode(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`), "p.html"), "p.html")[0];

describe("the page's mentions of itself", () => {
  it("reads appeals, rights lines, 'More from' and moderation notes, English and Vietnamese", () => {
    expect(selfMentions(["Support The Tico Times", "At Premium Times, we believe in journalism.", "More from Star Tribune", "© 2026 StarTribune. All rights reserved."])).toEqual([
      "The Tico Times",
      "Premium Times",
      "Star Tribune",
      "StarTribune",
    ]);
    expect(selfMentions(["Independent journalism costs money. Support Times of Malta for the price of a coffee."])).toEqual(["Times of Malta"]);
    expect(withoutLanguageLink("The Indian Express [P]")).toBe("The Indian Express");
    expect(withoutLanguageLink("Radio [FM]")).toBe("Radio [FM]");
    expect(selfMentions(["Comments will be authorized at the discretion of Daily Mirror online. The website may refuse."])).toEqual(["Daily Mirror"]);
    expect(selfMentions(['Ghi rõ nguồn "Báo Sơn La" khi phát hành lại thông tin từ website này.', "Bản quyền thuộc về Báo Hà Giang"])).toEqual(["Báo Sơn La", "Báo Hà Giang"]);
  });

  it("reads no mention from a sentence that only looks like one", () => {
    expect(selfMentions(["Support for the plan fell to 40 percent.", "At least 12 people, we were told, died.", "More from the minister's speech below.", "Support Us"])).toEqual([]);
    expect(selfMentions(["Ghi rõ nguồn gốc hàng hóa khi nhập khẩu."])).toEqual([]);
  });
});

describe("one choice of the outlet among the page's clues", () => {
  it("replaces a wire's byline read as the outlet by the masthead a mention of itself confirms (English)", () => {
    const text = ["The Tico Times", "Costa Rica News", "Costa Rica detains boat", "by Reuters", EN_LEAD, EN_PARA, "Support The Tico Times", "Related Posts"].join("\n");
    expect(outletFromSelfMentions("Reuters", ctx(text, 2, { wire: true }))).toBe("The Tico Times");
    // a wire's own page ("Sputnik Việt Nam" over a Sputnik credit) keeps the wire's name
    const own = ["Sputnik Việt Nam", "Tin tức", "Nga và Triều Tiên ký thỏa thuận", VI_LEAD, "Theo dõi Sputnik Việt Nam trên Telegram"].join("\n");
    expect(outletFromSelfMentions("Sputnik", ctx(own, 2, { wire: true }))).toBe("Sputnik");
    // nothing confirms the line: the wire stays
    expect(outletFromSelfMentions("Reuters", ctx(["Costa Rica News", "Boat detained", EN_LEAD].join("\n"), 1, { wire: true }))).toBe("Reuters");
  });

  it("reads a masthead in capitals that a rights line confirms, and a paper's name alone at the foot (Vietnamese)", () => {
    const text = ["Đăng nhập | Đăng ký", "BÁO SƠN LA", "Quốc tế", "Hợp tác quân sự Nga - Triều Tiên", VI_LEAD, VI_PARA, 'Ghi rõ nguồn "Báo Sơn La" khi phát hành lại thông tin từ website này.'].join("\n");
    expect(outletFromSelfMentions(null, ctx(text, 3))).toBe("Báo Sơn La");
    const foot = ["Menu", "Thế giới", "Nga - Triều Tiên mở tuyến du lịch", VI_LEAD, VI_PARA, "Xem thêm", "Báo Trà Vinh", "Theo dõi chúng tôi trên Zalo"].join("\n");
    expect(outletFromSelfMentions(null, ctx(foot, 2))).toBe("Báo Trà Vinh");
  });

  it("reads the name the domain spells instead of the domain, an archive's toolbar or a company", () => {
    expect(outletFromSelfMentions("timesofisrael.com", ctx(`${EN_LEAD}\nA senior official told The Times of Israel that the issue was raised.`, 0, { url: "https://www.timesofisrael.com/x/" }))).toBe("The Times of Israel");
    expect(outletFromSelfMentions("All snapshots from host www.dailysabah.com", ctx(["DAILY SABAH", "Politics", "Türkiye ships aid", EN_LEAD].join("\n"), 2))).toBe("Daily Sabah");
    expect(outletFromSelfMentions("Turkuvaz Media Group", ctx(["DAILY SABAH", "Türkiye ships aid", EN_LEAD].join("\n"), 1, { url: "https://www.dailysabah.com/x" }))).toBe("Daily Sabah");
    expect(outletFromSelfMentions("thoibao.de", ctx(`${VI_LEAD}\nThời Báo`, 0, { url: "https://thoibao.de/x" }))).toBe("Thời Báo");
  });

  it("keeps a strong reading, and a domain nothing on the page spells", () => {
    expect(outletFromSelfMentions("The Guardian", ctx(`Support The Tico Times\n${EN_LEAD}`, 0))).toBe("The Guardian");
    expect(outletFromSelfMentions("example.org", ctx(`${EN_LEAD}\nThe Council said so.`, 0, { url: "https://example.org/x" }))).toBe("example.org");
    // a single appeal with no masthead line to confirm it names no outlet
    expect(outletFromSelfMentions(null, ctx(`Border markets open\n${EN_LEAD}\nSupport Local Farmers today`, 1))).toBeNull();
  });

  it("takes one mention in the first person or as the owner, but an appeal only with a second clue", () => {
    const note = "(Only the headline of this report may have been reworked by the Business Standard staff; the rest is from a syndicated feed.)";
    expect(outletFromSelfMentions(null, ctx(["Russia resumes fuel deliveries", EN_LEAD, EN_PARA, note].join("\n"), 0))).toBe("Business Standard");
    expect(outletFromSelfMentions(null, ctx(["Malta tanker named in report", EN_LEAD, "Support Times of Malta for the price of a coffee.", "Times of Malta Newsletter"].join("\n"), 0))).toBe("Times of Malta");
    expect(outletFromSelfMentions(null, ctx(["Tàu Nga qua eo biển", VI_LEAD, "Theo dõi Báo Quân Khu trên Zalo"].join("\n"), 0))).toBeNull();
  });

  it("reads a masthead before its tagline on a copy's first line, and not a headline with a dash", () => {
    expect(outletFromSelfMentions(null, ctx(["Daily Mirror - Sri Lanka Latest Breaking News and Headlines", "No record of workers", EN_LEAD].join("\n"), 1))).toBe("Daily Mirror");
    expect(outletFromSelfMentions(null, ctx(["Russia - North Korea ties deepen as trade grows", EN_LEAD].join("\n"), 0))).toBeNull();
  });

  it("reads a domain whose hyphens part its words as a name, and not a domain of one word, digits or a long slug", () => {
    expect(outletFromSelfMentions(null, ctx(`romania-insider.com\nRomania to seek EU sanctions\n${EN_LEAD}`, 1, { printedHost: "romania-insider.com" }))).toBe("Romania Insider");
    expect(outletFromSelfMentions("tin-tuc-online.vn", ctx(VI_LEAD, 0, { url: "https://tin-tuc-online.vn/x" }))).toBe("tin-tuc-online.vn"); // syllables without their tones
    expect(hyphenedName("www.nation-cymru.co.uk")).toBe("Nation Cymru");
    expect(hyphenedName("example.com")).toBeNull();
    expect(hyphenedName("news-24x7.com")).toBeNull();
    expect(hyphenedName("a-b.com")).toBeNull();
    expect(hyphenedName("the-daily-news-of-the-world.com")).toBeNull();
  });

  it("writes a name printed in capitals as readers write it, initials kept", () => {
    expect(readableCase("DAILY SABAH")).toBe("Daily Sabah");
    expect(readableCase("BÁO SƠN LA ĐIỆN TỬ")).toBe("Báo Sơn La điện tử");
    // a Vietnamese outlet's kind as outlets write it in running case; the name's own words keep a capital each
    expect(readableCase("TẠP CHÍ THẾ GIỚI MỚI")).toBe("Tạp chí Thế Giới Mới");
    expect(readableCase("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÀ RỊA - VŨNG TÀU")).toBe("Đài Phát thanh và Truyền hình Bà Rịa - Vũng Tàu");
    expect(readableCase("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA")).toBe("Cổng thông tin điện tử tỉnh Thanh Hóa");
    expect(readableCase("BÁO ĐIỆN TỬ CHÍNH PHỦ")).toBe("Báo điện tử Chính Phủ");
    // (a name whose first words are no kind of the list keeps a capital on each word)
    expect(readableCase("ĐÀI TIẾNG NÓI VIỆT NAM")).toBe("Đài Tiếng Nói Việt Nam");
    expect(readableCase("THE STAR OF ABC")).toBe("The Star of ABC");
    expect(readableCase("Premium Times")).toBe("Premium Times");
  });

  it("end to end: a text copy's masthead over a wire byline, and the outlet's name with its edition as the byline", () => {
    const tico = copy("The Tico Times", "Costa Rica News", "Subscribe", "", "Costa Rica Detains Boat Linked to Arms Trade", "by Reuters", "December 3, 2026", "", EN_LEAD, "", EN_PARA, "", "Support The Tico Times", "Related Posts");
    expect(tico?.outlet).toBe("The Tico Times");
    expect(tico?.agency).toBe("Reuters");
    const premium = copy("Nigeria probes purchase of radios through Lagos front", "Premium Times Nigeria", "By Abdulkareem Haruna", "December 3, 2026", "", EN_LEAD, "", EN_PARA, "", "At Premium Times, we firmly believe in the importance of journalism.");
    expect(premium?.outlet).toBe("Premium Times");
    expect(premium?.author).toBe("Abdulkareem Haruna");
    expect(outletAsByline("Premium Times Nigeria", "Premium Times")).toBe(true);
    expect(outletAsByline("Premium Times Staff Writers Lagos Desk", "Premium Times")).toBe(false);
    expect(outletAsByline("Timeshare Nguyen", "Times")).toBe(false);
    // the outlet's staff signs as a newsroom, and that is its byline
    for (const staff of ["Naval News Staff", "Naval News Desk", "Naval News Team", "Naval News Reporters", "Naval News Staff Writer"]) expect(outletAsByline(staff, "Naval News")).toBe(false);
    expect(outletAsByline("Báo Lâm Hà Phóng viên", "Báo Lâm Hà")).toBe(false);
  });
});

describe("the wire a byline credits", () => {
  it("after the names (English), and never a name that is no wire's", () => {
    expect(wireAfterNames("Claire Tremblay, Reuters", wire)).toBe("Reuters");
    expect(wireAfterNames("LEE JAE-WON, Associated Press", wire)).toBe("AP");
    expect(wireAfterNames("Ana Lee — AFP", wire)).toBe("AFP");
    expect(wireAfterNames("Claire Tremblay, Toronto", wire)).toBeNull();
    expect(wireAfterNames("Reuters", wire)).toBeNull();
  });

  it("after the names (Vietnamese), and beside a name, a desk or a place in a byline element", () => {
    expect(wireAfterNames("Minh Anh / TTXVN", wire)).toBe("TTXVN");
    expect(wireInCredit("Sofia Ricci with AP", wire)).toBe("AP");
    expect(wireInCredit("AFP, SEOUL", wire)).toBe("AFP");
    expect(wireInCredit("BNS/TBT Staff, VILNIUS", wire)).toBe("BNS");
    expect(wireInCredit("Minh Anh và TTXVN", wire)).toBe("TTXVN");
    // a list of wires and a source label are a source line's; a place or a paper is no wire
    expect(wireInCredit("Reuters, TASS", wire)).toBeNull();
    expect(wireInCredit("Source: PAP, Reuters", wire)).toBeNull();
    expect(wireInCredit("Le Monde, Paris", wire)).toBeNull();
    expect(wireInCredit("Nguyễn Văn An, Hà Nội", wire)).toBeNull();
  });

  it("in a wire's dateline set as the byline, the place in capitals (English and Vietnamese), and never a place alone or a paper's initials", () => {
    expect(wireInCredit("SEOUL (AP)", wire)).toBe("AP");
    expect(wireInCredit("BANDAR SERI BEGAWAN (Xinhua)", wire)).toBe("Xinhua");
    expect(wireInCredit("HÀ NỘI (TTXVN)", wire)).toBe("TTXVN");
    expect(wireInCredit("SEOUL (CNN)", wire)).toBeNull();
    expect(wireInCredit("SEOUL", wire)).toBeNull();
    expect(wireInCredit(`SEOUL ${"AB ".repeat(20)}(AP)`, wire)).toBeNull();
  });

  it("ends a labelled byline before the page's stamp, and drops a desk's initials after a wire", () => {
    expect(bylineBeforeStamp("Kyodo News Today Updated 10:05 p.m.")).toBe("Kyodo News");
    expect(bylineBeforeStamp("Minh Anh Cập nhật 10:05")).toBe("Minh Anh");
    expect(bylineBeforeStamp("Todd Posterman")).toBe("Todd Posterman");
    expect(deskSlashWire("HT/dpa", wire)).toBe("dpa");
    expect(deskSlashWire("TTO/TTXVN", wire)).toBe("TTXVN");
    expect(deskSlashWire("Minh Anh/TTXVN", wire)).toBeNull(); // a writer's name before the slash is the author's
    expect(deskSlashWire("HT/Helsinki", wire)).toBeNull();
    expect(withoutDeskInitials("Reuters/fg", wire)).toBe("Reuters");
    expect(withoutDeskInitials("TTXVN/vna", wire)).toBe("TTXVN");
    expect(withoutDeskInitials("Hà Anh/nv", wire)).toBe("Hà Anh/nv");
    expect(withoutDeskInitials("Reuters/AFP", wire)).toBe("Reuters/AFP");
  });

  it("end to end: a saved page's byline element with its wire", () => {
    const s = page(
      '<title>EU agrees to ban hotel toiletries</title><meta property="og:site_name" content="euronews">',
      `<article><h1>EU agrees to ban hotel toiletries</h1><div class="c-article-contributors">By&nbsp;<a>Sofia Ricci</a>&nbsp;with&nbsp;AP</div><p>${EN_LEAD}</p><p>${EN_PARA}</p></article>`,
    );
    expect(s?.agency).toBe("AP");
    expect(s?.author).toBe("Sofia Ricci");
    // a picture's credit alone credits no wire to the story
    const pic = page(
      '<title>Border markets open</title><meta property="og:site_name" content="The Council Times">',
      `<article><h1>Border markets open</h1><figure><img src="a.jpg"><figcaption>Traders at the gate. <span class="photo-source">AFP, SEOUL</span></figcaption></figure><p>${EN_LEAD}</p><p>${EN_PARA}</p></article>`,
    );
    expect(pic?.agency).toBeNull();
  });
});

describe("the writer named among a header line's parts", () => {
  it("reads 'by Name' after a place, a date, the outlet or a domain (English and Vietnamese)", () => {
    expect(bylineAmongParts(["Bishkek, 03/12/26 14:20, 24.kg news agency, by Aigerim Toktosunova"])).toBe("Aigerim Toktosunova");
    expect(bylineAmongParts(["December 3rd, 2026 11:30 am| by Mette Kjærgaard"])).toBe("Mette Kjærgaard");
    expect(bylineAmongParts(["www.example.com · by Emanuel Fabian · 3 min"])).toBe("Emanuel Fabian");
    expect(bylineAmongParts(["03/12/2026 | bởi Lê Hoàng Nam"])).toBe("Lê Hoàng Nam");
  });

  it("reads no writer from a sentence, a lone byline or a part that is no name", () => {
    expect(bylineAmongParts(["The plan, backed by Parliament, passed"])).toBeNull();
    expect(bylineAmongParts(["By Mette Kjærgaard"])).toBeNull(); // a byline alone is the header's to read
    expect(bylineAmongParts(["03/12/2026 | by the council's order of 3 December"])).toBeNull();
  });

  it("drops the outlet after a byline's comma and the place filed from", () => {
    expect(withoutOutletAfterName("Dana Whitfield, Alaska Public Media - Washington, D.C.", "Alaska Public Media")).toBe("Dana Whitfield");
    expect(withoutOutletAfterName("Thu Hà, Báo Trà Vinh", "Báo Trà Vinh")).toBe("Thu Hà");
    expect(withoutOutletAfterName("Dana Whitfield, Alaska Public Media correspondent covering fisheries", "Alaska Public Media")).toBe("Dana Whitfield, Alaska Public Media correspondent covering fisheries");
  });
});

describe("a name is read within one line", () => {
  it("never joins a hashtag, a link card's domain in capitals and a headline into one outlet", () => {
    const s = copy("Tạp chí Nông dân và Đời sống", "Hôm qua lúc 20:15 · 🌏", "🔴 NGA MỞ THÊM CỬA KHẨU VỚI TRIỀU TIÊN", `👉 ${VI_LEAD}`, `👉 ${VI_PARA}`, "📌 Chi tiết: https://nongdandoisong.vn/nga-mo-them-cua-khau-120784.html", "#NongDanDoiSong #Nga #TrieuTien #NongDan", "NONGDANDOISONG.VN", "Nga mở thêm cửa khẩu với Triều Tiên bất chấp lệnh cấm", "Bộ Nội vụ Nga cho biết khoảng 13.000 lao động.", "1,2K", "15 bình luận");
    expect(s?.outlet).toBeTruthy();
    expect(s?.outlet).not.toMatch(/\n/);
  });
});

describe("a masthead in capitals", () => {
  it("is written as the page writes its own name where it speaks of itself", () => {
    expect(copy("THE HARBOUR POST", "World", "Port traffic rises as new terminal nears", "By Jane Doe", "December 3, 2026", EN_LEAD, EN_PARA, "© 2026 The Harbour Post. All rights reserved.")?.outlet).toBe("The Harbour Post");
    expect(copy("BÁO LÂM HÀ", "Thế giới", "Xuất khẩu sang Nga tăng mạnh trong tháng 11", "Thứ Năm, 03/12/2026 14:20", VI_LEAD, VI_PARA, "Bản quyền thuộc về Báo Lâm Hà.")?.outlet).toBe("Báo Lâm Hà");
  });

  it("stays as printed when the page names itself nowhere else, names another outlet, or drops the marks", () => {
    expect(copy("VIỆT TRIBUNE", "Thế giới", "Xuất khẩu sang Nga tăng mạnh trong tháng 11", "Thứ Năm, 03/12/2026 14:20", VI_LEAD, VI_PARA, "© 2026 Viet Tribune. All rights reserved.")?.outlet).toBe("VIỆT TRIBUNE");
    expect(copy("THE HARBOUR POST", "World", "Port traffic rises as new terminal nears", "By Jane Doe", "December 3, 2026", EN_LEAD, EN_PARA)?.outlet).toBe("THE HARBOUR POST");
    expect(copy("THE HARBOUR POST", "World", "Port traffic rises as new terminal nears", "By Jane Doe", "December 3, 2026", EN_LEAD, EN_PARA, "© 2026 Harbour Media Group. All rights reserved.")?.outlet).toBe("THE HARBOUR POST");
  });
});
