// Tests for a blog's name alone over its post's headline, the platform's posting line under it ("Northern Watch" /
// headline / "Posted on …"): the page's own masthead names the outlet, and a "Source:" or "Nguồn:" link at the foot
// then names the original or its agency, not the publishing site. Without a masthead of its own, the link at the foot
// still gives the page's outlet and address (a copy of the outlet's own page). Forms written for these tests.
import { describe, expect, it } from "vitest";
import { htmlToImportText } from "./html";
import { parseImport } from "./parse-import";

const EN = [
  "The port authority said on Monday that container traffic rose by a fifth in November, driven by exports of fruit and frozen fish.",
  "Officials expect the new terminal to open in March, doubling the number of ships the port can handle at the same time.",
];
const VI = [
  "Lượng cà phê xuất sang Ai Cập tăng mạnh trong năm nay, chủ yếu là cà phê Robusta của Tây Nguyên, theo số liệu của Tổng cục Thống kê.",
  "Các doanh nghiệp cho biết đã nhận thêm nhiều đơn hàng từ Cairo, song phải kiểm tra kỹ đối tác vì nhiều công ty trung gian mới thành lập.",
];
function parse(top: string | null, posted: string, foot: string, lang: "en" | "vi" = "en") {
  const title = lang === "en" ? "Port traffic rises by a fifth as exports grow" : "Cà phê Việt sang Ai Cập tăng mạnh trong năm nay";
  const [a, b] = lang === "en" ? EN : VI;
  const lines = [...(top === null ? [] : [top, ""]), title, "", posted, "", a, "", b, "", foot];
  return parseImport(lines.join("\n"), "x.txt")[0]!;
}

describe("a blog's masthead alone over the headline", () => {
  it.each([
    ["Northern Watch", "Posted on December 3, 2026 by Jane Doe"],
    ["Northern Watch", "Posted on December 3, 2026"],
    ["The Pacific Notes", "Published on December 3, 2026"],
  ])("names the outlet; a link at the foot names the agency, not the site: %s", (top, posted) => {
    const parsed = parse(top, posted, "Source: https://www.voanews.com/a/port-traffic/123.html");
    expect(parsed.outlet).toBe(top);
    expect(parsed.agency).toBe("VOA");
    expect(parsed.url).toBeNull();
  });

  it("a Vietnamese blog's post under an English name credits the original the same way", () => {
    const parsed = parse("Mekong Notes", "Posted on December 3, 2026", "Nguồn: https://www.rfa.org/vietnamese/news/x-123.html", "vi");
    expect(parsed.outlet).toBe("Mekong Notes");
    expect(parsed.agency).toBe("RFA");
    expect(parsed.url).toBeNull();
  });
});

describe("lines in the same place that are no masthead", () => {
  it.each([
    ["Jane Doe", "Posted on December 3, 2026 by Jane Doe"],
    ["World News", "Posted on December 3, 2026"],
    ["Politics", "Posted on December 3, 2026"],
    ["Northern Watch", "December 3, 2026"],
  ])("%s over the headline (%s): the link at the foot is the page's own", (top, posted) => {
    const parsed = parse(top, posted, "Source: https://www.voanews.com/a/port-traffic/123.html");
    expect(parsed.outlet).not.toBe(top);
    expect(parsed.url).toBe("https://www.voanews.com/a/port-traffic/123.html");
  });

  it("with no masthead, a copy's link at the foot is its own page's address", () => {
    const parsed = parse(null, "Posted on December 3, 2026", "Source: https://www.voanews.com/a/port-traffic/123.html");
    expect(parsed.url).toBe("https://www.voanews.com/a/port-traffic/123.html");
    expect(parsed.agency).toBeNull();
  });
});

describe("a saved blog page that names its site", () => {
  const page = (site: string | null, link: string): string =>
    `<!DOCTYPE html><html><head><title>Port traffic rises</title>${site ? `<meta property="og:site_name" content="${site}">` : ""}</head><body><main><article><h1>Port traffic rises by a fifth as exports grow</h1><div class="entry-meta">Posted on <time datetime="2026-12-03T10:00:00Z">December 3, 2026</time></div><div class="entry-content"><p>${EN[0]}</p><p>${EN[1]}</p><p>Source: <a href="${link}">${link}</a></p></div></article></main></body></html>`;
  const parse = (site: string | null, link: string) => parseImport(htmlToImportText(page(site, link), "x.html"), "x.html")[0]!;

  it("credits the broadcaster its source link names, not the site", () => {
    const parsed = parse("Northern Watch", "https://www.voanews.com/a/port/1.html");
    expect([parsed.outlet, parsed.agency, parsed.url]).toEqual(["Northern Watch", "VOA", null]);
  });

  it.each([
    ["VOA", "https://www.voanews.com/a/port/1.html"],
    ["Voice of America", "https://www.voanews.com/a/port/1.html"],
    ["Northern Watch", "https://northernwatch.blog/port/1"],
  ])("the site's own link is its address: %s, %s", (site, link) => {
    const parsed = parse(site, link);
    expect(parsed.agency).toBeNull();
    expect(parsed.url).toBe(link);
  });
});

describe("a personal blog's name over a plain date, with no posting line", () => {
  const copy = (top: string, dated: string, foot: string, lang: "en" | "vi") => {
    const title = lang === "en" ? "Port traffic rises by a fifth as exports grow" : "Cà phê Việt sang Ai Cập tăng mạnh trong năm nay";
    const [a, b] = lang === "en" ? EN : VI;
    return parseImport([top, title, dated, a, b, foot].join("\n"), "x.txt")[0]!;
  };

  it("is the outlet when a line lower down opens with it again (its footer, a rights line), in both languages", () => {
    expect(copy("Sổ tay Biển Đông", "03/12/2026", "Sổ tay Biển Đông · Blog cá nhân", "vi").outlet).toBe("Sổ tay Biển Đông");
    expect(copy("Notes from the Tumen", "December 3, 2026", "© 2026 Notes from the Tumen. All rights reserved.", "en").outlet).toBe("Notes from the Tumen");
  });

  it("is none when printed once, when a pointer names it as a section lower down, or when it is a section's label", () => {
    expect(copy("Sổ tay Biển Đông", "03/12/2026", "Chia sẻ bài viết", "vi").outlet).toBeNull();
    expect(copy("Thời sự quốc tế", "03/12/2026", "Xem thêm: Thời sự quốc tế", "vi").outlet).toBeNull();
    expect(copy("Notes from the Tumen", "December 3, 2026", "Share this post", "en").outlet).toBeNull();
    expect(copy("World News", "December 3, 2026", "World News · More stories", "en").outlet).toBeNull();
  });
});
