// A captured page can give its address as "https://www.rеuters.com/…" with a Cyrillic "е", or as a host written wholly
// in Cyrillic letters that look Latin ("раураӏ.com"); the import reads its site name ("Reuters") as the outlet, and the
// desk and the public site printed the address as captured: Reuters' address, leading to another host. Such a host is
// shown in its ASCII form, as browsers show it; an international name that imitates nothing is shown as written.
import { describe, expect, it } from "vitest";
import { withReadableHost } from "@/lib/http/readable-host";
import { publishedText } from "@/lib/public/published-text";
import { decodeImportFile, parseImport } from "@/lib/sources/parse-import";
import { en } from "@/lib/i18n/en";
import { vi } from "@/lib/i18n/vi";

describe("a look-alike host", () => {
  it("is shown in its ASCII form when a label mixes scripts", () => {
    expect(withReadableHost("https://www.r\u0435uters.com/world/markets-2026-12-01/")).toBe("https://www.xn--ruters-3of.com/world/markets-2026-12-01/");
    expect(withReadableHost("https://www.xn--ruters-3of.com/world/")).toBe("https://www.xn--ruters-3of.com/world/");
    expect(withReadableHost("https://news.\u0440aypal.com/login")).toMatch(/^https:\/\/news\.xn--[a-z0-9-]+\.com\/login$/);
  });

  it("is shown in its ASCII form when it is wholly Cyrillic or Greek letters that each look Latin", () => {
    expect(withReadableHost("https://\u0440\u0430\u0443\u0440\u0430\u04cf.com/")).toBe("https://xn--80aa0cbo65f.com/");
    expect(withReadableHost("http://\u0441\u043e\u0440\u0435.net/a?b#c")).toMatch(/^http:\/\/xn--[a-z0-9-]+\.net\/a\?b#c$/);
  });

  it("is shown in its ASCII form when its Latin letters are not ASCII yet each looks like an ASCII one", () => {
    for (const host of ["\u0251pple.com", "\u0131nstagram.com", "\ua7b5bc.com", "r\u1eb9uters.com", "www.r\u1eb9uter\u1e63.com", "\u1d00pple.com", "\u0261oogle.com", "bbc.\u0261ov.uk"]) {
      const shown = withReadableHost(`https://${host}/x`);
      expect(shown, host).toMatch(/^https:\/\/[\x21-\x7e]+\/x$/);
      expect(shown, host).toContain("xn--");
    }
  });

  it("keeps honest Latin, Vietnamese, German and Cyrillic names readable", () => {
    for (const host of ["báo.vn", "tuổitrẻ.vn", "münchen.de", "президент.рф", "việtnam.vn", "españa.es", "ελλάδα.gr", "đà-nẵng.vn"]) {
      expect(withReadableHost(`https://${host}/x`), host).toBe(`https://${host}/x`);
    }
  });

  it("keeps the port, credentials and the rest of the address as written", () => {
    expect(withReadableHost("https://u:p@www.r\u0435uters.com:8443/Hà_Nội?q=Nga#x")).toBe("https://u:p@www.xn--ruters-3of.com:8443/Hà_Nội?q=Nga#x");
  });

  it("reads the host as a browser does: full-width letters are ASCII ones", () => {
    expect(withReadableHost("https://\uff52\uff45\uff55\uff54\uff45\uff52\uff53.com/x")).toBe("https://reuters.com/x");
  });

  it("leaves names that imitate nothing, ASCII hosts and other addresses as they are", () => {
    expect(withReadableHost("https://báo.vn/a")).toBe("https://báo.vn/a");
    expect(withReadableHost("https://xn--bo-mia.vn/a")).toBe("https://báo.vn/a");
    expect(withReadableHost("https://президент.рф/news")).toBe("https://президент.рф/news");
    expect(withReadableHost("https://www.reuters.com/world/")).toBe("https://www.reuters.com/world/");
    expect(withReadableHost("https://[2001:db8::1]/x")).toBe("https://[2001:db8::1]/x");
    expect(withReadableHost("mailto:a@r\u0435uters.com")).toBe("mailto:a@r\u0435uters.com");
    expect(withReadableHost("https://bad host/")).toBe("https://bad host/");
    expect(withReadableHost(null)).toBeNull();
  });
});

describe("a look-alike host typed into published text", () => {
  it("is published in its ASCII form, as a link, an autolink, a definition and a bare address", () => {
    const note = [
      "See [the wire](https://www.r\u0435uters.com/world/x).",
      "Or <https://www.r\u0435uters.com/world/y>.",
      "Bare: https://www.r\u0435uters.com/world/z.",
      "[1]: https://www.r\u0435uters.com/world/w",
    ].join("\n\n");
    const published = publishedText(note);
    expect(published).not.toContain("r\u0435uters");
    expect(published).toContain("[the wire](<https://www.xn--ruters-3of.com/world/x>)");
    expect(published).toContain("<https://www.xn--ruters-3of.com/world/y>");
    expect(published).toContain("Bare: https://www.xn--ruters-3of.com/world/z.");
    expect(published).toContain("[1]: <https://www.xn--ruters-3of.com/world/w>");
  });

  it("leaves honest international names and ASCII hosts as typed", () => {
    const note = "See [báo](https://báo.vn/a) and https://www.reuters.com/world/x and https://президент.рф/news.";
    expect(publishedText(note)).toBe(note);
  });
});

describe("a capture naming itself with a look-alike host", () => {
  const page = (address: string) =>
    `<!doctype html><html><head><title>Markets fall sharply | Reuters</title><meta property="og:site_name" content="Reuters"><link rel="canonical" href="${address}"></head><body><article><h1>Markets fall sharply</h1><p>Stocks fell on Monday as investors weighed the central bank's next move and the outlook for the economy, traders said.</p><p>The index closed down two percent, its worst day since March, after a report showed prices rising faster than expected.</p></article></body></html>`;
  const read = (address: string) => parseImport(decodeImportFile(Buffer.from(page(address)), "page.html"), "page.html")[0]!;

  it("is stored with that host in its ASCII form, so the preview and every screen show it so", () => {
    expect(read("https://www.r\u0435uters.com/world/markets-fall-2026-12-01/").url).toBe("https://www.xn--ruters-3of.com/world/markets-fall-2026-12-01/");
  });

  it("lends the page's site name to no look-alike host: the outlet is left empty and a warning says why", () => {
    const source = read("https://www.r\u0435uters.com/world/markets-fall-2026-12-01/");
    expect(source.outlet).toBeNull();
    expect(source.warningCodes).toContainEqual({ code: "lookAlikeAddress", params: { outlet: "Reuters", host: "www.xn--ruters-3of.com" } });
    expect(read("https://www.r\u1eb9uters.com/world/markets-fall-2026-12-01/").outlet).toBeNull();
    expect(en.sourceWarnings.lookAlikeAddress).toContain("{host}");
    expect(vi.sourceWarnings.lookAlikeAddress).toContain("{host}");
  });

  it("keeps the outlet and no warning for an honest address", () => {
    for (const address of ["https://www.reuters.com/world/markets-fall-2026-12-01/", "https://báo.vn/thoi-su/markets-fall-123.html"]) {
      const source = read(address);
      expect(source.outlet, address).toBe("Reuters");
      expect(source.warningCodes.map((w) => w.code), address).not.toContain("lookAlikeAddress");
    }
  });

  it("keeps an honest address as captured", () => {
    expect(read("https://www.reuters.com/world/markets-fall-2026-12-01/").url).toBe("https://www.reuters.com/world/markets-fall-2026-12-01/");
    expect(read("https://báo.vn/thoi-su/markets-fall-123.html").url).toBe("https://báo.vn/thoi-su/markets-fall-123.html");
  });
});
