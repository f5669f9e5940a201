// Families of pages a newsroom receives that are not plain desktop copies (the eighty-first corpus's misses): print
// views, apps' official accounts, feed readers' items, archives' captures, channels' posts, each with the lines that
// look like them and must stay.
import { describe, expect, it } from "vitest";
import { classifyLine, isFurniture, posterBeforeStamp, readDateLine } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Một phái đoàn kinh tế Triều Tiên đã tới Vladivostok sáng thứ Hai để dự phiên họp thường niên của ủy ban liên chính phủ về thương mại.";
const VI2 = "Theo chương trình, hai bên sẽ thảo luận việc mở thêm tuyến vận tải hàng hóa bằng đường sắt và tăng số chuyến bay thẳng giữa hai nước.";
const VI3 = "Các nhà quan sát tại Seoul lưu ý rằng đây là lần thứ ba trong năm một phái đoàn cấp bộ trưởng của Bình Nhưỡng tới Viễn Đông Nga.";
const HEADLINE = "Phái đoàn Triều Tiên tới Vladivostok bàn mở thêm tuyến đường sắt";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a paper's owner line under its name at a print view's top", () => {
  it("is the masthead's line, never the headline, under the name in capitals or as printed", () => {
    for (const name of ["BÁO PHÁP LUẬT TÂY ĐÔ", "Báo Pháp luật Tây Đô"]) {
      const a = parse(["In bài", name, "Cơ quan của Sở Tư pháp thành phố Tây Đô", HEADLINE, "Thứ Năm, 03/12/2026 - 18:05", VI1, VI2, VI3].join("\n"));
      expect(a?.title, name).toBe(HEADLINE);
      expect(a?.body).not.toContain("Cơ quan của Sở Tư pháp");
    }
    const b = parse(["BÁO ĐỒNG KHÁNH", "Cơ quan chủ quản: Tỉnh ủy Đồng Khánh", HEADLINE, "03/12/2026 19:30", VI1, VI2, VI3].join("\n"));
    expect(b?.title).toBe(HEADLINE);
  });
  it("leaves a headline opening with the same words, under no paper's name, as the headline", () => {
    const owner = "Cơ quan của Liên Hợp Quốc cảnh báo về các chuyến tàu từ Rajin";
    expect(parse(["Thế giới", owner, "03/12/2026 19:30", VI1, VI2, VI3].join("\n"))?.title).toBe(owner);
    expect(parse(["Tin quốc tế hôm nay", owner, "03/12/2026 19:30", VI1, VI2, VI3].join("\n"))?.title).toBe(owner);
  });
});

describe("an app's official-account line with its follow button", () => {
  it("is furniture ('Tài khoản chính thức · Quan tâm', 'Official account · Follow'), never the headline", () => {
    expect(isFurniture("Tài khoản chính thức · Quan tâm")).toBe(true);
    expect(isFurniture("Tài khoản đã xác thực · Đã quan tâm")).toBe(true);
    expect(isFurniture("Official account · Follow")).toBe(true);
    const a = parse(["Báo Tuổi Xanh", "Tài khoản chính thức · Quan tâm", HEADLINE, "01/12/2026", VI1, VI2, VI3].join("\n"));
    expect(a?.title).toBe(HEADLINE);
  });
  it("leaves a sentence about an account and a headline naming one alone", () => {
    expect(isFurniture("Tài khoản chính thức của Bộ Ngoại giao Nga bị tạm khóa")).toBe(false);
    expect(isFurniture("Quan tâm đến hợp tác Nga - Triều")).toBe(false);
  });
});

describe("a reader's item line: the writer, a dot and the stamp", () => {
  it("dates the item and names its writer ('bởi X · 30/11/2026 14:22', 'by X • Dec 4, 2026')", () => {
    expect(posterBeforeStamp("bởi Lò Thị Ngân · 30/11/2026 14:22")).toEqual({ name: "Lò Thị Ngân", stamp: "30/11/2026 14:22" });
    expect(readDateLine("bởi Lò Thị Ngân · 30/11/2026 14:22")?.publishedAt).toBe("2026-11-30T14:22");
    expect(readDateLine("by Jane Doe • Dec 4, 2026")?.publishedAt.startsWith("2026-12-04")).toBe(true);
    const a = parse(["Báo Hậu Lộc - Thế giới", HEADLINE, "bởi Lò Thị Ngân · 30/11/2026 14:22", VI1, VI2, VI3].join("\n"));
    expect(a?.publishedAt).toBe("2026-11-30T14:22");
    expect(a?.author).toBe("Lò Thị Ngân");
  });
  it("reads no stamp where the part after the dot is none, nor a name where no cue opens the line", () => {
    expect(posterBeforeStamp("bởi Lò Thị Ngân · Thế giới")).toBeNull();
    expect(posterBeforeStamp("Lò Thị Ngân · 30/11/2026 14:22")).toBeNull();
    expect(posterBeforeStamp("bởi vì giá dầu · 30/11/2026")).toBeNull();
  });
});

describe("archive.today's header as a copy joins its cells", () => {
  const copy = (head: string[]) => [...head, "Tạp chí Nghiên cứu Đông Á Ngày nay", HEADLINE, "ThS. Trịnh Bảo Ngọc · 04/12/2026 20:30", VI1, VI2, VI3].join("\n");
  it("reads the original's address after 'Saved from' and never the capture's time as the date", () => {
    const a = parse(copy(["archive.today webpage capture", "Saved from https://dongangaynay.vn/phan-tich/bai-1893.html", "archived 5 Dec 2026 02:17:45 UTC", "All snapshots from host dongangaynay.vn", "Webpage Screenshot share download .zip report bug or abuse"]));
    expect(a?.url).toBe("https://dongangaynay.vn/phan-tich/bai-1893.html");
    expect(a?.publishedAt).toBe("2026-12-04T20:30");
    expect(a?.author).toBe("ThS. Trịnh Bảo Ngọc");
    expect(a?.body).not.toContain("report bug or abuse");
  });
  it("opens no block where the first line only names the service in a sentence", () => {
    const a = parse(copy(["archive.today webpage capture is how we kept this page", "Saved from https://dongangaynay.vn/phan-tich/bai-1893.html"]));
    expect(a?.url).not.toBe("https://dongangaynay.vn/phan-tich/bai-1893.html");
  });
});

describe("archive.today's saved page whose header kept no search form", () => {
  const page = (header: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body><div id="HEADER">${header}</div><div id="CONTENT"><div>Báo Phụ nữ Cần Giang</div><h1>${HEADLINE}</h1><div>02/12/2026 22:10</div><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></div></body></html>`;
  it("reads the original from the box or the link after 'Saved from'", () => {
    const url = "https://phunucangiang.vn/the-gioi/bai-a61207.html";
    expect(parse(page(`<div>archive.today</div><div>webpage capture</div><div>Saved from <a href="${url}">${url}</a></div><div>archived 3 Dec 2026 07:45:51 UTC</div>`), "p.html")?.url).toBe(url);
    expect(parse(page(`<table><tr><td>archive.today webpage capture</td><td>Saved from <input type="text" name="q" value="${url}"></td></tr></table>`), "p.html")?.url).toBe(url);
  });
  it("takes no link from a page's own header named HEADER that is no archive's", () => {
    const url = "https://example.vn/bai-khac.html";
    expect(parse(page(`<nav>Trang chủ | Saved from <a href="${url}">bài khác</a></nav>`), "p.html")?.url).not.toBe(url);
  });
});

describe("a platform's page naming the platform as its site", () => {
  const zalo = (header: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${HEADLINE}</title><meta property="og:site_name" content="Zalo"></head><body><div class="oa-header">${header}</div><div class="article"><h1>${HEADLINE}</h1><div class="time">30/11/2026</div><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></div></body></html>`;
  it("is the paper's official account as its header names it, never 'Zalo'", () => {
    expect(parse(zalo('<div class="oa-name">Báo Hòa Vang</div><div class="oa-tag">Tài khoản chính thức</div>'), "p.html")?.outlet).toBe("Báo Hòa Vang");
  });
  it("takes no name that is no medium's from the account's header", () => {
    expect(parse(zalo('<div class="oa-name">Góc nhìn mỗi ngày của tôi</div>'), "p.html")?.outlet).not.toBe("Góc nhìn mỗi ngày của tôi");
  });
  const telegram = (name: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${name} – Telegram</title><meta property="og:site_name" content="Telegram"><meta property="og:url" content="https://t.me/s/kenh_tin"></head><body><header><div class="tgme_channel_info_header_title">${name}</div></header><section><div class="tgme_widget_message_wrap"><div class="tgme_widget_message_owner_name">${name}</div><div class="tgme_widget_message_text"><b>${HEADLINE}</b><br><br>${VI1}<br><br>${VI2}<br><br>${VI3}</div></div></section></body></html>`;
  it("reads a channel's one post: the channel's name, without its language's tag, and the bold headline", () => {
    const a = parse(telegram("Báo Thời Đại Số"), "p.html");
    expect(a?.title).toBe(HEADLINE);
    expect(a?.outlet).toBe("Báo Thời Đại Số");
    expect(parse(telegram("Tin Thế Giới [Tiếng Việt]"), "p.html")?.outlet).toBe("Tin Thế Giới");
    expect(parse(telegram("Kênh (Nga và Triều)"), "p.html")?.outlet).toBe("Kênh (Nga và Triều)");
  });
});

describe("the Wayback Machine's toolbar left in a saved capture", () => {
  const page = (toolbar: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body>${toolbar}<header><a class="logo" href="#">Đài Phát thanh và Truyền hình Lâm Hà</a></header><main><h1>${HEADLINE}</h1><div class="meta">03/12/2026 20:45</div><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p><p>Biên tập: Nông Văn Tuấn</p></main></body></html>`;
  it("is none of the page's: its 'INTERNET ARCHIVE' is no writer, its counts no text", () => {
    const a = parse(page('<div id="wm-ipp-base"><div id="wm-ipp"><div>INTERNET ARCHIVE</div><div>9 captures</div><div>04 Dec 2026 - 06 Dec 2026</div><div>About this capture</div></div></div>'), "p.html");
    expect(a?.author).toBe("Nông Văn Tuấn");
    expect(a?.body).not.toContain("captures");
  });
  it("leaves a page's own box of the same words under another name alone", () => {
    const a = parse(page('<div id="archive-box"><p>INTERNET ARCHIVE lưu giữ 9 captures của trang này từ tháng Mười Hai, theo thông báo của tổ chức.</p></div>'), "p.html");
    expect(a?.body).toContain("INTERNET ARCHIVE lưu giữ");
  });
});

describe("a printed page's jump line in an e-paper's text", () => {
  it("is furniture ('(Xem tiếp trang 8)', '(Tiếp theo trang 1)', 'Continued on page A6'), so the signature above it is read", () => {
    for (const line of ["(Xem tiếp trang 8)", "(Tiếp theo trang 1)", "Continued on page A6", "Continued from Page 1"]) expect(classifyLine(line, "header").role, line).toBe("furniture");
    const a = parse(["BÁO NHÂN THÀNH", "Số 1234 · Thứ Bảy, 5/12/2026", HEADLINE, VI1, VI2, VI3, "HOÀNG LAN (Theo Kyodo)", "(Xem tiếp trang 8)"].join("\n"));
    expect(a?.agency).toBe("Kyodo");
    expect(a?.author?.toLocaleLowerCase("vi")).toBe("hoàng lan");
  });
  it("leaves a sentence pointing to a page alone", () => {
    expect(isFurniture("Xem tiếp trang 8 để biết thêm chi tiết về cuộc họp")).toBe(false);
    expect(isFurniture("Tiếp theo trang 1 là bài phỏng vấn")).toBe(false);
  });
});

describe("a feed reader's buttons under an item", () => {
  it("are furniture, two or more on a line ('Đánh dấu đã đọc · Lưu để đọc sau · Chia sẻ', 'Mark as read · Read later · Share')", () => {
    expect(isFurniture("Đánh dấu đã đọc · Lưu để đọc sau · Chia sẻ")).toBe(true);
    expect(isFurniture("Mark as read · Read later · Share")).toBe(true);
    const a = parse(["Báo Hậu Lộc", HEADLINE, "bởi Lò Thị Ngân · 30/11/2026 14:22", VI1, VI2, VI3, "Mở bài gốc", "Đánh dấu đã đọc · Lưu để đọc sau · Chia sẻ"].join("\n"));
    expect(a?.body).not.toContain("Lưu để đọc sau");
  });
  it("leave a sentence opening with a button's words alone", () => {
    expect(isFurniture("Đánh dấu đã đọc bài viết này")).toBe(false);
    expect(isFurniture("Read later this week, the report says the shipments continued")).toBe(false);
  });
});
