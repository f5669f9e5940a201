// Cue words in any case, names capitalised: the helper that spells a cue's letters in both cases, and the readers whose
// patterns read "a cue, then a capitalised name" (under the i flag `\p{Lu}` took any letter, so a lowercase
// continuation read as a name).
import { describe, expect, it } from "vitest";
import { caseless } from "./caseless";
import { captionByMoreForms } from "./caption-forms";
import { cleanArticle } from "./clean";
import { creditedOriginal } from "./relay-post";
import { extractMetadata } from "./metadata";
import { creditBeforeUpdate, isCaptionLine, isUpdateLine, posterBeforeStamp, readDateLine, POSTED_BY_AFTER_CLOCK, provinceOfPaperAndStation, stationName, withoutBylineTail, withoutRanks } from "./layout-model";

describe("caseless", () => {
  it("spells letters in both cases and leaves escapes, group openings, classes' escapes and quantifiers as written", () => {
    expect(caseless("by|bởi")).toBe("[bB][yY]|[bB][ởỞ][iI]");
    expect(caseless(String.raw`(?<=^(?:posted)\b.{4,40}\d\s?[ap]\.?m)`)).toBe(String.raw`(?<=^(?:[pP][oO][sS][tT][eE][dD])\b.{4,40}\d\s?[apAP]\.?[mM])`);
    expect(caseless(String.raw`(?<name>đ)\k<name>[\p{L} ,&'-]{2,60}[a-z]?\u00e9`)).toBe(String.raw`(?<name>[đĐ])\k<name>[\p{L} ,&'-]{2,60}[a-zA-Z]?\u00e9`);
  });

  it("matches the cue as the i flag does, and nothing else", () => {
    const cue = new RegExp(`^${caseless("(?:written by|tác giả)")}$`, "u");
    for (const s of ["written by", "Written By", "WRITTEN BY", "tác giả", "Tác giả", "TÁC GIẢ"]) expect(cue.test(s)).toBe(true);
    for (const s of ["writtenby", "tac gia", "written  by"]) expect(cue.test(s)).toBe(false);
  });

  it("refuses a range of letters it cannot fold", () => {
    expect(() => caseless("[à-ỹ]")).toThrow(/cannot fold/);
  });
});

describe("a cue in any case, then a capitalised name", () => {
  it("reads an update line after a place's name, not after a lowercase lead-in", () => {
    expect(isUpdateLine("New Delhi, Updated At : 04 Dec 2026 11:42 IST")).toBe(true);
    expect(isUpdateLine("Hà Nội, cập nhật lúc 10:20 04/12/2026")).toBe(true);
    expect(isUpdateLine("hôm nay, cập nhật số liệu mới")).toBe(false);
  });

  it("takes a credit before an update line's bar only when it is capitalised", () => {
    expect(creditBeforeUpdate("Reuters | Updated: 04-12-2026 11:42 IST")).toBe("Reuters");
    expect(creditBeforeUpdate("Edited By: Priya Raghavan | Updated: Dec 04, 2026, 14:35 IST")).toBe("Edited By: Priya Raghavan");
    expect(creditBeforeUpdate("Thanh Hà | Cập nhật: 04/12/2026 11:42")).toBe("Thanh Hà");
    expect(creditBeforeUpdate("the desk | Updated: 04-12-2026 11:42 IST")).toBeNull();
    expect(creditBeforeUpdate("tin nhanh | Cập nhật: 04/12/2026 11:42")).toBeNull();
  });

  it("reads a clock's zone in capitals only before a poster's name", () => {
    expect(POSTED_BY_AFTER_CLOCK.exec("Published On: December 3, 2026 08:45 PM NPT By: Reuters")?.[0]).toBe(" By: Reuters");
    expect(POSTED_BY_AFTER_CLOCK.exec("Posted 9:05 a.m. by Jo Park")?.[0]).toBe(" by Jo Park");
    expect(POSTED_BY_AFTER_CLOCK.exec("Posted 9:05 am today by Jo Park")).toBeNull();
  });

  it("cuts the outlet written for after a byline's names, never a lowercase phrase", () => {
    expect(withoutBylineTail("Jane Doe for The Guardian")).toBe("Jane Doe");
    expect(withoutBylineTail("Jane Doe FOR THE GUARDIAN")).toBe("Jane Doe");
    expect(withoutBylineTail("Jane Doe, Army News Service")).toBe("Jane Doe");
    expect(withoutBylineTail("Jane Doe for the record")).toBe("Jane Doe for the record");
    expect(withoutBylineTail("Jane Doe for now")).toBe("Jane Doe for now");
  });

  it("drops a rank or a degree before a capitalised name, in any case", () => {
    expect(withoutRanks("Col. Ivan Petrov")).toBe("Ivan Petrov");
    expect(withoutRanks("COL. Ivan Petrov")).toBe("Ivan Petrov");
    expect(withoutRanks("Đại tá, ThS. NGUYỄN VĂN HÙNG")).toBe("NGUYỄN VĂN HÙNG");
    expect(withoutRanks("Thượng tá, TS. Lê A và Trung tá, ThS. Y Phương")).toBe("Lê A và Y Phương");
  });

  it("reads a provincial station's or paper's place as capitalised words, the kind in any case", () => {
    expect(stationName("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÀ RỊA - VŨNG TÀU")?.place).toBe("BÀ RỊA - VŨNG TÀU");
    expect(stationName("Đài Phát thanh và Truyền hình Trà Vinh")?.place).toBe("Trà Vinh");
    expect(stationName("đài phát thanh và truyền hình tỉnh")).toBeNull();
    expect(provinceOfPaperAndStation("Báo và Phát thanh, Truyền hình Lào Cai")).toBe("Lào Cai");
    expect(provinceOfPaperAndStation("BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CÀ MAU")).toBe("Cà Mau");
    expect(provinceOfPaperAndStation("báo và phát thanh, truyền hình của tỉnh")).toBeNull();
  });

  it("reads a repost's credit to a capitalised outlet or a domain, never to a lowercase phrase", () => {
    expect(creditedOriginal("Read the original article on The Dallas Morning News")).toBe("The Dallas Morning News");
    expect(creditedOriginal("READ THE ORIGINAL ARTICLE ON VnExpress")).toBe("VnExpress");
    expect(creditedOriginal("Xem bài gốc tại Tuổi Trẻ")).toBe("Tuổi Trẻ");
    expect(creditedOriginal("Thêm tin từ Một Thế Giới")).toBe("Một Thế Giới");
    expect(creditedOriginal("More stories from The Diplomat")).toBe("The Diplomat");
    expect(creditedOriginal("Provided by Reuters")).toBe("Reuters");
    expect(creditedOriginal("Read the original article on vnexpress.net")).toBe("vnexpress");
    expect(creditedOriginal("Read the full story on page 5")).toBeNull();
    expect(creditedOriginal("Xem bài gốc tại đây")).toBeNull();
    // a kind of outlet in lower case before its capitalised name is the name as printed; before a lowercase word, none
    expect(creditedOriginal("Xem bài gốc trên báo Tuổi Trẻ")).toBe("báo Tuổi Trẻ");
    expect(creditedOriginal("Đọc bài gốc tại trang Dân Việt")).toBe("trang Dân Việt");
    expect(creditedOriginal("Xem bài gốc trên báo này")).toBeNull();
    expect(creditedOriginal("Read the original article on the website")).toBeNull();
    expect(creditedOriginal("More news from around the world")).toBeNull();
    expect(creditedOriginal("thêm tin từ các tỉnh")).toBeNull();
  });

  it("reads a figure's caption when a capitalised sentence follows its number, in both languages", () => {
    expect(captionByMoreForms("Figure 1. The new assembly building")).toBe(true);
    expect(captionByMoreForms("FIG. 2: The new hall")).toBe(true);
    expect(captionByMoreForms("Hình 1: Bản đồ các tỉnh miền Trung")).toBe(true);
    expect(captionByMoreForms("Figure 2 - and this is the key point - shows the rise")).toBe(false);
    expect(captionByMoreForms("Hình 1: các tỉnh miền Trung")).toBe(false);
  });

  it("reads a work label's line as the writer's only when a capitalised name follows the label", () => {
    const body = "Đoạn mở đầu của bài viết dài về cảng biển, kể chuyện những con tàu cập bến mỗi sáng và người lao động ở đây.\n\n";
    const tail = "\n\nĐoạn tiếp theo của bài viết kể về những người lao động ở bến cảng này suốt nhiều năm qua.";
    const captions = (above: string, credit: string): string[] => cleanArticle(`${body}${above}\n${credit}${tail}`).captions;
    expect(captions("Words: Jane Doe", "Photos: AP")).toEqual([]);
    expect(captions("Nội dung: Trần Minh Đức", "Ảnh: TTXVN")).toEqual([]);
    expect(captions("Words: the harbour at dawn", "Photos: AP")).toEqual(["Words: the harbour at dawn Photos: AP"]);
    expect(captions("Tin: bến cảng lúc bình minh", "Ảnh: TTXVN")).toEqual(["Tin: bến cảng lúc bình minh Ảnh: TTXVN"]);
  });

  it("ends a caption on a credit whose name is capitalised, in both languages, never on a lowercase aside", () => {
    const sentence = "Russian and North Korean officials at the signing in Pyongyang on Monday.";
    for (const credit of ["(Kyodo)", "Credit: Getty", "Francis Chung/POLITICO", "— File photo", "- BERNAMA FILE PIC"]) expect(isCaptionLine(`${sentence} ${credit}`)).toBe(true);
    for (const aside of ["(laughter)", "Credit: file", "- the file pic"]) expect(isCaptionLine(`${sentence} ${aside}`)).toBe(false);
    const câu = "Phòng họp Hội đồng Bảo an tại New York ngày 19/11.";
    for (const credit of ["Ảnh TASS", "Ảnh Tân Hoa Xã", "Ảnh cắt từ video"]) expect(isCaptionLine(`${câu} ${credit}`)).toBe(true);
    expect(isCaptionLine(`${câu} Ảnh này gây tranh cãi`)).toBe(false);
  });

  it("names no agency for a ministry credited under the text, whatever its case", () => {
    const en = "Russia and North Korea opened the first road bridge between the two countries on Wednesday, officials in both capitals said, after two years of building work across the Tumen river.\n\nThe bridge will carry trucks and buses and is expected to double the trade that now moves by rail, according to figures released by the regional government.";
    const vi = "Nga và Triều Tiên đã khánh thành cây cầu đường bộ đầu tiên nối hai nước qua sông Tumen hôm thứ Tư, sau hai năm thi công, theo thông báo của chính quyền hai bên.\n\nCây cầu sẽ phục vụ xe tải và xe khách, dự kiến giúp tăng gấp đôi lượng hàng hóa vận chuyển qua biên giới so với đường sắt hiện nay.";
    const agency = (title: string, date: string, body: string, credit: string): string | null => extractMetadata(`${title}\n\n${date}\n\n${body}\n\n${credit}`).agency;
    expect(agency("Russia and North Korea open first road bridge across the Tumen", "December 3, 2026", en, "Source: ministry of transport")).toBeNull();
    expect(agency("Russia and North Korea open first road bridge across the Tumen", "December 3, 2026", en, "Source: Ministry of Transport")).toBeNull();
    expect(agency("Nga và Triều Tiên khánh thành cầu đường bộ đầu tiên qua sông Tumen", "03/12/2026", vi, "Nguồn: bộ phận thông tin")).toBeNull();
    expect(agency("Nga và Triều Tiên khánh thành cầu đường bộ đầu tiên qua sông Tumen", "03/12/2026", vi, "Nguồn: Bộ Ngoại giao")).toBeNull();
  });

  it("reads a poster's capitalised name before the stamp, the cue in any case, and a clock's zone in capitals", () => {
    expect(posterBeforeStamp("POSTED BY Jo Park on Fri, 06/19/2026 - 11:05")).toEqual({ name: "Jo Park", stamp: "Fri, 06/19/2026 - 11:05" });
    expect(posterBeforeStamp("Đăng bởi Minh Châu lúc 21:40 19/06/2026")).toEqual({ name: "Minh Châu", stamp: "21:40 19/06/2026" });
    expect(posterBeforeStamp("By Daniel Park / June 16, 2026 / News")).toEqual({ name: "Daniel Park", stamp: "June 16, 2026" });
    expect(posterBeforeStamp("đăng bởi quản trị viên lúc 21:40 19/06/2026")).toBeNull();
    expect(posterBeforeStamp("by admin / June 16, 2026 / News")).toBeNull();
    expect(readDateLine("9:30 AM EST, July 1, 2024")).toEqual({ publishedAt: "2024-07-01T09:30-05:00", precision: "minute" });
    expect(readDateLine("10:30 sáng 03/12/2026")).toEqual({ publishedAt: "2026-12-03T10:30", precision: "minute" });
  });
});
