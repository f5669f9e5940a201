// The families of sector magazines' pages and of the English services and wires of Mongolia, South-East Asia, Oceania,
// the Middle East, Africa and Latin America (the sixtieth corpus's): a market ticker over the masthead, a cookie notice
// by its first words, a metered wall's count with its offer on one line, a standfirst that says what a report found, a
// wire desk's initials and an app's share and download lines under a shared text, and a dateline with the country after
// the place and the wire's name in brackets ("Wonsan, DPRK, Jul 12 (Prensa Latina) …"), a comment thread whose entries
// open with the commenter's name and the time, and a paper's name with the wire it ran under the headline ("L'Orient
// Today / AFP"), and a ministry's name over its magazine's masthead in running case ("BỘ NỘI VỤ" / "Tạp chí Tổ chức nhà
// nước và Lao động"). Each in several shapes, with the lines that look like them and must stay.
import { describe, expect, it } from "vitest";
import { isFurnitureLine } from "./clean";
import { isCreditOnly, leadCredit, outletAndWire } from "./layout-model";
import { commentThreadAt, isWallNote } from "./page-tail";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Một báo cáo của nhóm giám sát trừng phạt đa phương cho biết Nga đã chuyển cho Triều Tiên lượng dầu mỏ vượt xa mức trần mà Liên hợp quốc cho phép.";
const VI2 = "Theo báo cáo, các tàu chở dầu thường xuyên cập cảng Vostochny ở Viễn Đông Nga rồi dỡ hàng tại cảng Chongjin của Triều Tiên.";
const VI3 = "Moskva bác bỏ báo cáo, gọi nhóm giám sát là công cụ gây sức ép chính trị của phương Tây và khẳng định hợp tác là hợp pháp.";
const EN1 = "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong-un in the coastal city of Wonsan, North Korean state media reported.";
const EN2 = "Lavrov told reporters that Moscow understood the reasons behind North Korea's nuclear programme and respected its choices.";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a market ticker", () => {
  it("is furniture: prices with their moves split by bars, with or without a last price that has none", () => {
    for (const line of [
      "Brent 65,42 USD ▲0,8% | WTI 61,87 USD ▲0,6%",
      "VN-Index 1.642,18 ▲ 0,74% | HNX-Index 268,41 ▼ 0,12% | USD/VND 26.315",
      "Dow 44,120.5 ▼ -0.31% | S&P 500 6,401.2 ▲ +0.12% | Nasdaq 21,530 ▲ 0.4%",
    ])
      expect(isFurnitureLine(line), line).toBe(true);
  });
  it("is none for one price alone or a sentence about prices", () => {
    for (const line of ["Brent 65,42 USD ▲0,8%", "Giá dầu Brent tăng 0,8% lên 65,42 USD/thùng | Xem chi tiết", "Oil rose 0.8% | analysts said demand held up"])
      expect(isFurnitureLine(line), line).toBe(false);
  });
  it("is no headline over a phone copy's masthead: the headline under it is read, and the foot's full name is the outlet", () => {
    const a = parse(["Brent 65,42 USD ▲0,8% | WTI 61,87 USD ▲0,6%", "TẠP CHÍ DẦU KHÍ", "Dầu khí thế giới", "Nga chuyển dầu cho Triều Tiên vượt mức trần", "02/10/2025 - 14:40", VI1, VI2, VI3, "Tạp chí Dầu khí - Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", ""].join("\n"));
    expect(a?.title).toBe("Nga chuyển dầu cho Triều Tiên vượt mức trần");
    expect(a?.outlet).toBe("Tạp chí Dầu khí");
    expect(a?.body).not.toContain("▲");
  });
});

describe("a cookie notice by its first words", () => {
  it("is furniture in English and Vietnamese", () => {
    for (const line of [
      "This website uses cookies to improve your experience. By continuing you agree to our Privacy Policy.",
      "We use cookies to personalise content and analyse our traffic.",
      "Our site uses cookies. Accept all",
      "We and our partners use cookies to deliver and improve our services.",
      "Trang web này sử dụng cookie để nâng cao trải nghiệm của bạn.",
    ])
      expect(isFurnitureLine(line), line).toBe(true);
  });
  it("is none for a story about cookies", () => {
    for (const line of [
      "Regulators said the website uses cookies that track readers across other sites without asking them first.",
      "Many publishers still rely on third-party cookies to sell advertising, the report found.",
    ])
      expect(isFurnitureLine(line), line).toBe(false);
  });
});

describe("a metered wall's count with its offer on the same line", () => {
  it("is a wall's note", () => {
    for (const line of [
      "You have 3 free articles left this month. Subscribe for unlimited access.",
      "You've read 2 of 4 free articles this month. Subscribe now for unlimited digital access.",
      "You have 1 free article left this month.".replace("article", "articles"),
    ])
      expect(isWallNote(line), line).toBe(true);
  });
  it("is none when the sentence goes on about something else", () => {
    expect(isWallNote("You have 3 free articles left this month, and the rest of the site is open to everyone.")).toBe(false);
    expect(isWallNote("Readers have 3 free articles left this month under the new scheme.")).toBe(false);
  });
});

describe("a short standfirst that says what a report found", () => {
  it("stays the text's first paragraph, not a picture's caption", () => {
    const sapo = "Các tàu chở dầu cập cảng Vostochny rồi dỡ hàng ở Chongjin, theo báo cáo mới.";
    const a = parse(["TẠP CHÍ DẦU KHÍ", "Nga chuyển dầu cho Triều Tiên vượt mức trần", "02/10/2025 - 14:40", sapo, VI1, VI2, VI3, ""].join("\n"));
    expect(a?.captions).toEqual([]);
    expect(a?.body.startsWith(sapo)).toBe(true);
  });
});

describe("a wire desk's initials and an app's lines under a shared text", () => {
  it("are furniture", () => {
    for (const line of [
      "mem/lam",
      "arb/jcm/ro",
      "Shared from the Prensa Latina app",
      "Sent via the BBC News app",
      "Get Prensa Latina on Google Play and the App Store",
      "Download the ABC News app from the App Store",
      "Chia sẻ từ ứng dụng Báo Mới",
    ])
      expect(isFurnitureLine(line), line).toBe(true);
  });
  it("are none for a word pair with a slash in capitals, a URL path, or a sentence about an app", () => {
    for (const line of ["AFP/TTXVN", "km/h", "The ministry said the new app would be shared from the Prensa Latina website.", "Get the latest on Google Play policy changes, the company said."])
      expect(isFurnitureLine(line), line).toBe(false);
  });
  it("no longer hide the link below them, nor sign the text", () => {
    const a = parse(["Lavrov meets Kim Jong-un in Wonsan", "", `Wonsan, DPRK, Jul 12 (Prensa Latina) ${EN1}`, EN2, "mem/lam", "", "Shared from the Prensa Latina app", "Get Prensa Latina on Google Play and the App Store", "https://www.plenglish.com/news/2025/07/12/lavrov-meets-kim-jong-un-in-wonsan/", ""].join("\n"));
    expect(a?.url).toBe("https://www.plenglish.com/news/2025/07/12/lavrov-meets-kim-jong-un-in-wonsan/");
    expect(a?.publishedAt).toBe("2025-07-12");
    expect(a?.author).toBeNull();
    expect(a?.outlet).toBe("Prensa Latina");
  });
});

describe("a dateline with the country after the place and the wire's name in brackets", () => {
  it("credits the wire", () => {
    expect(leadCredit(`Wonsan, DPRK, Jul 12 (Prensa Latina) ${EN1}`)).toEqual({ outlet: "Prensa Latina", agency: "Prensa Latina" });
    expect(leadCredit(`Havana, Cuba, Oct 27 (Prensa Latina) ${EN2}`)?.agency).toBe("Prensa Latina");
    expect(leadCredit(`Seoul, Dec 3 (IANS) ${EN2}`)?.agency).toBe("IANS");
  });
  it("credits none for a name the lexicon does not know, or a person's name in brackets", () => {
    expect(leadCredit(`Wonsan, DPRK, Jul 12 (John Smith) ${EN1}`)).toBeNull();
    expect(leadCredit(`Paris, France, Jul 12 (Pierre Dupont) ${EN2}`)).toBeNull();
  });
});

describe("a comment thread whose entries open with the commenter's name and the time", () => {
  it("is a comment section under its heading", () => {
    for (const lines of [
      ["Bình luận (2)", "Trần Văn Hải 17/06/2025 21:02", "Quan hệ hai nước ngày càng chặt chẽ."],
      ["Comments (1)", "John Mensah, 21:02 17/06/2025", "Good analysis."],
      ["Ý kiến bạn đọc", "Nguyễn An 17/06/2025", "Bài viết hay."],
    ])
      expect(commentThreadAt(lines, 0), lines.join(" / ")).toBe(true);
  });
  it("is none for a byline's date line or a heading with prose under it", () => {
    expect(commentThreadAt(["Bình luận", "Cập nhật 17/06/2025 21:02", "Ab cd."], 0)).toBe(false);
    expect(commentThreadAt(["Comments", "The minister said on 17/06/2025 that talks would go on."], 0)).toBe(false);
  });
  it("is cut from a saved page with the signature above it", () => {
    const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Ông Shoigu trở lại Bình Nhưỡng</title></head><body><main><h1>Ông Shoigu trở lại Bình Nhưỡng</h1><p class="meta">Thứ Ba, 17/06/2025 - 20:10</p><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p><p style="text-align:right"><b>Phạm Quang (tổng hợp)</b></p><div class="comments"><h3>Bình luận (2)</h3><div class="c"><b>Trần Văn Hải</b> <span>17/06/2025 21:02</span><p>Quan hệ hai nước ngày càng chặt chẽ.</p></div></div></main></body></html>`;
    const a = parse(html, "page.html");
    expect(a?.author).toBe("Phạm Quang");
    expect(a?.body).not.toContain("chặt chẽ");
    expect(a?.body).not.toContain("tổng hợp");
  });
});

describe("a paper's name and the wire it ran, parted by a slash, under the headline", () => {
  it("is a credit, not a picture's", () => {
    for (const line of ["L'Orient Today / AFP", "The Straits Times / AFP", "Daily Nation / Reuters"]) {
      expect(outletAndWire(line), line).not.toBeNull();
      expect(isCreditOnly(line), line).toBe(false);
    }
  });
  it("leaves a photographer's credit a picture's", () => {
    for (const line of ["Kevin Lamarque / Reuters", "Anna Moneymaker / AFP"]) {
      expect(outletAndWire(line), line).toBeNull();
      expect(isCreditOnly(line), line).toBe(true);
    }
  });
  it("names the outlet and the agency, and leaves the headline above it the headline", () => {
    const a = parse(["L'ORIENT TODAY", "World", "Opinion", "North Korea parades new missile with Russian and Chinese guests", "L'Orient Today / AFP", "11 October 2025 at 08:15", EN1, EN2, ""].join("\n"));
    expect(a?.title).toBe("North Korea parades new missile with Russian and Chinese guests");
    expect(a?.outlet).toBe("L'Orient Today");
    expect(a?.agency).toBe("AFP");
    expect(a?.author).toBeNull();
    expect(a?.captions).toEqual([]);
  });
});

describe("a ministry's name over its magazine's masthead in running case", () => {
  const story = (top: string[]) => parse([...top, "Trang chủ", "Quốc tế", "Lao động Triều Tiên sang Nga tăng mạnh", "09:15 | 18/08/2025", VI1, VI2, VI3, ""].join("\n"));
  it("names the magazine, the lower of the two, spelt out in full", () => {
    expect(story(["BỘ NỘI VỤ", "Tạp chí Tổ chức nhà nước và Lao động"])?.outlet).toBe("Tạp chí Tổ chức nhà nước và Lao động");
    expect(story(["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Báo Nông nghiệp và Môi trường"])?.outlet).toBe("Báo Nông nghiệp và Môi trường");
  });
  it("leaves a ministry's own page, or a line under it that is no paper's name, to the rules it had", () => {
    expect(story(["BỘ NỘI VỤ", "Cổng thông tin điện tử"])?.outlet).not.toBe("Cổng thông tin điện tử");
    expect(story(["BỘ NỘI VỤ", "Tạp chí điện tử. Đọc thêm"])?.outlet).not.toBe("Tạp chí điện tử. Đọc thêm");
  });
});

describe("a magazine's masthead in capitals without its kind, over a menu's button or a section", () => {
  const story = (top: string[], foot: string) =>
    parse([...top, "Khách Nga là những du khách nước ngoài đầu tiên tới Wonsan-Kalma", "Thứ Tư, 23/07/2025 09:30", VI1, VI2, VI3, foot, ""].join("\n"));
  it("takes the name the foot writes with its kind", () => {
    expect(story(["DU LỊCH TP HỒ CHÍ MINH", "☰", "Du lịch thế giới"], "Tạp chí Du lịch TP Hồ Chí Minh - Cơ quan của Sở Du lịch TP Hồ Chí Minh")?.outlet).toBe("Tạp chí Du lịch TP Hồ Chí Minh");
    expect(story(["DU LỊCH TP HỒ CHÍ MINH", "Thế giới"], "Tạp chí Du lịch TP Hồ Chí Minh - Cơ quan của Sở Du lịch TP Hồ Chí Minh")?.outlet).toBe("Tạp chí Du lịch TP Hồ Chí Minh");
  });
  it("stays as read where the foot names no magazine of that name", () => {
    expect(story(["DU LỊCH TP HỒ CHÍ MINH", "Thế giới"], "Cơ quan của Sở Du lịch TP Hồ Chí Minh")?.outlet).not.toMatch(/^Tạp chí/);
  });
});
