// How captures made on a phone and through apps read (blind corpus 20's families): a share sheet's "Headline - Site"
// and its labelled link, a social post's link card, counts, comment section and buttons, a Zalo account's labels, a
// reader app's source line, a "was this useful" question, a newscast's pointer, a SPIP site's strings, an app banner
// by its class, an illustration's note under a caption, a breadcrumb of slashes from the home page, month names in
// Vietnamese datelines. Each family with its near misses.
import { describe, expect, it } from "vitest";
import { isTailMarker } from "./clean";
import { findDate } from "./dates";
import { htmlToImportText, isAppBannerName } from "./html";
import { classifyLine, isFurniture, isSection } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";
import { linkCardTitle, nameSpellsHost, sharedCopyFields, siteSuffix } from "./share-copy";

const parse = (text: string) => parseImport(text, "copy.txt")[0]!;
const readPage = (html: string): string | null | undefined => parseImport(decodeImportFile(Buffer.from(html), "print.html"), "print.html")[0]?.url;
const body3 = [
  "Theo số liệu hải quan, trong tháng 11 Nga đã chuyển sang Triều Tiên ít nhất 180.000 thùng sản phẩm dầu tinh chế qua ga biên giới Khasan.",
  "Con số này cao gấp gần ba lần mức trần mà Hội đồng Bảo an Liên hợp quốc áp dụng với Bình Nhưỡng từ năm 2017.",
  "Bộ Năng lượng Nga chưa bình luận về báo cáo, còn Điện Kremlin khẳng định thương mại với Triều Tiên là hợp pháp.",
];

describe("a share sheet's title and link", () => {
  it("takes the site's name after the headline off when the name spells the link's host, and names the outlet by it", () => {
    expect(siteSuffix("Hàn Quốc triệu Đại sứ Nga phản đối - Tiếng Chuông", "https://tiengchuong.chinhphu.vn/a-1.htm")).toEqual({ title: "Hàn Quốc triệu Đại sứ Nga phản đối", site: "Tiếng Chuông" });
    expect(siteSuffix("Nga và Triều Tiên bàn xây nhà máy điện | Tạp chí Năng lượng Việt Nam", "https://nangluongvietnam.vn/x.html")?.site).toBe("Tạp chí Năng lượng Việt Nam");
    expect(siteSuffix("North Korea sends more troops - The Korea Herald", "https://www.koreaherald.com/view.php?ud=1")?.title).toBe("North Korea sends more troops");
    expect(sharedCopyFields("x", "Headline of the story here - Tiếng Chuông", "https://tiengchuong.chinhphu.vn/a.htm", "chinhphu.vn")).toEqual({ title: "Headline of the story here", outlet: "Tiếng Chuông" });
    // a name the page printed stays the outlet
    expect(sharedCopyFields("x", "Headline of the story here - Tiếng Chuông", "https://tiengchuong.chinhphu.vn/a.htm", "Báo Điện tử Chính phủ").outlet).toBe("Báo Điện tử Chính phủ");
  });

  it("keeps a dash that belongs to the headline, and any suffix with no link to check it against", () => {
    expect(siteSuffix("Hợp tác quân sự Nga - Triều Tiên", "https://tiengchuong.chinhphu.vn/a.htm")).toBeNull();
    expect(siteSuffix("Giá dầu hôm nay - Brent quay đầu giảm", "https://petrotimes.vn/a.html")).toBeNull();
    expect(siteSuffix("Hàn Quốc triệu Đại sứ Nga phản đối - Tiếng Chuông", null)).toBeNull();
    expect(siteSuffix("Ngắn - Tiếng Chuông", "https://tiengchuong.chinhphu.vn/a.htm")).toBeNull(); // no headline before it
    expect(nameSpellsHost("Việt Nam", "https://nangluongvietnam.vn/a")).toBe(false); // a word of the host is no site's name
    expect(nameSpellsHost("VN", "https://vn.example.com/a")).toBe(false);
  });

  it("reads the link after the share sheet's label, an emoji before it or not", () => {
    for (const line of ["Xem thêm tại: https://a.vn/b-1.html", "📌 Chi tiết: https://a.vn/b-1.html", "Đọc chi tiết tại: https://a.vn/b-1.html", "👉 Link bài viết: https://a.vn/b-1.html", "Read more at: https://a.vn/b-1.html", "Full story: https://a.vn/b-1.html"]) {
      expect(classifyLine(line, "footer"), line).toMatchObject({ role: "url", url: "https://a.vn/b-1.html" });
    }
    for (const line of ["Xem thêm tại trang của Bộ Ngoại giao", "Chi tiết: https://a.vn/b-1.html và https://c.vn", "Tin chi tiết: https://a.vn/b"]) {
      expect(classifyLine(line, "footer").role, line).not.toBe("url");
    }
  });

  it("reads a whole share-sheet copy: title without the site, the outlet it names, the link", () => {
    const p = parse(["Nga và Triều Tiên bàn xây nhà máy nhiệt điện ở Rason - Tạp chí Năng lượng Việt Nam", "", ...body3.flatMap((b) => [b, ""]), "Xem thêm tại: https://nangluongvietnam.vn/nga-va-trieu-tien-35211.html"].join("\n"));
    expect(p.title).toBe("Nga và Triều Tiên bàn xây nhà máy nhiệt điện ở Rason");
    expect(p.outlet).toBe("Tạp chí Năng lượng Việt Nam");
    expect(p.url).toBe("https://nangluongvietnam.vn/nga-va-trieu-tien-35211.html");
    expect(p.body).not.toContain("Xem thêm tại");
  });
});

describe("a social post's copy", () => {
  const post = (card: string[]) =>
    ["Tạp chí Lao động và Công đoàn", "Hôm qua lúc 20:15", "🔴 NGA CÔNG BỐ SỐ LAO ĐỘNG TRIỀU TIÊN", body3[0], body3[1], ...card, "1,2K", "15 bình luận", "23 lượt chia sẻ", "Thích", "Bình luận", "Chia sẻ", "Phù hợp nhất", "Trần Văn Bình", "Lệnh cấm mà không ai thực hiện thì cấm làm gì", "2 giờ", "Phản hồi", "Viết bình luận..."].join("\n");

  it("takes the link card's headline, under the domain in capitals, as the title", () => {
    expect(linkCardTitle(post(["LAODONGCONGDOAN.VN", "Nga công bố số lao động Triều Tiên ở Viễn Đông"]))).toBe("Nga công bố số lao động Triều Tiên ở Viễn Đông");
    const p = parse(post(["LAODONGCONGDOAN.VN", "Nga công bố số lao động Triều Tiên ở Viễn Đông"]));
    expect(p.title).toBe("Nga công bố số lao động Triều Tiên ở Viễn Đông");
    // the counts, the comment section and its buttons are no text
    for (const gone of ["23 lượt chia sẻ", "Phù hợp nhất", "Lệnh cấm mà không ai", "Viết bình luận"]) expect(p.body).not.toContain(gone);
    expect(p.body).toContain(body3[1]);
  });

  it("reads no card where a domain stands in the text without a post's counts below it, or heads a sentence", () => {
    expect(linkCardTitle(post([]))).toBeNull();
    expect(linkCardTitle(["Tiêu đề", "VNEXPRESS.NET", "Nga công bố số lao động Triều Tiên ở Viễn Đông", body3[0], body3[1]].join("\n"))).toBeNull();
    expect(linkCardTitle(["Tiêu đề", "LAODONGCONGDOAN.VN", "Bộ Nội vụ Nga cho biết khoảng 13.000 lao động đang làm việc.", "15 bình luận"].join("\n"))).toBeNull();
    expect(linkCardTitle(["Tiêu đề", "laodongcongdoan.vn", "Nga công bố số lao động Triều Tiên ở Viễn Đông", "15 bình luận"].join("\n"))).toBeNull();
  });

  it("knows a post's counts, reactions and buttons in both languages", () => {
    for (const line of ["23 lượt chia sẻ", "2,4K lượt xem", "1.024 lượt thích", "102 chia sẻ", "12 shares", "3.4K views", "👍❤️😮 856", "👍 1,2K", "Xem bản dịch", "See translation", "Most relevant", "Phù hợp nhất", "Tất cả bình luận", "Xem thêm bình luận", "View 12 more comments", "Write a comment...", "Viết bình luận...", "Phản hồi", "Reply", "Fan cứng"]) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const line of ["23 người chết trong vụ tấn công", "Chia sẻ kinh nghiệm quản lý lao động nhập cư", "Bình luận của Điện Kremlin được đưa ra sau đó.", "856 binh sĩ", "Phản hồi của Bộ Ngoại giao Nga"]) {
      expect(isFurniture(line), line).toBe(false);
    }
  });

  it("ends the text at the comment section's sorter and at an account's other posts", () => {
    for (const line of ["Phù hợp nhất", "Most relevant", "Tất cả bình luận", "Bài viết khác của Official Account", "Các bài khác trong mục", "Other posts from VietFace TV"]) expect(isTailMarker(line), line).toBe(true);
    for (const line of ["Phù hợp nhất với doanh nghiệp nhỏ", "Bài viết khác", "Các bài khác nhau về nội dung nhưng cùng kết luận"]) expect(isTailMarker(line) && !/^Bài viết khác$/.test(line), line).toBe(false);
  });
});

describe("an app's and an account's labels, prompts and widgets", () => {
  it("knows a Zalo account's labels and follow prompts, a feed's source line, a 'was this useful' question, a newscast's pointer", () => {
    for (const line of ["Official Account", "Quan tâm", "Quan tâm Báo Nhân Đạo để nhận tin mới nhất", "Theo dõi Tạp chí X để cập nhật tin tức", "Tạp chí Kiểm sát · 5 giờ", "Thế giới · 1 ngày trước", "Reuters · 3h ago", "Một Thế Giới · Hôm qua lúc 20:15", "Bài viết có hữu ích với bạn không?", "Thông tin này có hữu ích cho bạn không?", "Bạn có thấy bài viết này hữu ích không?", "▶️ Xem toàn bộ bản tin lúc 7 giờ tối trên kênh 57.3 và YouTube VietFace TV", "Mời quý vị xem chương trình đầy đủ trên kênh YouTube SET TV", "Watch the full report on our YouTube channel"]) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const line of ["Quan tâm của Hàn Quốc là an ninh bán đảo", "03/12/2026 09:30 · 2 ngày trước", "Bài viết có nhiều thông tin hữu ích về thị trường lao động Nga.", "Xem toàn bộ diễn biến cuộc họp báo của Bộ Ngoại giao", "Watch the full report of the UN panel, released on Monday, before reading the rest."]) {
      expect(isFurniture(line), line).toBe(false);
    }
  });

  it("knows a SPIP site's article strings in Vietnamese and English", () => {
    for (const line of ["Tất cả các phiên bản của bài này: [Tiếng Việt]", "All the versions of this article: [English] [français]", "Trả lời bài này", "Reply to this article", "Theo dõi hoạt động của trang web RSS 2.0", "Follow-up of the site's activity RSS 2.0"]) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const line of ["Tất cả các phiên bản của hiệp ước đều được công bố", "Trả lời bài phỏng vấn, ông Lavrov nói", "Theo dõi hoạt động của tàu Nga tại cảng Rajin"]) {
      expect(isFurniture(line), line).toBe(false);
    }
  });

  it("drops an app's download banner by its class, and no box whose class only mentions an app", () => {
    const page = (cls: string) =>
      `<html><head><title>T</title></head><body><div class="${cls}"><span>Tạp chí Giao thông vận tải</span><span>Đọc tin nhanh, nhận thông báo tức thì</span><a>Mở trong ứng dụng</a></div><div class="m-detail"><h1>Cầu đường bộ Nga - Triều Tiên qua sông Tumen dự kiến thông xe năm 2027</h1>${body3.map((b) => `<p>${b}</p>`).join("")}</div></body></html>`;
    for (const cls of ["app-download", "download-app", "app-banner", "smart-banner", "smartbanner", "open-app"]) {
      expect(isAppBannerName(cls), cls).toBe(true);
      expect(htmlToImportText(page(cls), "page.html"), cls).not.toContain("Đọc tin nhanh, nhận thông báo tức thì");
    }
    for (const cls of ["application-note", "happ-download-count", "appendix", "mapp-banner", "app-list"]) expect(isAppBannerName(cls), cls).toBe(false);
  });
});

describe("a print view's address line", () => {
  const page = (foot: string, canonical = "") =>
    `<html><head><title>In bài viết - Tạp chí X</title>${canonical}</head><body><div class="print-article"><h1>Đoàn nghệ sĩ Quân đội Nga biểu diễn tại Bình Nhưỡng</h1>${body3.map((b) => `<p>${b}</p>`).join("")}</div><div class="print-footer"><p>${foot}</p></div></body></html>`;

  it("gives the article's address when the page names none otherwise", () => {
    for (const foot of ["Địa chỉ bài viết: https://x.vn/tin-tuc/a-21876.html", "Printed from: https://x.vn/tin-tuc/a-21876.html", "URL: https://x.vn/tin-tuc/a-21876.html"]) {
      expect(readPage(page(foot)), foot).toBe("https://x.vn/tin-tuc/a-21876.html");
    }
  });

  it("never over the page's canonical address, and never from a sentence that holds a link", () => {
    expect(readPage(page("Địa chỉ bài viết: https://x.vn/tin-tuc/a-21876.html", '<link rel="canonical" href="https://x.vn/a-1.html">'))).toBe("https://x.vn/a-1.html");
    expect(readPage(page("Xem báo cáo đầy đủ tại địa chỉ: https://x.vn/bao-cao.pdf"))).toBeNull();
  });
});

describe("an illustration's note under a caption", () => {
  it("makes the short line above it the picture's caption, the note its credit", () => {
    for (const note of ["Ảnh minh họa", "Ảnh minh hoạ: Internet", "Hình minh họa", "(Ảnh minh họa)", "Ảnh: Minh họa", "Ảnh tư liệu"]) {
      const p = parse(["Tiêu đề bài viết về dầu Nga sang Triều Tiên", "", body3[0], "Đoàn tàu chở bồn dầu tại ga Khasan.", note, body3[1], body3[2]].join("\n"));
      expect(p.captions.join(" "), note).toContain("Đoàn tàu chở bồn dầu tại ga Khasan.");
      expect(p.body, note).not.toContain("Đoàn tàu chở bồn dầu");
    }
  });

  it("drops the note alone where no caption stands above it, and keeps sentences that open with the words", () => {
    const p = parse(["Tiêu đề bài viết về dầu Nga sang Triều Tiên", "", body3[0], "Hình minh họa", body3[1], body3[2]].join("\n"));
    expect(p.body).not.toContain("Hình minh họa");
    expect(p.body).toContain(body3[1]);
    const q = parse(["Tiêu đề bài viết về dầu Nga sang Triều Tiên", "", body3[0], "Hình minh họa cho thấy đoàn tàu chở dầu đi qua ga Khasan vào ban đêm, theo nhóm nghiên cứu.", body3[1]].join("\n"));
    expect(q.body).toContain("Hình minh họa cho thấy đoàn tàu");
  });
});

describe("a breadcrumb from the home page, and Vietnamese month names", () => {
  it("reads a trail of slashes from the home page as a breadcrumb, not a headline", () => {
    for (const line of ["Trang chủ / Tin tức - Sự kiện / Đối ngoại", "Trang chủ / Đối ngoại", "Home / News / Asia Pacific"]) expect(isSection(line), line).toBe(true);
    for (const line of ["Nga / Triều Tiên: hiệp ước mới", "Trang chủ của Bộ Ngoại giao bị tấn công", "Home / away: the treaty's two faces, and what they mean for Seoul"]) expect(isSection(line), line).toBe(false);
  });

  it("reads a month's name with the year after a space, capitalised, and the month first with a comma", () => {
    expect(findDate("Thứ Năm, 03 Tháng Mười Hai 2026 10:15")?.publishedAt).toBe("2026-12-03T10:15");
    expect(findDate("Thứ Tư 21 Tháng Năm 2025 lúc 1:40pm")?.publishedAt).toBe("2025-05-21T13:40");
    expect(findDate("Tháng Mười Hai 2, 2026")?.publishedAt).toBe("2026-12-02");
    expect(findDate("tháng 12 2, 2026")?.publishedAt).toBe("2026-12-02");
    // a count of months before a number is no date; nor a year of five digits
    expect(findDate("sau 3 tháng hai 2000 binh sĩ được điều đi")).toBeNull();
    expect(findDate("03 Tháng Mười Hai 20266")).toBeNull();
  });
});
