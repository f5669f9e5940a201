// A video set in a saved page's text keeps its caption as a picture's (html.ts keepInlineVideoCaption): the player goes,
// the caption comes out as a caption. A box of videos with links, one outside the text, or one without a caption goes whole.
import { describe, expect, it } from "vitest";
import { decodeImportFile, parseImport } from "./parse-import";

const PARAS = [
  "Nhà lãnh đạo Triều Tiên Kim Jong Un ngày 4/12 đã thị sát một nhà máy sản xuất đạn pháo ở tỉnh Bắc Hamgyong, theo hãng thông tấn KCNA.",
  "Ông Kim yêu cầu nhà máy tăng sản lượng gấp nhiều lần và hiện đại hóa dây chuyền theo kinh nghiệm chiến đấu thực tế, theo hãng tin này.",
  "Theo Viện Nghiên cứu Chiến lược Quốc phòng Hàn Quốc, Triều Tiên có thể đã chuyển hơn 10 triệu quả đạn pháo cho Nga kể từ năm 2023.",
];
const page = (video: string): string =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Ông Kim Jong Un thị sát nhà máy đạn pháo</title><meta property="article:published_time" content="2026-12-05T05:30:00+07:00"></head><body><article><h1>Ông Kim Jong Un thị sát nhà máy đạn pháo</h1><div class="maincontent"><p>${PARAS[0]}</p><p>${PARAS[1]}</p>${video}<p>${PARAS[2]}</p></div></article></body></html>`;
const parse = (html: string) => parseImport(decodeImportFile(Buffer.from(html, "utf8"), "page.html"), "page.html")[0];

describe("a video in a saved page's text", () => {
  it("keeps its caption as a caption, out of the text", () => {
    const parsed = parse(page('<div class="video-detail"><div class="player"></div><p class="video-caption">Ông Kim Jong Un thị sát nhà máy đạn pháo. Video: KCTV</p></div>'));
    expect(parsed?.captions.join(" ")).toContain("Ông Kim Jong Un thị sát nhà máy đạn pháo.");
    for (const p of PARAS) expect(parsed?.body).toContain(p);
    expect(parsed?.body).not.toContain("Video: KCTV");
  });

  it("goes whole when it is a box of videos with links, or has no caption", () => {
    const box = parse(page('<div class="video-box"><p class="video-caption"><a href="/v/1">Xem video: Nga tập trận</a></p><ul><li><a href="/v/2">Video khác</a></li></ul></div>'));
    expect(box?.captions.join(" ")).not.toContain("Nga tập trận");
    expect(box?.body).not.toContain("Nga tập trận");
    const bare = parse(page('<div class="video-detail"><div class="player"></div></div>'));
    expect(bare?.captions).toEqual([]);
    for (const p of PARAS) expect(bare?.body).toContain(p);
  });
});
