// Tests for the families the forty-fifth corpus (the everyday news stream from regional and national papers carrying
// wire copy, and Vietnamese provincial, sector, portal and overseas relays) showed: a wire's sign-off without brackets
// naming the writer; the wire a byline's box prints under the writer's name whatever its classes; a wire's long caption
// of the lead picture over a credit no article line takes; a publishing company as the site name; a paper's masthead
// without its kind beside its full name at the foot; a repost's source address under a portal's own masthead; follow,
// comment and more-news calls around the text. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, PORT_EN, VI, fromHtml, one, page, text } from "@/test/family-parse";
import { foldForMatch } from "./normalize";
import { isNoticeLine, isPageNotice } from "./page-notices";

const notice = (line: string): boolean => isNoticeLine(line);

describe("a wire's sign-off under the text", () => {
  it("names the first reporter as the writer without its brackets, as with them", () => {
    for (const signOff of ["Reporting by Hyonhee Shin and Joyce Lee; Editing by Ed Davies", "Reporting by Mina Cho in Seoul; Writing by Ju-min Park; Editing by Kim Coghill", "(Reporting by Hyonhee Shin; Editing by Ed Davies)"]) {
      const parsed = one(text("World", "Seoul says shipments rose in November", "Reuters", "02 December 2026 - 13:40", ...EN, signOff, "Most read", "© 2026 Example Live"));
      expect(parsed.author, signOff).toBe(signOff.includes("Mina Cho") ? "Mina Cho" : "Hyonhee Shin");
      expect(parsed.agency, signOff).toBe("Reuters");
      expect(parsed.body, signOff).not.toContain("Editing by");
    }
  });

  it("names no writer from a wire's own sign-off, nor from a line that only starts the same way", () => {
    const wire = one(text("World", "Seoul says shipments rose in November", "02 December 2026 - 13:40", ...EN, "Reporting by Reuters; Editing by Ed Davies", "© 2026 Example Live"));
    expect(wire.author).toBeNull();
    const prose = one(text("World", "Seoul says shipments rose in November", "02 December 2026 - 13:40", ...EN, "Reporting by the board's own staff found that the second wharf would open in April, a year late.", "© 2026 Example Live"));
    expect(prose.author).toBeNull();
    expect(prose.body).toContain("Reporting by the board's own staff");
  });
});

describe("a byline's box on a saved page", () => {
  const head = '<title>Harbour volumes rise</title><meta property="og:site_name" content="The Example Republic"><meta property="og:title" content="Harbour volumes rise">';
  const article = (box: string): string =>
    page(
      `${head}<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour volumes rise","datePublished":"2026-12-03T04:02:11Z","author":[{"@type":"Person","name":"Min-jun Park"}]}</script>`,
      `<main><article><h1>Harbour volumes rise</h1>${box}<div class="body">${EN.map((p) => `<p>${p}</p>`).join("")}</div></article></main><aside><h2>Most popular</h2><ul><li><a>Council approves budget</a></li></ul></aside>`,
    );

  it("credits the wire printed under the writer's name, whatever the box's classes", () => {
    for (const box of ['<div class="gnt_ar_by"><a>Min-jun Park</a><div>Associated Press</div></div>', '<div class="x1"><span>Min-jun Park</span>, <span>Reuters</span></div>', '<p class="meta">By <a>Min-jun Park</a> | AFP</p>']) {
      const parsed = fromHtml(article(box));
      expect(parsed.author, box).toBe("Min-jun Park");
      expect(parsed.agency, box).toBe(box.includes("Associated") ? "AP" : box.includes("Reuters") ? "Reuters" : "AFP");
    }
  });

  it("credits no wire when the name's box prints a post or the outlet, or a wire only in a related list", () => {
    for (const box of ['<div class="gnt_ar_by"><a>Min-jun Park</a><div>Staff writer</div></div>', '<div class="x1"><span>Min-jun Park</span><span>The Example Republic</span></div>']) {
      expect(fromHtml(article(box)).agency, box).toBeNull();
    }
    const related = page(head, `<main><article><h1>Harbour volumes rise</h1><p class="by">Min-jun Park</p>${EN.map((p) => `<p>${p}</p>`).join("")}</article></main><aside><ul><li><span>Min-jun Park</span> <span>Reuters</span></li></ul></aside>`);
    expect(fromHtml(related).agency).toBeNull();
  });
});

describe("a wire's long caption of the lead picture in a text copy", () => {
  const lead = "Russian Foreign Minister Sergei Lavrov, left, is greeted by North Korean Foreign Minister Choe Son Hui at Pyongyang's airport on Wednesday, Dec. 3, 2026.";

  it("is a caption when the day it was taken closes it and a credit no article line takes is below it", () => {
    for (const credit of ["Korean Central News Agency/Korea News Service via AP", "Kim Won Jin/AFP via Getty Images"]) {
      const parsed = one(text("WORLD", "Russia's top diplomat lands in North Korea", "Min-jun Park", "Associated Press", "Published 6:12 a.m. ET Dec. 3, 2026", lead, credit, ...EN, "Most Popular", "© Copyright Example 2026"));
      expect(parsed.captions.some((c) => c.startsWith(lead)), credit).toBe(true);
      expect(parsed.body, credit).not.toContain("Choe Son Hui at Pyongyang's airport");
      expect(parsed.body, credit).toContain(EN[0]);
    }
  });

  it("keeps a long lead paragraph over a credit as text when no day closes it", () => {
    const paragraph = "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for two days of talks with North Korean officials, the latest in a series of high-level visits since 2024 that have tightened ties.";
    const parsed = one(text("WORLD", "Russia's top diplomat lands in North Korea", "Published 6:12 a.m. ET Dec. 3, 2026", paragraph, "Kim Won Jin/AFP via Getty Images", ...PORT_EN, "© Copyright Example 2026"));
    expect(parsed.body).toContain("two days of talks with North Korean officials");
  });
});

describe("the outlet a page names", () => {
  it("is the paper a publishing company as site name publishes, when the address or the title spells it", () => {
    const html = (site: string, url: string, title: string): string =>
      page(`<title>${title}</title><meta property="og:site_name" content="${site}"><meta property="og:url" content="${url}"><link rel="canonical" href="${url}">`, `<article><h1>Harbour volumes rise</h1>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`);
    expect(fromHtml(html("SunStar Publishing Inc.", "https://www.sunstar.com.ph/world/harbour", "Harbour volumes rise - SunStar")).outlet).toBe("SunStar");
    expect(fromHtml(html("Harbourtown Newspapers Ltd", "https://news.example.org/harbour", "Harbour volumes rise | Harbourtown")).outlet).toBe("Harbourtown");
    // a company the page spells nowhere else keeps its name
    expect(fromHtml(html("Harbourtown Newspapers Ltd", "https://news.example.org/harbour", "Harbour volumes rise")).outlet).toBe("Harbourtown Newspapers Ltd");
  });

  it("is a Vietnamese paper's full name at the foot for its masthead without the kind", () => {
    const parsed = one(text("QUỐC PHÒNG THỦ ĐÔ", "Thời sự", "Quốc tế", "Quốc tế", "Tiêu đề bài viết về sầu riêng xuất khẩu", "Thứ Ba, 02/12/2026 | 18:30", ...VI, "HOÀNG ANH", "Xem nhiều", "BÁO QUỐC PHÒNG THỦ ĐÔ", "Giấy phép số 47/GP-BTTTT."));
    expect(foldForMatch(parsed.outlet ?? "")).toBe("bao quoc phong thu do");
  });

  it("is a portal's own masthead over a repost's source address, which is not the page's", () => {
    const parsed = one(text("Vietnam.vn", "Tin tức", "Thế giới", "Tiêu đề bài viết về sầu riêng xuất khẩu", "05/12/2026", ...VI, "Nguồn: https://baoquocte.vn/tieu-de-bai-viet-331245.html", "Cùng chủ đề", "Cổng thông tin Vietnam.vn"));
    expect(parsed.outlet).toBe("Vietnam.vn");
    expect(parsed.url).toBeNull();
    // a copy tool's "Nguồn:" naming the page's own address stays its url
    const own = one(text("Tuổi Trẻ", "Thời sự", "Tiêu đề bài viết về sầu riêng xuất khẩu", "05/12/2026", ...VI, "Nguồn: https://tuoitre.vn/tieu-de-bai-viet-2026120512.htm"));
    expect(own.url).toBe("https://tuoitre.vn/tieu-de-bai-viet-2026120512.htm");
  });
});

describe("calls around the text", () => {
  it("drops follow, comment and more-news calls, English and Vietnamese", () => {
    for (const line of [
      "Follow SunStar on Facebook, X and Instagram for the latest news.",
      "Follow us on Facebook and Instagram to get the latest updates",
      "Theo dõi chúng tôi trên Facebook và Zalo để cập nhật tin tức mới nhất",
      "Follow Daily Record:",
      "Follow us on:",
      "Theo dõi chúng tôi:",
      "Would you like to comment on this article?",
      "Do you want to join the conversation?",
      "Register (it's quick and free) or sign in now.",
      "Sign up or log in to comment",
      "Bạn muốn bình luận về bài viết này?",
      "For more Irish Mirror news, click here.",
      "For all the latest Scottish news, visit our homepage",
      "Để đọc thêm tin tức, bấm vào đây",
    ]) {
      expect(notice(line), line).toBe(true);
    }
  });

  it("keeps body sentences that open the same way", () => {
    for (const line of [
      "Follow the money:",
      "Follow Kim Jong Un on his trip to Moscow for the latest round of talks, officials said.",
      "For more than a decade, North Korea has sent workers to Russia.",
      "For more on the treaty's fourth article, the ministry said, readers should consult the full text.",
      "Would you like to know more about the treaty, the minister asked reporters.",
      "Register or sign in, the ministry told exporters, before the new rules take effect in March.",
    ]) {
      expect(notice(line), line).toBe(false);
    }
  });

  it("answers at once on long and repeated lines", () => {
    const started = performance.now();
    for (const line of [`Follow ${"us on Facebook ".repeat(400)}`, `For more ${"news ".repeat(2000)}click here`, `Theo dõi ${"chúng tôi trên Facebook ".repeat(300)}`, `Register ${"it's quick and free ".repeat(500)}or sign in`]) {
      isPageNotice(line, () => foldForMatch(line));
      notice(line);
    }
    expect(performance.now() - started).toBeLessThan(500);
  });
});
