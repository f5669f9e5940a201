// A Vietnamese radio-television station's site names itself by a short mark ("TBTV", "DRT", "DaNangTV", "BRT") in its
// og:site_name, logo or headline suffix, and in full where it speaks as its owner: the JSON-LD publisher, the logo's
// alt text, the rights line ("Bản quyền thuộc Đài Phát thanh - Truyền hình Đà Nẵng"), a footer line in capitals. The
// outlet is the full name. Near misses: a national broadcaster's mark (VTV, VOV) and an English station's call sign
// stay, a station of another place, a body sentence that names a station, and the mark as the JSON-LD author still
// names no one.
import { describe, expect, it } from "vitest";
import { fromHtml, one, text, VI, EN } from "@/test/family-parse";
import { copyrightName } from "./html";
import { lookupOutlet, stationName } from "./layout-model";
import { stationInFull } from "./outlet-clues";

describe("stationInFull", () => {
  it("spells a station's mark out by the full name the page prints", () => {
    expect(stationInFull("TBTV", ["Đài Phát thanh và Truyền hình Thái Bình"])).toBe("Đài Phát thanh và Truyền hình Thái Bình");
    expect(stationInFull("DaNangTV", ["DaNangTV", "Đài Phát thanh - Truyền hình Đà Nẵng"])).toBe("Đài Phát thanh - Truyền hình Đà Nẵng");
    expect(stationInFull("DRT", ["DRT - Đài Phát thanh - Truyền hình Đà Nẵng"])).toBe("Đài Phát thanh - Truyền hình Đà Nẵng");
    expect(stationInFull("BRT", ["Tin mới", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÀ RỊA - VŨNG TÀU"])).toBe("Đài Phát thanh và Truyền hình Bà Rịa - Vũng Tàu");
    expect(stationInFull("QBTV", ["© Bản quyền thuộc Đài Phát thanh - Truyền hình Quảng Bình"])).toBe("Đài Phát thanh - Truyền hình Quảng Bình");
  });

  it("keeps a national broadcaster's mark, an English call sign, a name already in full and a station of another place", () => {
    expect(stationInFull("VTV", ["Đài Truyền hình Việt Nam"])).toBeNull();
    expect(stationInFull("VOV", ["Đài Tiếng nói Việt Nam"])).toBeNull();
    expect(stationInFull("KOMO", ["KOMO News", "© 2026 Sinclair, Inc."])).toBeNull();
    expect(stationInFull("Báo Thái Bình", ["Đài Phát thanh và Truyền hình Thái Bình"])).toBeNull();
    expect(stationInFull("TBTV", ["Đài Phát thanh và Truyền hình Nam Định"])).toBeNull();
  });

  it("reads every form of a station's name the outlet lookup reads, the abbreviation spelt out", () => {
    expect(stationInFull("STV", ["© Bản quyền thuộc Đài PT-TH Sóc Trăng"])).toBe("Đài Phát thanh và Truyền hình Sóc Trăng");
    expect(stationInFull("HTTV", ["Đài Phát thanh-Truyền hình Hà Tĩnh"])).toBe("Đài Phát thanh-Truyền hình Hà Tĩnh");
    expect(stationInFull("CTV", ["Đài Phát thanh, Truyền hình Cần Thơ"])).toBe("Đài Phát thanh, Truyền hình Cần Thơ");
  });

  it("reads no station out of a sentence", () => {
    expect(stationInFull("TBTV", ["Đài Phát thanh và Truyền hình Thái Bình cho biết chương trình sẽ phát sóng vào tối nay."])).toBeNull();
  });

  it("reads a station's rights line whole, its dash no end of the name", () => {
    expect(copyrightName("Bản quyền thuộc Đài Phát thanh - Truyền hình Đà Nẵng")).toBe("Đài Phát thanh - Truyền hình Đà Nẵng");
    expect(copyrightName("© 2026 Harbour Daily - All rights reserved")).toBe("Harbour Daily");
  });
});

describe("stationName, the one reader of a station's name for the outlet lookup and the mark spelt out", () => {
  it("reads the name in full, in capitals, abbreviated, with its place's dash, and in running case", () => {
    expect(stationName("Đài PT-TH Sóc Trăng")).toEqual({ printed: "Đài PT-TH Sóc Trăng", place: "Sóc Trăng", running: "Đài Phát thanh và Truyền hình Sóc Trăng" });
    expect(stationName("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÀ RỊA - VŨNG TÀU")?.running).toBe("Đài Phát thanh và Truyền hình Bà Rịa - Vũng Tàu");
    expect(stationName("Đài Phát thanh - Truyền hình Đà Nẵng.")?.printed).toBe("Đài Phát thanh - Truyền hình Đà Nẵng");
    expect(lookupOutlet("ĐÀI PHÁT THANH - TRUYỀN HÌNH BÀ RỊA - VŨNG TÀU")).toBe("Đài Phát thanh - Truyền hình Bà Rịa - Vũng Tàu");
    expect(lookupOutlet("Đài Phát thanh-Truyền hình Hà Tĩnh")).toBe("Đài Phát thanh - Truyền hình Hà Tĩnh");
  });

  it("reads no station without a place's name, a national broadcaster, or a sentence", () => {
    expect(stationName("Đài Phát thanh và Truyền hình tỉnh nhà")).toBeNull();
    expect(stationName("Đài Truyền hình Việt Nam")).toBeNull();
    expect(stationName("Đài Phát thanh và Truyền hình Thái Bình cho biết chương trình sẽ phát sóng vào tối nay.")).toBeNull();
    expect(stationName("Bản quyền thuộc Đài Phát thanh - Truyền hình Quảng Bình")).toBeNull();
  });
});

const body = (paras: readonly string[]): string => paras.map((p) => `<p>${p}</p>`).join("");
const stationPage = (head: string, top: string, foot: string, paras: readonly string[] = VI, lang = "vi"): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Giá sầu riêng giảm mạnh</title>${head}</head><body><div id="header">${top}</div><article><h1>Giá sầu riêng giảm mạnh</h1><p class="author">Minh Khang</p>${body(paras)}</article><div id="footer">${foot}</div></body></html>`;
const ld = (data: object): string => `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Giá sầu riêng giảm mạnh", datePublished: "2026-12-04T19:05:00+07:00", ...data })}</script>`;

describe("a station's saved page", () => {
  it("names the station in full from its JSON-LD publisher over og:site_name's mark, and the mark as author names no one", () => {
    const head = `<meta property="og:site_name" content="TBTV">${ld({ author: { "@type": "Person", name: "TBTV" }, publisher: { "@type": "Organization", name: "Đài Phát thanh và Truyền hình Thái Bình" } })}`;
    const parsed = fromHtml(stationPage(head, "", ""));
    expect(parsed.outlet).toBe("Đài Phát thanh và Truyền hình Thái Bình");
    expect(parsed.author).not.toBe("TBTV");
  });

  it("names the station in full from its rights line over the logo's mark", () => {
    const parsed = fromHtml(stationPage("", '<a href="/"><img src="/logo.png" alt="DaNangTV"></a>', "<p>Bản quyền thuộc Đài Phát thanh - Truyền hình Đà Nẵng</p><p>Giấy phép số 288/GP-BTTTT</p>"));
    expect(parsed.outlet).toBe("Đài Phát thanh - Truyền hình Đà Nẵng");
  });

  it("keeps an English station's call sign and a Vietnamese mark whose page names no station in full", () => {
    const komo = fromHtml(stationPage('<meta property="og:site_name" content="KOMO">', "", "<p>© 2026 Sinclair, Inc.</p>", EN, "en"));
    expect(komo.outlet).toBe("KOMO");
    const other = fromHtml(stationPage('<meta property="og:site_name" content="TBTV">', "", "<p>Liên kết: Đài Phát thanh và Truyền hình Nam Định</p>"));
    expect(other.outlet).toBe("TBTV");
  });
});

describe("a station's text copy", () => {
  it("names the station by the full name its footer prints in capitals", () => {
    const copy = text("05/12/2026, 08:47 Giá sầu riêng giảm mạnh - BRT", "Kinh tế", "Giá sầu riêng giảm mạnh", "04/12/2026 | 17:30", `BRT - ${VI[0]}`, VI[1], VI[2], "Minh Khang", "Tin khác", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÀ RỊA - VŨNG TÀU", "Địa chỉ: Số 1 đường 3/2, phường 8, TP Vũng Tàu", "https://brt.vn/gia-sau-rieng-giam-manh-t98712.html 1/1");
    expect(one(copy).outlet).toBe("Đài Phát thanh và Truyền hình Bà Rịa - Vũng Tàu");
  });

  it("keeps the mark where only the text's own sentence names a station", () => {
    const copy = text("05/12/2026, 08:47 Giá sầu riêng giảm mạnh - BRT", "Kinh tế", "Giá sầu riêng giảm mạnh", "04/12/2026 | 17:30", `BRT - ${VI[0]}`, VI[1], VI[2], "Đài Phát thanh và Truyền hình Bà Rịa - Vũng Tàu cho biết sẽ phát phóng sự vào tối nay.", "Minh Khang", "Tin khác", "Địa chỉ: Số 1 đường 3/2, phường 8, TP Vũng Tàu", "https://brt.vn/gia-sau-rieng-giam-manh-t98712.html 1/1");
    expect(one(copy).outlet).toBe("BRT");
  });
});
