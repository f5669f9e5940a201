// Tests for the signatures under a Vietnamese article and the notices around it: an unnamed reporter ("PV"), a writer
// with the place filed from ("(từ Vladivostok)"), an academic byline over its institution's lines, a tag list under a
// bare "Từ khóa", skip links and autoplay switches, "Bài viết có liên quan", a caption that opens "Ảnh vệ tinh" below
// a paragraph, and a byline element that holds only a time.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean";
import { htmlToImportText } from "./html";
import { classifyLine, domainSpells, isFurniture } from "./layout-model";
import { parseImport } from "./parse-import";

const P1 = "Bộ Quốc phòng Nhật Bản cho biết một tàu vận tải của Nga đã đi qua eo biển Tsushima với nhiều container được che phủ.";
const P2 = "Máy bay tuần tra của Nhật Bản đã theo dõi con tàu trong khoảng sáu giờ trước khi nó tiến vào vùng biển quốc tế.";
const parse = (...lines: string[]) => parseImport(`${["Nhật Bản theo dõi tàu Nga nghi chở đạn pháo", "03/12/2026 19:30", P1, P2, ...lines].join("\n")}\n`, "page.txt")[0];

describe("signatures under the text", () => {
  it.each([
    [["PV", "Bình luận", "Họ tên", "Gửi", "Tin mới", "Hội nghị Quân ủy Trung ương lần thứ 12"], "PV"],
    [["P.V", "Chia sẻ"], "P.V"],
    [["Nhóm PV", "Tin khác"], "Nhóm PV"],
    [["Hồng Vân (từ Vladivostok)", "Tin liên quan", "Hội người Việt tổng kết năm"], "Hồng Vân"],
    [["Minh Châu (tại Moskva)"], "Minh Châu"],
    [["Lee Min-ho (from Seoul)"], "Lee Min-ho"],
  ])("%j names %s", (tail, author) => {
    const s = parse(...tail);
    expect(s?.author).toBe(author);
    expect(s?.body).toBe(`${P1}\n\n${P2}`);
  });

  it("reads no writer from words spelt out or a bracket that is no place", () => {
    expect(parse("Nhóm phóng viên", "Xem tiếp")?.author).toBeNull();
    expect(parse("Hồng Vân (từ trái sang)")?.author).toBeNull();
    expect(parse("PV Thời sự hôm nay nói gì")?.author).toBeNull();
  });

  it("an academic byline over its institution's lines: the byline read, the institution furniture", () => {
    const s = parse("PGS, TS. Đỗ Minh Tuấn", "Viện Quan hệ quốc tế,", "Học viện Chính trị quốc gia Hồ Chí Minh", "Các bài viết khác", "Đổi mới phương thức lãnh đạo của Đảng");
    expect(s?.author).toBe("PGS, TS. Đỗ Minh Tuấn");
    expect(s?.body).toBe(`${P1}\n\n${P2}`);
    const t = parse("ThS. Phạm Thị Hồng Nhung", "Học viện Chính trị khu vực I", "Bài viết có liên quan", "Phát huy vai trò Mặt trận trong công tác đối ngoại", "Chung tay vì người nghèo");
    expect(t?.author).toBe("ThS. Phạm Thị Hồng Nhung");
    expect(t?.body).toBe(`${P1}\n\n${P2}`);
  });

  it("a tag list under a bare \"Từ khóa\" below the text, with the credit above it", () => {
    const s = parse("(Theo AP, Yonhap)", "Theo dõi Báo Dân sinh trên Google News", "Từ khóa", "lao động Triều Tiên", "Nga", "Tin cùng chuyên mục", "Hàn Quốc mở rộng chương trình lao động");
    expect(s?.agency).toBe("AP, Yonhap");
    expect(s?.body).toBe(`${P1}\n\n${P2}`);
  });

  it("a bare \"Từ khóa\" above the text is no tag list: the headline below it stays the title", () => {
    const [s] = parseImport(["Từ khóa", "Nga", "Nhật Bản theo dõi tàu Nga nghi chở đạn pháo", "03/12/2026 19:30", P1, P2].join("\n"), "a.txt");
    expect(s?.title).toBe("Nhật Bản theo dõi tàu Nga nghi chở đạn pháo");
    expect(s?.body).toBe(`${P1}\n\n${P2}`);
  });
});

describe("notices around the text", () => {
  it.each(["Bỏ qua nội dung chính", "Chuyển đến nội dung chính", "Đi tới nội dung", "Nhảy tới nội dung bài viết", "Skip to content", "Skip to main content", "Jump to navigation", "Go to footer", "Tự động phát", "Tự động phát video tiếp theo", "Autoplay", "Autoplay next video", "Auto-play: off"])("%s is furniture", (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each(["Bỏ qua nội dung chính của nghị quyết là điều không thể", "Đi tới nội dung chính của cuộc đàm phán", "Go to the footer of the page and click the link", "Tự động phát hiện tàu lạ trên biển", "Autoplay features banned in EU children's apps"])("%s is not", (line) => {
    expect(isFurniture(line)).toBe(false);
  });

  it("a skip link above the masthead names no outlet", () => {
    const [s] = parseImport(["Bỏ qua nội dung chính", "BÁO BẮC KẠN ĐIỆN TỬ", "Thứ Bảy, 05/12/2026", "Trang chủ", "Quốc tế", "Nhật Bản theo dõi tàu Nga nghi chở đạn pháo", "Thứ Năm, 03/12/2026, 09:12 [GMT+7]", P1, P2].join("\n"), "a.txt");
    expect(s?.outlet).not.toBe("Bỏ qua nội dung chính");
  });

  it.each(["Bài viết có liên quan", "Tin có liên quan", "Bài có liên quan", "Tin bài có liên quan:"])("%s opens a related list that ends the text", (marker) => {
    const s = parse(marker, "Phát huy vai trò Mặt trận trong công tác đối ngoại", "Chung tay vì người nghèo năm 2026");
    expect(s?.body).toBe(`${P1}\n\n${P2}`);
  });
});

describe("captions and bylines by their form", () => {
  it("a description opening \"Ảnh vệ tinh\" with its source, right below a paragraph, is a caption", () => {
    const r = cleanArticle([P1, "Ảnh vệ tinh bãi phóng Sohae ngày 28/11. Nguồn: Planet Labs", P2].join("\n"));
    expect(r.captions).toEqual(["Ảnh vệ tinh bãi phóng Sohae ngày 28/11. Nguồn: Planet Labs"]);
    expect(r.body).toBe(`${P1}\n\n${P2}`);
  });

  it("a caption's credit line below it still joins it", () => {
    const r = cleanArticle(["Tàu container tại cảng Hải Phòng sáng 3/12.", "Ảnh: Minh Đức", "", P2].join("\n"));
    expect(r.captions).toEqual(["Tàu container tại cảng Hải Phòng sáng 3/12. Ảnh: Minh Đức"]);
  });

  it("a byline element holding only a time is no byline; the signature under the text is", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hàn Quốc bắt hai người bán công nghệ tên lửa</title></head><body><article><h1>Hàn Quốc bắt hai người bán công nghệ tên lửa</h1><div class="author-date"><span class="date">21:40 | 03/12/2026</span></div><p>${P1}</p><p>${P2}</p><p><strong>Ngọc Mai</strong></p></article></body></html>`;
    const [s] = parseImport(htmlToImportText(html, "a.html"), "a.html");
    expect(s?.author).toBe("Ngọc Mai");
  });
});

describe("a broadcaster's live buttons and an online edition's name", () => {
  it.each(["Trực tiếp", "Xem trực tiếp", "Nghe trực tiếp", "Trực tiếp TV", "Live", "Watch live", "Live TV", "Live stream"])("%s is furniture, never the masthead", (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each(["Trực tiếp chiến sự Ukraine ngày 3/12", "Live updates: Kim meets Putin", "Xem trực tiếp lễ ký hiệp ước tại Bình Nhưỡng"])("%s is not", (line) => {
    expect(isFurniture(line)).toBe(false);
  });

  it("a live button above the menu is not the outlet", () => {
    const [s] = parseImport(["Trực tiếp", "H1", "H2", "Tin tức", "Thế giới", "Nhật Bản theo dõi tàu Nga nghi chở đạn pháo", "2 giờ trước", P1, P2].join("\n"), "a.txt");
    expect(s?.outlet).toBeNull();
    expect(s?.body).toBe(`${P1}\n\n${P2}`);
  });

  const page = (site: string, alt: string, owner = "") =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Người Việt ở Vladivostok gặp mặt mừng xuân</title><meta property="og:site_name" content="${site}"></head><body><header><a href="/"><img src="/logo.png" alt="${alt}"></a></header><article><h1>Người Việt ở Vladivostok gặp mặt mừng xuân</h1><p>${P1}</p><p>${P2}</p></article><footer>${owner}</footer></body></html>`;
  const outlet = (html: string) => parseImport(htmlToImportText(html, "a.html"), "a.html")[0]?.outlet;

  it("an online edition's site name gives way to the paper its logo prints, however long the logo's alt", () => {
    expect(outlet(page("Quê hương Online", "Tạp chí Quê hương - Ủy ban Nhà nước về người Việt Nam ở nước ngoài, Bộ Ngoại giao"))).toBe("Tạp chí Quê hương");
    expect(outlet(page("Nông Thôn Online", "Báo Nông Thôn"))).toBe("Báo Nông Thôn");
  });

  it("keeps the site name when the logo names another paper or no paper", () => {
    expect(outlet(page("Quê hương Online", "Tạp chí Người Việt"))).toBe("Quê hương Online");
    expect(outlet(page("Quê hương Online", "Quê hương"))).toBe("Quê hương Online");
    expect(outlet(page("VnEconomy", "Tạp chí Kinh tế Việt Nam"))).toBe("VnEconomy");
  });
});

describe("a paper named only by its domain's initials and its footer", () => {
  it.each([
    ["Công an Đà Nẵng", "cadn.com.vn"],
    ["Báo Công an Đà Nẵng", "www.cadn.com.vn"],
    ["Tạp chí Khoa học Xã hội", "khxh.vn"],
  ])("%s is spelt by %s's initials", (name, host) => {
    expect(domainSpells(name, host)).toBe(true);
  });

  it.each([
    ["Công an Đà Nẵng", "cand.com.vn"], // another order
    ["Báo An Giang", "ag.vn"], // two letters
    ["Hà Nội Mới", "hnm.vn"], // three letters: too few to tell
    ["Quân đội nhân dân", "qdndx.vn"],
  ])("%s is not spelt by %s", (name, host) => {
    expect(domainSpells(name, host)).toBe(false);
  });

  const page = (site: string, footer: string, alt = "logo") =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Làm việc với doanh nghiệp có tàu nghi chở hàng</title><meta property="og:site_name" content="${site}"></head><body><header><a href="/"><img src="/logo.png" alt="${alt}"></a></header><article><h1>Làm việc với doanh nghiệp có tàu nghi chở hàng</h1><p>${P1}</p><p>${P2}</p></article><footer><p>${footer}</p></footer></body></html>`;
  const outlet = (html: string) => parseImport(htmlToImportText(html, "a.html"), "a.html")[0]?.outlet;

  it("a site named by its domain takes the paper its footer names over its owner, capitals set as a name", () => {
    expect(outlet(page("cadn.com.vn", "BÁO CÔNG AN ĐÀ NẴNG - Cơ quan của Công an thành phố Đà Nẵng. Giấy phép số 25/GP-BTTTT.", "Công an Đà Nẵng"))).toBe("Báo Công An Đà Nẵng");
    expect(outlet(page("baobaclieu.vn", "Báo Bạc Liêu - Cơ quan của Đảng bộ tỉnh Bạc Liêu"))).toBe("Báo Bạc Liêu");
  });

  it("a footer line that names no paper over an owner is not read, however long", () => {
    expect(outlet(page("cadn.com.vn", "Cơ quan của Công an thành phố Đà Nẵng - Báo Công an"))).toBe("cadn.com.vn");
    expect(outlet(page("cadn.com.vn", `Báo ${"công an ".repeat(24)}`))).toBe("cadn.com.vn");
  });
});

describe("the desk's note under a byline", () => {
  it.each(["Sưu tầm", "(Sưu tầm)", "ST", "Lược dịch", "(Biên dịch)", "Lược thuật", "Dịch và tổng hợp", "Translated"])("%s under the writer's name leaves the name the author", (note) => {
    const s = parse("Thu Hà", note, "Tin liên quan", "Nghệ sĩ Triều Tiên biểu diễn tại Moskva");
    expect(s?.author).toBe("Thu Hà");
    expect(s?.body).toBe(`${P1}\n\n${P2}`);
  });

  it.each(["Sưu tầm tem thư Liên Xô", "Biên dịch: Minh Hòa"])("%s is no such note", (line) => {
    expect(classifyLine(line, "footer").role).not.toBe("credit");
  });
});
