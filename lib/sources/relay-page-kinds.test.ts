// Tests for the families of layout the thirty-second held-out corpus showed (Vietnamese relays in kinds of page other
// than the plain news story): the circled C Korean sites print for the copyright sign in a photo credit, a photo
// story's kicker ("Chùm ảnh: …") that reads like a caption's credit, and a page that prints its update above the
// headline and its posting time below the text. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { canonicalText } from "./normalize";
import { decodeImportFile, parseImport } from "./parse-import";

const VI = [
  "Ngoại trưởng Nga đã kết thúc chuyến thăm Bình Nhưỡng kéo dài hai ngày, trong đó ông gặp người đồng cấp Triều Tiên và dự một buổi biểu diễn nghệ thuật.",
  "Truyền thông Triều Tiên đăng tải nhiều hình ảnh về chuyến thăm, nhấn mạnh tình hữu nghị giữa hai nước trong bối cảnh quan hệ ngày càng gắn bó.",
  "Hàn Quốc và Mỹ cáo buộc Bình Nhưỡng chuyển đạn pháo cho Nga để đổi lấy nhiên liệu và công nghệ, điều mà cả hai bên đều bác bỏ.",
];
const EN = [
  "South Korea's spy agency said on Thursday that North Korea had sent Russia around a million more artillery shells since the summer.",
  "Lawmakers who attended the closed briefing said container trains had been tracked crossing the border bridge almost daily in November.",
  "The Kremlin dismissed the report as speculation, while Pyongyang said its cooperation with Moscow was lawful under the two countries' treaty.",
];
const parse = (...lines: string[]) => parseImport(lines.join("\n"), "x.txt")[0]!;

describe("the circled C as the copyright sign", () => {
  it.each([
    ["Ⓒ YONHAP News", "© YONHAP News"],
    ["ⓒ 연합뉴스", "© 연합뉴스"],
    ["Copyright ⓒ Hankook Ilbo. All rights reserved.", "Copyright © Hankook Ilbo. All rights reserved."],
  ])("reads %j as %j", (input, want) => {
    expect(canonicalText(input)).toBe(want);
  });

  it("leaves other circled letters and a text without one as they are", () => {
    expect(canonicalText("Ⓐ Ⓑ ⓐ")).toBe("Ⓐ Ⓑ ⓐ");
    expect(canonicalText(VI[0]!)).toBe(VI[0]);
  });

  it.each([
    ["Văn phòng Tổng thống Hàn Quốc tại Yongsan, Seoul. Ⓒ YONHAP News", "Tổng thống Hàn Quốc triệu tập họp Hội đồng An ninh quốc gia"],
    ["The presidential office in Yongsan, Seoul. ⓒ Yonhap", "Seoul convenes its security council over shells sent to Russia"],
  ])("takes the photo line %j above the text as a caption, never as the headline", (photo, title) => {
    const parsed = parse("Tin tức", title, "2026-12-04 15:20:11", photo, ...VI);
    expect(parsed.title).toBe(title);
    expect(parsed.captions.some((c) => c.startsWith(photo.slice(0, 30)))).toBe(true);
    expect(parsed.body).not.toContain(photo.slice(0, 30));
  });
});

describe("a photo story's kicker before its headline", () => {
  it.each(["Chùm ảnh", "Phóng sự ảnh", "Bộ ảnh", "Tin ảnh"])("reads '%s: …' as the headline, not a caption with its credit", (kicker) => {
    const title = `${kicker}: Ngoại trưởng Nga Lavrov ở Bình Nhưỡng`;
    const parsed = parse("Thế giới", title, "04/12/2026 20:10", VI[0]!, "Ông Lavrov và bà Choe Son Hui hội đàm tại Bình Nhưỡng. Ảnh: KCNA", VI[1]!, VI[2]!);
    expect(parsed.title).toBe(title);
    expect(parsed.captions).not.toContain(title);
    expect(parsed.captions.some((c) => c.startsWith("Ông Lavrov và bà Choe Son Hui"))).toBe(true);
  });

  it.each([
    "Ông Lavrov và bà Choe Son Hui hội đàm tại Bình Nhưỡng. Ảnh: KCNA",
    "Đoàn Nga dự buổi biểu diễn nghệ thuật tại Nhà hát lớn Bình Nhưỡng (Ảnh: TTXVN)",
    "Binh sĩ Nga tại vùng Kursk - Ảnh: Reuters",
  ])("still reads the caption %j by its credit", (caption) => {
    const parsed = parse("Thế giới", "Ngoại trưởng Nga Lavrov kết thúc chuyến thăm Bình Nhưỡng", "04/12/2026 20:10", VI[0]!, caption, VI[1]!, VI[2]!);
    expect(parsed.captions.some((c) => c.startsWith(caption.slice(0, 25)))).toBe(true);
  });
});

describe("an update above the headline, the posting time below the text", () => {
  it.each([
    ["Cập nhật lúc 16:40 ngày 04/12/2026", "Đăng lúc 10:15 ngày 04/12/2026", VI, "2026-12-04T10:15"],
    ["Cập nhật: 16:40 04/12/2026", "Ngày đăng: 10:15 04/12/2026", VI, "2026-12-04T10:15"],
    ["Updated 16:40 04/12/2026", "Published: 10:15 04/12/2026", EN, "2026-12-04T10:15"],
  ])("reads %j above and %j below as published at the lower one", (update, posted, text, want) => {
    const parsed = parse("Thế giới", update, "Hàn Quốc họp khẩn về đạn pháo Triều Tiên chuyển sang Nga", ...text, "Tin liên quan", "Nga phê chuẩn hiệp định tư pháp với Triều Tiên", "Giá dầu tăng nhẹ phiên đầu tuần", posted, "Từ khóa: Hàn Quốc, Triều Tiên");
    expect(parsed.publishedAt?.startsWith(want)).toBe(true);
  });

  it("keeps a plain date above the headline over a posting time printed below", () => {
    const parsed = parse("Thế giới", "04/12/2026 16:40", "Hàn Quốc họp khẩn về đạn pháo Triều Tiên chuyển sang Nga", ...VI, "Tin liên quan", "Nga phê chuẩn hiệp định tư pháp với Triều Tiên", "Đăng lúc 10:15 ngày 04/12/2026");
    expect(parsed.publishedAt?.startsWith("2026-12-04T16:40")).toBe(true);
  });

  it("keeps the update when nothing below names the posting time", () => {
    const parsed = parse("Thế giới", "Cập nhật lúc 16:40 ngày 04/12/2026", "Hàn Quốc họp khẩn về đạn pháo Triều Tiên chuyển sang Nga", ...VI, "Tin liên quan", "Nga phê chuẩn hiệp định tư pháp với Triều Tiên", "Lượt xem: 1204");
    expect(parsed.publishedAt?.startsWith("2026-12-04T16:40")).toBe(true);
  });
});

describe("the wire a relay's signature names", () => {
  it.each([
    ["BTV Thu Hà - Theo Reuters", "Thu Hà", "Reuters"],
    ["Minh Hằng | Nguồn: TTXVN", "Minh Hằng", "TTXVN"],
    ["Thanh Thảo - Nguồn: Yonhap, Reuters", "Thanh Thảo", "Yonhap, Reuters"],
  ])("reads %j under the text as the writer and the wire", (signature, author, agency) => {
    const parsed = parse("Thế giới", "Ngoại trưởng Nga tới Bình Nhưỡng chuẩn bị thượng đỉnh", "05/12/2026 06:45", ...VI, signature, "Video liên quan", "Duma Nga phê chuẩn hiệp định tư pháp với Triều Tiên");
    expect(parsed.author).toBe(author);
    expect(parsed.agency).toBe(agency);
  });

  it("reads no wire from a follow prompt after a name", () => {
    const parsed = parse("Thế giới", "Ngoại trưởng Nga tới Bình Nhưỡng chuẩn bị thượng đỉnh", "05/12/2026 06:45", ...VI, "Thanh Hà", "Thanh Hà - Theo dõi chúng tôi trên Facebook");
    expect(parsed.agency).toBeNull();
  });

  it.each([
    ["(Theo AP) [đ.d.]", "AP"],
    ["(Theo Reuters) [qd]", "Reuters"],
    ["Theo AFP [v.d.]", "AFP"],
  ])("reads %j, an editor's initials after the credit, as the wire", (credit, agency) => {
    const parsed = parse("Thế Giới", "Nam Hàn họp khẩn về đạn pháo Bắc Hàn gửi sang Nga", "December 4, 2026", ...VI, credit, "Tin liên quan", "Bắc Hàn bác cáo buộc gửi vũ khí cho Nga");
    expect(parsed.agency).toBe(agency);
    expect(parsed.body).toContain(VI[2]);
  });

  it("reads a broadcaster's own name as the source of its service's page as no wire", () => {
    const parsed = parse("SBS Tiếng Việt", "Podcast", "Thời sự quốc tế: Nga phê chuẩn hiệp định tư pháp với Triều Tiên", "Published 4 December 2026 5:30pm", "By Thanh Tâm", "Source: SBS", ...VI);
    expect(parsed.outlet).toBe("SBS Tiếng Việt");
    expect(parsed.agency).toBeNull();
  });

  it("keeps a wire as the source of a page whose outlet belongs to it", () => {
    const parsed = parse("VietnamPlus", "Thế giới", "Hàn Quốc họp khẩn về đạn pháo Triều Tiên chuyển sang Nga", "04/12/2026 20:10", ...VI, "Nguồn: TTXVN");
    expect(parsed.agency).toBe("TTXVN");
  });
});

describe("the outlet a saved page names", () => {
  const page = (head: string, body: string): string => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${head}</head><body><main><article><h1>Triều Tiên bác bỏ báo cáo của tình báo Hàn Quốc về đạn pháo</h1><p class="date">04/12/2026 14:35</p>${VI.map((p) => `<p>${p}</p>`).join("")}</article></main>${body}</body></html>`;
  const outletOf = (html: string): string | null => parseImport(decodeImportFile(Buffer.from(html, "utf8"), "x.html"), "x.html")[0]!.outlet;
  const ld = (name: string): string => `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "x", publisher: { "@type": "Organization", name } })}</script>`;

  it("reads the JSON-LD publisher whose name the domain's label begins over a site name that is the domain", () => {
    expect(outletOf(page(`<title>Tin | Báo Tin tức và Dân tộc</title><meta property="og:site_name" content="baotintuc.vn">${ld("Báo Tin tức và Dân tộc")}`, ""))).toBe("Báo Tin tức và Dân tộc");
  });

  it("keeps the domain over a publisher whose name the domain does not begin (a parent company)", () => {
    expect(outletOf(page(`<meta property="og:site_name" content="baotintuc.vn">${ld("Công ty Truyền thông Ánh Dương")}`, ""))).not.toBe("Công ty Truyền thông Ánh Dương");
  });

  it.each([
    ["Vietnam+ (VietnamPlus)", "VietnamPlus"],
    ["Đài Á Châu Tự Do (RFA)", "RFA Tiếng Việt"],
  ])("reads a site name with its other spelling in brackets, %j, as the name the lexicon knows", (site, want) => {
    expect(outletOf(page(`<meta property="og:site_name" content="${site}">`, ""))).toBe(want);
  });

  it.each([
    [`<meta property="og:site_name" content="Radio Free Asia">`, `<header><a href="/vietnamese">RFA Tiếng Việt</a></header>`],
    [`<meta property="og:site_name" content="Radio Free Asia">`, `<div class="logo"><img src="/l.svg" alt="RFA Tiếng Việt"></div>`],
  ])("reads the broadcaster's site name on its Vietnamese page as the service its header names", (head, body) => {
    expect(outletOf(page(head, body))).toBe("RFA Tiếng Việt");
  });

  it("keeps the site name when the header names another broadcaster's service", () => {
    expect(outletOf(page(`<meta property="og:site_name" content="Radio Free Asia">`, `<header><a href="/x">VOA Tiếng Việt</a></header>`))).toBe("Radio Free Asia");
  });

  it("reads a <title> whose parts an underscore divides, the station's Vietnamese name last, as its Vietnamese service", () => {
    expect(outletOf(page(`<title>Triều Tiên bác bỏ báo cáo của tình báo Hàn Quốc về đạn pháo_Tiếng Việt_Đài Phát thanh Quốc tế Trung Quốc</title>`, `<div class="logo"><img src="/l.png" alt="Tiếng Việt"></div>`))).toBe("CRI Tiếng Việt");
  });
});

describe("a broadcaster's page furniture above and below the text", () => {
  const head = ["Báo Pháp: Đạn pháo Triều Tiên và cái giá Moscow phải trả", "Đăng ngày: 04/12/2026 - 11:05", "Thu Hằng"];

  it.each(["Chuyển sang nội dung chính", "Chuyển đến nội dung chính", "Bỏ qua nội dung chính"])("reads the skip link %j above the masthead as furniture, never the outlet", (skip) => {
    const parsed = parse(skip, "RFI", "Tiếng Việt", "Điểm báo", ...head, ...VI);
    expect(parsed.outlet).not.toBe(skip);
    expect(parsed.body).not.toContain(skip);
  });

  it.each(["Nghe - 09:58", "Nghe", "Listen 8:41"])("drops the player's button %j", (player) => {
    const parsed = parse(head[0]!, player, ...head.slice(1), ...VI);
    expect(parsed.body).not.toContain(player);
    for (const p of VI) expect(parsed.body).toContain(p);
  });

  it.each(["Nhận tin tức quốc tế mới nhất qua ứng dụng RFI", "Get the latest news on the SBS app", "Cập nhật tin tức nhanh nhất trên ứng dụng VOV"])("drops the app's appeal %j under the text", (appeal) => {
    const parsed = parse(...head, ...VI, appeal, "Các tin liên quan", "Hà Nội giữa Moscow và Seoul");
    expect(parsed.body).not.toContain(appeal);
    expect(parsed.body).toContain(VI[2]);
  });

  it.each([
    "Nhận tin tức qua ứng dụng Zalo là cách nhiều người cao tuổi ở nông thôn theo dõi thời sự hằng ngày.",
    "Nghe bản tin trên sóng phát thanh, nhiều người dân vùng biên mới biết về chuyến thăm của Ngoại trưởng Nga.",
  ])("keeps the sentence %j, which only opens like one", (sentence) => {
    const parsed = parse(...head, VI[0]!, sentence, VI[1]!, VI[2]!);
    expect(parsed.body).toContain(sentence);
  });
});
