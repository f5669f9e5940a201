// Tests for the outlet of a post copied from a platform: the page's, channel's, newsletter's or publication's own name,
// read from what the copy shows around it, never the platform's name nor its buttons; and the pages whose outlet must
// not change (a story about a platform on a newspaper's page, a news page's share row). Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, one, page, text, VI } from "@/test/family-parse";
import { isPlatformName, outletOfPlatformPost } from "./platform-outlet";

describe("a post copied from a platform names its page, not the platform", () => {
  it("reads a Facebook page's name over the post's time (Vietnamese)", () => {
    const post = text("Facebook", "Tìm kiếm trên Facebook", "Nông Nghiệp Miền Tây", "2 tháng 12 lúc 08:40", "·", "🔴 GIÁ SẦU RIÊNG GIẢM MẠNH Ở MIỀN TÂY", ...VI, "— Trần Minh", "#SauRieng #MienTay", "Xem bản dịch", "356 bình luận", "Thích", "Bình luận", "Chia sẻ");
    expect(one(post).outlet).toBe("Nông Nghiệp Miền Tây");
  });

  it("reads an X account's name over its handle (English)", () => {
    const post = text("Home", "Explore", "Notifications", "Messages", "Profile", "More", "Post", "Article", "Cargo volumes rise at the harbour", "Harbour Freight Watch", "@harbourwatch", "Follow", ...EN, "— Ana Ruiz, senior analyst", "9:10 AM · Dec 2, 2026", "·", "1.2K Views", "Terms of Service", "© 2026 X Corp.");
    expect(one(post).outlet).toBe("Harbour Freight Watch");
    // a handle under a name on a page that shows no platform is a reporter's, not an account's post
    expect(outletOfPlatformPost(null, { text: text("Cargo volumes rise at the harbour", "Ana Ruiz", "@anaruiz", ...EN), notOutlet: [] })).toBeNull();
  });

  it("reads a LinkedIn newsletter's name under the platform's menu", () => {
    const post = text("LinkedIn", "Articles", "People", "Join now", "Sign in", "Port Economics Weekly", "Weekly newsletter", "Subscribe", "Cargo volumes rise at the harbour", "Alan Pike", "Editor, Port Economics Weekly", "Published Dec 2, 2026", ...EN, "Like", "Comment");
    expect(one(post).outlet).toBe("Port Economics Weekly");
  });

  it("reads a Medium publication after \"Published in\", not the menu's \"Write\"", () => {
    const post = text("Open in app", "Sign up", "Sign in", "Write", "Search", "Harbour Letters", "Cargo volumes rise at the harbour", "Ana Ruiz", "Follow", "Published in", "Harbour Letters", "4 min read", "·", "Dec 2, 2026", ...EN, "Written by Ana Ruiz", "Recommended from Medium");
    expect(one(post).outlet).toBe("Harbour Letters");
  });

  it("reads a video channel's name over its subscriber count, where no platform is named", () => {
    const post = text("Cargo volumes rise at the harbour", "Coastal Business TV", "48.1K subscribers", "Subscribe", "4.2K", "Share", "12,004 views  Dec 2, 2026  #ports #shipping", ...EN, "Reported by Mia Long in Auckland.", "312 Comments");
    expect(one(post).outlet).toBe("Coastal Business TV");
  });

  it("reads a short video's account before its date stamp (Vietnamese)", () => {
    const post = text("TikTok", "Dành cho bạn", "Khám phá", "nongnghiep.mientay", "Nông Nghiệp Miền Tây · 12-2", "Theo dõi", "Giá sầu riêng giảm mạnh", ...VI, "#saurieng");
    expect(one(post).outlet).toBe("Nông Nghiệp Miền Tây");
  });

  it("reads a newsletter's name in the sender row at the platform's address, not the writer's rights line", () => {
    const mail = text("Cargo volumes rise at the harbour", "Inbox", "Port Economics Weekly <porteconomics@substack.com> Unsubscribe", "Wed, Dec 2, 2026, 6:02 AM", "to me", "Cargo volumes rise at the harbour", "Alan Pike", "Dec 2", ...EN, "© 2026 Alan Pike", "Unsubscribe");
    expect(one(mail).outlet).toBe("Port Economics Weekly");
  });

  it("reads the newsletter a saved platform page is part of (JSON-LD isPartOf), and keeps the platform for a personal post", () => {
    const ld = (partOf: string): string =>
      `<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"Cargo volumes rise at the harbour","author":{"@type":"Person","name":"Alan Pike"},${partOf}"publisher":{"@type":"Organization","name":"LinkedIn"}}</script>`;
    const body = `<article><h1>Cargo volumes rise at the harbour</h1>${EN.map((p) => `<p>${p}</p>`).join("")}</article>`;
    const head = '<title>Cargo volumes rise at the harbour | LinkedIn</title><meta property="og:site_name" content="LinkedIn">';
    expect(fromHtml(page(head + ld('"isPartOf":{"@type":"CreativeWorkSeries","name":"Port Economics Weekly"},'), body)).outlet).toBe("Port Economics Weekly");
    expect(fromHtml(page(head + ld(""), body)).outlet).toBe("LinkedIn");
  });
});

describe("pages whose outlet is no platform post's", () => {
  it("keeps a newspaper's masthead on a story about Facebook", () => {
    const story = text("The Harbour Courier", "Business", "Facebook fined over harbour ads", "By Jo Wells", "December 2, 2026", "Facebook was fined on Tuesday for adverts about the new wharf, the harbour board said.", ...EN, "© 2026 The Harbour Courier", "Facebook", "X", "Email");
    expect(one(story).outlet).toBe("The Harbour Courier");
    expect(outletOfPlatformPost("The Harbour Courier", { text: story, notOutlet: ["Facebook fined over harbour ads", "Jo Wells"] })).toBe("The Harbour Courier");
  });

  it("leaves a news page's share row alone: a line after \"Zalo\" is no page's name", () => {
    const story = text("Thế giới", "Giá sầu riêng giảm mạnh", "Thứ Tư, 02/12/2026, 08:40", "Chia sẻ Facebook", "Zalo", "Sao chép liên kết", ...VI);
    expect(outletOfPlatformPost(null, { text: story, notOutlet: ["Giá sầu riêng giảm mạnh"] })).toBeNull();
  });

  it("keeps a site's own name when its writer's byline sits next to a share row lower down", () => {
    const story = text("Chân Trời Sáng", "Tin Tức", "Thế Giới", "Thế Giới", "Cargo volumes rise at the harbour", "By Chân Trời Sáng", ...EN, "Facebook", "X");
    expect(outletOfPlatformPost("Chân Trời Sáng", { text: story, notOutlet: ["Cargo volumes rise at the harbour", "Chân Trời Sáng"] })).toBe("Chân Trời Sáng");
  });

  it("keeps the platform where the copy gives no page's name", () => {
    expect(outletOfPlatformPost("Facebook", { text: text("Facebook", ...EN), notOutlet: [] })).toBe("Facebook");
  });

  it("tells platforms and their buttons from publications", () => {
    for (const name of ["Facebook", "LinkedIn", "X", "NAVER", "TikTok", "Write", "Sign in"]) expect(isPlatformName(name), name).toBe(true);
    for (const name of ["The Harbour Courier", "Nông Nghiệp Miền Tây", "Telegraph", "Medium Rare Review"]) expect(isPlatformName(name), name).toBe(false);
  });
});
