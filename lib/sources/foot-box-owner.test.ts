// A saved page's footer box may be called "foot" alone (`<div class="foot">`, as Chinese portals and their translated
// copies build it): the owner its rights line names is the page's own name, as a "footer" box's is ("Bản quyền thuộc
// về Nhân Dân Nhật báo, nghiêm cấm sao chép", "© 2026 Harbour Weekly. All rights reserved."). Near misses: a
// footnote's box ("footnote", "foot-note") names no owner.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, page, VI } from "@/test/family-parse";

const article = (title: string, paras: readonly string[], tail: string): string =>
  page(`<title>${title}</title>`, `<article><h1>${title}</h1><p>${paras.join("</p><p>")}</p></article>${tail}`);

describe("a footer box called \"foot\"", () => {
  it("reads the owner of its rights line as the outlet, in both languages", () => {
    expect(fromHtml(article("Harbour board expects second wharf in April", EN, `<div class="foot">© 2026 Harbour Weekly. All rights reserved.</div>`)).outlet).toBe("Harbour Weekly");
    const vi = article("Sầu riêng tăng diện tích gấp đôi trong ba năm", VI, `<div class="foot"><font><font>Bản quyền thuộc về Nhân Dân Nhật báo, nghiêm cấm sao chép nếu chưa được phép</font></font></div>`);
    expect(fromHtml(vi).outlet).toBe("Nhân Dân Nhật báo");
  });

  it("reads no owner from a footnote's box", () => {
    expect(fromHtml(article("Harbour board expects second wharf in April", EN, `<div class="footnote">1. Harbour Weekly, annual report, 3 March 2025.</div>`)).outlet).toBeNull();
    expect(fromHtml(article("Sầu riêng tăng diện tích gấp đôi trong ba năm", VI, `<div class="foot-note">Bản quyền thuộc về Nhân Dân Nhật báo</div>`)).outlet).toBeNull();
  });
});
