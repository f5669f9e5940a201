// Tests for a saved page whose names for itself disagree (og:site_name, the JSON-LD publisher, the <title>'s suffix,
// the logo, the copyright line): a name over a domain, the name the domain's label spells exactly over the owner's
// company, the domain's label as the site writes it in capitals; and the names that must stay (a Vietnamese paper's
// full name with its kind word, an og:site_name that is a name); and a portal's saved repost, which names the outlet
// it credits. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, one, page, text, VI } from "@/test/family-parse";
import { creditedOriginal } from "./relay-post";

const body = (header: string, footer: string): string =>
  `<header>${header}</header><article><h1>Cargo volumes rise at the harbour</h1>${EN.map((p) => `<p>${p}</p>`).join("")}</article><footer>${footer}</footer>`;
const url = (host: string): string => `<meta property="og:url" content="https://www.${host}/business/cargo-volumes-rise">`;
const publisher = (name: string): string => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Cargo volumes rise at the harbour","publisher":{"@type":"Organization","name":"${name}"}}</script>`;

describe("a saved page's names for itself that disagree", () => {
  it("takes the publisher the domain's label spells over a domain as og:site_name and the owner's company", () => {
    const head = `<title>Cargo volumes rise at the harbour - HarbourPost.com</title><meta property="og:site_name" content="HarbourPost.com">${url("harbourpost.com")}${publisher("The Harbour Post")}`;
    expect(fromHtml(page(head, body("", "<p>© Harbour Post Daily Newspaper Ltd. All Rights Reserved</p>"))).outlet).toBe("The Harbour Post");
  });

  it("takes the domain's label as the site writes it in capitals, where nothing else names it", () => {
    const head = `<title>Cargo volumes rise at the harbour :: KHBR.com</title><meta property="og:site_name" content="KHBR.com">${url("khbr.com")}`;
    expect(fromHtml(page(head, body("", "<p>Copyright 2026 by Coastal Broadcasting Company. All rights reserved.</p>"))).outlet).toBe("KHBR");
  });

  it("keeps the domain's form where the page's own rights line prints it so, and a plain word's portal to the page's lines", () => {
    const head = `<title>Cargo volumes rise at the harbour - HarbourCheck.org</title><meta property="og:site_name" content="HarbourCheck.org">${url("harbourcheck.org")}`;
    expect(fromHtml(page(head, body("", "<p>© 2026 HarbourCheck.org. All rights reserved.</p>"))).outlet).toBe("HarbourCheck.org");
    const portal = `<title>Cargo volumes rise at the harbour - Harbour.gov</title><meta property="og:site_name" content="Harbour.gov">${url("harbour.gov")}`;
    expect(fromHtml(page(portal, body("<p>Harbour Trade Department</p>", "<p>Harbour Trade Department</p>"))).outlet).not.toBe("Harbour");
  });

  it("takes the logo's name over the <title>'s domain, and the name the label spells over its owner's company", () => {
    const head = `<title>Cargo volumes rise at the harbour | Harbourfacts.com</title>${url("harbourfacts.com")}`;
    const page1 = page(head, body('<a href="/"><img src="/logo.svg" alt="Harbourfacts"></a>', "<p>© 1995 - 2026 by Harbourfacts Media Group Inc.</p>"));
    expect(fromHtml(page1).outlet).toBe("Harbourfacts");
    const head2 = `<title>Cargo volumes rise at the harbour - Harbourdaily.com.au</title>${url("harbourdaily.com.au")}`;
    expect(fromHtml(page(head2, body('<a class="logo"><img src="/logo.png" alt="Harbour Daily"></a>', ""))).outlet).toBe("Harbour Daily");
  });

  it("keeps a paper's full name with its kind word, and an og:site_name that is a name", () => {
    const head = `<title>Cargo volumes rise at the harbour</title>${url("nongsanviet.vn")}`;
    expect(fromHtml(page(head, body('<img alt="Báo Nông sản Việt" src="/logo.png">', "<p>© Bản quyền thuộc về Nông sản Việt</p>"))).outlet).toBe("Báo Nông sản Việt");
    const head2 = `<title>Cargo volumes rise at the harbour</title><meta property="og:site_name" content="Harbour Post">${url("harbourpost.com")}${publisher("Harbour Post Media Group")}`;
    expect(fromHtml(page(head2, body("", ""))).outlet).toBe("Harbour Post");
  });
});

describe("a portal's saved repost", () => {
  const repost = (site: string, credit: string): string =>
    page(`<title>Cargo volumes rise at the harbour | ${site}</title><meta property="og:site_name" content="${site}">`, body("", `<div class="attribution"><span>${credit}</span></div>`));

  it("names the original outlet the page credits in a line of its own, not the portal (English and Vietnamese)", () => {
    expect(fromHtml(repost("NewsBreak", "Read the original article on The Harbour Courier")).outlet).toBe("The Harbour Courier");
    expect(fromHtml(repost("MSN", "Xem bài gốc trên Truyền hình Nông Sản")).outlet).toBe("Truyền hình Nông Sản");
  });

  it("keeps the portal where the page credits no one, and a site that is no portal whatever a line says", () => {
    expect(fromHtml(repost("MSN", "Đọc thêm tin tức")).outlet).toBe("MSN");
    expect(fromHtml(repost("Harbour Post", "Read the original article on The Harbour Courier")).outlet).toBe("Harbour Post");
  });
});

describe("a portal's repost copied as text", () => {
  it("names the source whose other stories the portal lists under the repost (Vietnamese and English)", () => {
    expect(one(text("Báo Mới", "Thế giới", "Giá sầu riêng giảm mạnh", "Nông Sản Việt", "2 giờ trước", ...VI, "Minh Anh", "Xem bài gốc", "Thêm tin từ Nông Sản Việt", "Tải ứng dụng Báo Mới")).outlet).toBe("Nông Sản Việt");
    expect(creditedOriginal(text("NewsBreak", "Cargo volumes rise at the harbour", ...EN, "More stories from Harbour Courier"))).toBe("Harbour Courier");
  });

  it("keeps a site's own \"More stories from\" box when the site is no portal", () => {
    expect(one(text("Harbour Post", "Business", "Cargo volumes rise at the harbour", "December 2, 2026", ...EN, "More stories from Harbour Courier", "© 2026 Harbour Post")).outlet).toBe("Harbour Post");
  });
});
