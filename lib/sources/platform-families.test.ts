// Tests for the families the sixty-third corpus (sites built on the common publishing platforms and themes: WordPress
// news themes, Blogger, Substack, Medium, Ghost, Drupal, Joomla, the Vietnamese newsroom CMSs) showed: a poster's line
// naming the writer before the stamp (Drupal's "Submitted by … on …", a theme's "By … / date / category"), a blog's
// poster before the post's clock, Joomla's "Written by", the month cut short in a Vietnamese interface ("17 thg 6,
// 2026"), tag lines labelled "Thẻ:", "Nhãn:", "Labels:", a newsletter's lines in a Vietnamese interface and its
// "Discover more from" box, a theme's post navigation with its arrows, a platform's credit and a portal's comment
// prompt, the publication a Medium page's title names, a blog's poster in its footer element, a byline's names as printed
// before the wire, WordPress's comment form heading with its cancel link, Medium's author card under the text, a
// newsletter's "Discover more from" box and a site's imprint with its street address. Forms written for these tests, English and Vietnamese, with the near misses that must stay as they are, and
// hostile lines.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, one, page, text, VI } from "@/test/family-parse";
import { isFurnitureLine } from "./clean";
import { parseDateLine } from "./dates";
import { looseDateLine, readByline, readDateLine } from "./layout-model";
import { namesAsPrinted } from "./outlet-clues";
import { isNoticeLine } from "./page-notices";
import { commentThreadAt } from "./page-tail";
import { isTradeTailMarker } from "./trade-notices";
import { bestTime } from "./pathological";

describe("a poster's line naming the writer before the stamp", () => {
  it("dates the post and reads the poster as its writer, in English and Vietnamese", () => {
    expect(looseDateLine("Submitted by Olga Verkhovskaya on Fri, 06/19/2026 - 11:05")).toEqual({ date: { publishedAt: "2026-06-19T11:05", precision: "minute" }, rest: "by Olga Verkhovskaya" });
    expect(looseDateLine("Gửi bởi Ngô Thị Lan vào T6, 19/06/2026 - 15:10")).toEqual({ date: { publishedAt: "2026-06-19T15:10", precision: "minute" }, rest: "by Ngô Thị Lan" });
    expect(looseDateLine("By Martin Kessler / June 16, 2026 / News")).toEqual({ date: { publishedAt: "2026-06-16", precision: "day" }, rest: "by Martin Kessler" });
    expect(readDateLine("Posted by Jane Doe on December 4, 2026")?.publishedAt).toBe("2026-12-04");
    const en = one(text("The Siberian Times", "News", "Putin and Kim trade messages", "Submitted by Olga Verkhovskaya on Fri, 06/19/2026 - 11:05", ...EN));
    expect([en.publishedAt, en.author]).toEqual(["2026-06-19T11:05", "Olga Verkhovskaya"]);
    expect(en.body).not.toContain("Submitted by");
    const vi = one(text("Viện Nghiên cứu", "Tin tức", "Hiệp ước Nga - Triều Tiên sau hai năm", "Gửi bởi Ngô Thị Lan vào T6, 19/06/2026 - 15:10", ...VI));
    expect([vi.publishedAt, vi.author]).toEqual(["2026-06-19T15:10", "Ngô Thị Lan"]);
    expect(vi.body).not.toContain("Gửi bởi");
  });
  it("leaves a poster who is no person, a slash before no date and a sentence as they were", () => {
    expect(looseDateLine("Submitted by the editors on Fri, 06/19/2026 - 11:05")?.rest ?? "").not.toContain("editors");
    expect(looseDateLine("By Martin Kessler / Reuters")).toBeNull();
    expect(looseDateLine("By Martin Kessler / Reuters / Seoul")).toBeNull();
    expect(looseDateLine("Posted by Jane Doe on the forum after the meeting")).toBeNull();
  });
  it("reads the line in linear time", () => {
    expect(bestTime(() => looseDateLine(`Submitted by ${"Ab ".repeat(40)}on ${"1/".repeat(30)}x`))).toBeLessThan(50);
    expect(bestTime(() => looseDateLine(`By ${"Ab ".repeat(40)}/ ${"June ".repeat(20)}/ x`))).toBeLessThan(50);
  });
});

describe("a blog's poster before the post's clock, and a portal's labelled writer", () => {
  it("is the writer, in English and Vietnamese", () => {
    expect(readByline("Posted by Ray Dunmore at 9:15 PM")).toBe("Ray Dunmore");
    expect(readByline("Được đăng bởi Trần Quốc Bảo vào lúc 21:40")).toBe("Trần Quốc Bảo");
    expect(readByline("Viết bởi Lê Ngọc Sơn")).toBe("Lê Ngọc Sơn");
    expect(readByline("Submitted by Olga Verkhovskaya")).toBe("Olga Verkhovskaya");
    const vi = one(text("Sổ tay", "Thứ Sáu, 19 tháng 6, 2026", "Hai năm Hiệp ước Nga - Triều Tiên", ...VI, "Được đăng bởi Trần Quốc Bảo vào lúc 21:40", "Nhãn: Đông Bắc Á, Nga, Triều Tiên", "Bài đăng Mới hơn Bài đăng Cũ hơn Trang chủ"));
    expect(vi.author).toBe("Trần Quốc Bảo");
    expect(vi.body).not.toContain("Được đăng bởi");
    expect(vi.body).not.toContain("Nhãn:");
  });
  it("is no writer when no person is named", () => {
    expect(readByline("Posted by the editors at 9:15 PM")).toBeNull();
    expect(readByline("Đăng bởi quản trị viên lúc 08:00")).toBeNull();
    expect(readByline("Viết bởi một nhóm phóng viên")).toBeNull();
  });
  it("reads the line in linear time", () => {
    expect(bestTime(() => readByline(`Posted by ${"Ab ".repeat(30)}at ${"1:".repeat(30)}x`))).toBeLessThan(50);
  });
});

describe("the month cut short in a Vietnamese interface", () => {
  it("is the month", () => {
    expect(parseDateLine("17 thg 6, 2026")).toEqual({ publishedAt: "2026-06-17", precision: "day" });
    expect(readDateLine("4 thg 12, 2026")?.publishedAt).toBe("2026-12-04");
    const vi = one(text("Điểm tin", "Đăng ký", "Cầu Tumen thông xe", "Nguyễn Thu Hà", "17 thg 6, 2026", ...VI));
    expect(vi.publishedAt).toBe("2026-06-17");
  });
  it("is no date without its day, nor glued to a word", () => {
    expect(parseDateLine("thg 6, 2026")).toBeNull();
    expect(parseDateLine("17thg 6, 2026")).toBeNull();
  });
});

describe("tag lines labelled as Vietnamese themes and Blogger label them", () => {
  it("are furniture", () => {
    for (const line of ["Thẻ: Hiệp ước Nga Triều Tiên Kim Jong Un Putin", "Nhãn: Đông Bắc Á, Nga, Triều Tiên", "Labels: North Korea, Russia, sanctions"]) expect(isFurnitureLine(line), line).toBe(true);
  });
  it("leave a sentence opening with the word alone", () => {
    expect(isFurnitureLine("Thẻ tín dụng quốc tế không dùng được ở Bình Nhưỡng, các du khách cho biết.")).toBe(false);
    expect(isFurnitureLine("Labels on the crates said they held farm machinery.")).toBe(false);
  });
});

describe("a newsletter's and a platform's lines around the text", () => {
  it("are notices, in English and Vietnamese", () => {
    for (const line of [
      "Cảm ơn bạn đã đọc Điểm tin Đông Á! Đăng ký miễn phí để nhận bài viết mới và ủng hộ công việc của tôi.",
      "24 lượt thích",
      "Discover more from The Tumen Line",
      "Khám phá thêm từ Điểm tin Đông Á",
      "Over 4,000 subscribers",
      "Hơn 4.000 người đăng ký",
      "Joomla! là phần mềm tự do được phát hành theo giấy phép GNU/GPL.",
      "Joomla! is Free Software released under the GNU General Public License.",
      "Đăng nhập để gửi bình luận",
      "← Previous Post",
      "Next Post →",
      "« Trước",
      "Tiếp »",
      "Post navigation",
    ]) expect(isNoticeLine(line), line).toBe(true);
  });
  it("leave the text's words alone", () => {
    for (const line of [
      "Cảm ơn bạn đã đọc đến cuối bài phân tích này.",
      "Discover more from the region's rich history at the museum, officials said.",
      "Over 4,000 subscribers lost access after the site was blocked.",
      "Next, the ministry will review the bridge's safety.",
      "Trước đó, phái đoàn Nga đã tới Bình Nhưỡng.",
      "Joomla is used by several provincial portals.",
    ]) expect(isNoticeLine(line), line).toBe(false);
  });
  it("leave the last paragraph whole above a portal's post navigation", () => {
    const vi = one(text("Việt Nga Online", "Trang chủ", "Seoul lo ngại về hoạt động kỷ niệm", "Ngày đăng: 18 Tháng 6 2026", ...VI, "« Trước", "Tiếp »", "Bản quyền © 2026 Việt Nga Online. Mọi quyền được bảo lưu.", "Joomla! là phần mềm tự do được phát hành theo giấy phép GNU/GPL."));
    expect(vi.body.split("\n\n")).toEqual([...VI]);
  });
});

describe("the publication a platform page's title names", () => {
  const medium = (title: string): string =>
    page(`<title>${title}</title><meta property="og:site_name" content="Medium"><meta property="og:title" content="Two years of the treaty">`, `<article><h1>Two years of the treaty</h1>${EN.map((x) => `<p>${x}</p>`).join("")}</article>`);
  it("is the outlet, not the platform, in English and Vietnamese", () => {
    expect(fromHtml(medium("Two years of the treaty | by Daniel Okafor | Far East Review | Medium")).outlet).toBe("Far East Review");
    expect(fromHtml(medium("Hai năm hiệp ước | by Hồ Anh Tuấn | Chuyện Thế giới | Medium")).outlet).toBe("Chuyện Thế giới");
  });
  it("is never a personal post's month nor the writer", () => {
    expect(fromHtml(medium("Two years of the treaty | by Jonah Keller | Dec, 2026 | Medium")).outlet).not.toBe("Dec, 2026");
    expect(fromHtml(medium("Two years of the treaty | by Jonah Keller | Medium")).outlet).not.toBe("Jonah Keller");
  });
});

describe("a blog's poster in its footer element", () => {
  const blogger = (footer: string): string =>
    page("<title>One Free Korea: Two years of the pact</title>", `<h3 class="post-title">Two years of the pact</h3><div class="post-body">${EN.join("<br><br>")}</div><div class="post-footer">${footer}</div>`);
  it("is the writer, in English and Vietnamese", () => {
    expect(fromHtml(blogger('<span class="post-author vcard">Posted by <span class="fn">Ray Dunmore</span></span> at <abbr>9:15 PM</abbr>')).author).toBe("Ray Dunmore");
    expect(fromHtml(blogger('<span class="post-author vcard">Được đăng bởi <span class="fn">Trần Quốc Bảo</span></span> vào lúc <abbr>21:40</abbr>')).author).toBe("Trần Quốc Bảo");
  });
  it("names no one when the element holds no person's name", () => {
    expect(fromHtml(blogger('<span class="post-author vcard">Posted by <span class="fn">the editors</span></span>')).author).toBeNull();
  });
});

describe("a byline's names as printed, the wire after them", () => {
  const known = (name: string): boolean => name === "Associated Press";
  it("joins the list as the byline does", () => {
    expect(namesAsPrinted("by Hyung-jin Park and Jim Heintz, Associated Press", ["Hyung-jin Park", "Jim Heintz"], known)).toBe("Hyung-jin Park and Jim Heintz");
    expect(namesAsPrinted("Minh Anh và Thu Hà, Associated Press", ["Minh Anh", "Thu Hà"], known)).toBe("Minh Anh và Thu Hà");
    const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Treaty turns two", author: [{ "@type": "Person", name: "Hyung-jin Park" }, { "@type": "Person", name: "Jim Heintz" }] });
    const got = fromHtml(page(`<title>Treaty turns two</title><meta property="og:site_name" content="The Philadelphia Inquirer"><script type="application/ld+json">${ld}</script>`, `<h1>Treaty turns two</h1><div class="byline">by Hyung-jin Park and Jim Heintz, Associated Press</div>${EN.map((x) => `<p>${x}</p>`).join("")}`));
    expect(got.author).toBe("Hyung-jin Park and Jim Heintz");
  });
  it("is no such join when a third name or an unknown body follows", () => {
    expect(namesAsPrinted("by Hyung-jin Park and Jim Heintz, Kim Tong-hyung", ["Hyung-jin Park", "Jim Heintz"], known)).toBeNull();
    expect(namesAsPrinted("by Hyung-jin Park and Jim Heintz, Seoul Bureau", ["Hyung-jin Park", "Jim Heintz"], known)).toBeNull();
  });
});

describe("WordPress's comment form heading with its cancel link run in", () => {
  it("opens the comment section, so the wire's credit above it is read", () => {
    expect(commentThreadAt(["Leave a Comment Cancel Reply", "Your email address will not be published. Required fields are marked *"], 0)).toBe(true);
    expect(commentThreadAt(["Để lại bình luận Hủy trả lời", "Email của bạn sẽ không được hiển thị công khai."], 0)).toBe(true);
    const got = one(text("North Korea Tech", "Home", "Russia-North Korea road bridge opens", "By Martin Kessler / June 16, 2026 / News", ...EN, "With reporting from Reuters.", "Post navigation", "← Previous Post", "Leave a Comment Cancel Reply", "Your email address will not be published. Required fields are marked *", "Type here..", "Name*", "Email*", "Website", "Post Comment »"));
    expect(got.agency).toBe("Reuters");
    expect(got.body.split("\n\n")).toEqual([...EN]);
  });
  it("is no heading without the form's cues below it, nor in a sentence", () => {
    expect(commentThreadAt(["Leave a Comment Cancel Reply", ...EN], 0)).toBe(false);
    expect(commentThreadAt(["Leave a comment and cancel your reply later", "Your email address will not be published."], 0)).toBe(false);
  });
});

describe("a platform's author card under the text", () => {
  it("is the card's heading, its lines below it the card's, in English and Vietnamese", () => {
    // (the heading with its follow button or count of followers under it: "Written by X" alone is a line of the text)
    const en = one(text("Far East Review", "Member-only story", "Two years of the treaty, seen from Washington", "Daniel Okafor", "Follow", "4 min read", "·", "Jun 17, 2026", ...EN, "North Korea", "Russia", "Foreign Policy", "186", "4", "Written by Daniel Okafor", "1.1K followers", "·Writer for Far East Review", "Former diplomat. Writes on Northeast Asian security.", "Follow", "Help", "Status"));
    expect(en.body.split("\n\n").slice(0, 3)).toEqual([...EN]);
    for (const line of ["Written by Daniel Okafor", "Writer for Far East Review", "Former diplomat"]) expect(en.body).not.toContain(line);
    const vi = one(text("Sổ tay Đông Bắc Á", "Hai năm hiệp ước, nhìn từ Hà Nội", "Hồ Anh Tuấn", "Theo dõi", "5 phút đọc", "17 thg 6, 2026", ...VI, "Được viết bởi Hồ Anh Tuấn", "312 người theo dõi", "Nghiên cứu viên về an ninh Đông Bắc Á.", "Theo dõi"));
    expect(vi.body.split("\n\n").slice(0, 3)).toEqual([...VI]);
    for (const line of ["Được viết bởi", "Nghiên cứu viên về an ninh"]) expect(vi.body).not.toContain(line);
  });
  it("is no heading in a sentence, nor without a name", () => {
    expect(isTradeTailMarker("Written by hand in 1953")).toBe(false);
    expect(isTradeTailMarker("Written by")).toBe(false);
    expect(isTradeTailMarker("Written by Daniel Okafor, who served in Seoul.")).toBe(false);
  });
});

describe("a newsletter's box under a paid post", () => {
  it("is a box, its pitch and count below it no paragraph", () => {
    expect(isTradeTailMarker("Discover more from The Tumen Line")).toBe(true);
    expect(isTradeTailMarker("Khám phá thêm từ Điểm tin Đông Á")).toBe(true);
    const en = one(text("The Tumen Line", "Subscribe", "The treaty at two", "Evan Marsh", "Jun 19, 2026", ...EN, "Already a paid subscriber? Sign in", "Discover more from The Tumen Line", "A weekly letter on Russia, North Korea and the borderlands between them.", "Over 4,000 subscribers", "Continue reading", "© 2026 Evan Marsh"));
    expect(en.body.split("\n\n")).toEqual([...EN]);
  });
  it("is no box in a sentence", () => {
    expect(isTradeTailMarker("Discover more")).toBe(false);
    expect(isTradeTailMarker("Discover more from the region's rich history at the museum.")).toBe(false);
  });
});

describe("a site's imprint with its street address", () => {
  it("is a notice after the owner's name, in Vietnamese and English", () => {
    for (const line of ["Viện Nghiên cứu Châu Âu - Viện Hàn lâm Khoa học xã hội Việt Nam. Địa chỉ: 1 Liễu Giai, Ba Đình, Hà Nội.", "Báo Biển Xanh. Tòa soạn: 12 Lê Duẩn, Quận 1, TP.HCM", "The Amur Times. Address: 12 Lenin Street, Vladivostok"]) expect(isNoticeLine(line), line).toBe(true);
    const vi = one(text("Viện Nghiên cứu", "Tin tức", "Hiệp ước Nga - Triều Tiên sau hai năm", "Gửi bởi Ngô Thị Lan vào T6, 19/06/2026 - 15:10", ...VI, "Viện Nghiên cứu Châu Âu - Viện Hàn lâm Khoa học xã hội Việt Nam. Địa chỉ: 1 Liễu Giai, Ba Đình, Hà Nội."));
    expect(vi.body.split("\n\n")).toEqual([...VI]);
  });
  it("leaves a sentence about an address, a label without a street number, and an address alone to the footer's reading", () => {
    expect(isNoticeLine("Tòa soạn: 111 Trần Duy Hưng, Cầu Giấy, Hà Nội")).toBe(false);
    for (const line of ["Địa chỉ của phái đoàn tại Bình Nhưỡng chưa được công bố.", "Address: the ministry did not give one.", "Phái đoàn đã tới. Trụ sở: chưa xác định"]) expect(isNoticeLine(line), line).toBe(false);
  });
  it("reads the line in linear time", () => {
    expect(bestTime(() => isNoticeLine(`${"Ab cd ".repeat(20)}. Địa chỉ: ${"1 ".repeat(60)}x`))).toBeLessThan(50);
  });
});
