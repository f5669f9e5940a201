// Tests for the families the forty-eighth corpus (live and rolling pages: live blogs, breaking pages, updated and
// corrected stories) showed: a live entry's heading, paragraph and the next entry's time read as an appended article;
// "Key points" / "Điểm chính" over the page's summary points; entry stamps between entries; a correction note, which
// is the record. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, fromHtml, one, page, text, VI } from "@/test/family-parse";
import { cleanArticle, isFurnitureLine } from "./clean";
import { isLiveEntryStamp } from "./layout-model";
import { nextArticleStart } from "./page-tail";

const lead = "The harbour board met on Tuesday to discuss the strike, its chairman said in a statement after the talks.";

describe("a live page's entries below its introduction", () => {
  it("are no next article: a heading, its paragraph, then the next entry's time", () => {
    for (const stamp of ["4 Dec 2026 - 13:46 GMT", "Dec 4, 2026 | 04:28 PM IST", "04/12/2026 11:05"]) {
      const lines = [lead, EN[0], "Dockers walk out at the north terminal", EN[1], stamp, "Talks resume in the afternoon", EN[2]];
      expect(nextArticleStart(lines, (i) => i), stamp).toBe(-1);
    }
  });

  it("still finds an article an infinite scroll appended: its headline, its byline, its date, its text", () => {
    const lines = [lead, EN[0], EN[1], "Timber exports hit a record in November as prices rise", "By Jane Doe", "December 4, 2026 11:05", EN[2]];
    expect(nextArticleStart(lines, (i) => i)).toBe(3);
  });
});

describe("a summary's key points", () => {
  it("stay text under their label, in English and Vietnamese; the label goes", () => {
    for (const [label, points] of [
      ["Key points", ["Dockers walk out at the north terminal", "Board says talks will resume on Friday"]],
      ["Key Highlights", ["Dockers walk out at the north terminal", "Board says talks will resume on Friday"]],
      ["Điểm chính", ["Công nhân cảng ngừng việc ở bến phía bắc", "Ban quản lý cảng nói sẽ đàm phán lại vào thứ Sáu"]],
    ] as const) {
      const cleaned = cleanArticle(text(lead, "", label, "", ...points.map((p) => `* ${p}`), "", EN[0], "", EN[1]));
      for (const point of points) expect(cleaned.body, label).toContain(point);
      expect(cleaned.body, label).not.toMatch(new RegExp(`^${label}$`, "m"));
      expect(cleaned.body).toContain(EN[1]);
    }
  });

  it("leaves a list of the entries' headlines under 'Key events' out", () => {
    const cleaned = cleanArticle(text(lead, "", "Key events", "", "* Dockers walk out", "* Talks resume", "", EN[0], "", EN[1]));
    expect(cleaned.body).not.toContain("Dockers walk out");
    expect(cleaned.body).toContain(EN[1]);
  });

  it("are put back where they stood when a saved page's box of more list items than paragraphs was dropped", () => {
    const parsed = fromHtml(
      page(
        "<title>Harbour strike live: dockers walk out</title>",
        `<main><article><h1>Harbour strike live: dockers walk out</h1><div class="summary"><p>${lead}</p></div><div class="highlights"><h2>Key Highlights</h2><ul><li>Dockers walk out at the north terminal</li><li>Board says talks will resume on Friday</li></ul></div><div class="live"><div class="entry"><div class="time">Dec 4, 2026 | 04:28 PM IST</div><h3>Talks resume</h3><p>${EN[0]}</p></div><div class="entry"><div class="time">Dec 4, 2026 | 02:10 PM IST</div><h3>Dockers walk out</h3><p>${EN[1]}</p><p>${EN[2]}</p></div></div></article></main>`,
      ),
    );
    expect(parsed.body).toContain("Dockers walk out at the north terminal");
    expect(parsed.body.indexOf("Board says talks will resume on Friday")).toBeLessThan(parsed.body.indexOf(EN[0]));
    expect(parsed.body).toContain(EN[2]);
  });

  it("are not put back when the box under the label is a list of links", () => {
    const parsed = fromHtml(
      page(
        "<title>Harbour strike: dockers walk out</title>",
        `<main><article><h1>Harbour strike: dockers walk out</h1><p>${lead}</p><div class="box"><h2>Key points</h2><ul><li><a href="/a">Older story on the port</a></li><li><a href="/b">Another story on the port</a></li></ul></div><p>${EN[0]}</p><p>${EN[1]}</p></article></main>`,
      ),
    );
    expect(parsed.body).not.toContain("Older story on the port");
  });
});

describe("a live page's entry stamps", () => {
  it("are read in their forms, and a sentence or a score with a clock is not one", () => {
    for (const line of ["15:44", "10:15 GMT+7", "9:40am", "Posted at 09:40", "Dec 4, 2026 | 07:16 PM IST", "4 Dec 2026 - 13:46 GMT", "04/12/2026 15:05", "Cập nhật lúc 15:05"]) expect(isLiveEntryStamp(line), line).toBe(true);
    for (const line of ["The meeting ended at 15:44", "Score 2:1", "12.5", "Thứ năm, 4/12/2026, 09:35 (GMT+7)", `${"9".repeat(50)}:00`]) expect(isLiveEntryStamp(line), line).toBe(false);
  });

  it("go where the text holds two or more of them, and one alone stays", () => {
    const live = cleanArticle(text(lead, "", "15:44", "", EN[0], "", "14:02", "", EN[1]));
    expect(live.body).not.toMatch(/^1[45]:\d\d$/m);
    expect(live.body).toContain(EN[1]);
    const single = cleanArticle(text(lead, "", "15:44", "", EN[0]));
    expect(single.body).toMatch(/^15:44$/m);
  });

  it("go from a Vietnamese live page's copy, its entries kept", () => {
    const parsed = one(text("Trực tiếp: Công nhân cảng ngừng việc", "04/12/2026 09:35", VI[0], "10:15 GMT+7", VI[1], "09:40 GMT+7", VI[2]));
    expect(parsed.body).not.toContain("GMT+7");
    for (const p of VI) expect(parsed.body).toContain(p);
  });
});

describe("a correction appended to a story", () => {
  it("stays as its last paragraph, in English and Vietnamese, and an update note goes", () => {
    const en = one(text("Harbour board denies cargo figures", "By Jane Doe", "December 3, 2026", ...EN, "Correction: An earlier version of this article said the strike began in June. It began in August.", "This story has been updated with additional information."));
    expect(en.body.trim().endsWith("Correction: An earlier version of this article said the strike began in June. It began in August.")).toBe(true);
    const vi = one(text("Ban quản lý cảng bác số liệu", "03/12/2026 18:05", ...VI, "Đính chính: Phiên bản trước của bài viết ghi cuộc đình công bắt đầu từ tháng 6. Cuộc đình công bắt đầu từ tháng 8.", "Ghi chú của Ban biên tập: Bài viết đã được cập nhật phản hồi của Ban quản lý cảng."));
    expect(vi.body).toContain("Đính chính: Phiên bản trước");
    expect(vi.body).not.toContain("Ghi chú của Ban biên tập");
  });
});

describe("a live or breaking page's own lines", () => {
  it("are furniture: its flag, its pointer to the entries, its notice that it goes on, tip and reprint lines", () => {
    for (const line of [
      "BREAKING",
      "Breaking news",
      "Tin nóng",
      "Tường thuật trực tiếp",
      "Read our North Korea live blog below for the latest updates...",
      "Follow our Russia-Ukraine live blog below for up-to-the-minute updates",
      "Tin đang tiếp tục được cập nhật",
      "Bài viết đang được cập nhật",
      "Do you have a story for The Sun news desk?",
      "Email us at tips@the-harbour.co.uk or call 0207 782 4104.",
      "Get Latest News Live on Harbour Now along with Breaking News and Top Headlines from World around the world.",
      "All materials on this site are available for reproduction only with a hyperlink to Harbour-Ukraine.",
      "All content created by the Harbour News Foundation, an independent and nonpartisan newswire service, is available without charge to any legitimate news publisher that can provide a large audience.",
    ]) expect(isFurnitureLine(line), line).toBe(true);
  });

  it("leave the story's sentences that speak of breaking news, updates, stories and reproduction", () => {
    for (const line of [
      "Breaking news of the strike reached the board on Tuesday, its chairman said.",
      "The ministry said the figures would be updated every month.",
      "Tin tức về cuộc đình công được cập nhật liên tục trên trang của ban quản lý cảng.",
      "Do you have a story about the port? The board asked residents to come forward, the mayor said.",
      "All materials used in the drones are available for reproduction in North Korea, the report said.",
    ]) expect(isFurnitureLine(line), line).toBe(false);
  });

  it("give the page its headline under its live flag, over the related links listed before the byline", () => {
    const parsed = one(text("Jump directly to the content", "The Harbour", "News", "Sport", "Live Blog", "HARBOUR STRIKE LIVE: Dockers walk out as talks with the board stall for a third day", "What is the dockers' claim?", "How long can the port stay shut?", "Inside the north terminal", "Jane Doe", "Published: 9:20, 4 Dec 2026", ...EN));
    expect(parsed.title).toBe("HARBOUR STRIKE LIVE: Dockers walk out as talks with the board stall for a third day");
    expect(parsed.outlet).not.toBe("Jump directly to the content");
  });
});

describe("a live page's lines after its last stamped entry", () => {
  const live = (tail: string, lang = "vi", title = "Trực tiếp: Hội đồng cảng họp về cuộc đình công") =>
    page(`<title>${title}</title><meta property="og:site_name" content="Đài Cảng Xanh">`, `<main><h1>${title}</h1><div class="meta">07/11/2026 22:10</div><div class="entry"><time>22:10</time><p>${lang === "vi" ? VI[0] : EN[0]}</p></div><div class="entry"><time>21:55</time><p>${lang === "vi" ? VI[1] : EN[1]}</p></div><div class="entry"><time>21:30</time><p>${lang === "vi" ? VI[2] : EN[2]}</p></div>${tail}</main>`);

  it("keep the update's credit under the entries and read it (vi, en)", () => {
    const vi = fromHtml(live(`<p class="src">Nguồn: TTXVN</p>`));
    expect(vi.agency).toBe("TTXVN");
    expect(vi.body).toContain(VI[2]);
    expect(vi.body).not.toContain("Nguồn: TTXVN");
    const en = fromHtml(live(`<p class="src">Source: Reuters</p>`, "en", "Live: harbour board meets over the strike"));
    expect(en.agency).toBe("Reuters");
    expect(en.body).toContain(EN[2]);
  });

  it("take nothing past a heading after the entries, nor outside their box", () => {
    const boxed = fromHtml(live(`<h3>Đọc nhiều</h3><p>Nguồn: TTXVN</p>`));
    expect(boxed.agency).toBeNull();
    const outside = fromHtml(live("").replace("</main>", `</main><aside><p>Nguồn: TTXVN</p></aside>`));
    expect(outside.body).toContain(VI[2]);
    expect(outside.agency).toBeNull();
  });
});
