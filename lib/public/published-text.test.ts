import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/app/components/markdown";
import { bestTime } from "@/lib/sources/pathological";
import { publishedClaimant, publishedLinkTarget, publishedName, publishedQuote, publishedTags, publishedText } from "./published-text";

const render = (text: string) => renderToStaticMarkup(Markdown({ children: text, citations: 3 }));

describe("publishedLinkTarget", () => {
  it("leaves the page's own links, other schemes and public addresses as written", () => {
    for (const address of ["#evidence-1", "/claims/a", "claims/a", "?q=x", "mailto:desk@example.org", "https://www.un.org/report", "http://example.org:8080/x"]) {
      expect(publishedLinkTarget(address), address).toBeUndefined();
    }
  });

  it("leaves out local and private addresses in every form a browser follows", () => {
    for (const address of ["http://10.0.0.5/", "HTTP://LOCALHOST:8080", "//192.168.1.1/x", "/\\10.0.0.5/x", "http:\\\\127.0.0.1", "http:10.0.0.5", "http://2130706433/", "http://0x7f.1/", "http://[::1]/", "https://wiki.newsroom.internal/", "http://nas.local/", "http://[bad"]) {
      expect(publishedLinkTarget(address), address).toBeNull();
    }
  });

  it("drops a user name and password from a public address", () => {
    expect(publishedLinkTarget("http://user:pass@example.org/x?y#z")).toBe("http://example.org/x?y#z");
    expect(publishedLinkTarget("https://token@example.org/")).toBe("https://example.org/");
  });
});

describe("publishedText", () => {
  it("keeps text with no address in it, and public links, byte for byte", () => {
    for (const text of ["Theo **báo cáo** [1], _nguồn tin_: xem [đây](https://www.un.org/report \"UN\").\n\n- một\n- hai", "Giá 30% — 10:30 sáng; a & b \\* c", "[cite](#evidence-2) và [trang](/claims/x)", ""]) {
      expect(publishedText(text)).toBe(text);
    }
    expect(publishedText(null)).toBeNull();
  });

  it("publishes a local link's words without its address: inline, autolink, reference, image", () => {
    expect(publishedText("Xem [báo cáo](http://10.0.0.5/r.pdf \"nội bộ\") nhé.")).toBe("Xem báo cáo nhé.");
    expect(publishedText("Xem <http://localhost:8080/x> nhé.")).toBe("Xem nhé.");
    expect(publishedText("Xem [bản nháp][n] và [n].\n\n[n]: <https://wiki.corp/x> \"t\"")).toBe("Xem bản nháp và n.\n\n");
    expect(publishedText("![ảnh chụp](http://nas.local/a.png) [![ảnh](http://nas.local/b.png)](https://example.org/)")).toBe("ảnh chụp [ảnh](https://example.org/)");
    expect(publishedText("[a [lồng [sâu]]](http://10.0.0.5)")).toBe("a [lồng [sâu]]");
  });

  it("leaves no double space where an address was left out, in a sentence, before punctuation, at a line's end", () => {
    expect(publishedText("Nguồn: http://10.0.0.5/a và <http://nas.local/b> cùng http://intranet/c\nDòng http://10.0.0.5 tiếp.\tXem <http://localhost/>")).toBe(
      "Nguồn: và cùng\nDòng tiếp.\tXem",
    );
    expect(publishedText("Trước http://10.0.0.5/x, sau (http://10.0.0.5) và [trang](https://example.org/)")).toBe("Trước, sau () và [trang](https://example.org/)");
    expect(publishedText("Xem http://10.0.0.5/a-b giữa")).toBe("Xem giữa");
  });

  it("reads a link's address as the page does: escapes and character references decoded", () => {
    for (const text of ["[x](http&#58;//10.0.0.5)", "[x](http://10&#46;0.0.5)", "[x](http://10\\.0.0.5)", "[x](<http://10.0.0.5/a b>)", "[x](&#x2f;&#x2f;10.0.0.5)"]) {
      expect(publishedText(text), text).toBe("x");
    }
  });

  it("leaves out a bare local address and its credentials from a public one, keeping the sentence's punctuation", () => {
    expect(publishedText("Ở http://169.254.169.254/latest/, http://[::1]:3000/x và http://u:p@example.org/a.")).toBe("Ở, và http://example.org/a.");
    expect(publishedText("`http://10.0.0.5` và <a href=\"http://10.0.0.5\">x</a>")).toBe("`` và <a href=\"\">x</a>");
  });

  it("never renders a local address or a password on the page, however the link is written", () => {
    const hostile = [
      "[x](http://10.0.0.5)",
      "[x](HTTP://10.0.0.5 'a')",
      "[x][r]\n\n[r]:\n  http://10.0.0.5",
      "[X][R]\n\n[r]: http://10.0.0.5",
      "<http://user:pass@10.0.0.5>",
      "[x](//10.0.0.5)",
      // Markdown's escapes: the address is "\\10.0.0.5", which a browser reads as "//10.0.0.5".
      "[x](\\\\\\\\10.0.0.5)",
      "![x](http://10.0.0.5)",
      "[x](http://user:pass@example.org/)",
      "*[x](http://10.0.0.5)*",
      "> [x](http://10.0.0.5)\n> - [y](http://10.0.0.5)",
      "[1] và [x](http://10&#x2E;0.0.5)",
    ];
    for (const text of hostile) {
      const html = render(publishedText(text));
      expect(html, text).not.toMatch(/10\.0\.0\.5|pass@|10&#x2E;/i);
    }
  });

  it("parses hostile text in time linear in its length", () => {
    let fresh = 0;
    for (const unit of ["*a_", "[a](", "[", "<", "\\", "[a]: x:"]) {
      // A new text each time: published texts are kept.
      const hostile = (size: number) => `${unit.repeat(Math.ceil(size / unit.length))} http: ${(fresh += 1)}`;
      publishedText(hostile(2_000));
      const [small, large] = [bestTime(() => publishedText(hostile(2_000)), 2), bestTime(() => publishedText(hostile(20_000)), 2)];
      expect(large, `${JSON.stringify(unit)}: ${small.toFixed(0)} ms at 2,000 characters, ${large.toFixed(0)} ms at 20,000`).toBeLessThan(30 * Math.max(small, 5));
    }
  }, 120_000);
});

describe("publishedQuote", () => {
  it("keeps a quote as quoted: host names, private addresses, e-mail addresses, public links", () => {
    for (const quote of ["Tài liệu ở http://wiki.newsroom.internal/x và http://10.0.0.5:8080/a", "Gửi về ban@toasoan.vn hoặc https://www.un.org/report", "Giờ 10:30 tại //nas.local/chia-se", ""]) {
      expect(publishedQuote(quote)).toEqual([quote]);
    }
    expect(publishedQuote("…", "http://10.0.0.5:8080", "/x")).toEqual(["…", "http://10.0.0.5:8080", "/x"]);
  });

  it("leaves out a user name and password in any scheme's address, marked", () => {
    expect(publishedQuote("Kho http://admin:hunter2@10.0.0.5/ và postgres://app:s3cr3t@db.internal:5432/d.")).toEqual(["Kho http://[…]@10.0.0.5/ và postgres://[…]@db.internal:5432/d."]);
    expect(publishedQuote("ftp:\\\\u:p@nas.local")).toEqual(["ftp:\\\\[…]@nas.local"]);
  });

  it("reads prefix, words and suffix as one text: an address across them, or cut by the context's ends", () => {
    expect(publishedQuote("nằm tại http://bien", "tap:Mat-khau@kho", ".internal/x")).toEqual(["nằm tại http://[…]", "@kho", ".internal/x"]);
    // The prefix starts after the scheme, the suffix ends before the "@".
    expect(publishedQuote("khau-9x@kho.internal/a ", "tài liệu", " và https://u:Mat-kh")).toEqual(["[…]@kho.internal/a ", "tài liệu", " và https://[…]"]);
    // A port is no password; an evidence quote's own ends are where the editor chose them.
    expect(publishedQuote("x ", "y", " http://kho.internal:8080")).toEqual(["x ", "y", " http://kho.internal:8080"]);
    expect(publishedQuote("ban@toasoan.vn nói")).toEqual(["ban@toasoan.vn nói"]);
  });

  it("reads a hostile quote in time proportional to its length (read on every view of the page and the API)", () => {
    for (const unit of ["a.", "a-", "a://", "h://x:", "-@"]) {
      const hostile = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
      const [small, large] = [bestTime(() => publishedQuote(hostile(2_000), "x", hostile(2_000)), 2), bestTime(() => publishedQuote(hostile(20_000), "x", hostile(20_000)), 2)];
      expect(large, `${JSON.stringify(unit)}: ${small.toFixed(0)} ms at 2,000 characters, ${large.toFixed(0)} ms at 20,000`).toBeLessThan(30 * Math.max(small, 5));
    }
  });
});

describe("publishedName, publishedClaimant and publishedTags", () => {
  it("publish a short name as free text, on one line, and leave out one with nothing left", () => {
    expect(publishedName("Bộ Quốc phòng")).toBe("Bộ Quốc phòng");
    expect(publishedName("Nguồn  http://ops:hunter2@files.example.org/a \n theo http://10.0.0.5/x")).toBe("Nguồn http://files.example.org/a theo");
    expect(publishedName("http://10.0.0.5/danh-ba")).toBeNull();
    expect(publishedClaimant({ name: "http://localhost:8080", kind: "PERSON" })).toBeNull();
    expect(publishedClaimant({ name: "Ông A http://a:b@c.org", kind: "PERSON" })).toEqual({ name: "Ông A http://c.org/", kind: "PERSON" });
    expect(publishedClaimant(null)).toBeNull();
    expect(publishedTags(["an ninh", "http://10.0.0.5/x", "xem http://u:p@a.org", "an ninh "])).toEqual(["an ninh", "xem http://a.org/"]);
    expect(publishedTags(undefined)).toEqual([]);
  });
});
