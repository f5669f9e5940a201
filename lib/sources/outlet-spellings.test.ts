// Tests for one outlet's name in two spellings, the fuller one the page prints for itself: a party paper's site name
// for its online edition ("Báo X điện tử") under the masthead's full name ("Báo Đảng bộ quận X").
import { describe, expect, it } from "vitest";
import { htmlToImportText } from "./html";
import { stationName } from "./layout-model";
import { withoutOwnInitials } from "./outlet-clues";
import { decodeImportFile, parseImport } from "./parse-import";

const P1 = "Một nghị sĩ Hàn Quốc hôm thứ Sáu cho biết khoảng 1.100 binh sĩ Triều Tiên đã thương vong trong các đợt giao tranh ở khu vực biên giới Nga.";
const P2 = "Bộ Quốc phòng Nga chưa bình luận về con số này; cơ quan tình báo Hàn Quốc từ chối xác nhận các chi tiết của báo cáo.";
const E1 = "A lawmaker in Seoul said on Friday that about 1,100 North Korean soldiers had been killed or wounded in fighting near the Russian border since September.";
const E2 = "Russia's defence ministry did not comment on the figure, and the South Korean spy agency declined to confirm the details of the report.";

const page = (site: string, masthead: string, [p1, p2] = [P1, P2], lang = "vi") =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Tình báo Hàn Quốc báo cáo về thương vong</title><meta property="og:site_name" content="${site}"></head><body><div class="masthead"><h2>${masthead}</h2></div><ul class="nav"><li>Trang chủ</li><li>Quốc tế</li></ul><div class="content"><h1>Tình báo Hàn Quốc báo cáo về thương vong</h1><div class="info">28/11/2026 06:50</div><p>${p1}</p><p>${p2}</p></div><footer>Giấy phép số 19/GP-STTTT.</footer></body></html>`;
const outlet = (html: string) => parseImport(htmlToImportText(html, "a.html"), "a.html")[0]?.outlet;

describe("an online edition's site name under the party paper's full name in the masthead", () => {
  it.each([
    ["Báo Hồng Châu điện tử", "Báo Đảng bộ quận Hồng Châu"],
    ["Báo Lam Sơn điện tử", "Báo Đảng bộ tỉnh Lam Sơn"],
    ["Báo Tân Hà Online", "Báo Đảng bộ thành phố Tân Hà"],
    ["Báo Phú Lạc điện tử", "Báo Đảng bộ huyện Phú Lạc"],
  ])("%s gives way to %s", (site, masthead) => {
    expect(outlet(page(site, masthead))).toBe(masthead);
  });

  it.each([
    // another place's party paper, or a place that only ends the same
    ["Báo Hồng Châu điện tử", "Báo Đảng bộ quận Tây Hồ"],
    ["Báo Châu điện tử", "Báo Đảng bộ quận Hồng Châu"],
    // a masthead that is no party paper's name, or a site name that is no online edition's
    ["Báo Hồng Châu điện tử", "Tạp chí Đảng bộ quận Hồng Châu"],
    ["Báo Hồng Châu điện tử", "Bản tin Đảng bộ quận Hồng Châu"],
    ["Báo Hồng Châu", "Báo Đảng bộ quận Hồng Châu"],
  ])("%s stays under %s", (site, masthead) => {
    expect(outlet(page(site, masthead))).toBe(site);
  });

  it("an English page's edition keeps its site name under a masthead that is no paper's full name", () => {
    expect(outlet(page("Riverside Herald Online", "Riverside Party Committee Herald", [E1, E2], "en"))).toBe("Riverside Herald Online");
    expect(outlet(page("Riverside Herald Online", "Dang bo Riverside Herald", [E1, E2], "en"))).toBe("Riverside Herald Online");
  });
});

const readerView = (host: string, credits: string, [p1, p2] = [E1, E2], lang = "en") =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Court sentences captured soldier</title></head><body class="reader"><div class="container"><div class="header reader-header"><a class="domain reader-domain" href="https://www.${host}/world/court-sentences-soldier">${host}</a><h1 class="reader-title">Court sentences captured soldier</h1><div class="credits reader-credits">${credits}</div><div class="meta-data"><div class="reader-estimated-time">3–4 minutes</div></div></div><hr><div class="content"><div class="moz-reader-content"><p class="date">Published Nov 13, 2026 • 9:48 a.m. CST</p><p>${p1}</p><p>${p2}</p></div></div></div></body></html>`;

describe("a reader view's credits line naming the site beside the wire", () => {
  it.each([
    ["brandonprairiecourier.ca", "Brandon Prairie Courier · Reuters", "Brandon Prairie Courier"],
    ["harbourpost.co.nz", "By Jane Doe, The Harbour Post", "The Harbour Post"],
    ["congdongvietpraha.cz", "Cộng Đồng Việt Praha · Reuters", "Cộng Đồng Việt Praha"],
  ])("%s with %s is %s", (host, credits, name) => {
    const [p1, p2] = host.endsWith(".cz") ? [P1, P2] : [E1, E2];
    expect(outlet(readerView(host, credits, [p1, p2], host.endsWith(".cz") ? "vi" : "en"))).toBe(name);
  });

  it.each([
    // a writer and a wire, a name the domain spells only in part, another site's name
    ["brandonprairiecourier.ca", "Jane Doe · Reuters"],
    ["brandonprairiecourier.ca", "Prairie Courier · Reuters"],
    ["brandonprairiecourier.ca", "Winnipeg Free Press · Reuters"],
    ["congdongvietpraha.cz", "Tin Praha · Reuters"],
  ])("%s with %s names neither the wire nor another name", (host, credits) => {
    const got = outlet(readerView(host, credits, host.endsWith(".cz") ? [P1, P2] : [E1, E2], host.endsWith(".cz") ? "vi" : "en"));
    expect(got).not.toBe("Reuters");
    expect(got).not.toBe(credits.split(" · ")[0]);
  });
});

const V1 = "Bộ Quốc phòng Nhật Bản cho biết một tàu vận tải của Nga đã di chuyển qua eo biển Tsushima với nhiều container được che phủ.";
const V2 = "Máy bay tuần tra của Nhật Bản đã theo dõi con tàu trong khoảng sáu giờ trước khi nó tiến vào vùng biển quốc tế.";
const N1 = "Allies agreed on Thursday to step up support for Ukraine's air defences as Russia widened its strikes on the country's power grid.";
const N2 = "Ministers also discussed reports that North Korean troops were training alongside Russian units near the border.";

describe("initials and the name they stand for on the masthead line", () => {
  const copy = (masthead: string, initials: string, [p1, p2]: readonly string[]) =>
    parseImport([masthead, "Trang chủ", "Thời sự", "Quốc tế", "Nhật Bản theo dõi tàu Nga nghi chở đạn pháo", "03/12/2026 19:30", `${initials} - ${p1}`, p2].join("\n"), "a.txt")[0]?.outlet;

  it("a Vietnamese station's initials give way to its name spelt out on its masthead line", () => {
    expect(copy("QPVN - Truyền hình Quốc phòng Việt Nam", "QPVN", [V1, V2])).toBe("Truyền hình Quốc phòng Việt Nam");
    expect(copy("THQB - Đài Phát thanh và Truyền hình Quảng Bắc", "THQB", [V1, V2])).toBe("Đài Phát thanh và Truyền hình Quảng Bắc");
  });

  it("keeps the initials beside words that are no proper name, or a name in English", () => {
    expect(copy("ANTV - Truyền hình Công an nhân dân", "ANTV", [V1, V2])).toBe("ANTV");
    expect(copy("NATO - North Atlantic Treaty Organization", "NATO", [N1, N2])).toBe("NATO");
  });

  const site = (og: string, [p1, p2]: readonly string[], lang: string) =>
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Hàn Quốc bắt hai người bán công nghệ tên lửa</title><meta property="og:site_name" content="${og}"></head><body><article><h1>Hàn Quốc bắt hai người bán công nghệ tên lửa</h1><p>${p1}</p><p>${p2}</p></article></body></html>`;

  it.each([
    ["ANTV - Truyền hình Công an nhân dân", "ANTV", "vi"],
    ["KXTV - Your local news station", "KXTV", "en"],
    // a proper name after the initials is the name
    ["YTV - Đài Phát thanh và Truyền hình Yên Bái", "Đài Phát thanh và Truyền hình Yên Bái", "vi"],
    ["KBC | Kyrgyz Broadcasting Corporation", "Kyrgyz Broadcasting Corporation", "en"],
  ])("the site name %s is %s", (og, name, lang) => {
    expect(outlet(site(og, lang === "vi" ? [V1, V2] : [N1, N2], lang))).toBe(name);
  });
});

describe("a masthead with its own initials after the name", () => {
  it.each([
    ["Hong Kong Free Press HKFP", "Hong Kong Free Press"],
    ["Times of India TOI", "Times of India"],
    ["The Harbour Post HP", "The Harbour Post"],
    ["Báo Người Lao Động NLĐ", "Báo Người Lao Động"],
    ["Thông tấn xã Việt Nam TTXVN", "Thông tấn xã Việt Nam"],
  ])("%s is %s", (masthead, name) => {
    expect(withoutOwnInitials(masthead)).toBe(name);
  });

  it.each(["Sky News UK", "Hong Kong Free Press AFP", "Báo Người Lao Động TTXVN", "HKFP", "Free HKFP", "Hong Kong Free Press"])("%s stays", (name) => {
    expect(withoutOwnInitials(name)).toBe(name);
  });

  const copy = (masthead: string, [p1, p2]: readonly string[]) =>
    parseImport([masthead, `Support ${masthead.split(" ").pop() ?? ""}`, "Russia and North Korea hold joint naval drills", "4 December 2026", p1, p2].join("\n"), "a.txt")[0]?.outlet;

  it("reads the name from such a masthead, in English and in Vietnamese", () => {
    expect(copy("Hong Kong Free Press HKFP", [N1, N2])).toBe("Hong Kong Free Press");
    expect(copy("Báo Đồng Bằng Sông Lam ĐBSL", [V1, V2])).toBe("Báo Đồng Bằng Sông Lam");
  });
});

describe("a station's name as its reuse line abbreviates it", () => {
  it.each([
    ["Đài PT&TH TP Cần Thơ", "Đài Phát thanh và Truyền hình Cần Thơ"],
    ["Đài PT & TH Hậu Giang", "Đài Phát thanh và Truyền hình Hậu Giang"],
    ["ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ", "Đài Phát thanh và Truyền hình Cần Thơ"],
    ["Đài Phát thanh và Truyền hình tỉnh Long An", "Đài Phát thanh và Truyền hình Long An"],
    ["Đài PT-TH Sóc Trăng", "Đài Phát thanh và Truyền hình Sóc Trăng"],
  ])("%s is %s", (printed, running) => {
    expect(stationName(printed)?.running).toBe(running);
  });

  it.each(["Đài PT&TH tp cần thơ", "Đài PT&TH TP cần thơ", "Đài Tiếng nói Việt Nam", "Radio & TV Can Tho", "Đài PT và TH Cần Thơ"])("%s is no station's name", (printed) => {
    expect(stationName(printed)).toBeNull();
  });

  it("reads the station spelt out from its reuse line, and keeps an English station's name", () => {
    const foot = (line: string, [p1, p2]: readonly string[]) =>
      parseImport(["Doanh nghiệp thủy sản gặp khó khi Nga siết kiểm tra hàng hóa", "04/12/2026 08:15", p1, p2, "THANH TÂM", "Tin liên quan", line].join("\n"), "a.txt")[0]?.outlet;
    expect(foot('Ghi rõ nguồn "Đài PT&TH TP Cần Thơ" khi phát hành lại thông tin từ website này.', [V1, V2])).toBe("Đài Phát thanh và Truyền hình Cần Thơ");
    expect(foot("© 2026 Can Tho Radio & TV Station. All rights reserved.", [N1, N2])).not.toMatch(/^Đài/u);
  });
});

describe("a newsletter's name read as the outlet", () => {
  const mail = (from: string, masthead: string, foot: string, [p1, p2]: readonly string[]) =>
    parseImport(
      decodeImportFile(Buffer.from([`From: ${from} <newsletter@example.com>`, "To: desk@newsroom.example", `Subject: ${masthead}: Allies step up air defence support`, "Date: Fri, 04 Dec 2026 07:00:00 +0300", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", masthead.toUpperCase(), "Friday, December 4, 2026", "", "View this email in your browser: https://example.com/newsletter/2026-12-04", "", "TOP STORY", "", "Allies step up air defence support", "", "By Joseph Varghese, Staff Reporter", "", p1, "", p2, "", "Read more: https://www.example.com/article/712345/allies", "", foot, "Unsubscribe: https://example.com/newsletter/unsubscribe", `${from}, PO Box 2888`].join("\n")), "a.eml"),
      "a.eml",
    )[0]?.outlet;

  it("is the outlet that sends it, as its sender and its foot print it", () => {
    expect(mail("Gulf Times", "Gulf Times Morning Brief", "You are receiving this email because you subscribed to Gulf Times newsletters.", [N1, N2])).toBe("Gulf Times");
    expect(mail("Harbour Post", "Harbour Post Daily Briefing", "Harbour Post, 12 Quay Street", [N1, N2])).toBe("Harbour Post");
    expect(mail("Tuổi Trẻ Sông Lam", "Bản tin sáng Tuổi Trẻ Sông Lam", "Bạn nhận thư này vì đã đăng ký nhận tin của Tuổi Trẻ Sông Lam.", [V1, V2])).toBe("Tuổi Trẻ Sông Lam");
  });

  it("keeps a paper or a bulletin whose name only looks like a newsletter's", () => {
    expect(mail("Townsville Bulletin", "Townsville Bulletin", "Townsville news from Townsville Bulletin.", [N1, N2])).toBe("Townsville Bulletin");
    expect(mail("Bản tin Viễn Đông", "Bản tin Viễn Đông", "Bản tin Viễn Đông - tin tức cộng đồng", [V1, V2])).toBe("Bản tin Viễn Đông");
    // (the outlet's name printed only inside the newsletter's)
    expect(mail("Morning Brief Team", "Gulf Coast Morning Brief", "Unsubscribe", [N1, N2])).not.toBe("Gulf Coast");
  });
});
