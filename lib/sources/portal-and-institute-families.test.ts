// Vietnamese portals, mass organisations', institutes' and consulates' pages, regional stations' sites and app views
// (blind corpus 74): the lines they print around the story, family by family, each with its near misses.
import { describe, expect, it } from "vitest";
import { isFurniture, readDateLine, sourceWithAge } from "./layout-model";
import { overMastheadBar } from "./metadata";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Thứ trưởng Ngoại giao của nước láng giềng đã tới thủ đô hôm thứ Hai trong chuyến thăm ba ngày nhằm chuẩn bị cho kỳ họp của ủy ban liên chính phủ.";
const VI2 = "Hai bên dự kiến thảo luận về vận tải đường sắt, nghề cá và việc mở thêm đường bay thẳng giữa hai thành phố cảng trong năm tới.";
const parse = (lines: string[], name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(`${lines.join("\n")}\n`), name), name)[0];

describe("a bar over the masthead that names no site", () => {
  it("knows the state's name line, a language switch and a station's live bar", () => {
    for (const line of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Tiếng Việt | Русский | English",
      "한국어 | English | 中文 | Tiếng Việt",
      "● TRỰC TIẾP: Kênh TNX1 | Kênh TNX2 | Phát thanh FM 96,5",
      "Xem trực tiếp NGTV | Nghe FM 92,8 MHz",
    ])
      expect(overMastheadBar(line), line).toBe(true);
    // a headline naming the republic or a language, a live page's title, one language alone
    for (const line of [
      "Cộng hòa Xã hội Chủ nghĩa Việt Nam và Liên bang Nga ký hiệp định mới",
      "Tiếng Việt được dạy ở 12 trường tại Vladivostok",
      "Trực tiếp: Lễ khánh thành cầu đường sắt qua sông Tumen",
      "English",
      "Tiếng Việt | Học tiếng Nga cùng giáo viên bản ngữ",
    ])
      expect(overMastheadBar(line), line).toBe(false);
  });

  it("reads the portal's, the consulate's and the station's name under such a bar as the outlet", () => {
    const menu = "Trang chủ Giới thiệu Tin tức - Sự kiện Chính quyền Công dân Doanh nghiệp Văn bản";
    const a = parse(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cổng thông tin điện tử tỉnh Hòa Sơn", menu, "Trang chủ > Tin tức > Tin quốc tế", "Thứ trưởng Ngoại giao nước láng giềng tới thủ đô", "Ngày đăng: 08/10/2026 17:45", VI1, VI2]);
    expect(a?.outlet).toBe("Cổng thông tin điện tử tỉnh Hòa Sơn");
    expect(a?.title).toBe("Thứ trưởng Ngoại giao nước láng giềng tới thủ đô");
    const b = parse(["Tiếng Việt | Русский | English", "Tổng Lãnh sự quán Liên bang Nga tại Vũng Lầy", "Trang chủ Tổng Lãnh sự quán Lãnh sự Quan hệ song phương Tin tức Liên hệ", "Trang chủ > Tin tức", "Về chuyến thăm của Thứ trưởng Ngoại giao", "06.10.2026", VI1, VI2]);
    expect(b?.outlet).toBe("Tổng Lãnh sự quán Liên bang Nga tại Vũng Lầy");
    const c = parse(["● TRỰC TIẾP: Kênh HS1 | Phát thanh FM 99,1", "Đài Phát thanh và Truyền hình Hòa Sơn Mới", "Trang chủ Thời sự Chính trị Kinh tế Xã hội Quốc tế Video Phát thanh", "Trang chủ > Quốc tế", "Thứ trưởng Ngoại giao nước láng giềng tới thủ đô", "Cập nhật lúc: 22:10, 08/10/2026", VI1, VI2]);
    expect(c?.outlet).toBe("Đài Phát thanh và Truyền hình Hòa Sơn Mới");
    // a headline shaped as a body's name right under the bar, its date below, stays the headline
    const d = parse(["Tiếng Việt | Русский | English", "Bộ Ngoại giao phản đối phát biểu của người phát ngôn nước láng giềng", "06.10.2026", VI1, VI2]);
    expect(d?.title).toBe("Bộ Ngoại giao phản đối phát biểu của người phát ngôn nước láng giềng");
    // a headline under the bar is still the headline, never the outlet
    const e = parse(["Tiếng Việt | Русский | English", "Thứ trưởng Ngoại giao nước láng giềng tới thủ đô", "06.10.2026", VI1, VI2]);
    expect(e?.title).toBe("Thứ trưởng Ngoại giao nước láng giềng tới thủ đô");
    expect(e?.outlet).toBeNull();
  });
});

describe("a saved page's masthead box naming the site, with no site name in its metadata", () => {
  const page = (head: string, foot: string, url = "https://hoasonvien.edu.vn/tin-tuc/toa-dam-12.html") =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tọa đàm về hợp tác đường sắt</title><link rel="canonical" href="${url}"></head><body>${head}<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div><div class="detail"><h1>Tọa đàm về hợp tác đường sắt</h1><div class="date">Ngày đăng: 11/10/2026 07:50</div><p>${VI1}</p><p>${VI2}</p></div><footer>${foot}</footer></body></html>`;
  const read = (html: string) => parseImport(decodeImportFile(Buffer.from(html), "page.html"), "page.html")[0];

  it("reads a body's, a paper's or an association's name from a banner, a logo heading or a print view's header", () => {
    // in capitals in the banner, in running case in the footer: the footer's spelling
    expect(read(page(`<div id="banner"><div class="banner-text">VIỆN NGHIÊN CỨU HÒA SƠN</div></div>`, "Viện Nghiên cứu Hòa Sơn. Địa chỉ: 12 Lê Lợi."))?.outlet).toBe("Viện Nghiên cứu Hòa Sơn");
    expect(read(page(`<h1 class="logo">Tổng Lãnh sự quán Đại Hàn Dân Quốc tại Vũng Lầy</h1>`, "Địa chỉ: 9 Lê Lợi."))?.outlet).toBe("Tổng Lãnh sự quán Đại Hàn Dân Quốc tại Vũng Lầy");
    expect(read(page(`<div class="masthead"><img src="/logo.png" alt=""><span class="org">Hội Hữu nghị Việt – Nga tỉnh Hòa Sơn</span></div>`, "ĐT: 0274 3829 614"))?.outlet).toBe("Hội Hữu nghị Việt – Nga tỉnh Hòa Sơn");
    expect(read(page(`<div class="print-header">BÁO ĐIỆN TỬ HÒA SƠN</div>`, "Báo Điện tử Hòa Sơn – Giấy phép số 203/GP-BTTTT"))?.outlet).toBe("Báo Điện tử Hòa Sơn");
    // a banner holding the portal's name as a heading, or the paper's name over its owner's line
    expect(read(page(`<div class="banner"><img src="/quoc-huy.png" alt=""><h1>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÒA SƠN</h1></div>`, "Địa chỉ: 9 Lê Lợi."))?.outlet?.toLowerCase()).toBe("cổng thông tin điện tử tỉnh hòa sơn");
  });

  it("never takes a banner's advertisement, a brand box's slogan or a logo box's menu link as the name", () => {
    for (const head of [
      `<div class="banner">Giảm giá 50% cho thành viên mới</div>`,
      `<div class="brand">Nơi tri thức hội tụ</div>`,
      `<div class="logo-bar"><a href="/lien-he">Bộ phận tuyển sinh</a></div>`,
    ]) {
      const outlet = read(page(head, "Địa chỉ: 9 Lê Lợi."))?.outlet;
      expect(outlet, head).not.toMatch(/giảm giá|tri thức|tuyển sinh/iu);
    }
  });
});

describe("an app account's header and a body's street address over the headline", () => {
  it("takes a verified account's line and a street address with its telephone as furniture", () => {
    for (const line of ["Tài khoản đã xác thực · 52.318 người quan tâm", "Tài khoản đã xác thực", "Verified account · 12,400 followers", "Số 27 Láng Thượng, Hà Nội – ĐT: 024 3776 1402", "Số 5 Lê Duẩn, TP Hòa Sơn - Điện thoại: (0233) 3851 220"])
      expect(isFurniture(line), line).toBe(true);
    // a sentence about an account or a number, an address with no telephone
    for (const line of ["Tài khoản đã xác thực của bộ bị giả mạo trên mạng xã hội", "Số 27 người bị thương đã được đưa tới bệnh viện tỉnh", "Số 27 Láng Thượng, Hà Nội"]) expect(isFurniture(line), line).toBe(false);
  });

  it("reads the headline under the account's name and its verified line, and under a print view's name in capitals and its address", () => {
    const a = parse(["Đài Phát thanh và Truyền hình Hòa Sơn", "Tài khoản đã xác thực · 52.318 người quan tâm", "09/10/2026 20:40", "Rò rỉ báo cáo về các chuyến tàu chở hàng", VI1, VI2]);
    expect(a?.title).toBe("Rò rỉ báo cáo về các chuyến tàu chở hàng");
    expect(a?.body).not.toContain("người quan tâm");
    const b = parse(["VIỆN NGHIÊN CỨU HÒA SƠN", "Số 27 Láng Thượng, Hà Nội – ĐT: 024 3776 1402", "Báo cáo rò rỉ về các chuyến tàu chở hàng", "Cập nhật lúc 10:30 ngày 10/10/2026", VI1, VI2]);
    expect(b?.title).toBe("Báo cáo rò rỉ về các chuyến tàu chở hàng");
    expect(b?.outlet?.toLowerCase()).toBe("viện nghiên cứu hòa sơn");
  });
});

describe("a portal's date line with its view count", () => {
  it("reads the day and the clock before a view count whose thousands are grouped, after a bar or a dot", () => {
    expect(readDateLine("Ngày đăng: 08/10/2026 17:45 | Lượt xem: 1.284")?.publishedAt).toBe("2026-10-08T17:45");
    expect(readDateLine("Ngày đăng: 08/10/2026 · Lượt xem: 12.318")?.publishedAt).toBe("2026-10-08");
    expect(readDateLine("Posted 4 Dec 2026 | Views: 12,430")?.publishedAt).toBe("2026-12-04");
    // a view count alone dates nothing, nor a sentence that speaks of views
    expect(readDateLine("Lượt xem: 1.284")).toBeNull();
    expect(readDateLine("Bài viết về lễ khánh thành ngày 08/10/2026 đã đạt lượt xem: 1.284")).toBeNull();
  });

  it("keeps the date line out of the first paragraph", () => {
    const a = parse(["Cổng thông tin điện tử tỉnh Hòa Sơn", "Trang chủ > Tin tức > Tin quốc tế", "Thứ trưởng Ngoại giao nước láng giềng tới thủ đô", "Ngày đăng: 08/10/2026 17:45 | Lượt xem: 1.284", VI1, VI2]);
    expect(a?.publishedAt).toBe("2026-10-08T17:45");
    expect(a?.body.startsWith(VI1)).toBe(true);
  });
});

describe("the wire credited at the foot", () => {
  const withTail = (...tail: string[]) => parse(["Báo Hòa Sơn", "Thứ trưởng tới thủ đô", "06/10/2026 09:30", VI1, VI2, ...tail]);

  it("credits the wire by its name for its Vietnamese edition, a paper's name with its country staying as printed", () => {
    expect(withTail("(Theo Sputnik Việt Nam)")?.agency).toBe("Sputnik");
    expect(withTail("Nguồn: Reuters Vietnam")?.agency).toBe("Reuters");
    expect(withTail("(Theo Tạp chí Kinh tế Việt Nam)")?.agency).toBe("Tạp chí Kinh tế Việt Nam");
  });

  it("reads the credit over a post's reactions, the reactions furniture", () => {
    for (const line of ["❤️ 214  💬 37  ↪ 12", "👍 1,2K 💬 45"]) expect(isFurniture(line), line).toBe(true);
    // a count in a sentence, a score, an address after a pin stay as they are
    for (const line of ["❤️ 214 người đã thả tim cho bài viết này", "⚽ 2 - 1", "📍 12 Lê Lợi"]) expect(isFurniture(line), line).toBe(false);
    const a = withTail("Nguồn: Reuters", "❤️ 214  💬 37  ↪ 12", "Xem thêm bài viết", "Quan tâm");
    expect(a?.agency).toBe("Reuters");
    expect(a?.body.endsWith(VI2)).toBe(true);
  });
});

describe("a news app's source line over the headline", () => {
  it("knows a source's name by its form before a bullet and the story's age", () => {
    expect(sourceWithAge("Tạp chí Pháp luật & Xã hội Miền Đông · 3 giờ trước")).toBe("Tạp chí Pháp luật & Xã hội Miền Đông");
    expect(sourceWithAge("Báo Hòa Sơn • 45 phút")).toBe("Báo Hòa Sơn");
    expect(sourceWithAge("The Bayou Ledger-Star · 2h")).toBe("The Bayou Ledger-Star");
    // a writer's name, a section's label, a date: no source
    for (const line of ["Bảo Ngọc • 5 giờ", "Thế giới · 3 giờ trước", "Báo Hòa Sơn · 05/10/2026"]) expect(sourceWithAge(line), line).toBeNull();
  });

  it("reads the source as the outlet under the app's bar, never the app", () => {
    const a = parse(["← Tin Nhanh 24", "Tạp chí Pháp luật & Xã hội Hòa Sơn · 3 giờ trước", "Thứ trưởng tới thủ đô chuẩn bị kỳ họp", "05/10/2026 16:10", VI1, VI2, "Theo TTXVN", "Xem bài gốc"]);
    expect(a?.outlet).toBe("Tạp chí Pháp luật & Xã hội Hòa Sơn");
    expect(a?.title).toBe("Thứ trưởng tới thủ đô chuẩn bị kỳ họp");
    expect(a?.agency).toBe("TTXVN");
  });
});

describe("a news app's saved view naming its source over the headline", () => {
  const view = (source: string, origin: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo bị rò rỉ về các chuyến tàu - Đọc Tin 247</title><meta property="og:site_name" content="Đọc Tin 247"><meta property="article:published_time" content="2026-10-09T22:15:00+07:00"></head><body><div class="app-bar"><a href="/">Đọc Tin 247</a></div><div class="story"><div class="source">${source}</div><h1>Báo cáo bị rò rỉ về các chuyến tàu</h1><p>${VI1}</p><p>${VI2}</p>${origin}</div></body></html>`;
  const read = (html: string) => parseImport(decodeImportFile(Buffer.from(html), "view.html"), "view.html")[0];

  it("reads the source as the outlet and its linked article as the address, no agency", () => {
    const a = read(view("Tạp chí Đời sống Hòa Sơn · 2 giờ trước", `<p>Nguồn: <a href="https://doisonghoason.vn/quoc-te/bao-cao-91217.html">Tạp chí Đời sống Hòa Sơn</a></p>`));
    expect(a?.outlet).toBe("Tạp chí Đời sống Hòa Sơn");
    expect(a?.url).toBe("https://doisonghoason.vn/quoc-te/bao-cao-91217.html");
    expect(a?.agency).toBeNull();
  });

  it("keeps the site's own name where the line over the headline is a writer's or a section's", () => {
    for (const line of ["Bảo Ngọc · 2 giờ trước", "Thế giới · 2 giờ trước"]) expect(read(view(line, ""))?.outlet, line).toBe("Đọc Tin 247");
  });
});

describe("a board's view whose one h1 is the site's name", () => {
  const board = (h1: string, title: string, h2: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><h1 class="logo">${h1}</h1><aside><h2>Thông báo mới nhất</h2></aside><table class="bbs-view"><tr><th>Tiêu đề</th><td><h2>${h2}</h2></td></tr><tr><th>Ngày</th><td>2026-10-10</td></tr></table><div class="bbs-content"><p>${VI1}</p><p>${VI2}</p></div></body></html>`;
  const read = (html: string) => parseImport(decodeImportFile(Buffer.from(html), "board.html"), "board.html")[0];
  const mission = "Tổng Lãnh sự quán Đại Hàn Dân Quốc tại Vũng Lầy";

  it("reads the content's first h2 as the headline, never the sidebar's", () => {
    expect(read(board(mission, mission, "Lập trường của Chính phủ về báo cáo của nhóm chuyên gia"))?.title).toBe("Lập trường của Chính phủ về báo cáo của nhóm chuyên gia");
  });

  it("keeps the h1 where it is a headline, or where the <title> holds another headline", () => {
    expect(read(board("Thứ trưởng Ngoại giao tới thủ đô chuẩn bị kỳ họp", "Thứ trưởng Ngoại giao tới thủ đô chuẩn bị kỳ họp", "Các tin liên quan đến chuyến thăm"))?.title).toBe("Thứ trưởng Ngoại giao tới thủ đô chuẩn bị kỳ họp");
  });
});
