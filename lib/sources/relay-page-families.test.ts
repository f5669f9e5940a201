// Families of relaying pages read as a reader view or a phone leaves them (the sixty-seventh to sixty-ninth corpora's
// last misses): the original's address under a relay, a day-first date written with dots, a domain of words run
// together that a name printed elsewhere on the page spells. Each in English and Vietnamese where it applies, with the
// lines that look like them and must stay.
import { describe, expect, it } from "vitest";
import { parseDate } from "./dates";
import { classifyLine, isFurniture, isSection } from "./layout-model";
import { nameSpellingLabel } from "./outlet-clues";
import { decodeImportFile, parseImport } from "./parse-import";
import { isForumReply } from "./page-tail";
import { agencyOfHost, agencySite, isOriginalLinkLine, isRelayedOriginal, siteLabel } from "./relay-original";

const VI1 = "Cơ quan tình báo Hàn Quốc hôm thứ Tư cho biết hàng chục toa tàu chở đạn pháo của Triều Tiên đã qua cầu đường sắt Tumangang sang Nga trong hai tuần qua.";
const VI2 = "Theo các nghị sĩ được báo cáo tại một phiên họp kín, ảnh vệ tinh cho thấy các container được bốc lên tàu ở ga Tumangang vào ban đêm.";
const VI3 = "Seoul ước tính từ năm 2023 đến nay Triều Tiên đã gửi cho Nga hơn 12 triệu viên đạn pháo, phần lớn được dùng trên chiến trường Ukraine.";
const EN1 = "The United States, Britain and Japan on Thursday named six shipping companies and nine vessels they accuse of carrying North Korean munitions to Russia.";
const EN2 = "The designations freeze any assets the companies hold in the three countries and bar their citizens from doing business with them, officials said.";
const EN3 = "South Korea said it welcomed the measures and would consider designations of its own, while Moscow called the sanctions illegitimate.";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];
const isWire = (n: string): boolean => /^(?:reuters|afp|ap|associated press|kyodo news|yonhap)$/i.test(n);

/** A Vietnamese relay in a reader view: its domain, the headline, the day, the text, the credit, then `foot`. */
const viReader = (domain: string, stamp: string, foot: readonly string[]) =>
  [domain, "Hàng chục toa tàu chở đạn pháo Triều Tiên qua Tumangang sang Nga", stamp, "Thời gian đọc: 1–2 phút", VI1, VI2, VI3, "(Theo Reuters)", ...foot].join("\n");
/** An English paper's wire story in a reader view: its domain, the headline, the wire's byline, the stamp, the text, then `foot`. */
const enReader = (domain: string, foot: readonly string[]) =>
  [domain, "Britain, US and Japan sanction six shippers over North Korea-Russia trade", "By Alistair Grant, Reuters", "4–5 minutes", "22 October 2026, 4:12 pm", `LONDON, Oct 22 (Reuters) - ${EN1}`, EN2, EN3, ...foot].join("\n");

describe("the original's address under a relay", () => {
  it("is the original's, not the relaying page's: the url stays empty", () => {
    for (const link of ["Bài gốc: https://www.reuters.com/world/asia-pacific/shells-cross-tumangang-2026-03-25/", "Nguồn: https://www.reuters.com/world/shells-2026-03-25/", "Xem bài gốc tại: https://www.reuters.com/world/shells-2026-03-25/"]) {
      const a = parse(viReader("congdongvietpraha.cz", "26/3/2026", [link, "Từ khóa: Triều Tiên, Nga"]));
      expect(a?.url, link).toBeNull();
      expect(a?.agency, link).toBe("Reuters");
      expect(a?.body, link).not.toContain("reuters.com");
    }
    const en = parse(enReader("harbourledger.com", ["Original: https://www.reuters.com/world/sanctions-shippers-2026-10-22/"]));
    expect(en?.url).toBeNull();
  });

  it("stays the story's address when its host is the relaying site's own", () => {
    const own = parse(viReader("congdongvietpraha.cz", "26/3/2026", ["Nguồn: https://congdongvietpraha.cz/the-gioi/toa-tau-dan-phao-12345.html"]));
    expect(own?.url).toBe("https://congdongvietpraha.cz/the-gioi/toa-tau-dan-phao-12345.html");
    // a reading app's link to the paper's own page, under the paper's name, over a wire's copy
    const app = parse(["Shared from Lumen Local", "Russia's embassy denies shipping air-defence system to North Korea", "The Bayou Ledger-Star · Feb 12, 2026", `SEOUL, Feb 12 (Reuters) - ${EN1}`, EN2, EN3, "Read the original: https://www.bayouledgerstar.com/news/world/russia-embassy-denies/article_5c1e.html"].join("\n"));
    expect(app?.url).toBe("https://www.bayouledgerstar.com/news/world/russia-embassy-denies/article_5c1e.html");
  });

  it("reads the line's label, the agency's site and the page's own domain", () => {
    for (const line of ["Bài gốc: https://x.com/a", "Xem bài gốc tại: https://x.com/a", "Nguồn bài viết: https://x.com/a", "Source: https://x.com/a", "Original article: https://x.com/a", "Read the original: https://x.com/a"]) {
      expect(isOriginalLinkLine(line), line).toBe(true);
    }
    for (const line of ["Xem thêm tại: https://x.com/a", "https://x.com/a", "Bài gốc đăng trên báo Nhân Dân", "Original reporting by Ana Lee"]) expect(isOriginalLinkLine(line), line).toBe(false);
    expect(siteLabel("news.bbc.co.uk")).toBe("bbc");
    expect(siteLabel("www.congdongvietpraha.cz")).toBe("congdongvietpraha");
    expect(agencySite("www.voatiengviet.com", "VOA")).toBe(true);
    expect(agencySite("reuters.com", "Reuters")).toBe(true);
    expect(agencySite("www.rfi.fr", "RFI")).toBe(true);
    expect(agencySite("baodongnai.com.vn", "Reuters")).toBe(false);
    const ctx = { agency: "Reuters", outlet: null, printedHost: null };
    expect(isRelayedOriginal("https://www.reuters.com/x", "Bài gốc: https://www.reuters.com/x", ctx)).toBe(true);
    // another site's link with nothing the page prints as its own: no reason to call it the original's
    expect(isRelayedOriginal("https://tuoitre.vn/x", "Nguồn: https://tuoitre.vn/x", ctx)).toBe(false);
    expect(isRelayedOriginal("https://tuoitre.vn/x", "Nguồn: https://tuoitre.vn/x", { ...ctx, printedHost: "congdongvietpraha.cz" })).toBe(true);
    expect(isRelayedOriginal("https://www.reuters.com/x", "Xem thêm tại: https://www.reuters.com/x", ctx)).toBe(false);
  });
});

describe("a day-first date written with dots", () => {
  it("is the stamp under the headline, with its time or not", () => {
    expect(classifyLine("26.3.2026", "header").role).toBe("date");
    expect(parseDate("26.03.2026, 14:05")?.publishedAt).toBe("2026-03-26T14:05");
    expect(parse(viReader("congdongvietpraha.cz", "26.3.2026", ["Từ khóa: Triều Tiên, Nga"]))?.publishedAt).toBe("2026-03-26");
    expect(parse(viReader("congdongvietpraha.cz", "26.03.2026, 14:05", ["Từ khóa: Triều Tiên, Nga"]))?.publishedAt).toBe("2026-03-26T14:05");
    const en = ["Prague Notes", "Czech court frees seized North Korean cargo", "By Jana Novak", "6.11.2026", EN1, EN2, EN3].join("\n");
    expect(parse(en)?.publishedAt).toBe("2026-11-06");
  });

  it("is never a version number, an address of numbers or a date inside a sentence", () => {
    for (const line of ["Version 1.2.2026", "v1.2.2026", "Build 10.3.2026.1", "10.3.2026.1", "Phiên bản 1.2.2026"]) expect(parseDate(line), line).toBeNull();
    expect(classifyLine("1.204", "header").role).toBe("furniture"); // a count stays a count
    expect(parseDate("Thứ Năm26/03/2026 10:30")?.publishedAt).toBe("2026-03-26T10:30"); // a weekday glued to a date with slashes
    const sentence = ["Prague Notes", "Czech court frees seized North Korean cargo", "By Jana Novak", EN1, "The court ruled on 6.11.2026 that the cargo had been seized without a warrant, its spokesman said.", EN2].join("\n");
    expect(parse(sentence)?.publishedAt).toBeNull();
  });
});

describe("a domain of words run together", () => {
  it("takes the name the page prints elsewhere whose letters spell it", () => {
    for (const foot of ["About The Wessex Gazette", "The Wessex Gazette is an independent daily serving Dorset and Hampshire.", "The Wessex Gazette · Privacy · Terms", "© 2026 The Wessex Gazette. All rights reserved."]) {
      const a = parse(enReader("wessexgazette.co.uk", ["(Reporting by Alistair Grant; Editing by Peter Lindqvist)", foot]));
      expect(a?.outlet, foot).toBe("The Wessex Gazette");
      expect(a?.agency, foot).toBe("Reuters");
    }
    for (const foot of ["Báo Cộng đồng Việt Praha – Tiếng nói người Việt tại Séc", "© 2026 Báo Cộng Đồng Việt Praha", "Báo Cộng đồng Việt Praha"]) {
      const a = parse(viReader("congdongvietpraha.cz", "26/3/2026", ["Bài gốc: https://www.reuters.com/world/shells-2026-03-25/", foot]));
      expect(foldName(a?.outlet), foot).toBe("bao cong dong viet praha");
    }
  });

  it("keeps the domain when the page prints no name that spells it, nor takes a wire's or another site's", () => {
    expect(parse(enReader("wessexgazette.co.uk", ["(Reporting by Alistair Grant; Editing by Peter Lindqvist)"]))?.outlet).toBe("wessexgazette.co.uk");
    expect(parse(enReader("wessexgazette.co.uk", ["The Wessex Herald is an independent daily serving Dorset."]))?.outlet).toBe("wessexgazette.co.uk");
    expect(parse(viReader("congdongvietpraha.cz", "26/3/2026", ["Bài gốc: https://www.reuters.com/world/shells-2026-03-25/"]))?.outlet).toBe("congdongvietpraha.cz");
    expect(nameSpellingLabel("Read The Wessex Gazette online", "wessexgazette.co.uk", isWire)).toBe("The Wessex Gazette");
    expect(nameSpellingLabel("Reading Wessex Gazettes", "wessexgazette.co.uk", isWire)).toBeNull();
    expect(nameSpellingLabel("Kyodo News reported", "kyodonews.net", isWire)).toBeNull();
    expect(nameSpellingLabel("Saigon Times", "saigon.vn", isWire)).toBeNull(); // a label of fewer than eight letters
  });
});

const foldName = (name: string | null | undefined): string | null =>
  name == null ? null : name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase();

describe("a writer's name run into a wire's full name", () => {
  const story = (byline: string) => parse(["UN assembly votes to condemn Russia–North Korea arms ties", byline, "March 28, 2026", EN1, EN2, EN3].join("\n"));

  it("names the writer and the wire by its longest name", () => {
    for (const [byline, author, agency] of [
      ["Callum Reid Australian Associated Press", "Callum Reid", "AAP"],
      ["CALLUM REID Australian Associated Press", "CALLUM REID", "AAP"],
      ["Callum Reid Agence France-Presse", "Callum Reid", "AFP"],
      ["Callum Reid Associated Press", "Callum Reid", "AP"],
      ["Callum Reid Press Trust of India", "Callum Reid", "PTI"],
      ["Ji-ho Park Yonhap News Agency", "Ji-ho Park", "Yonhap"],
    ] as const) {
      const a = story(byline);
      expect(a?.author, byline).toBe(author);
      expect(a?.agency, byline).toBe(agency);
    }
  });

  it("leaves a name with no wire after it whole", () => {
    for (const byline of ["Callum Reid Australian", "Callum Reid", "Anna Lee Smith Jones"]) {
      expect(story(byline)?.author, byline).toBe(byline);
      expect(story(byline)?.agency, byline).toBeNull();
    }
  });
});

describe("a foreign broadcaster in brackets opening or closing a relay", () => {
  const VI_LEAD = "Một phái đoàn quân sự Triều Tiên do một đại tướng dẫn đầu đã thăm một nhà máy sản xuất vũ khí ở thành phố Izhevsk của Nga hôm thứ Ba, theo chính quyền địa phương.";
  const relay = (lead: string, foot: readonly string[] = []) => parse(["Tướng Triều Tiên thăm nhà máy vũ khí Nga", "25/03/2026 07:15", lead, VI2, VI3, ...foot].join("\n"));

  it("names the broadcaster relayed, the agency, never the outlet", () => {
    for (const [lead, agency] of [
      [`(BBC) - ${VI_LEAD}`, "BBC"],
      [`(VOA) – ${VI_LEAD}`, "VOA"],
      [`(RFI) - ${VI_LEAD}`, "RFI"],
    ] as const) {
      const a = relay(lead);
      expect(a?.agency, lead).toBe(agency);
      expect(a?.outlet, lead).toBeNull();
    }
    const foot = relay(VI_LEAD, ["(BBC)"]);
    expect(foot?.agency).toBe("BBC");
    expect(foot?.outlet).toBeNull();
    const en = parse(["UN assembly votes to condemn Russia–North Korea arms ties", "March 28, 2026", `(BBC) - ${EN1}`, EN2, EN3].join("\n"));
    expect(en?.agency).toBe("BBC");
    expect(en?.outlet).toBeNull();
  });

  it("leaves a paper's own code, and a sentence that opens with a broadcaster, as they were", () => {
    const own = relay(`(Dân trí) - ${VI_LEAD}`);
    expect(own?.outlet).toBe("Dân trí");
    expect(own?.agency).toBeNull();
    expect(relay(`BBC đưa tin rằng ${VI_LEAD}`)?.agency).toBeNull();
  });
});

describe("a menu's labels run together under an unknown masthead", () => {
  it("is the menu, and the masthead above it names the outlet", () => {
    for (const [masthead, menu, head, stamp, lines] of [
      ["Việt Báo Nam Úc", "Tin Úc Tin Việt Nam Tin thế giới Đời sống Quảng cáo", "Phái đoàn quân sự Triều Tiên thăm nhà máy vũ khí ở Udmurtia", "Cập nhật: 25/03/2026, 10:30", [VI1, VI2, VI3]],
      ["Tuần báo Sông Hàn", "Thời sự Thế giới Kinh tế Văn hóa Thể thao", "Phái đoàn quân sự Triều Tiên thăm nhà máy vũ khí ở Udmurtia", "25/03/2026 10:30", [VI1, VI2, VI3]],
      ["The Harbour Ledger", "World Politics Business Sport Lifestyle", "Britain, US and Japan sanction six shippers over North Korea-Russia trade", "March 25, 2026", [EN1, EN2, EN3]],
    ] as const) {
      const a = parse([masthead, menu, head, stamp, ...lines].join("\n"));
      expect(a?.title, menu).toBe(head);
      expect(a?.outlet, menu).toBe(masthead);
      expect(a?.body, menu).not.toContain(menu);
    }
  });

  it("is never a headline of capitalised words, nor two labels alone", () => {
    for (const line of ["China Japan Korea Summit Ends", "Diễn đàn Nông nghiệp Miền Tây Việt Nam", "Tạp chí Kinh tế Việt Nam Thế giới", "Tin Úc thắng lớn trên sân nhà", "World Politics, Business and Sport", "Tin Úc Tin Việt Nam"]) expect(isSection(line), line).toBe(false);
    for (const line of ["Tin Úc Tin Việt Nam Tin thế giới Đời sống Quảng cáo", "World Politics Business Sport Lifestyle", "Thời sự Chính trị Kinh tế Xã hội Quốc tế Thể thao Văn hóa"]) expect(isSection(line), line).toBe(true);
    const head = parse(["Tuần báo Sông Hàn", "Thế giới", "Tin Úc thắng lớn trên sân nhà", "25/03/2026 10:30", VI1, VI2, VI3].join("\n"));
    expect(head?.title).toBe("Tin Úc thắng lớn trên sân nhà");
  });
});

describe("a forum thread's replies under its first post", () => {
  const thread = (credit: readonly string[], replies: readonly string[], lines: readonly string[] = [VI1, VI2, VI3]) =>
    parse(["Diễn đàn Hồng Lam", "Diễn đàn › Thời sự quốc tế", "Điện Kremlin bác tin đạn pháo Triều Tiên qua cầu Tumangang", "thanhtam_hn", "Thành viên tích cực · 2.315 bài viết", "26/03/2026 lúc 22:40", ...lines, ...credit, "Thích · Trả lời · 12", ...replies, "Bạn phải đăng nhập để trả lời chủ đề này."].join("\n"));

  it("are the page's tail: the first post's credit and translator are read, the replies leave the text", () => {
    for (const reply of ["minhduc1975 viết: Nói thì ai chẳng nói được, ảnh vệ tinh rõ ràng vậy mà.", "hoang_nam đã viết: Chờ xem Liên Hợp Quốc nói gì, chứ Moskva thì chối mãi thôi.", "Trả lời #1", "Trích dẫn nguyên văn bởi minhduc1975"]) {
      const a = thread(["Nguồn: RFI Tiếng Việt", "Biên dịch: Thanh Tâm"], [reply, "Seoul nói có bằng chứng thì cứ công bố đi, nói mãi cũng chẳng ai tin nữa đâu các bác ạ."]);
      expect(a?.agency, reply).toBe("RFI");
      expect(a?.author, reply).toBe("Thanh Tâm");
      expect(a?.body, reply).not.toContain("bác ạ");
      expect(a?.body, reply).toContain(VI3);
    }
    const en = parse(["Harbour Forum", "Forums › World news", "Kremlin denies shells crossed the Tumangang bridge", "tran_vu", "Senior Member · 1,204 posts", "March 26, 2026", EN1, EN2, EN3, "Source: Reuters", "Like · Reply", "hoang_nam wrote: Nobody believes the Kremlin on this one, the pictures are clear enough.", "Reply #2", "I think the UN will do nothing about it, as usual, and the trains will keep rolling."].join("\n"));
    expect(en?.agency).toBe("Reuters");
    expect(en?.body).toContain(EN3);
    expect(en?.body).not.toContain("Nobody believes");
    expect(en?.body).not.toContain("trains will keep rolling");
  });

  it("never cut a post at a quoted writer or a sentence that names a reply", () => {
    for (const line of ["Ông Peskov viết: quan hệ hai nước là bình thường.", "The minister wrote: the sanctions are illegitimate.", "#2", "Trả lời báo chí, ông Peskov nói Nga không vi phạm cam kết nào."]) {
      expect(isForumReply(line), line).toBe(false);
    }
    const quoted = "Ông Peskov viết: quan hệ giữa Nga và Triều Tiên là quan hệ láng giềng bình thường và không vi phạm bất kỳ cam kết nào.";
    const a = thread(["Nguồn: RFI Tiếng Việt"], [], [VI1, VI2, quoted, VI3]);
    expect(a?.body).toContain(quoted);
    expect(a?.body).toContain(VI3);
  });
});

describe("an English blog named only at its foot", () => {
  const post = (top: readonly string[], foot: readonly string[]) =>
    parse([...top, "UN assembly votes to condemn Russia–North Korea arms ties", "By Anna Tran", "March 28, 2026", "3–4 minutes", EN1, EN2, EN3, "Source: BBC News Tiếng Việt", "Tags: North Korea, Russia, United Nations", ...foot].join("\n"));

  it("takes the name of its about line, its footer or its rights line, and the line about itself leaves the text", () => {
    for (const foot of [["Little Saigon Ledger is a weekly blog about Vietnamese community news in Orange County."], ["Little Saigon Ledger · Powered by WordPress"], ["© 2026 Little Saigon Ledger"], ["About this blog", "Little Saigon Ledger is an independent newsletter covering the Vietnamese diaspora."], ["About", "Little Saigon Ledger is a weekly blog about Vietnamese community news in Orange County."]]) {
      for (const top of [["littlesaigonledger.com"], []]) {
        const a = post(top, foot);
        expect(a?.outlet, foot.join(" / ")).toBe("Little Saigon Ledger");
        expect(a?.agency, foot.join(" / ")).toBe("BBC");
        expect(a?.author, foot.join(" / ")).toBe("Anna Tran");
        expect(a?.body, foot.join(" / ")).not.toContain("Little Saigon Ledger");
      }
    }
  });

  it("keeps a sentence of the story that calls something a blog, and takes no other site's name", () => {
    for (const line of ["Her site is a blog about cooking in Hanoi and Saigon.", "The resolution is a blog post about nothing in particular, critics said."]) expect(isFurniture(line), line).toBe(false);
    const other = post(["littlesaigonledger.com"], ["Saigon Notes, a weekly blog about food, first reported the vote."]);
    expect(other?.outlet).not.toBe("Saigon Notes");
    expect(post([], ["Little Saigon Ledger · Powered by nobody in particular"])?.outlet).toBeNull();
  });
});

describe("a relay's source link to a broadcaster's or a wire's own site, no other credit printed", () => {
  const relay = (masthead: readonly string[], link: string) =>
    parse([...masthead, "Báo cáo: Tàu dầu Nga liên tục cập cảng Bắc Hàn vượt mức trần", "Thứ Năm, 4 tháng 12, 2026", VI1, VI2, VI3, link, "Gửi email bài đăng này"].join("\n"));

  it("credits that broadcaster or wire, and the address is the original's", () => {
    for (const [link, agency] of [
      ["Nguồn: https://www.rfa.org/vietnamese/news/world/russian-tankers-north-korea-12042026.html", "RFA"],
      ["Nguồn: https://www.voatiengviet.com/a/tau-dau-nga/7891234.html", "VOA"],
      ["Bài gốc: https://www.reuters.com/world/asia-pacific/tankers-2026-12-04/", "Reuters"],
    ] as const) {
      const a = relay(["VĂN VIỆT", "Trang chủ", "Thời sự"], link);
      expect(a?.agency, link).toBe(agency);
      expect(a?.url, link).toBeNull();
    }
    const en = parse(["The Mekong Dispatch", "Home", "World", "Russian tankers keep calling at North Korean ports", "By Marcus Lind", "March 25, 2026", EN1, EN2, EN3, "Source: https://www.voanews.com/a/russian-tankers/7891234.html"].join("\n"));
    expect(en?.agency).toBe("VOA");
    expect(en?.url).toBeNull();
    expect(en?.outlet).toBe("The Mekong Dispatch");
  });

  it("leaves the address on the broadcaster's own page, another site's link, and a copy that prints no masthead", () => {
    const own = relay(["BBC News Tiếng Việt", "Thế giới"], "Nguồn: https://www.bbc.com/vietnamese/articles/c1234567");
    expect(own?.agency).toBeNull();
    expect(own?.url).toBe("https://www.bbc.com/vietnamese/articles/c1234567");
    expect(relay(["VĂN VIỆT", "Trang chủ", "Thời sự"], "Nguồn: https://tuoitre.vn/tau-dau-nga-2026120409.htm")?.agency).toBeNull();
    const note = parse(["Russian tankers keep calling at North Korean ports", "March 25, 2026", EN1, EN2, EN3, "Source: https://www.reuters.com/world/tankers-2026-03-25/"].join("\n"));
    expect(note?.url).toBe("https://www.reuters.com/world/tankers-2026-03-25/");
    expect(agencyOfHost("www.rfa.org")).toBe("RFA");
    expect(agencyOfHost("dw.com")).toBe("DW");
    expect(agencyOfHost("rfaphotos.example.com")).toBeNull();
    expect(agencyOfHost("bbcgoodfood.com")).toBeNull();
  });
});

describe("a blog's post time under the post, its day over it", () => {
  const post = (day: string, foot: string, lines: readonly string[] = [VI1, VI2, VI3]) => parse(["VĂN VIỆT", "Trang chủ", "Thời sự", day, "Báo cáo: Tàu dầu Nga liên tục cập cảng Bắc Hàn", ...lines, foot, "Gửi email bài đăng này", "BlogThis!"].join("\n"));

  it("gives that day its time", () => {
    expect(post("Thứ Năm, 4 tháng 12, 2026", "Đăng lúc 09:30")?.publishedAt).toBe("2026-12-04T09:30");
    expect(post("Thứ Năm, 4 tháng 12, 2026", "Đăng bởi Minh Hải lúc 9:30 CH")?.publishedAt).toBe("2026-12-04T21:30");
    expect(post("Thursday, December 4, 2026", "Posted by Minh at 9:30 AM", [EN1, EN2, EN3])?.publishedAt).toBe("2026-12-04T09:30");
    expect(post("Thursday, December 4, 2026", "Posted at 12:05 PM", [EN1, EN2, EN3])?.publishedAt).toBe("2026-12-04T12:05");
  });

  it("leaves the day alone for a time that is no post's, or one above the text's last sentence", () => {
    expect(post("Thứ Năm, 4 tháng 12, 2026", "Cập nhật lúc 09:30")?.publishedAt).toBe("2026-12-04");
    expect(post("Thursday, December 4, 2026", "Posted at 13:05 PM", [EN1, EN2, EN3])?.publishedAt).toBe("2026-12-04");
    expect(parse(["VĂN VIỆT", "Trang chủ", "Thời sự", "Thứ Năm, 4 tháng 12, 2026", "Báo cáo: Tàu dầu Nga liên tục cập cảng Bắc Hàn", VI1, "Đăng lúc 09:30", VI2, VI3].join("\n"))?.publishedAt).toBe("2026-12-04");
  });
});
