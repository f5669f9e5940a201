import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkHtmlLimits, HTML_LIMITS } from "./html-limits";

const nested = (depth: number) => `<html><body>${"<div>".repeat(depth)}x${"</div>".repeat(depth)}</body></html>`;

describe("checkHtmlLimits", () => {
  it("passes an ordinary article page", () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title><script>if (a < b) document.write("<div><div>")</script></head>
      <body><!-- <div><div><div> --><article><h1>Title</h1><p>One<br>two</p><img src="a.jpg" alt="x"/><p>Three</p></article></body></html>`;
    expect(checkHtmlLimits(page)).toBeNull();
  });

  it("passes every saved page among the sample fixtures", () => {
    const dir = new URL("../../fixtures/", import.meta.url);
    const pages = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => /\.html?$/i.test(name));
    for (const name of pages) expect(checkHtmlLimits(readFileSync(new URL(name, dir), "utf8")), name).toBeNull();
  });

  it("refuses 5,000 nested divs by depth, at once", () => {
    const started = performance.now();
    expect(checkHtmlLimits(nested(5000))).toEqual({ limit: "depth", max: HTML_LIMITS.maxDepth });
    expect(performance.now() - started).toBeLessThan(3000); // milliseconds when idle; the DOM parse ran for 25 minutes
  });

  it("allows nesting up to the limit and refuses one more level", () => {
    // html and body are two levels of their own
    expect(checkHtmlLimits(nested(198))).toBeNull();
    expect(checkHtmlLimits(nested(199))).toEqual({ limit: "depth", max: 200 });
    expect(checkHtmlLimits(nested(10), { maxDepth: 11, maxElements: 1000 })).toEqual({ limit: "depth", max: 11 });
  });

  it("refuses 1 MB of <p>a</p> by element count, quickly", () => {
    const page = "<p>a</p>".repeat(131_072);
    const started = performance.now();
    expect(checkHtmlLimits(page)).toEqual({ limit: "elements", max: HTML_LIMITS.maxElements });
    expect(performance.now() - started).toBeLessThan(3000); // tens of ms on an idle machine; the DOM parse took 19 s
  });

  it("counts void and self-closing elements but does not nest them", () => {
    expect(checkHtmlLimits("<br>".repeat(500), { maxDepth: 3, maxElements: 1000 })).toBeNull();
    expect(checkHtmlLimits("<span/>".repeat(500), { maxDepth: 3, maxElements: 1000 })).toBeNull();
    expect(checkHtmlLimits("<br>".repeat(1001), { maxDepth: 3, maxElements: 1000 })).toEqual({ limit: "elements", max: 1000 });
  });

  it("closes unclosed paragraphs and list items as a parser does", () => {
    expect(checkHtmlLimits(`<ul>${"<li>item".repeat(1000)}</ul>`, { maxDepth: 5, maxElements: 5000 })).toBeNull();
    expect(checkHtmlLimits(`<body>${"<p>para".repeat(1000)}`, { maxDepth: 5, maxElements: 5000 })).toBeNull();
    expect(checkHtmlLimits(`<body>${"<p>para<div>block</div>".repeat(500)}`, { maxDepth: 5, maxElements: 5000 })).toBeNull();
  });

  it("does not count tags inside comments, scripts and styles, nor quoted '>' in attributes", () => {
    const hidden = `<script type="text/x-template">${"<div>".repeat(1000)}</SCRIPT><style>${"<b>".repeat(1000)}</style><!--${"<i>".repeat(1000)}-->`;
    expect(checkHtmlLimits(`<div title="a > b">${hidden}</div>`, { maxDepth: 3, maxElements: 10 })).toBeNull();
  });

  it("ignores stray end tags and a lone '<' in text", () => {
    expect(checkHtmlLimits(`${"</div>".repeat(100)}<p>1 < 2 and 3 <4</p>`, { maxDepth: 2, maxElements: 5 })).toBeNull();
  });

  it("scans a flat 20 MB page in seconds at most (under a second when idle)", () => {
    const page = `<html><body>${"<p>Một đoạn văn bình thường trong bài báo, đủ dài để giống thật.</p>\n".repeat(280_000)}</body></html>`;
    const started = performance.now();
    expect(checkHtmlLimits(page, { maxDepth: 200, maxElements: 1_000_000 })).toBeNull();
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
