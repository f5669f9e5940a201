// Families of pages read through a platform or an app (the eighty-first and eighty-second corpora's misses): the
// platform's own name, a feed's section and a channel's link are its furniture; the outlet is the publisher it carries.
import { describe, expect, it } from "vitest";
import { classifyLine } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Một phái đoàn kinh tế Triều Tiên đã tới Vladivostok sáng thứ Hai để dự phiên họp thường niên của ủy ban liên chính phủ về thương mại.";
const VI2 = "Theo chương trình, hai bên sẽ thảo luận việc mở thêm tuyến vận tải hàng hóa bằng đường sắt và tăng số chuyến bay thẳng giữa hai nước.";
const VI3 = "Các nhà quan sát tại Seoul lưu ý rằng đây là lần thứ ba trong năm một phái đoàn cấp bộ trưởng của Bình Nhưỡng tới Viễn Đông Nga.";
const HEADLINE_VI = "Phái đoàn Triều Tiên tới Vladivostok bàn mở thêm tuyến đường sắt";
const EN1 = "The Kremlin on Thursday denied that North Korean troops were being rotated through Russia's Kursk region, saying the reports were unfounded.";
const EN2 = "Kremlin spokesman Dmitry Peskov told reporters that cooperation with North Korea was conducted strictly in line with the defence treaty.";
const EN3 = "Ukraine's military intelligence said last week that about 3,000 North Korean soldiers had arrived in Kursk in November.";
const HEADLINE_EN = "Kremlin denies North Korean troop rotations as Kyiv counts new arrivals";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a feed's name with its section over a reader's item", () => {
  it("names the outlet before the dash, in Vietnamese and in English", () => {
    expect(classifyLine("Báo Hậu Lộc - Thế giới", "header")).toMatchObject({ role: "outlet", name: "Báo Hậu Lộc" });
    expect(classifyLine("Fylde Coast Evening Echo – World News", "header")).toMatchObject({ role: "outlet", name: "Fylde Coast Evening Echo" });
    const vi = parse(["Báo Hậu Lộc - Thế giới", HEADLINE_VI, "bởi Lò Thị Ngân · 30/11/2026 14:22", VI1, VI2, VI3, "Mở bài gốc"].join("\n"));
    expect(vi?.outlet).toBe("Báo Hậu Lộc");
    expect(vi?.title).toBe(HEADLINE_VI);
  });
  it("is the reader's furniture, never run into the lead", () => {
    const en = parse(["Feedly", "Saved For Later", "Fylde Coast Evening Echo – World News", HEADLINE_EN, "Fylde Coast Evening Echo / by Rachel Openshaw / Dec 3, 2026", EN1, EN2, EN3, "Visit Website"].join("\n"));
    expect(en?.title).toBe(HEADLINE_EN);
    expect(en?.outlet).toBe("Fylde Coast Evening Echo");
    expect(en?.body).not.toContain("World News");
    expect(en?.body.startsWith("The Kremlin on Thursday")).toBe(true);
  });
  it("leaves a headline with a dash, a section's trail and a sentence alone", () => {
    expect(classifyLine("Kremlin denies troop rotations - officials say", "header").role).not.toBe("outlet");
    expect(classifyLine("Thế giới - Châu Á", "header").role).not.toBe("outlet");
    expect(classifyLine("Nga và Triều Tiên - Thế giới", "header").role).not.toBe("outlet");
    expect(classifyLine("Troops were rotated through Kursk – World", "header").role).not.toBe("outlet");
    expect(classifyLine("Fylde Coast Evening Echo – Kremlin denies troop rotations", "header").role).not.toBe("outlet");
  });
});

describe("an English public body's name printed once over its site's menu", () => {
  it("is the outlet: a parliament's, a country's mission to the United Nations", () => {
    const hansard = parse(["Parliament of Australia", "Senators and Members  Parliamentary Business  Committees  News and Events  About Parliament", "Home > Parliamentary Business > Hansard", "Senate Hansard", "Thursday, 3 December 2026", "Democratic People's Republic of Korea: Russia", EN1, EN2, EN3].join("\n"));
    expect(hansard?.outlet).toBe("Parliament of Australia");
    const mission = parse(["United States Mission to the United Nations", "Home  Remarks  Press Releases  Ambassador  About", "Remarks", "Press Briefing on the Sanctions Monitoring Team's Findings", "Nathan Ebersole, Spokesperson", "December 2, 2026", EN1, EN2, EN3].join("\n"));
    expect(mission?.outlet).toBe("United States Mission to the United Nations");
    expect(mission?.title).toBe("Press Briefing on the Sanctions Monitoring Team's Findings");
  });
  it("never a body's name with no menu below it, nor a headline naming a body", () => {
    const noMenu = parse(["Parliament of Australia", "Democratic People's Republic of Korea: Russia", "Thursday, 3 December 2026", EN1, EN2, EN3].join("\n"));
    expect(noMenu?.outlet).not.toBe("Parliament of Australia");
    const headline = parse(["Parliament of Australia passes new sanctions on Pyongyang", "Home  World  Politics  Business  Opinion", "Thursday, 3 December 2026", EN1, EN2, EN3].join("\n"));
    expect(headline?.outlet).not.toBe("Parliament of Australia passes new sanctions on Pyongyang");
  });
});

describe("a parliament's record's fragment buttons", () => {
  it("are furniture, never the byline ('Download Fragment', 'Previous Fragment  Next Fragment')", () => {
    expect(classifyLine("Download Fragment", "header").role).toBe("furniture");
    expect(classifyLine("Previous Fragment Next Fragment", "header").role).toBe("furniture");
    const a = parse(["Senate Hansard", "Thursday, 3 December 2026", "QUESTIONS WITHOUT NOTICE", "Democratic People's Republic of Korea: Russia", "Download Fragment", EN1, EN2, EN3, "Previous Fragment    Next Fragment"].join("\n"));
    expect(a?.author).toBeNull();
    expect(a?.body).not.toContain("Fragment");
  });
  it("leave a sentence about a fragment alone", () => {
    expect(classifyLine("Download Fragment of the missile recovered near Kharkiv", "header").role).not.toBe("furniture");
    expect(classifyLine("The next fragment of the report was released on Friday.", "header").role).not.toBe("furniture");
  });
});

describe("a channel's post or a reader's item crediting its source over the link to the article", () => {
  it("reads the hand's link as the article's address and the credit above it ('Nguồn: AFP' / '👉 https://…')", () => {
    expect(classifyLine("👉 https://dongphuongonline.vn/the-gioi/38-chuyen-tau-d77120.html", "footer")).toMatchObject({ role: "url", url: "https://dongphuongonline.vn/the-gioi/38-chuyen-tau-d77120.html" });
    const a = parse(["Báo Đông Phương Online", "48 231 subscribers", "2 tháng 12, 2026", HEADLINE_VI, VI1, VI2, VI3, "Nguồn: AFP", "👉 https://dongphuongonline.vn/the-gioi/38-chuyen-tau-d77120.html", "👁 2.1K edited 21:14"].join("\n"));
    expect(a?.agency).toBe("AFP");
    expect(a?.url).toBe("https://dongphuongonline.vn/the-gioi/38-chuyen-tau-d77120.html");
  });
  it("reads the credit over a reader's 'Mở bài gốc'", () => {
    expect(classifyLine("Mở bài gốc", "footer").role).toBe("furniture");
    const a = parse(["Báo Hậu Lộc - Thế giới", HEADLINE_VI, "bởi Lò Thị Ngân · 30/11/2026 14:22", VI1, VI2, VI3, "Theo TASS", "Mở bài gốc", "Đánh dấu đã đọc · Lưu để đọc sau · Chia sẻ"].join("\n"));
    expect(a?.agency).toBe("TASS");
    expect(a?.body).not.toContain("Mở bài gốc");
  });
  it("leaves a sentence pointing at a link and a sentence about the original alone", () => {
    expect(classifyLine("👉 Xem thêm các bài viết khác của chúng tôi trên trang chủ", "footer").role).not.toBe("url");
    expect(classifyLine("Mở bài gốc của cuộc điều tra, phóng viên đã tới Rajin", "footer").role).not.toBe("furniture");
    expect(classifyLine("👉 https://a.vn/x and more words after it", "footer").role).not.toBe("url");
  });
});

describe("a messaging app's address in a saved channel's or official account's head", () => {
  const page = (address: string, tail: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo Thời Đại Số – Telegram</title><meta property="og:url" content="${address}"></head><body><div class="tgme_widget_message_wrap"><div class="tgme_widget_message_owner_name">Báo Thời Đại Số</div><div class="tgme_widget_message_text"><b>${HEADLINE_VI}</b><br><br>${VI1}<br><br>${VI2}<br><br>${VI3}<br><br>${tail}</div></div></body></html>`;
  it("is never the article's: the post's own link is, or none", () => {
    const link = "https://thoidaiso.vn/the-gioi/anh-ve-tinh-71184.html";
    expect(parse(page("https://t.me/s/thoidaiso_vn", `Nguồn: BBC<br>👉 <a href="${link}">${link}</a>`), "post.html")?.url).toBe(link);
    expect(parse(page("https://zalo.me/s/1204882341558/article/8c1f2aa0", "Theo TTXVN"), "post.html")?.url).toBeNull();
  });
  it("keeps a publisher's own address in the head", () => {
    const own = "https://thoidaiso.vn/the-gioi/anh-ve-tinh-71184.html";
    expect(parse(page(own, "Theo TTXVN"), "post.html")?.url).toBe(own);
    expect(parse(page("https://tme.vn/the-gioi/bai-viet-71184.html", "Theo TTXVN"), "post.html")?.url).toBe("https://tme.vn/the-gioi/bai-viet-71184.html");
    // (a post's own address on the channel is the post's)
    expect(parse(page("https://t.me/thoidaiso_vn/4821", "Theo TTXVN"), "post.html")?.url).toBe("https://t.me/thoidaiso_vn/4821");
  });
});

describe("an AMP viewer's address around the page's own", () => {
  it("gives the page's address inside Google's ('⚡ https://www.google.com/amp/s/…')", () => {
    const inside = "https://kinhtevinhxanh.vn/amp/quoc-te/phai-doan-d44190.amp";
    expect(classifyLine("⚡ https://www.google.com/amp/s/kinhtevinhxanh.vn/amp/quoc-te/phai-doan-d44190.amp", "header")).toMatchObject({ role: "url", url: inside });
    expect(classifyLine("https://www.google.com/amp/harbourtimes.com/story-1.amp", "header")).toMatchObject({ role: "url", url: "http://harbourtimes.com/story-1.amp" });
    const a = parse(["⚡ https://www.google.com/amp/s/kinhtevinhxanh.vn/amp/quoc-te/phai-doan-d44190.amp", "kinhtevinhxanh.vn", "Báo Kinh tế Vịnh Xanh", HEADLINE_VI, "30/11/2026 10:15 GMT+7", VI1, VI2, VI3, "Theo TTXVN"].join("\n"));
    expect(a?.url).toBe(inside);
  });
  it("leaves Google's other addresses and a site's own /amp/ path alone", () => {
    expect(classifyLine("https://www.google.com/search?q=amp", "header")).toMatchObject({ role: "url", url: "https://www.google.com/search?q=amp" });
    expect(classifyLine("https://news.example.com/amp/s/story-1", "header")).toMatchObject({ role: "url", url: "https://news.example.com/amp/s/story-1" });
  });
});

describe("a YouTube channel's name under the video's title", () => {
  const video = (count: string) => parse([HEADLINE_VI, "Truyền hình Nhân Hòa", count, "Đăng ký", "12.408 lượt xem  Công chiếu vào 3 thg 12, 2026", VI1, VI2, VI3, "Theo Yonhap"].join("\n"));
  it("is the outlet, its subscribers counted as YouTube writes them in Vietnamese ('184 N người đăng ký', '1,2 Tr')", () => {
    expect(video("184 N người đăng ký")?.outlet).toBe("Truyền hình Nhân Hòa");
    expect(video("12 Tr người đăng ký")?.outlet).toBe("Truyền hình Nhân Hòa");
    expect(video("184 N người đăng ký")?.agency).toBe("Yonhap");
  });
  it("never a name over no count of subscribers", () => {
    const a = parse([HEADLINE_VI, "Truyền hình Nhân Hòa", "184 nghìn lượt thích bài viết", VI1, VI2, VI3].join("\n"));
    expect(a?.outlet).not.toBe("Truyền hình Nhân Hòa");
  });
});

describe("a reader's item page whose <title> names the reader", () => {
  const page = (title: string, feed: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${HEADLINE_VI} - ${title}</title></head><body><main><p>${feed}</p><h1>${HEADLINE_VI}</h1><p>bởi Thạch Sa Rên · 04/12/2026 17:45</p><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></main></body></html>`;
  it("gives the feed's publisher, named with its section right below, over the reader's name", () => {
    expect(parse(page("Trình đọc tin", "Báo Sóc Giang - Quốc tế"), "item.html")?.outlet).toBe("Báo Sóc Giang");
  });
  it("keeps the <title>'s site when no feed's line stands below it", () => {
    expect(parse(page("Báo Sóc Giang", "Quốc tế"), "item.html")?.outlet).toBe("Báo Sóc Giang");
    expect(parse(page("Trình đọc tin", "Nga và Triều Tiên - Thế giới"), "item.html")?.outlet).not.toBe("Nga và Triều Tiên");
  });
});
