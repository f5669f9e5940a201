// Tests for the second-hand copies whose publisher the copy names beside the stamp or in a credit: an aggregator's or
// a reader's view naming the source over or under its stamp, or before it on one line. Forms written for these tests,
// English and Vietnamese, with the near misses that must stay as they are.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, one, page, text, VI } from "@/test/family-parse";
import { sourceOfAppView } from "./app-view-source";
import { isFurnitureLine } from "./clean";
import { isPromptNote } from "./page-notices";
import { agencyBracketDateline } from "./layout-model";
import { redirectTarget } from "./page-post";
import { bestTime } from "./pathological";

describe("the source an aggregator's or a reader's view names beside its stamp", () => {
  it("is the outlet over the stamp, under the headline, or before the stamp on its line", () => {
    const over = one(text("Báo Mới", "Mới nhất", "Thế giới", "Kinh tế", "Nông nghiệp Miền Tây", "08:15 28/10/2025", "Diện tích sầu riêng tăng gần gấp đôi trong ba năm", ...VI, "Trần Minh (Theo TTXVN)", "Xem bài gốc"));
    expect(over.outlet).toBe("Nông nghiệp Miền Tây");
    expect(over.author).toBe("Trần Minh");
    const under = one(text("Báo Mới", "Mới nhất", "Thế giới", "Diện tích sầu riêng tăng gần gấp đôi trong ba năm", "The Delta Leader", "04/12/2026 10:15", ...VI, "Trần Minh", "Xem nguồn"));
    expect(under.outlet).toBe("The Delta Leader");
    expect(under.author).toBe("Trần Minh");
    const reader = one(text("Inoreader", "Dashboard", "Harbour Courier (7)", "Port board expects second wharf to open in April", "Harbour Courier · Oct 29, 2025 11:20 · by Jane Doe", "Visit website", ...EN));
    expect(reader.outlet).toBe("Harbour Courier");
    expect(reader.author).toBe("Jane Doe");
  });
  it("leaves a paper's own section over its stamp, a section the app's menu lists, and a lone name that may be the writer", () => {
    const paper = one(text("Báo Nông thôn", "Thế giới", "Kinh tế", "Nông nghiệp Miền Tây", "08:15 28/10/2025", "Diện tích sầu riêng tăng gần gấp đôi trong ba năm", ...VI, "Trần Minh"));
    expect(paper.outlet).not.toBe("Nông nghiệp Miền Tây");
    const menu = one(text("Báo Mới", "Mới nhất", "Thế giới", "Kinh tế", "Thế giới", "08:15 28/10/2025", "Diện tích sầu riêng tăng gần gấp đôi trong ba năm", ...VI, "Trần Minh"));
    expect(menu.outlet).toBe("Báo Mới");
    const lone = one(text("Báo Mới", "Mới nhất", "Thế giới", "Diện tích sầu riêng tăng gần gấp đôi trong ba năm", "Trần Minh", "04/12/2026 10:15", ...VI));
    expect(lone.outlet).toBe("Báo Mới");
    expect(lone.author).toBe("Trần Minh");
  });
  it("reads only names: no app, no date, no sentence", () => {
    const lines = (...l: [string, string | undefined][]) => l.map(([t, role]) => ({ text: t, role }));
    expect(sourceOfAppView(lines(["Feedly", "section"], ["08:15 28/10/2025", "date"], ["Headline of the story", "title"]), 2, false)).toBeNull();
    expect(sourceOfAppView(lines(["Read the story below.", "section"], ["08:15 28/10/2025", "date"], ["Headline of the story", "title"]), 2, false)).toBeNull();
    expect(sourceOfAppView(lines(["Inoreader", "section"], ["Headline of the story", "title"], ["Saved · Oct 31, 2025 14:02", "furniture"]), 1, false)).toBeNull();
    expect(sourceOfAppView(lines(["Harbour Courier", "section"], ["08:15 28/10/2025", "date"], ["Headline of the story", "title"]), 2, false)).toBe("Harbour Courier");
  });
  it("reads hostile lines in linear time", () => {
    const lines = [`${"Ab ".repeat(50)}· ${"1".repeat(100)}`, `Ab${" a".repeat(5000)}!`, "08:15 28/10/2025", "Headline of the story"].map((t, k) => ({ text: t, role: ["section", "section", "date", "title"][k] }));
    expect(bestTime(() => sourceOfAppView(lines, 3, true))).toBeLessThan(50);
    expect(bestTime(() => redirectTarget(`https://l.facebook.com/l.php?u=${"%2F".repeat(3000)}`))).toBeLessThan(50);
  });
});

describe("the source an app's saved page names in its own element", () => {
  const paragraphs = EN.map((p) => `<p>${p}</p>`).join("");
  it("is the outlet before a line of the app's own magazine, and its pointer gives the article's address", () => {
    const flip = fromHtml(page('<title>Port board expects second wharf | Flipboard</title><meta property="og:site_name" content="Flipboard"><meta property="og:url" content="https://flipboard.com/@courier/world-k8d7/port-board/a-Qm3t">', `<div class="magazine">Flipped into <a href="https://flipboard.com/@courier/world-k8d7">World Desk</a></div><article><div class="attribution"><img src="https://cdn.flipboard.com/l.png" alt=""><span>Harbour Courier</span> · <span>harbourcourier.com</span></div><h1>Port board expects second wharf to open in April</h1><div class="byline">By Jane Doe</div>${paragraphs}<a href="https://www.harbourcourier.com/news/port-board-second-wharf-2112.php">Read full story</a></article><section><h2>More stories from World Desk</h2><a>Another story</a></section>`));
    expect(flip.outlet).toBe("Harbour Courier");
    expect(flip.url).toBe("https://www.harbourcourier.com/news/port-board-second-wharf-2112.php");
    const smart = fromHtml(page('<title>Port board expects second wharf - SmartNews</title><meta property="og:site_name" content="SmartNews"><meta property="og:url" content="https://www.smartnews.com/news/article/port-board-5d0a">', `<div class="sn-article"><div class="sn-source"><span class="name">Harbour Courier</span></div><h1>Port board expects second wharf to open in April</h1><div class="sn-meta"><span class="author">Jane Doe</span> · <span class="time">Oct 28, 2025, 6:05 AM</span></div>${paragraphs}<a class="sn-open" href="https://www.harbourcourier.com/news/port-board-second-wharf-2112.php">Open in browser</a></div>`));
    expect(smart.outlet).toBe("Harbour Courier");
    expect(smart.url).toBe("https://www.harbourcourier.com/news/port-board-second-wharf-2112.php");
  });
  it("leaves a paper's own page with a source element, and a pointer back to the app, alone", () => {
    const paper = fromHtml(page('<title>Port board expects second wharf - Harbour Courier</title><meta property="og:site_name" content="Harbour Courier"><link rel="canonical" href="https://www.harbourcourier.com/news/port-board-2112.php">', `<article><h1>Port board expects second wharf to open in April</h1><div class="photo-source">Reuters Pictures</div>${paragraphs}</article>`));
    expect(paper.outlet).toBe("Harbour Courier");
    const back = fromHtml(page('<title>Port board expects second wharf - SmartNews</title><meta property="og:site_name" content="SmartNews"><meta property="og:url" content="https://www.smartnews.com/news/article/port-board-5d0a">', `<div class="sn-article"><h1>Port board expects second wharf to open in April</h1>${paragraphs}<a href="https://www.smartnews.com/news/article/port-board-5d0a/full">Open in browser</a></div>`));
    expect(back.url).toBeNull();
  });
});

describe("a Facebook page's post relaying an article through its link card", () => {
  const post = (pageName: string, message: string[], card: string, tooltip = "Thứ Năm, 30 Tháng 10, 2025 lúc 11:20") =>
    page(
      `<title>${pageName} | Facebook</title><meta property="og:site_name" content="Facebook"><meta property="og:title" content="${pageName}"><meta property="og:url" content="https://www.facebook.com/page/posts/pfbid02Xk9">`,
      `<div role="main"><div role="article"><h2><a href="https://www.facebook.com/page">${pageName}</a></h2><div><a href="https://www.facebook.com/page/posts/pfbid02Xk9"><abbr title="${tooltip}">30 tháng 10 lúc 11:20</abbr></a> · <span>Công khai</span></div><div data-ad-preview="message">${message.map((m) => `<div dir="auto">${m}</div>`).join("")}</div>${card}<div><span>Thích</span><span>Bình luận</span></div></div></div>`,
    );
  const card = (domain: string, headline: string, address: string) => `<a href="https://l.facebook.com/l.php?u=${encodeURIComponent(address)}&amp;h=AT0x"><img src="https://scontent.fbcdn.net/x.jpg" alt=""><span>${domain}</span><span>${headline}</span></a>`;
  it("is the card's article: its headline, its address, its date in the tooltip, the paper's own page as its publisher", () => {
    const vi = fromHtml(post("Nông nghiệp Miền Tây", ["DIỆN TÍCH SẦU RIÊNG TĂNG GẦN GẤP ĐÔI", ...VI], card("NONGNGHIEPMIENTAY.VN", "Diện tích sầu riêng tăng gần gấp đôi", "https://nongnghiepmientay.vn/dien-tich-sau-rieng-tang-a123.html")));
    expect(vi.title).toBe("Diện tích sầu riêng tăng gần gấp đôi");
    expect(vi.url).toBe("https://nongnghiepmientay.vn/dien-tich-sau-rieng-tang-a123.html");
    expect(vi.outlet).toBe("Nông nghiệp Miền Tây");
    expect(vi.publishedAt?.slice(0, 10)).toBe("2025-10-30");
    expect(vi.body).not.toContain("DIỆN TÍCH SẦU RIÊNG");
    const en = fromHtml(post("Harbour Courier", EN.slice(), card("HARBOURCOURIER.COM", "Port board expects second wharf to open in April", "https://www.harbourcourier.com/news/port-board-2112.php"), "Thursday, October 30, 2025 at 11:20 AM"));
    expect(en.title).toBe("Port board expects second wharf to open in April");
    expect(en.outlet).toBe("Harbour Courier");
    expect(en.url).toBe("https://www.harbourcourier.com/news/port-board-2112.php");
  });
  it("names the card's domain, not a page that shares another's article", () => {
    const shared = fromHtml(post("Hội Yêu Cảng Biển", EN.slice(), card("SLATE.COM", "Port board expects second wharf to open in April", "https://slate.com/news/port-board-2112.html")));
    expect(shared.outlet).toBe("Slate");
  });
  it("leaves a post with no card, the page's own text, as the page's", () => {
    const own = fromHtml(post("Harbour Courier", EN.slice(), `<a href="https://www.facebook.com/page/photos/1"><img src="https://scontent.fbcdn.net/x.jpg" alt=""><span>Photo</span></a>`));
    expect(own.url).not.toMatch(/harbourcourier\.com\/news/);
    expect(own.title).not.toBe("Port board expects second wharf to open in April");
  });
});

describe("a Korean wire's bracketed dateline", () => {
  it("credits the wire and names the writer, translated or not", () => {
    const vi = one(text("Bộ Ngoại giao theo dõi chặt chẽ chuyến thăm Nga", "28/10/2025 09:41", `[Seoul=Newsis] Phóng viên Park Ji-won = ${VI[0]}`, VI[1], VI[2]));
    expect(vi.agency).toBe("Newsis");
    expect(vi.author).toBe("Park Ji-won");
    const en = one(text("Ministry watches the minister's visit to Moscow", "October 28, 2025", `(Seoul=Yonhap) Reporter Kim Soo-jin = ${EN[0]}`, EN[1], EN[2]));
    expect(en.agency).toBe("Yonhap");
    expect(en.author).toBe("Kim Soo-jin");
    expect(agencyBracketDateline("[서울=뉴시스]박지원 기자 = 외교부는 28일 최선희 외무상의 방러를 주시하고 있다고 밝혔다.")).toEqual({ agency: "뉴시스", writer: "박지원" });
  });
  it("leaves a place and a writer in brackets, a picture's credit and an equation alone", () => {
    expect(agencyBracketDateline("[Seoul = Nakamura Ken] The ministry said on Tuesday that it was watching the visit.")).toBeNull();
    expect(agencyBracketDateline("[Ảnh=Yonhap] Người dân xếp hàng trước ga Seoul sáng 28/10.")).toBeNull();
    const got = one(text("Port board expects second wharf to open in April", "October 28, 2025", `(Seoul=Harbour Courier) Jane Doe = ${EN[0]}`, EN[1], EN[2]));
    expect(got.agency).toBeNull();
  });
  it("reads a hostile lead in linear time", () => {
    expect(bestTime(() => agencyBracketDateline(`[${"Ab ".repeat(40)}=${"Cd ".repeat(40)}] ${"Ef ".repeat(2000)}`))).toBeLessThan(50);
    expect(bestTime(() => agencyBracketDateline(`[Ab=Cd] ${"Ef ".repeat(2000)}=`))).toBeLessThan(50);
  });
});

describe("a foot's credit to the wires whose information the story holds", () => {
  it("is the agency, in English and Vietnamese", () => {
    expect(one(text("Port board expects second wharf to open in April", "By Jane Doe", "October 28, 2025", ...EN, "With information from The Canadian Press")).agency).toBe("The Canadian Press");
    expect(one(text("Diện tích sầu riêng tăng gần gấp đôi trong ba năm", "Trần Minh", "28/10/2025 09:41", ...VI, "Với thông tin từ Reuters")).agency).toBe("Reuters");
  });
  it("leaves a sentence that opens with the same words alone", () => {
    const got = one(text("Port board expects second wharf to open in April", "By Jane Doe", "October 28, 2025", ...EN, "With information from the ministry scarce, families waited at the gates."));
    expect(got.agency).toBeNull();
    expect(got.body).toContain("With information from the ministry scarce");
  });
});

describe("a rights line's sentence after the owner's name", () => {
  it("is no part of the name the page's domain spells", () => {
    const vi = fromHtml(page('<meta property="og:site_name" content="하버쿠리어"><link rel="canonical" href="https://www.harbourcourier.com/view/NISX2025102800">', `<h1>Diện tích sầu riêng tăng gần gấp đôi trong ba năm</h1>${VI.map((p) => `<p>${p}</p>`).join("")}<div class="copy">Bản quyền thuộc về Harbourcourier. Nghiêm cấm sao chép và phân phối lại trái phép.</div>`));
    expect(vi.outlet).toBe("Harbourcourier");
  });
  it("keeps a short abbreviation's full stop inside a name", () => {
    const en = fromHtml(page('<link rel="canonical" href="https://www.stlouisherald.com/news/port-2112">', `<h1>Port board expects second wharf to open in April</h1>${EN.map((p) => `<p>${p}</p>`).join("")}<p>The board chair told the St. Louis Herald on Monday that work would start soon.</p>`));
    expect(en.outlet).toMatch(/St\. Louis Herald$/);
  });
});

describe("a writer printed in a signature element under the headline", () => {
  it("is the author", () => {
    const got = fromHtml(page('<meta property="og:site_name" content="Harbour Courier">', `<main><div class="rubric">International</div><h1>Port board expects second wharf to open in April</h1><div class="signature"><span>Julie Gagnon</span></div><div class="date">Published October 28, 2025 at 4:32 p.m. EDT</div><button>Listen to the article</button> <span>3 minutes</span><div class="text">${EN.map((p) => `<p>${p}</p>`).join("")}</div><div class="share">Share the article · Copy link</div></main>`));
    expect(got.author).toBe("Julie Gagnon");
  });
  it("leaves a signature box with the wire or the desk alone", () => {
    const got = fromHtml(page('<meta property="og:site_name" content="Harbour Courier">', `<main><h1>Port board expects second wharf to open in April</h1><div class="signature"><span>Harbour Courier newsroom 2025</span></div><div class="text">${EN.map((p) => `<p>${p}</p>`).join("")}</div></main>`));
    expect(got.author).toBeNull();
  });
});

describe("a translated page's tags line and its writer's sign-off with a post", () => {
  it("are furniture, in Vietnamese and English", () => {
    const vi = one(text("Sầu riêng và bài toán mở rộng diện tích", "Tác giả: Anton Belov", "28/10/2025 18:30", ...VI, 'Anton Belov - phóng viên ban Quốc tế "NG"', "Thẻ: Triều Tiên, Nga, ngoại giao, Liên hợp quốc"));
    expect(vi.body).not.toContain("Thẻ:");
    expect(vi.body).not.toContain("phóng viên ban Quốc tế");
    const en = one(text("Port board expects second wharf to open in April", "By Jane Doe", "October 28, 2025", ...EN, "Jane Doe - correspondent in Auckland"));
    expect(en.body).not.toContain("correspondent in Auckland");
  });
  it("leaves a card's rule, and another person's post, in the text", () => {
    const card = one(text("Sầu riêng và bài toán mở rộng diện tích", "Tác giả: Anton Belov", "28/10/2025 18:30", ...VI, "Thẻ: chỉ dùng tại quầy giao dịch của ngân hàng."));
    expect(card.body).toContain("Thẻ: chỉ dùng tại quầy giao dịch của ngân hàng.");
    const other = one(text("Port board expects second wharf to open in April", "By Jane Doe", "October 28, 2025", ...EN, "John Roe - correspondent in Auckland, said the board would meet again in May."));
    expect(other.body).toContain("John Roe - correspondent in Auckland");
  });
  it("reads a hostile tags line in linear time", () => {
    expect(bestTime(() => isFurnitureLine(`Thẻ: ${"ab , ".repeat(3000)}x.`))).toBeLessThan(50);
    expect(bestTime(() => isFurnitureLine(`Thẻ:${" ab".repeat(5000)},`))).toBeLessThan(50);
  });
});

describe("a named newsletter's prompt with what it brings", () => {
  it("is furniture, in English and Vietnamese", () => {
    expect(isPromptNote("Subscribe to The Harbour Courier's newsletter for the latest news on shipping and trade.")).toBe(true);
    expect(isPromptNote("Đăng ký nhận bản tin của Nông nghiệp Miền Tây để cập nhật tin tức mới nhất mỗi sáng.")).toBe(true);
    const got = one(text("Port board expects second wharf to open in April", "By Jane Doe", "October 28, 2025", ...EN, "Subscribe to The Harbour Courier's newsletter for the latest news on shipping and trade."));
    expect(got.body).not.toContain("Subscribe to");
  });
  it("leaves sentences about a newsletter alone", () => {
    expect(isPromptNote("Readers who subscribe to the board's newsletter for the latest berth schedules were told of the delay.")).toBe(false);
    expect(isPromptNote("Subscribe to the newsletter, the board said, was the advice given to shippers last year.")).toBe(false);
    expect(isPromptNote("Đăng ký bản tin là cách nhiều hợp tác xã theo dõi giá sầu riêng.")).toBe(false);
  });
  it("reads a hostile line in linear time", () => {
    expect(bestTime(() => isPromptNote(`subscribe to ${"ab ".repeat(80)}newsletter for the latest${" ab".repeat(80)}`))).toBeLessThan(50);
  });
});

describe("a platform's box about the writer under a post", () => {
  it("is the platform's, the bio in it too, in English and Vietnamese", () => {
    const en = one(text("Port board expects second wharf to open in April", "Jane Doe", "Follow", "Oct 28, 2025", ...EN, "Shipping", "Written by Jane Doe", "2.3K Followers", "·Writer for The Harbour Ledger", "Writes on ports and trade. Former correspondent in Auckland.", "Follow", "More from Jane Doe and The Harbour Ledger"));
    expect(en.body).not.toContain("Written by Jane Doe");
    expect(en.body).not.toContain("Writes on ports and trade.");
    expect(en.body).toContain(EN[2]);
    const vi = one(text("Sầu riêng và bài toán mở rộng diện tích", "Trần Minh", "04/12/2026", ...VI, "Về tác giả: Trần Minh", "1.204 người theo dõi", "Viết về nông nghiệp miền Tây. Từng là phóng viên ở Cần Thơ.", "Theo dõi"));
    expect(vi.body).not.toContain("Về tác giả");
    expect(vi.body).not.toContain("Viết về nông nghiệp miền Tây.");
  });
  it("leaves a 'Written by' line with no follow button under it alone", () => {
    const got = one(text("Port board expects second wharf to open in April", "Oct 28, 2025", ...EN, "Written by Jane Doe", "The board will meet again in May to set the berth fees for the first year of the new wharf's operation."));
    expect(got.body).toContain("The board will meet again in May");
  });
});

describe("the source over the headline in a news app's text copy, the stamp under it", () => {
  it("is the outlet, and the name before the stamp the writer, in English and Vietnamese", () => {
    const google = one(text("Google News", "Top stories", "World", "Harbour Courier", "Port board expects second wharf to open in April", "2 hours ago", "By Jane Doe", ...EN, "Full coverage"));
    expect(google.outlet).toBe("Harbour Courier");
    expect(google.author).toBe("Jane Doe");
    const smart = one(text("SmartNews", "Local", "Top", "Harbour Courier", "Port board expects second wharf to open in April", "Jane Doe · Oct 28, 2025, 6:05 AM", ...EN, "Open in browser"));
    expect(smart.outlet).toBe("Harbour Courier");
    expect(smart.author).toBe("Jane Doe");
    const vi = one(text("Báo Mới", "Mới nhất", "Thế giới", "Nông nghiệp Miền Tây", "Diện tích sầu riêng tăng gần gấp đôi trong ba năm", "5 giờ trước", ...VI, "Trần Minh", "Xem bài gốc"));
    expect(vi.outlet).toBe("Nông nghiệp Miền Tây");
  });
  it("leaves a section over the headline, and a paper's own page, alone", () => {
    const section = one(text("Google News", "Top stories", "World", "Port board expects second wharf to open in April", "2 hours ago", "By Jane Doe", ...EN));
    expect(section.outlet).not.toBe("World");
    const paper = one(text("The Harbour Courier", "Shipping Desk", "Port board expects second wharf to open in April", "2 hours ago", "By Jane Doe", ...EN));
    expect(paper.outlet).not.toBe("Shipping Desk");
  });
});
