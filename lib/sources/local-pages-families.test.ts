// Vietnamese local, trade, campus, community and video pages (blind corpus 71): the lines they print around the
// story, family by family, each with its near misses.
import { describe, expect, it } from "vitest";
import { isFurniture, isSection, readByline, readDateLine, RELAYED_BROADCASTER, siteNameLine, writerAfterStamp } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Một phái đoàn của bộ lao động nước láng giềng đã tới thành phố cảng hôm thứ Ba để bàn về việc đưa thêm công nhân xây dựng sang vùng này.";
const VI2 = "Theo chính quyền địa phương, hai bên đã thảo luận về nhà ở, bảo hiểm y tế và thời hạn hợp đồng cho khoảng năm nghìn công nhân.";
const parse = (lines: string[], name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(`${lines.join("\n")}\n`), name), name)[0];

describe("a Vietnamese site's menu run together", () => {
  it("takes labels run together as a menu when known labels open it and hold half its words", () => {
    for (const menu of [
      "Giới thiệu Tin tức - Sự kiện Thủ tục hành chính Văn bản Liên hệ",
      "Trang chủ Thời sự Hàn Quốc Cuộc sống Học tiếng Hàn Podcast",
      "Tin Úc Tin Việt Nam Tin thế giới Đời sống Quảng cáo",
      "Trang nhất Cộng đồng Thế giới Văn hóa Rao vặt",
      "Trang nhà Tin tức Cộng đồng Liên lạc",
    ])
      expect(isSection(menu), menu).toBe(true);
    // a headline opening with a section's word goes on in a sentence's lower-case words, or names no other label
    for (const headline of [
      "Đời sống người Việt ở Nga khó khăn hơn sau lệnh cấm vận",
      "Thời sự Hàn Quốc tuần này xoay quanh bản án của tòa Seoul",
      "Giới thiệu Luật Đất đai sửa đổi tới bà con phường Long Sơn",
      "Tin tức Triều Tiên Nga Hàn Quốc",
    ])
      expect(isSection(headline), headline).toBe(false);
  });

  it("reads the headline under the site's name and its menu, not the menu", () => {
    const a = parse(["Radio Phương Nam", "Trang chủ Thời sự Hàn Quốc Cuộc sống Học tiếng Hàn Podcast", "Phái đoàn lao động tới thành phố cảng", "Phóng viên: Lê Minh", "13/08/2026 09:00", VI1, VI2]);
    expect(a?.title).toBe("Phái đoàn lao động tới thành phố cảng");
    expect(a?.body).not.toContain("Podcast");
  });
});

describe("a Vietnamese site's name at the copy's top", () => {
  it("knows a site's name by its form: every word capitalised, a unit over its school, a medium's kind first", () => {
    for (const name of ["Kênh Thời Sự Toàn Cầu", "Trung tâm Hàn Quốc học – Trường Đại học Nam Trung Bộ", "Báo Sông Thao điện tử", "Trang thông tin điện tử phường Long Sơn"])
      expect(siteNameLine(name), name).toBe(true);
    // a headline in sentence case, one with a colon or a figure, a name in capitals (the lexicon's and the masthead rules' own)
    for (const line of ["Trường Đại học Nam Trung Bộ tuyển thêm ngành Hàn Quốc học", "Báo chí Nga ca ngợi hiệp ước", "Kênh đào Suez: tàu Nga qua lại", "Tòa án Seoul phạt tù doanh nhân 54 tuổi", "BÁO CẦN THƠ ONLINE"])
      expect(siteNameLine(line), line).toBe(false);
  });

  it("reads the site's name over the headline and its byline as the masthead, the headline as the title", () => {
    const a = parse(["Trung tâm Hàn Quốc học – Trường Đại học Nam Trung Bộ", "Phái đoàn lao động tới thành phố cảng", "Thu Hà (CTV)", "14/8/2026", VI1, VI2]);
    expect(a?.title).toBe("Phái đoàn lao động tới thành phố cảng");
    expect(a?.outlet).toBe("Trung tâm Hàn Quốc học – Trường Đại học Nam Trung Bộ");
    // a headline at the top in sentence case, its deck and byline below, stays the headline
    const b = parse(["Trường Đại học Nam Trung Bộ mở ngành Hàn Quốc học", "Phái đoàn lao động tới thành phố cảng", "Thu Hà (CTV)", "14/8/2026", VI1, VI2]);
    expect(b?.title).toBe("Trường Đại học Nam Trung Bộ mở ngành Hàn Quốc học");
  });

  it("reads the masthead under the site's top bar of its day and hotline, and an official site's name over its menu", () => {
    const a = parse(["Thứ Tư, 12/08/2026 | Đường dây nóng: 0210 3812 345", "Báo Sông Thao điện tử", "Trang chủ Thời sự Kinh tế Xã hội Quốc tế Văn hóa Thể thao", "Phái đoàn lao động tới thành phố cảng", "Đăng ngày 11/08/2026 16:40", VI1, VI2]);
    expect(a?.outlet).toBe("Báo Sông Thao điện tử");
    const b = parse(["Trang thông tin điện tử phường Long Sơn", "Giới thiệu Tin tức - Sự kiện Thủ tục hành chính Văn bản Liên hệ", "Phái đoàn lao động tới thành phố cảng", "Đăng ngày: 16/08/2026 | Lượt xem: 57", VI1, VI2]);
    expect(b?.outlet).toBe("Trang thông tin điện tử phường Long Sơn");
    expect(b?.title).toBe("Phái đoàn lao động tới thành phố cảng");
  });
});

describe("a site's top bar of its contacts", () => {
  it("takes a bar of contacts, with the day maybe, as furniture, never the headline, and reads the masthead under it", () => {
    for (const line of ["Thứ Tư, 12/08/2026 | Đường dây nóng: 0210 3812 345", "Hotline: 1900 1234 | Email: news@mekongtimes.vn", "Email: toasoan@baobinhnguyen.vn"])
      expect(isFurniture(line), line).toBe(true);
    // a headline after a label, a contact's label without a number or an address
    for (const line of ["Điện thoại: Nga và Triều Tiên nối lại đường dây nóng", "Liên hệ: Phòng Hành chính, tầng 3"]) expect(isFurniture(line), line).toBe(false);
    const EN1 = "A delegation from North Korea's labour ministry arrived in Khabarovsk on Tuesday to discuss sending more construction workers to Russia's Far East.";
    const EN2 = "The regional government said the two sides discussed housing, health insurance and contract terms for about 5,000 workers expected to start work.";
    const a = parse(["Hotline: 1900 1234 | Email: news@mekongtimes.vn", "The Mekong Times", "World", "North Korean labour delegation arrives in Khabarovsk", "By Minh Chau | August 12, 2026, 9:40 pm", EN1, EN2]);
    expect(a?.title).toBe("North Korean labour delegation arrives in Khabarovsk");
    expect(a?.outlet).toBe("The Mekong Times");
    expect(a?.author).toBe("Minh Chau");
  });
});

describe("a page's stamp with its writer, a video page's counts", () => {
  it("reads the day before the writer a template labels after the stamp, and the writer", () => {
    expect(readDateLine("Ngày đăng: 15/08/2026 · Người viết: Ngọc Ánh")?.publishedAt).toBe("2026-08-15");
    expect(readDateLine("12/08/2026 20:15 | Tác giả: Lê Minh")?.publishedAt).toBe("2026-08-12T20:15");
    expect(readDateLine("Posted 3 May 2026 · Author: Jane Doe")?.publishedAt).toBe("2026-05-03");
    expect(writerAfterStamp("Ngày đăng: 15/08/2026 · Người viết: Ngọc Ánh")).toBe("Ngọc Ánh");
    // the label alone on its line signs too; "người viết" in a sentence does not
    expect(readByline("Người viết: Lan Anh")).toBe("Lan Anh");
    expect(readByline("Người viết hồi ký")).toBeNull();
    // no stamp before the label, or no label before the name: no writer
    expect(writerAfterStamp("Người viết: Ngọc Ánh")).toBeNull();
    expect(writerAfterStamp("15/08/2026 · Ngọc Ánh")).toBeNull();
    const a = parse(["Trường Đại học Phương Nam", "Tin tức", "Phái đoàn lao động tới thành phố cảng", "Ngày đăng: 15/08/2026 · Người viết: Ngọc Ánh", VI1, VI2]);
    expect(a?.publishedAt).toBe("2026-08-15");
    expect(a?.author).toBe("Ngọc Ánh");
  });

  it("reads the day of a video's count line with a bullet between, and takes its channel's buttons as furniture", () => {
    expect(readDateLine("18.204 lượt xem · 13 thg 8, 2026")?.publishedAt).toBe("2026-08-13");
    expect(readDateLine("3.416 lượt xem · 12/08/2026")?.publishedAt).toBe("2026-08-12");
    // a premiere's or a live stream's day, after the count or alone
    expect(readDateLine("18.204 lượt xem • Đã công chiếu vào 13 thg 8, 2026")?.publishedAt).toBe("2026-08-13");
    expect(readDateLine("3,4 N lượt xem · Đã phát trực tiếp vào 12 thg 8, 2026")?.publishedAt).toBe("2026-08-12");
    expect(readDateLine("Streamed live on Dec 4, 2026")?.publishedAt).toBe("2026-12-04");
    // a count without a day is none
    expect(readDateLine("1,2 N lượt xem · Đã công chiếu")).toBeNull();
    for (const line of ["Đăng ký kênh · 126 N người đăng ký", "Subscribe 126K subscribers", "Bản ghi", "Bản ghi video", "Video transcript"]) expect(isFurniture(line), line).toBe(true);
    for (const line of ["", "Đăng ký kênh truyền hình mới cho người Việt ở Osaka", "Bản ghi nhớ hợp tác lao động giữa hai nước"]) expect(isFurniture(line), line).toBe(false);
    const a = parse(["Kênh Thời Sự Toàn Cầu", "Phái đoàn lao động tới thành phố cảng", "18.204 lượt xem · 13 thg 8, 2026", "Đăng ký kênh · 126 N người đăng ký", "Bản ghi", VI1, VI2]);
    expect(a?.title).toBe("Phái đoàn lao động tới thành phố cảng");
    expect(a?.publishedAt).toBe("2026-08-13");
    expect(a?.outlet).toBe("Kênh Thời Sự Toàn Cầu");
    expect(a?.body).not.toContain("Bản ghi");
  });
});

describe("a page's foot", () => {
  it("reads a contributor's name before its code and the wire after a dash", () => {
    const a = parse(["Trang tin Phường Nam", "Tin tức", "Phái đoàn lao động tới thành phố cảng", "16/08/2026", VI1, VI2, "Văn Tùng (CTV) - Theo TTXVN"]);
    expect(a?.author).toBe("Văn Tùng");
    expect(a?.agency).toBe("TTXVN");
  });

  it("reads a contributor's code before the name, and a writer with a source after a dash as one writer and the source", () => {
    const foot = (line: string) => parse(["Trang tin Phường Nam", "Tin tức", "Phái đoàn lao động tới thành phố cảng", "16/08/2026", VI1, VI2, line]);
    expect(foot("CTV Văn Tùng")?.author).toBe("Văn Tùng");
    for (const [line, agency] of [["Quang Huy - Theo Reuters", "Reuters"], ["Quang Huy - Theo Yonhap", "Yonhap"], ["Quang Huy - Theo KBS World", "KBS"], ["Quang Huy | Nguồn: NHK World-Japan", "NHK"]] as const) {
      const a = foot(line);
      expect(a?.author, line).toBe("Quang Huy");
      expect(a?.agency, line).toBe(agency);
    }
    // two writers after a dash stay two writers
    expect(foot("Thanh Tùng - Ngọc Hân")?.author).toBe("Thanh Tùng, Ngọc Hân");
  });

  it("takes a post's buttons in a row and a station's contact line as furniture, so the credit and the editor above them are read", () => {
    for (const line of ["👍 Thích · 💬 Bình luận · ↗ Chia sẻ", "Like · Comment · Share", "Liên lạc đài: (03) 9312 4567 · Giấy phép phát thanh cộng đồng số 2VM-118", "Liên hệ tòa soạn: 024 3942 0000"])
      expect(isFurniture(line), line).toBe(true);
    // a sentence that asks to call, or likes something, is no such line
    for (const line of ["Liên hệ với chúng tôi qua số 0903 123 456 để được tư vấn", "Thích thú với chuyến đi"]) expect(isFurniture(line), line).toBe(false);
    const a = parse(["Radio Phương Nam", "Bản tin quốc tế", "Phái đoàn lao động tới thành phố cảng", "12/08/2026 07:30", VI1, VI2, "Theo Sputnik", "Biên tập: Bảo Ngọc", "👍 Thích · 💬 Bình luận · ↗ Chia sẻ", "Liên lạc đài: (03) 9312 4567 · Giấy phép phát thanh cộng đồng số 2VM-118"]);
    expect(a?.agency).toBe("Sputnik");
    expect(a?.author).toBe("Bảo Ngọc");
    expect(a?.body).not.toContain("Chia sẻ");
  });
});

describe("an Asian broadcaster credited, a description's source", () => {
  it("reads an Asian broadcaster's world service as the broadcaster", () => {
    for (const [credit, agency] of [
      ["Theo KBS World", "KBS"],
      ["Nguồn: NHK World-Japan", "NHK"],
      ["(Arirang TV)", "Arirang"],
      ["Theo CRI Tiếng Việt", "CRI"],
    ] as const) {
      const a = parse(["Thời báo Phương Nam", "Tìm kiếm...", "Phái đoàn lao động tới thành phố cảng", "Hoài Nam - 13.08.2026", VI1, VI2, credit]);
      expect(a?.agency, credit).toBe(agency);
    }
    // the broadcaster's sports channel, or a sentence that cites it, is no credit line
    expect(RELAYED_BROADCASTER.test("Theo KBS World, phái đoàn sẽ tới Vladivostok vào cuối tuần.")).toBe(false);
    expect(RELAYED_BROADCASTER.test("Source: KBS Sports")).toBe(false);
  });

  it("reads the source closing a video's description after its last sentence", () => {
    const a = parse(["Kênh Thời Sự Toàn Cầu", "Phái đoàn lao động tới thành phố cảng", "18.204 lượt xem · 13 thg 8, 2026", "Bản tin tối 13/8 về phái đoàn lao động. Theo NHK.", "Bản ghi", VI1, VI2]);
    expect(a?.agency).toBe("NHK");
    const b = parse(["Kênh Thời Sự Toàn Cầu", "Phái đoàn lao động tới thành phố cảng", "18.204 lượt xem · 13 thg 8, 2026", "Bản tin tối về phái đoàn lao động ở Khabarovsk. Nguồn: Sputnik", VI1, VI2]);
    expect(b?.agency).toBe("Sputnik");
    // a body the lexicon does not know, or a sentence that goes on after the source, credits nothing
    const c = parse(["Kênh Thời Sự Toàn Cầu", "Phái đoàn lao động tới thành phố cảng", "18.204 lượt xem · 13 thg 8, 2026", "Bản tin tối về phái đoàn lao động. Theo Bộ Lao Động.", VI1, VI2]);
    expect(c?.agency).toBeNull();
    const d = parse(["Kênh Thời Sự Toàn Cầu", "Phái đoàn lao động tới thành phố cảng", "18.204 lượt xem · 13 thg 8, 2026", "Bản tin tối về phái đoàn. Theo NHK, phái đoàn sẽ ở lại một tuần.", VI1, VI2]);
    expect(d?.agency).toBeNull();
  });
});

describe("a saved page's byline with its stamp", () => {
  const page = (meta: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Phái đoàn lao động tới thành phố cảng</title><meta property="og:site_name" content="Tạp chí Nhân Lực"></head><body><div class="post"><h1>Phái đoàn lao động tới thành phố cảng</h1>${meta}<div class="post-body"><p>${VI1}</p><p>${VI2}</p></div></div></body></html>`;

  it("reads the team before the clock and the day ('Nhóm PV | 10:05, 12/08/2026'), and the writer labelled after the day", () => {
    const a = parse([page('<p class="byline">Nhóm PV | 10:05, 12/08/2026</p>')], "page.html");
    expect(a?.author).toBe("Nhóm PV");
    expect(a?.publishedAt).toBe("2026-08-12T10:05");
    const b = parse([page('<div class="news-meta">Ngày đăng: 15/08/2026 · Người viết: Ngọc Ánh</div>')], "page.html");
    expect(b?.author).toBe("Ngọc Ánh");
    expect(b?.publishedAt).toBe("2026-08-15");
    // a section before the day is no one
    const c = parse([page('<div class="meta">Thế giới | 12/08/2026</div>')], "page.html");
    expect(c?.author).toBeNull();
  });
});
