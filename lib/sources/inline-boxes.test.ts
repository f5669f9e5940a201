// Tests for boxes a page sets inside its article and the text around them: a related-stories box above the article's
// last paragraph and its signature, a gallery's caption above the next paragraph in a single-spaced copy, and a
// video page whose description sits in elements named for the video.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean";
import { htmlToImportText } from "./html";
import { parseImport } from "./parse-import";

const P1 = "Ngày 2/12, Nga và Triều Tiên ký thỏa thuận tăng số chuyến bay giữa Moskva, Vladivostok và Bình Nhưỡng lên bốn chuyến mỗi tuần.";
const P2 = "Theo thỏa thuận, hãng Air Koryo được phép dùng sân bay Sheremetyevo làm điểm trung chuyển cho các chuyến bay thuê.";
const LAST = "Giới quan sát cho rằng việc mở rộng đường bay diễn ra trong bối cảnh hai nước liên tục trao đổi đoàn cấp cao.";
const E1 = "Viet Nam's foreign ministry on Thursday reiterated its support for a peaceful and stable Korean Peninsula free of nuclear weapons.";
const E2 = "Spokesperson Phạm Thu Hằng told a regular press briefing that Viet Nam called on all parties to comply with UN resolutions.";
const ELAST = "Viet Nam has diplomatic relations with both Koreas and is a comprehensive strategic partner of Russia and South Korea.";
const parse = (...lines: string[]) => parseImport(`${lines.join("\n")}\n`, "page.txt")[0];

describe("a related-stories box above the article's last paragraph", () => {
  it.each([
    ["Tin liên quan", "Thu Hương (Theo TTXVN)", "Thu Hương", "TTXVN"],
    ["Xem thêm:", "Lạc Vân (Theo Reuters)", "Lạc Vân", "Reuters"],
    ["Đọc thêm", "Minh Hòa", "Minh Hòa", null],
    ["Tin liên quan", "Theo RFI", null, "RFI"],
  ])("keeps the paragraph below %s when its signature (%s) follows it", (marker, signature, author, agency) => {
    const s = parse("Nga - Triều Tiên mở rộng hợp tác hàng không", "03/12/2026 09:12", P1, P2, marker, "Triều Tiên phủ nhận chuyển tên lửa cho Nga", LAST, signature, "Chia sẻ", "Tin cùng chuyên mục", "Hàn Quốc tăng cường giám sát tàu thuyền");
    expect(s?.body).toBe(`${P1}\n\n${P2}\n\n${LAST}`);
    expect(s?.author).toBe(author);
    expect(s?.agency).toBe(agency);
  });

  it("in English: a byline under the paragraph below \"Read more\"", () => {
    const s = parse("Viet Nam backs peaceful Korean Peninsula", "December 03, 2026 | 18:22", E1, E2, "Read more", "Viet Nam, Republic of Korea hold strategic dialogue", ELAST, "Hoang Anh", "Related news", "Hanoi hosts Russian cultural week");
    expect(s?.body).toBe(`${E1}\n\n${E2}\n\n${ELAST}`);
    expect(s?.author).toBe("Hoang Anh");
  });

  it("still ends the article at a box whose one summary has a teaser's headline below it, or nothing at all", () => {
    const teaser = "Hàn Quốc tăng cường giám sát tàu thuyền trên biển Hoàng Hải trong những tháng cuối năm nay.";
    const s = parse("Nga - Triều Tiên mở rộng hợp tác hàng không", "03/12/2026 09:12", P1, P2, "Tin liên quan", "Hàn Quốc tăng cường giám sát", teaser, "Nhật Bản phản đối cuộc diễn tập của Nga");
    expect(s?.body).toBe(`${P1}\n\n${P2}`);
    const t = parse("Nga - Triều Tiên mở rộng hợp tác hàng không", "03/12/2026 09:12", P1, P2, "Bài tiếp theo", LAST, "Thu Hương");
    expect(t?.body).toBe(`${P1}\n\n${P2}`);
  });
});

describe("a gallery's caption in a copy with one newline between all its lines", () => {
  it("is a caption, and the paragraph below it stays text", () => {
    const r = cleanArticle([P1, "1/5", "Các nghệ sĩ Nga và Triều Tiên trong đêm nhạc chung. Ảnh: KCNA/TTXVN", "2/5", "Khán giả kín Nhà hát Lớn Bình Nhưỡng.", P2, LAST].join("\n"));
    expect(r.captions).toEqual(["Các nghệ sĩ Nga và Triều Tiên trong đêm nhạc chung. Ảnh: KCNA/TTXVN", "Khán giả kín Nhà hát Lớn Bình Nhưỡng."]);
    expect(r.body).toBe(`${P1}\n\n${P2}\n\n${LAST}`);
  });

  it("goes on in a copy with blank lines: a line right below a caption there is the caption's own", () => {
    const r = cleanArticle([P1, "", "2/5", "Khán giả kín Nhà hát Lớn Bình Nhưỡng.", "Buổi diễn kéo dài gần ba giờ đồng hồ với nhiều tiết mục được khán giả yêu cầu hát lại.", "", LAST].join("\n"));
    expect(r.body).toBe(`${P1}\n\n${LAST}`);
  });
});

describe("a video page", () => {
  const page = (desc: string, box = "") => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nga chặn tuyên bố của Hội đồng Bảo an - HTV</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"Nga chặn tuyên bố của Hội đồng Bảo an","uploadDate":"2026-12-04T06:15:00+07:00"}</script></head>
<body><div class="video-detail"><div class="player"><video src="/a.mp4"></video></div><h1 class="video-title">Nga chặn tuyên bố của Hội đồng Bảo an</h1>
<div class="video-info">Chương trình: Thế giới hôm nay</div><div class="video-desc">${desc}</div>${box}</div>
<section class="more-video"><h3>Video khác</h3><ul><li><a>Tin tức 11h30 ngày 04/12/2026</a></li></ul></section></body></html>`;

  it("keeps its description, named for the video beside the headline, and dates it by the upload", () => {
    const [s] = parseImport(htmlToImportText(page(`<p>${P1}</p><p>${P2}</p>`), "v.html"), "v.html");
    expect(s?.title).toBe("Nga chặn tuyên bố của Hội đồng Bảo an");
    expect(s?.body).toBe(`${P1}\n\n${P2}`);
    expect(s?.publishedAt?.startsWith("2026-12-04T06:15")).toBe(true);
  });

  it("drops a box of videos beside the headline and a related-videos box, whose texts are titles", () => {
    const text = htmlToImportText(page(`<p>${P1}</p>`, '<div class="box-video"><h3>Video: Toàn cảnh chuyến đi</h3><p>Xem video</p></div><div class="video-related"><p>' + P2 + "</p></div>"), "v.html");
    expect(text).toContain(P1);
    expect(text).not.toContain("Toàn cảnh chuyến đi");
    expect(text).not.toContain("Tin tức 11h30");
    expect(text).not.toContain(P2); // "related" names it furniture whatever it holds
  });
});
