// The families of the seventy-second corpus's relays: a broadcaster or a wire relayed, named in full or in short, in
// Vietnamese or in English, as its language service, before or after the text, with the original's date or a writer
// beside it; the original's date labelled after the relay's on one line; a menu run together without its home label;
// a translator's "Chuyển ngữ:" and a summary's "Lược thuật:". Each in several shapes, with the lines that look like them
// and must stay as they are.
import { describe, expect, it } from "vitest";
import { parseDateLine } from "./dates";
import { classifyLine, isFurniture, isSection } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";
import { relayedCredit, relayedSourceName } from "./relayed-source";

const VI1 = "Hải quân Nga và Triều Tiên hôm thứ Sáu bắt đầu cuộc tập trận chung kéo dài ba ngày trên vùng biển Nhật Bản, lần đầu có tàu chiến của Bình Nhưỡng tham gia.";
const VI2 = "Hạm đội Thái Bình Dương của Nga điều hai tàu hộ vệ và một tàu chống ngầm, trong khi Triều Tiên đưa tới một khu trục hạm mới.";
const VI3 = "Bộ Tham mưu Liên quân Hàn Quốc cho biết đang theo dõi chặt chẽ cuộc tập trận và tăng cường tuần tra trên vùng biển phía đông.";
const EN1 = "The Russian and North Korean navies began a three-day joint exercise in the Sea of Japan on Friday, the first such drill for Pyongyang's warships.";
const EN2 = "Russia's Pacific Fleet sent two corvettes and an anti-submarine ship, while North Korea deployed a destroyer launched last year.";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];
const relayUnder = (credit: string) => ["Tuần báo Gió Bấc", "Tàu chiến Triều Tiên lần đầu tập trận cùng hạm đội Nga", "Đăng ngày 05/12/2026 lúc 8:50", VI1, VI2, VI3, credit, "Bài liên quan"].join("\n");

describe("a broadcaster or a wire relayed, named in any form", () => {
  it("names the source by its short name from its full, Vietnamese or service name", () => {
    for (const [name, short] of [
      ["Đài Tiếng nói Hoa Kỳ", "VOA"],
      ["Voice of America", "VOA"],
      ["Radio Free Asia", "RFA"],
      ["Đài Á Châu Tự Do", "RFA"],
      ["Phát thanh Quốc tế Pháp", "RFI"],
      ["Deutsche Welle", "DW"],
      ["DW.COM", "DW"],
      ["Đài NHK Nhật Bản", "NHK"],
      ["NHK World-Japan", "NHK"],
      ["KBS World tiếng Việt", "KBS"],
      ["KBS World Radio's Vietnamese service", "KBS"],
      ["Hãng tin Yonhap (Hàn Quốc)", "Yonhap"],
      ["Yonhap News Agency (Vietnamese edition)", "Yonhap"],
      ["Hãng thông tấn Pháp AFP", "AFP"],
      ["Agence France-Presse", "AFP"],
      ["Thông tấn xã Nga", "TASS"],
      ["Tân Hoa xã", "Xinhua"],
      ["Sputnik Việt Nam", "Sputnik"],
    ] as const) expect(relayedSourceName(name), name).toBe(short);
    for (const name of ["Bộ Quốc phòng", "BBC Sport", "Đài Truyền hình Việt Nam", "Hãng tin", "Radio Sài Gòn Dallas", "Nhật Bản"]) expect(relayedSourceName(name), name).toBeNull();
  });

  it("reads a Vietnamese relay's credit line under the text, and drops it from the text", () => {
    for (const [credit, agency, author] of [
      ["Dịch từ: Radio Free Asia", "RFA", null],
      ["📌 Nguồn: KBS World tiếng Việt", "KBS", null],
      ["Nguồn tin: Reuters", "Reuters", null],
      ["— BBC News, 4/12/2026 —", "BBC", null],
      ["Bài viết sử dụng tin của Hãng thông tấn Pháp AFP.", "AFP", null],
      ["Bài viết dựa trên bản tin tiếng Việt của Đài NHK Nhật Bản ngày 2/12.", "NHK", null],
      ["Tư liệu: Hãng tin Yonhap (Hàn Quốc)", "Yonhap", null],
      ["Đọc bản gốc trên trang Đài Tiếng nói Hoa Kỳ", "VOA", null],
      ["Hà Phương (dịch từ NHK)", "NHK", "Hà Phương"],
      ["Lan Anh (lược dịch theo Radio Free Asia)", "RFA", "Lan Anh"],
    ] as const) {
      expect(relayedCredit(credit), credit).toEqual({ agency, author });
      expect(classifyLine(credit, "footer").role, credit).toBe("credit");
      const a = parse(relayUnder(credit));
      expect(a?.agency, credit).toBe(agency);
      if (author) expect(a?.author, credit).toBe(author);
      expect(a?.body, credit).not.toContain(credit.replace(/^📌 /u, ""));
      expect(a?.publishedAt?.slice(0, 10), credit).toBe("2026-12-05");
    }
  });

  it("reads a credit over the headline: a header naming the service, the source with its date or its full name", () => {
    for (const [credit, agency] of [
      ["Bản tin của Deutsche Welle", "DW"],
      ["Phát thanh Quốc tế Pháp | 05.12.2026", "RFI"],
      ["TASS – Thông tấn xã Nga", "TASS"],
    ] as const) {
      expect(relayedCredit(credit)?.agency, credit).toBe(agency);
      const a = parse(["Tuần báo Gió Bấc", credit, "Tàu chiến Triều Tiên lần đầu tập trận cùng hạm đội Nga", "Ngày đăng: 05/12/2026", VI1, VI2, VI3].join("\n"));
      expect(a?.agency, credit).toBe(agency);
      expect(a?.title, credit).toBe("Tàu chiến Triều Tiên lần đầu tập trận cùng hạm đội Nga");
      expect(a?.body, credit).not.toContain(credit);
    }
  });

  it("reads a quoting post's credit over the text it quotes", () => {
    const a = parse(["Diễn đàn Gió Bấc", "Tàu chiến Triều Tiên lần đầu tập trận cùng hạm đội Nga", "sasha_hn · 05/12/2026, 19:22", "Trích Sputnik Việt Nam:", VI1, VI2, VI3].join("\n"));
    expect(a?.agency).toBe("Sputnik");
    expect(a?.body).not.toContain("Trích Sputnik");
    expect(a?.body).toContain(VI1);
  });

  it("reads an English page's credit, its writer after a dot", () => {
    for (const [credit, agency, author] of [
      ["Credit: Yonhap News Agency (Vietnamese edition)", "Yonhap", null],
      ["Courtesy of KBS World Radio's Vietnamese service", "KBS", null],
      ["Wire copy: Agence France-Presse · Prepared for the web by Tom Nguyen", "AFP", "Tom Nguyen"],
      ["Translated from Radio Free Asia", "RFA", null],
    ] as const) {
      expect(relayedCredit(credit), credit).toEqual({ agency, author });
      const a = parse(["Pacific Notes", "Russia and North Korea take their navies to sea", "December 5, 2026", EN1, EN2, credit, "Share this story"].join("\n"));
      expect(a?.agency, credit).toBe(agency);
      if (author) expect(a?.author, credit).toBe(author);
      expect(a?.body, credit).not.toContain(credit);
    }
  });

  it("leaves sentences, pictures' credits, names alone and other sources", () => {
    for (const line of [
      "Theo VOA, một số nghị sĩ Mỹ đã kêu gọi áp đặt thêm các biện pháp trừng phạt.",
      "Theo Bộ Quốc phòng (24/03/2026)",
      "BBC",
      "Deutsche Welle",
      "Via Associated Press",
      "Credit: Reuters",
      "Photo courtesy of AP",
      "Source: BBC Sport",
      "Trích dẫn lời ông Peskov:",
      "Dịch từ tiếng Anh",
      "TASS – Moskva",
      "Reuters, Kyodo",
      "Bản tin của Đài Truyền hình Việt Nam",
      "Hà Phương (Theo Reuters)",
    ]) expect(relayedCredit(line), line).toBeNull();
  });
});

describe("the relay's date and the original's on one line", () => {
  it("is the relay's date", () => {
    expect(parseDateLine("Đăng: 02/12/2026 | Bản gốc: 01/12/2026")?.publishedAt).toBe("2026-12-02");
    expect(parseDateLine("Ngày đăng: 04/12/2026 · Bản tin gốc: 03/12/2026")?.publishedAt).toBe("2026-12-04");
    expect(parseDateLine("04/12/2026 08:30 · Bài gốc đăng ngày 03/12/2026")?.publishedAt).toBe("2026-12-04T08:30");
    expect(parseDateLine("Posted Dec 2, 2026 · Original: Dec 1, 2026")?.publishedAt).toBe("2026-12-02");
  });
  it("leaves two dates no label tells apart, and a tail that is no date", () => {
    expect(parseDateLine("02/12/2026 | 01/12/2026")).toBeNull();
    expect(parseDateLine("02/12/2026 | Bản gốc tiếng Anh")).toBeNull();
  });
});

describe("a menu run together", () => {
  it("is a section line: a home label in another form, or five sections and more without one", () => {
    for (const line of [
      "Trang nhất Úc châu Việt Nam Thế giới Cộng đồng Quảng cáo",
      "Trang nhà Cộng đồng Hoa Kỳ Thế giới Việt Nam Rao vặt",
      "Chính trị Xã hội Kinh tế Thế giới Pháp luật Thể thao",
    ]) expect(isSection(line), line).toBe(true);
    const a = parse(["Báo Gió Bấc", "Chính trị Xã hội Kinh tế Thế giới Pháp luật Thể thao", "Nga, Triều Tiên khởi động tập trận hải quân chung", "Cập nhật: 04/12/2026 18:12", VI1, VI2, VI3].join("\n"));
    expect(a?.title).toBe("Nga, Triều Tiên khởi động tập trận hải quân chung");
  });
  it("leaves a headline of section words and a short run", () => {
    for (const line of ["Kinh tế Việt Nam tăng trưởng mạnh trong quý ba", "Thế giới Việt Nam", "Xã hội, Kinh tế, Thế giới, Pháp luật, Thể thao"]) expect(isSection(line), line).toBe(false);
  });
});

describe("a translator's and a summary's writer", () => {
  it("signs the relay", () => {
    for (const [line, author] of [
      ["Chuyển ngữ: Bảo Ngọc", "Bảo Ngọc"],
      ["Lược thuật: Hoàng Yến", "Hoàng Yến"],
      ["CHUYỂN NGỮ: Bảo Ngọc", "Bảo Ngọc"],
    ] as const) expect(parse(relayUnder(line))?.author, line).toBe(author);
  });
  it("leaves a phrase after the cue", () => {
    expect(parse(relayUnder("Chuyển ngữ: những điều cần biết"))?.author).toBeNull();
  });
});

describe("a relay's title as a post, a thread or a video page prints it", () => {
  const under = (title: string, ...after: string[]) => parse([title, ...after, "04/12/2026 21:05", VI1, VI2, VI3].join("\n"));
  it("drops the source's tag before it and credits the source", () => {
    for (const [title, agency] of [
      ["[BBC] Nhật Bản truy ra nhà máy Nga làm bộ phận tên lửa Triều Tiên", "BBC"],
      ["(VOA) Nhật Bản truy ra nhà máy Nga làm bộ phận tên lửa Triều Tiên", "VOA"],
      ["[Đài Á Châu Tự Do] Nhật Bản truy ra nhà máy Nga làm bộ phận tên lửa", "RFA"],
    ] as const) {
      const a = under(title);
      expect(a?.title, title).toBe(title.replace(/^\S+(?: \S+)*?[\])] /u, ""));
      expect(a?.agency, title).toBe(agency);
    }
  });
  it("keeps a tag that names no source", () => {
    for (const title of ["[Thảo luận] Nhật Bản truy ra nhà máy Nga làm bộ phận tên lửa Triều Tiên", "[Hà Nội] Nhật Bản truy ra nhà máy Nga làm bộ phận tên lửa Triều Tiên"]) {
      expect(under(title)?.title, title).toBe(title);
      expect(under(title)?.agency, title).toBeNull();
    }
  });
  it("drops the pictographs closing it, and keeps a flag opening it", () => {
    expect(under("NGA VÀ TRIỀU TIÊN TẬP TRẬN HẢI QUÂN CHUNG TRÊN BIỂN NHẬT BẢN 🚢")?.title).toBe("NGA VÀ TRIỀU TIÊN TẬP TRẬN HẢI QUÂN CHUNG TRÊN BIỂN NHẬT BẢN");
    expect(under("🔴 NGA VÀ TRIỀU TIÊN TẬP TRẬN HẢI QUÂN CHUNG TRÊN BIỂN NHẬT BẢN")?.title).toBe("🔴 NGA VÀ TRIỀU TIÊN TẬP TRẬN HẢI QUÂN CHUNG TRÊN BIỂN NHẬT BẢN");
  });
  it("drops the page's own name after a bar when it stands alone below, and names the outlet by it", () => {
    const a = under("Người đào tị: lao động Triều Tiên bị giữ hộ chiếu ở xưởng tàu Nga | Thời Sự Quanh Ta", "18.402 lượt xem", "Thời Sự Quanh Ta", "245 N người đăng ký");
    expect(a?.title).toBe("Người đào tị: lao động Triều Tiên bị giữ hộ chiếu ở xưởng tàu Nga");
    expect(a?.outlet).toBe("Thời Sự Quanh Ta");
    // a bar inside the headline, its second part printed nowhere else: the headline as it is
    expect(under("Nga và Triều Tiên tập trận chung | Hàn Quốc tăng cường tuần tra")?.title).toBe("Nga và Triều Tiên tập trận chung | Hàn Quốc tăng cường tuần tra");
  });
});

describe("a video page's description under its title", () => {
  const page = (description: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tập trận Nga – Triều | Kênh Gió Bấc</title><meta property="og:site_name" content="Kênh Gió Bấc"></head><body>
<div class="bar"><a href="/">Kênh Gió Bấc</a> <a href="/dang-nhap">Đăng nhập</a></div>
<div class="watch"><div class="player">▶ 0:00 / 3:42</div><h1>Tàu chiến Triều Tiên lần đầu tập trận cùng hạm đội Nga</h1><div class="info">9.870 lượt xem · 5 thg 12, 2026</div>
<div class="description">${description}</div></div></body></html>`;
  it("is the story told, its paragraphs kept and its credit read", () => {
    const a = parse(page(`<p>${VI1}</p><p>${VI2}</p><p>${VI3}</p><p>Tư liệu: Hãng tin Yonhap (Hàn Quốc)</p>`), "video.html");
    expect(a?.body).toContain(VI1);
    expect(a?.body).toContain(VI3);
    expect(a?.agency).toBe("Yonhap");
  });
  it("leaves a site's tagline under the home link's bar as the site's", () => {
    const a = parse(page("Kênh tin tức của cộng đồng Việt tại Seoul").replace('<div class="watch">', `<div class="watch"><p>${VI1}</p><p>${VI2}</p>`), "video.html");
    expect(a?.body).not.toContain("Kênh tin tức của cộng đồng Việt tại Seoul");
  });
});

describe("a site's name under its address in a browser's bar", () => {
  const copy = (bar: string, name: string) => [bar, name, "Russia and North Korea take their navies to sea together", "By Linh Park · Dec 5, 2026", EN1, EN2].join("\n");
  it("is the masthead, never the headline, and names the outlet", () => {
    for (const [bar, name] of [
      ["✕  saigonseoulletter.com", "The Saigon–Seoul Letter"],
      ["saigonseoulletter.com", "The Saigon Seoul Letter"],
      ["× mekongweekly.org", "Mekong Weekly"],
    ] as const) {
      const a = parse(copy(bar, name));
      expect(a?.title, bar).toBe("Russia and North Korea take their navies to sea together");
      expect(a?.outlet, bar).toBe(name);
      expect(a?.author, bar).toBe("Linh Park");
    }
  });
  it("leaves a headline in title case over its deck when no address spells it", () => {
    const a = parse(["The Treaty Clause", "How a mutual defence article became the centre of a new alliance in the east", "By Linh Park · Dec 5, 2026", EN1, EN2].join("\n"));
    expect(a?.title).toBe("The Treaty Clause");
  });
});

describe("a writer and the source relayed joined by a slash under the text", () => {
  it("names the writer, and the wire or the broadcaster after the slash is the source, no outlet", () => {
    for (const [line, agency] of [
      ["Minh Đức/Tân Hoa xã", "Xinhua"],
      ["Lan Anh/Đài Á Châu Tự Do", "RFA"],
      ["Thu Hà/Reuters", "Reuters"],
    ] as const) {
      const a = parse(relayUnder(line));
      expect(a?.agency, line).toBe(agency);
      expect(a?.author, line).toBe(line.split("/")[0]);
      expect(a?.outlet ?? "", line).not.toContain(line.split("/")[1]);
    }
  });
  it("leaves a writer and an outlet's name as they are", () => {
    const a = parse(relayUnder("Minh Hòa/VOV.VN"));
    expect(a?.author).toBe("Minh Hòa");
    expect(a?.agency).toBeNull();
  });
});

describe("a Vietnamese dateline with its day in figures and the wire in brackets", () => {
  const lead = (dateline: string) => parse(["Báo Điện tử Gió Bấc", "Chính trị Xã hội Kinh tế Thế giới Pháp luật Thể thao", "Nga, Triều Tiên khởi động tập trận hải quân chung", "Cập nhật: 04/12/2026 18:12", `${dateline}${VI1}`, VI2, VI3].join("\n"));
  it("credits the wire, the page's masthead still the outlet", () => {
    for (const [dateline, agency] of [
      ["Bình Nhưỡng, 4/12 (Tân Hoa xã) - ", "Xinhua"],
      ["Seoul, 4/12/2026 (Yonhap) - ", "Yonhap"],
    ] as const) {
      const a = lead(dateline);
      expect(a?.agency, dateline).toBe(agency);
      expect(a?.outlet, dateline).toBe("Báo Điện tử Gió Bấc");
    }
  });
  it("leaves a day's note in brackets", () => {
    expect(lead("Hôm nay, 4/12 (thứ Sáu) - ")?.agency).toBeNull();
  });
});

describe("a video description's fold button", () => {
  it("is furniture, so the credit over it is read and leaves the text", () => {
    for (const button of ["Hiện thêm", "Ẩn bớt", "Thu gọn"]) {
      const a = parse(["Kênh Gió Bấc", "Tàu chiến Triều Tiên lần đầu tập trận cùng hạm đội Nga", "2 thg 12, 2026", VI1, VI2, "Nguồn tin: Reuters", button].join("\n"));
      expect(a?.agency, button).toBe("Reuters");
      expect(a?.body, button).not.toContain(button);
      expect(a?.body, button).not.toContain("Nguồn tin");
    }
  });
  it("leaves a sentence that opens with the same words", () => {
    const a = parse(["Kênh Gió Bấc", "Tàu chiến Triều Tiên lần đầu tập trận cùng hạm đội Nga", "2 thg 12, 2026", VI1, VI2, "Hiện thêm nhiều tàu chiến đã được điều tới vùng biển phía đông."].join("\n"));
    expect(a?.body).toContain("Hiện thêm nhiều tàu chiến");
  });
});

describe("a saved page's credit box over the headline", () => {
  const page = (box: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tập trận – Tạp chí Gió Bấc</title><meta property="og:site_name" content="Tạp chí Gió Bấc"></head><body>
<div class="article">${box}<h1>Khu trục hạm Triều Tiên tham gia tập trận với Hạm đội Thái Bình Dương</h1><div class="pubdate">05/12/2026, 21:30</div>
<div class="text"><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></div></div></body></html>`;
  it("credits the broadcaster it names with the original's date or in full", () => {
    for (const [box, agency] of [
      ['<div class="credit">Phát thanh Quốc tế Pháp | 05.12.2026</div>', "RFI"],
      ['<div class="source-top">TASS – Thông tấn xã Nga</div>', "TASS"],
    ] as const) expect(parse(page(box), "page.html")?.agency, box).toBe(agency);
  });
  it("leaves a box naming no source relayed", () => {
    expect(parse(page('<div class="credit">Tạp chí Gió Bấc | 05.12.2026</div>'), "page.html")?.agency).toBeNull();
  });
});

describe("a forum post's thanks and likes", () => {
  it("are furniture, in both languages", () => {
    for (const line of [
      "3 thành viên đã cảm ơn bài này",
      "ngoclan, tuan_minh và 7 người khác đã thích bài này",
      "The following 3 users say Thank You to minhduc for this useful post",
      "12 users thanked this post",
    ]) expect(isFurniture(line), line).toBe(true);
  });
  it("leave a sentence about thanks or likes", () => {
    for (const line of ["3 thành viên đã cảm ơn Bộ Quốc phòng vì sự hỗ trợ trong năm qua", "Hơn 300 người đã thích bài hát này khi nó ra mắt", "Two users thanked the ministry for its help."]) {
      expect(isFurniture(line), line).toBe(false);
    }
  });
});
