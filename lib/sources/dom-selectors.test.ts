import { readdirSync, readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { closestOf, elementWalks, readingOnce, selectAll, selectOne, selectorCompiles, treeChanged } from "./dom-selectors";

const PAGE = `<!doctype html><html lang="vi"><head><title>T</title>
<meta property="og:site_name" content="Báo Mẫu"><link rel="canonical" href="https://example.vn/a">
<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
<body class="Home page"><header id="top"><nav><a href="/">Trang chủ</a></nav></header>
<template><p class="lead">Không phải bài</p><figure><img src="t.jpg"></figure></template>
<main><article class="Story story--main" data-kind="news">
<h1 class="title">Tiêu đề <a href="/x">bài</a></h1>
<p class="lead">Đoạn mở đầu.</p><!-- a comment -->
<figure><img src="a.jpg" alt="ảnh"><figcaption>Chú thích <em>ảnh</em></figcaption></figure>
<p>Đoạn hai.</p><p>Đoạn ba <span class="byline">Phóng viên</span></p>
<div class="related-box"><ul><li><a href="/y">Tin liên quan</a></li><li><ul><li>Lồng</li></ul></li></ul></div>
<table><tr><td><table><tr><td>trong</td></tr></table></td></tr></table>
</article><aside role="complementary"><p>Quảng cáo</p></aside></main>
<footer><p>© Báo Mẫu</p></footer></body></html>`;

const SELECTORS = [
  "p",
  "*",
  "p, h1, figcaption",
  "article p",
  "article > p",
  "h1 + p",
  "h1 ~ p",
  "p.lead",
  "[class*='STORY' i]",
  "[class~='story--main']",
  "body.home, body.Home",
  "meta[property='og:site_name']",
  'link[rel="canonical"]',
  "script:not([type='application/ld+json'])",
  "li:first-child",
  "ul ul li",
  "td td",
  "figure:has(figcaption)",
  "p:not(.lead)",
  ":scope > p",
  "[data-kind]",
  "[role='complementary'], footer",
  "img[alt]",
];

const page = () => parseHTML(PAGE).document;

describe("selectors compiled once", () => {
  it("answers what linkedom's own querySelectorAll and querySelector answer, from the document and from an element", () => {
    const doc = page();
    const article = doc.querySelector("article") as Element;
    for (const selector of SELECTORS) {
      for (const root of [doc, article] as (Document | Element)[]) {
        expect(selectAll(root, selector), `${selector} from ${root.nodeName}`).toEqual(Array.from(root.querySelectorAll(selector)));
        expect(selectOne(root, selector), `${selector} from ${root.nodeName}`).toBe(root.querySelector(selector));
      }
    }
  });

  it("readingOnce answers every question asked of the document from one walk, as the walks apart answer", () => {
    const doc = page();
    const article = selectOne(doc, "article") as Element;
    const apart = SELECTORS.map((selector) => [selectAll(doc, selector), selectOne(doc, selector)]);
    const before = elementWalks();
    const shared = readingOnce(doc, () => SELECTORS.map((selector) => [selectAll(doc, selector), selectOne(doc, selector)]));
    expect(elementWalks() - before).toBe(1);
    expect(shared).toEqual(apart);
    // (an element asked of is walked as before, and nested readings of the same document share the one walk)
    const within = elementWalks();
    readingOnce(doc, () => {
      expect(selectAll(article, "p")).toEqual(Array.from(article.querySelectorAll("p")));
      expect(readingOnce(doc, () => selectAll(doc, "h1"))).toEqual(Array.from(doc.querySelectorAll("h1")));
      expect(selectOne(doc, "footer p")).toBe(doc.querySelector("footer p"));
    });
    expect(elementWalks() - within).toBe(2);
    // the reading ends with its function: the next question walks the document again
    selectAll(doc, "p");
    expect(elementWalks() - within).toBe(3);
  });

  it("readingOnce walks again after treeChanged, so a removed element is no longer found", () => {
    const doc = page();
    readingOnce(doc, () => {
      const header = selectOne(doc, "header") as Element;
      expect(selectAll(doc, "nav, header")).toHaveLength(2);
      header.remove();
      treeChanged(doc);
      expect(selectAll(doc, "nav, header")).toEqual([]);
      expect(selectAll(doc, "p")).toEqual(Array.from(doc.querySelectorAll("p")));
    });
  });

  it("never searches a template's contents, and goes on after it", () => {
    const doc = page();
    const leads = selectAll(doc, "p.lead");
    expect(leads.map((p) => p.textContent)).toEqual(["Đoạn mở đầu."]);
    expect(selectAll(doc, "template").length).toBe(1);
    expect(selectAll(doc, "img").map((i) => i.getAttribute("src"))).toEqual(["a.jpg"]);
  });

  it("closestOf is the element itself or its nearest matching ancestor, as closest() is", () => {
    const doc = page();
    for (const el of selectAll(doc, "*")) {
      for (const selector of ["figure", "article, main, [role='main']", "ul,ol,dl", "table", "[class*='related' i]", "body.Home", "nav, aside, footer, header"]) {
        expect(closestOf(el, selector), `${el.localName} ${selector}`).toBe(el.closest(selector));
      }
    }
  });

  it("compiles each selector once however often it is asked", () => {
    const doc = page();
    selectAll(doc, "p.lead, figure > figcaption");
    const before = selectorCompiles();
    for (const el of selectAll(doc, "*")) {
      closestOf(el, "p.lead, figure > figcaption");
      selectOne(el, "p.lead, figure > figcaption");
    }
    expect(selectorCompiles()).toBe(before);
    // (":scope" is the element asked of: compiled for each)
    selectAll(doc.body, ":scope > header");
    selectAll(doc.body, ":scope > header");
    expect(selectorCompiles()).toBe(before + 2);
  });

  it("answers as linkedom does on every saved page of the capture corpora", () => {
    const root = new URL("../../fixtures/", import.meta.url);
    const pages = readdirSync(root)
      .filter((dir) => dir.startsWith("captures"))
      .sort()
      .flatMap((dir) => readdirSync(new URL(`${dir}/`, root)).filter((f) => f.endsWith(".html")).map((f) => new URL(`${dir}/${f}`, root)))
      .filter((_, i) => i % 7 === 0);
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const doc = parseHTML(readFileSync(file, "utf8")).document;
      for (const selector of ["p", "figure figcaption", "[class*='byline' i], [rel='author']", "time[datetime]", "h1, h2, h3", "a[href]"]) {
        expect(selectAll(doc, selector).length, `${file.pathname} ${selector}`).toBe(doc.querySelectorAll(selector).length);
        expect(selectAll(doc, selector)).toEqual(Array.from(doc.querySelectorAll(selector)));
      }
    }
  });
});
