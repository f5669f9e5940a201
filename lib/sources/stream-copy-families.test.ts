// Pages a Vietnamese desk meets in its ordinary stream: a page saved to a reader (Pocket) with the site before its
// writer under the headline, an aggregator the lexicon knows as a site ("Báo Mới") showing
// another paper's article under its source line, and an infographic's credit line naming its maker, its wire and its
// stamp after bars.
import { describe, expect, it } from "vitest";
import { postLineName, siteBeforeWriter } from "./layout-model";
import { isNoticeLine } from "./page-notices";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Ủy ban thứ Ba của Đại hội đồng đã thông qua dự thảo nghị quyết với 98 phiếu thuận, 21 phiếu chống và 64 phiếu trắng sau nhiều giờ tranh luận.";
const VI2 = "Đại diện các nước giải thích lập trường sau khi bỏ phiếu, nhiều nước châu Âu nêu lo ngại về các chương trình đưa lao động ra nước ngoài.";
const EN1 = "The committee adopted the draft resolution with 98 votes in favour, 21 against and 64 abstentions after several hours of debate on Friday.";
const EN2 = "Several delegations explained their votes afterwards, and European members raised concerns over schemes that send workers abroad.";
const parse = (lines: string[], name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(`${lines.join("\n")}\n`), name), name)[0];
const page = (body: string) => {
  const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đồ họa về cuộc bỏ phiếu</title><meta property="og:site_name" content="Báo Hòa Bình Sáng"></head><body><h1>Đồ họa về cuộc bỏ phiếu</h1>${body}</body></html>`;
  return parseImport(decodeImportFile(Buffer.from(html), "page.html"), "page.html")[0];
};

describe("an aggregator's reader the lexicon knows, showing another paper's article", () => {
  it("names the source over the headline as the outlet, never the aggregator above it", () => {
    const a = parse(["Báo Mới", "Báo Bình Lãng Biển · 1 giờ trước", "Liên hợp quốc thông qua nghị quyết, Việt Nam bỏ phiếu trắng", VI1, VI2, "Xem bài gốc"]);
    expect(a?.outlet).toBe("Báo Bình Lãng Biển");
    expect(a?.title).toBe("Liên hợp quốc thông qua nghị quyết, Việt Nam bỏ phiếu trắng");
  });

  it("keeps the masthead where the line over the headline names a writer or a section, not a source", () => {
    for (const line of ["Bảo Ngọc • 5 giờ", "Thế giới · 3 giờ trước"]) {
      const a = parse(["Báo Mới", line, "Liên hợp quốc thông qua nghị quyết, Việt Nam bỏ phiếu trắng", VI1, VI2]);
      expect(a?.outlet, line).toBe("Báo Mới");
    }
  });
});

describe("a graphic's credit line with its wire after a bar", () => {
  it("names the maker as the writer and the wire as the agency, the stamp no part of either, in both languages", () => {
    const vi = page(`<div class="info">Thực hiện: Minh Khoa | Nguồn: Reuters | 03/11/2026 15:00</div><p>${VI1}</p><p>${VI2}</p>`);
    expect(vi?.author).toBe("Minh Khoa");
    expect(vi?.agency).toBe("Reuters");
    const en = page(`<div class="info">By Jane Doe | Source: AFP</div><p>${EN1}</p><p>${EN2}</p>`);
    expect(en?.author).toBe("Jane Doe");
    expect(en?.agency).toBe("AFP");
  });

  it("credits no agency for a source that is no wire", () => {
    const a = page(`<div class="info">Thực hiện: Minh Khoa | Nguồn: Bộ Ngoại giao | 03/11/2026 15:00</div><p>${VI1}</p><p>${VI2}</p>`);
    expect(a?.agency).toBeNull();
  });
});

describe("a reader's copy with the site before its writer under the headline", () => {
  it("reads the question over it as the headline, the site as the outlet and the writer as the author, in both languages", () => {
    const vi = parse(["Dòng tiền lương đi qua ngân hàng nào?", "taichinhhoason.vn", "Tạp chí Tài chính Hòa Sơn · Đặng Minh Khôi", "4 phút đọc", VI1, VI2, "Xem bản gốc"]);
    expect(vi?.title).toBe("Dòng tiền lương đi qua ngân hàng nào?");
    expect(vi?.outlet).toBe("Tạp chí Tài chính Hòa Sơn");
    expect(vi?.author).toBe("Đặng Minh Khôi");
    const en = parse(["Who pays the workers' wages?", "harbourtimes.com", "The Harbour Times · Jane Doe", "4 min read", EN1, EN2]);
    expect(en?.title).toBe("Who pays the workers' wages?");
    expect(en?.outlet).toBe("The Harbour Times");
    expect(en?.author).toBe("Jane Doe");
  });

  it("takes no site from a writer before a site, a section before a name, two sites or a sentence", () => {
    expect(siteBeforeWriter("Tạp chí Tài chính Hòa Sơn · Đặng Minh Khôi")).toEqual({ site: "Tạp chí Tài chính Hòa Sơn", writer: "Đặng Minh Khôi" });
    for (const line of ["Đặng Minh Khôi · Báo Hòa Sơn", "Thế giới · Minh Anh", "Báo Hòa Sơn · Báo Bình Lãng", "Báo Hòa Sơn · ông Minh nói rằng giá tăng", "The Harbour Times · The Daily Star"]) {
      expect(siteBeforeWriter(line), line).toBeNull();
    }
  });
});

describe("a station's long name over its podcast's or live page's headline", () => {
  it("is the masthead though the line's own reading leaves it for its length, in the form the station reader spells", () => {
    const a = parse(["Đài Phát thanh và Truyền hình Hòa Sơn Xanh", "Podcast", "Thế giới 15 phút: Lao động sang Viễn Đông", "03/11/2026 18:00", VI1, VI2]);
    expect(a?.outlet).toBe("Đài Phát thanh và Truyền hình Hòa Sơn Xanh");
    expect(a?.title).toBe("Thế giới 15 phút: Lao động sang Viễn Đông");
  });

  it("is no masthead when a sentence or a headline stands first", () => {
    const a = parse(["Đài Phát thanh và Truyền hình Hòa Sơn Xanh phát sóng chương trình mới từ tháng sau.", VI1, VI2]);
    expect(a?.outlet).toBeNull();
  });
});

describe("a live page's update age", () => {
  it("is furniture, the stamp above it the date; an update with its own stamp is no age", () => {
    const a = parse(["Báo Hòa Sơn Ngày Mới", "Trực tiếp: Kho đạn bốc cháy sau đợt tập kích", "06/11/2026 10:45", "Cập nhật 2 phút trước", VI1, VI2]);
    expect(a?.publishedAt).toBe("2026-11-06T10:45");
    expect(a?.lines.find((l) => l.text === "Cập nhật 2 phút trước")?.role).toBe("furniture");
    expect(a?.blocks.map((b) => b.text)).not.toContain("Cập nhật 2 phút trước");
  });
});

describe("a reader's pointer to the original", () => {
  it("is a notice in Pocket's wording alone as in an aggregator's; the original named with its source or in a sentence is none", () => {
    for (const line of ["Xem bản gốc", "Đọc bản gốc", "Xem bài gốc"]) expect(isNoticeLine(line), line).toBe(true);
    for (const line of ["Đọc bản gốc trên trang Đài Tiếng nói Hoa Kỳ", "Xem bản gốc nghị quyết của Hội đồng Bảo an", "Bản gốc của văn bản được công bố hôm thứ Hai."]) expect(isNoticeLine(line), line).toBe(false);
  });
});

describe("a post's line under its headline naming its poster or its channel", () => {
  it("names a person as the poster, a site's account or a channel as no one, and is no such line in a sentence", () => {
    expect(postLineName("Đăng bởi: Trần Minh Khôi")).toBe("Trần Minh Khôi");
    expect(postLineName("Posted by Jane Marsh · 3 hours ago")).toBe("Jane Marsh");
    expect(postLineName("Jane Marsh · 3 hours ago")).toBe("Jane Marsh");
    for (const line of ["Đăng bởi: admin", "Posted by admin", "Đăng bởi Ban biên tập", "Posted by The Harbour Times", "Kênh Thời sự Sông Xanh · 2 giờ trước", "· 3 hours ago", "• 2 giờ trước"]) expect(postLineName(line), line).toBe("");
    for (const line of ["Đăng bởi một người dùng ẩn danh, bài viết đã lan truyền nhanh.", "Posted by the ministry on its website, the statement drew criticism.", "Jane Marsh said it took three hours"]) expect(postLineName(line), line).toBeNull();
  });

  it.each([
    ["vi, a person", "Đăng bởi: Trần Minh Khôi", "Trần Minh Khôi"],
    ["vi, a site's account", "Đăng bởi: admin", null],
    ["vi, a channel's line", "Kênh Thời sự Sông Xanh · 2 giờ trước", null],
    ["en, a person and the age", "Posted by Jane Marsh · 3 hours ago", "Jane Marsh"],
    ["en, the age alone", "· 3 hours ago", null],
  ])("is a header line, never the lead's first words (%s)", (_what, line, author) => {
    for (const [head, lead, next] of [["Nga và Triều Tiên ký thỏa thuận mới về lao động thời vụ", VI1, VI2], ["Committee adopts the resolution after hours of debate", EN1, EN2]] as const) {
      const got = parse([head, line, lead, next]);
      expect(got?.body.split("\n\n")[0]).toBe(lead);
      expect(got?.author ?? null).toBe(author);
    }
  });
});
