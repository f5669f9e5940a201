// The front server's own short pages (404, 503): styled by one inline style the policy allows by its hash, nothing else.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { notFoundAnswer } from "./missing-claims";
import { shortPage, SHORT_PAGE_POLICY } from "./short-page";
import { unavailableAnswer } from "./unavailable";

const styleOf = (html: string): string => /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? "";

describe("the front server's short pages", () => {
  it("carry one style whose hash is the only source their policy allows, and no script", () => {
    for (const answer of [notFoundAnswer("vi"), notFoundAnswer("en"), unavailableAnswer(undefined)]) {
      const style = styleOf(answer.body);
      expect(style).toContain("background:#fbfaf7");
      const hash = createHash("sha256").update(style).digest("base64");
      expect(answer.headers["content-security-policy"]).toBe(`default-src 'none'; style-src 'sha256-${hash}'; frame-ancestors 'none'`);
      expect(answer.headers["content-security-policy"]).toBe(SHORT_PAGE_POLICY);
      expect(answer.body).not.toMatch(/<script|<link|<img|style="/i);
    }
  });

  it("lead a reader who mistyped an address home or to the search, in the address's language", () => {
    const vi = notFoundAnswer("vi").body;
    expect(vi).toContain('<html lang="vi">');
    expect(vi).toContain('<a href="/">Trang chủ</a>');
    expect(vi).toContain('<a href="/claims">');
    expect(vi).toContain('<meta name="robots" content="noindex">');
    const en = notFoundAnswer("en").body;
    expect(en).toContain('<a href="/en">Home</a><a href="/en/claims">Search</a>');
  });

  it("escape what they print", () => {
    const html = shortPage("en", { title: "<t>", heading: "<h>", text: "a & b", links: [{ href: '/x"onmouseover="y', label: "<l>" }] });
    expect(html).toContain("<title>&#60;t&#62;</title>");
    expect(html).toContain("<h1>&#60;h&#62;</h1><p>a &#38; b</p>");
    expect(html).toContain('href="/x&#34;onmouseover=&#34;y"');
    expect(html).not.toMatch(/<(?:t|h|l)>/);
  });
});
