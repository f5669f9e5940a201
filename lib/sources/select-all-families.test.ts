// Tests for the families the twenty-fourth held-out corpus showed, of what a select-all or a save takes along with the
// article in browsers other than desktop Chrome: a comment thread loaded under the text, the next article an infinite
// scroll appended, a sticky player's labels, a blog platform's buttons, a blog's header and hAtom time, a reader
// view's host and reading time between a question headline and its byline, a byline with its "a.m." time, a wire's
// name before an update line, Firefox's alt text above a caption and AP's long "via AP" credit. Forms written for
// these tests; each family with near misses that must stay article text.
import { describe, expect, it } from "vitest";
import { COFFEE_VI, PORT_EN } from "@/test/family-parse";
import { cleanArticle } from "./clean";
import { isCreditOnly, isFurniture, isLead, readDateLine } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";
import { commentThreadAt, isBlogButton, isPlayerLabel, isWallNote, nextArticleStart } from "./page-tail";

const EN = PORT_EN;
const VI = COFFEE_VI;
const parse = (lines: string[], file = "x.txt") => parseImport(`${lines.join("\n")}\n`, file)[0]!;
const saved = (html: string) => parseImport(decodeImportFile(Buffer.from(html, "utf8"), "x.html"), "x.html")[0]!;
const body = (lines: string[]) => cleanArticle(`${lines.join("\n")}\n`).body;

describe("a comment thread under the article", () => {
  it("is dropped from its heading on when the thread's cues stand below it, in English and Vietnamese", () => {
    for (const [head, cue] of [
      ["Comments", "Reply"],
      ["3 Comments", "Sort by: Best"],
      ["Comments (12)", "Like · Reply · 2h"],
      ["Bình luận (2)", "Trả lời · Thích · 2 giờ trước"],
      ["12 bình luận", "Trả lời"],
      ["Ý kiến bạn đọc", "Gửi bình luận"],
      ["3 nhận xét:", "Đăng nhận xét"],
      ["Không có nhận xét nào:", "Đăng nhận xét"],
      ["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
    ]) {
      const out = body([...EN, head as string, "Nguyễn Văn Tuấn", "Hàng hóa qua cảng phải được kiểm tra kỹ hơn.", cue as string, "Copyright © 2026 Example"]);
      expect(out, head).toContain(EN[2]);
      expect(out, head).not.toContain("Hàng hóa qua cảng");
      expect(out, head).not.toContain("Copyright");
    }
  });

  it("is read only below two paragraphs of the text and only with a thread's cue near its heading", () => {
    const lines = [EN[0], "Comments", "Reply", EN[1]];
    expect(commentThreadAt(lines, 1)).toBe(true);
    // near misses: a heading without any cue below it; a heading in the header above the text; a sentence about comments
    expect(body([...EN, "Comments", VI[0], VI[1]])).toContain(VI[1]);
    expect(body(["Bình luận (2)", "Trả lời", ...VI])).toContain(VI[0]);
    expect(commentThreadAt(["The minister's comments drew a sharp reply from Moscow.", "Reply"], 0)).toBe(false);
    expect(commentThreadAt(["Comments", ...Array(9).fill("x"), "Reply"], 0)).toBe(false);
  });

  it("heads a reply form with a theme's one word, 'Trả lời' or 'Reply', over the form's note: the signature above is read", () => {
    const vi = parse(["Cà phê Việt tìm đường sang Ai Cập", "03/12/2026", ...VI, "Nguyễn Phương - Đài PT&TH Vĩnh Long", "Trả lời", "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *", "Bình luận *", "Tên *"]);
    expect(vi.author).toBe("Nguyễn Phương");
    expect(vi.body.endsWith(VI[2])).toBe(true);
    const en = parse(["Port traffic rises a fifth in November", "Dec 03, 2026", ...EN, "By Jane Doe", "Reply", "Your email address will not be published. Required fields are marked *", "Comment *", "Name *"]);
    expect(en.body).not.toContain("Name");
    for (const label of ["Tên *", "Name *", "Website *"]) expect(isFurniture(label), label).toBe(true);
    // near misses: the word alone with no form below it, and a field's word without its star
    expect(commentThreadAt(["Trả lời", VI[0], VI[1]], 0)).toBe(false);
    expect(isFurniture("Tên")).toBe(false);
  });
});

describe("the next article an infinite scroll appended", () => {
  it("is cut at its headline when a date line stands under it and prose follows, in both languages", () => {
    const en = body([...EN, "Utah bill would extend rural broadband grants", "By Emily Ashcraft, KSL.com", "Posted - Dec. 4, 2026 at 6:40 a.m.", "SALT LAKE CITY — Utah lawmakers on Wednesday advanced a bill that would expand the state's rural broadband grants for another three years.", "The measure now heads to the full House."]);
    expect(en).toContain(EN[2]);
    expect(en).not.toContain("broadband");
    const vi = body([...VI, "Kim ngạch xuất khẩu của Cần Thơ vượt 2 tỷ USD", "04/12/2026 11:05", "Sáng 4/12, UBND TP Cần Thơ tổ chức hội nghị sơ kết công tác xuất khẩu 11 tháng năm 2026, với kim ngạch đạt hơn 2,1 tỷ USD.", "THANH TÂM"]);
    expect(vi).toContain(VI[2]);
    expect(vi).not.toContain("Kim ngạch");
  });

  it("never cuts the article's own header, a subheading over a paragraph or a dated line inside the text", () => {
    const own = ["Port traffic rises as new terminal nears", "December 3, 2026", ...EN];
    expect(nextArticleStart(own, () => 0)).toBe(-1); // no paragraph above it yet
    // a subheading with no date under it, and a date under a sentence (a finished line is no headline)
    expect(body([...EN, "What the new terminal will change", VI[0], VI[1]])).toContain(VI[0]);
    expect(body([...EN, "The report was released on the following day.", "December 4, 2026", VI[0]])).toContain(VI[0]);
    // a headline with its date but no prose after it (a related story's card) is left to the other rules
    expect(nextArticleStart([...EN, "Japan sets record defence budget for next year", "December 4, 2026", "Share"], (i) => i)).toBe(-1);
  });
});

describe("a sticky player's labels and a blog platform's buttons", () => {
  it("drops the player's label and the video's title below it", () => {
    for (const label of ["Now playing", "Now Playing:", "Đang phát", "Đang xem", "Up next", "Tiếp theo", "Next up"]) expect(isPlayerLabel(label), label).toBe(true);
    const out = body([EN[0], "Now playing", "Utah weather: Storm to bring snow to northern mountains", EN[1], EN[2]]);
    expect(out).not.toContain("Utah weather");
    expect(out).toContain(EN[1]);
    // near misses: a sentence opening with the words; the label with a paragraph below it keeps the paragraph
    expect(isPlayerLabel("Now playing in cinemas across the country")).toBe(false);
    expect(body([EN[0], "Tiếp theo", VI[0], VI[1]])).toContain(VI[0]);
  });

  it("drops a blog's share, pager and feed buttons in English and Vietnamese", () => {
    for (const b of ["Email This", "BlogThis!", "Share to X", "Share to Facebook", "Share to Pinterest", "Gửi email bài đăng này", "Chia sẻ lên X", "Chia sẻ lên Facebook", "Newer Post", "Older Posts", "Bài đăng Mới hơn", "Bài đăng Cũ hơn", "Subscribe to: Post Comments (Atom)", "Subscribe to: Posts (Atom)", "Đăng ký: Đăng Nhận xét (Atom)"]) expect(isBlogButton(b), b).toBe(true);
    for (const near of ["Email this to the minister, the mayor said", "Newer posts on the ministry's website said otherwise", "Share to X users fell by a third"]) expect(isBlogButton(near), near).toBe(false);
  });
});

describe("a blog's saved page", () => {
  const page = (h1: string, og: string) => `<!DOCTYPE html><html lang="vi"><head><title>Blog Ab: ${og}</title><meta property="og:title" content="${og}"><link rel="canonical" href="https://ab.blogspot.com/2026/12/x.html"></head><body>
<div class="header"><h1>${h1}</h1></div>
<div class="date-outer"><h2 class="date-header"><span>Thứ Năm, 4 tháng 12, 2026</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">${og}</h3>
<div class="post-body entry-content">${VI.map((p) => `<div>${p}</div><br>`).join("")}</div>
<div class="post-footer">lúc <a class="timestamp-link" href="#"><abbr class="published" title="2026-12-04T07:45:00-08:00">07:45</abbr></a></div></div></div></body></html>`;

  it("takes the post's title and the blog's name from a header h1 that links home, and the hAtom time", () => {
    const p = saved(page('<a href="https://ab.blogspot.com/">Blog Ab</a>', "Cà phê sang Ai Cập tăng mạnh"));
    expect(p.title).toBe("Cà phê sang Ai Cập tăng mạnh");
    expect(p.outlet).toBe("Blog Ab");
    expect(p.publishedAt?.startsWith("2026-12-04T07:45")).toBe(true);
  });

  it("keeps an h1 that links elsewhere, or that no heading below repeats og:title for", () => {
    expect(saved(page('<a href="https://ab.blogspot.com/2026/12/x.html">Cà phê sang Ai Cập tăng mạnh</a>', "Cà phê sang Ai Cập tăng mạnh")).title).toBe("Cà phê sang Ai Cập tăng mạnh");
    const other = page('<a href="/">Blog Ab</a>', "Cà phê sang Ai Cập").replace('<h3 class="post-title entry-title">Cà phê sang Ai Cập</h3>', "<h3>Khác</h3>");
    expect(saved(other).title).not.toBe("Cà phê sang Ai Cập");
  });
});

describe("header lines a reader view, a byline's clock or a wire's name put in the way", () => {
  it("reads a question headline's byline and date past a reader view's host and reading time", () => {
    for (const [host, time] of [["diendantheky.net", "6 phút đọc"], ["www.example.com", "4 min read"]]) {
      const p = parse(["Điều 4 của hiệp ước: liên minh hay lời hứa suông?", host as string, time as string, "Đặng Minh Khôi", "04/12/2026", ...VI]);
      expect(p.title).toBe("Điều 4 của hiệp ước: liên minh hay lời hứa suông?");
      expect(p.publishedAt).toBe("2026-12-04");
      expect(p.body).not.toContain("suông?");
    }
    // near miss: a question that is the first paragraph (no byline or date below it) stays text
    const q = parse(["Port traffic rises as new terminal nears", "December 3, 2026", "Will the port cope with twice as many ships by March, when the new terminal opens?", "example.com", ...EN]);
    expect(q.body).toContain("Will the port cope");
  });

  it("reads a byline with its 'a.m.' time as a header line, never the lead", () => {
    expect(isLead("by FATIMA HUSSEIN The Associated Press | December 4, 2026 at 3:10 a.m.")).toBe(false);
    expect(isLead("By Emma Whitfield Globe Staff,Updated December 4, 2026, 6:20 a.m.")).toBe(false);
    // near miss: a sentence of the text that ends with a clock stays a lead
    expect(isLead("The ministry said the first train of the new service would leave Vladivostok on Friday at 6:40 a.m.")).toBe(true);
    const p = parse(["Treasury keeps sanctions on banks", "by FATIMA HUSSEIN The Associated Press | December 4, 2026 at 3:10 a.m.", ...EN]);
    expect(p.publishedAt).toBe("2026-12-04T03:10");
    expect(p.author).toBe("Fatima Hussein");
    expect(p.agency).toBe("AP");
    expect(p.body).not.toContain("FATIMA");
    // near miss: a name followed by words that are no wire's stays no agency
    const q = parse(["Treasury keeps sanctions on banks", "by Jane Doe The Example Courier | December 4, 2026 at 3:10 a.m.", ...EN]);
    expect(q.agency).toBeNull();
  });

  it("reads the publication date of a wire's name before an update line, and its 'Created' part", () => {
    expect(readDateLine("Reuters | Updated: 04-12-2026 11:42 IST | Created: 04-12-2026 10:05 IST")?.publishedAt).toBe("2026-12-04T10:05");
    expect(readDateLine("PTI | Updated: 04-12-2026 11:42 IST")?.publishedAt).toBe("2026-12-04T11:42");
    expect(readDateLine("Updated: 04-12-2026 11:42 IST | Created: 03-12-2026 21:00 IST")?.publishedAt).toBe("2026-12-03T21:00");
    // near miss: a sentence with a bar that is no update line
    expect(readDateLine("Reuters | The ministry updated its guidance")).toBeNull();
  });
});

describe("captions Firefox and AP print", () => {
  it("reads a picture's alt text copied above its caption as no text, and the caption as a caption", () => {
    const out = cleanArticle(`${[EN[0], "Tumen River bridge", "The new road bridge across the Tumen River between Russia and North Korea.", EN[1], EN[2]].join("\n")}\n`);
    expect(out.captions).toEqual(["The new road bridge across the Tumen River between Russia and North Korea."]);
    expect(out.body).not.toContain("Tumen River bridge\n");
    // near misses: a subheading whose paragraph has several sentences, and a short line whose words the next does not say
    const sub = cleanArticle(`${[EN[0], "Terminal opens in March", "The terminal opens in March. Officials expect twice as many ships by the summer.", EN[2]].join("\n")}\n`);
    expect(sub.captions).toEqual([]);
    const other = cleanArticle(`${[EN[0], "Harbour works begin", "The new road bridge across the Tumen River between Russia and North Korea.", EN[2]].join("\n")}\n`);
    expect(other.body).toContain("Harbour works begin");
  });

  it("reads AP's long source-via-AP credit as a credit", () => {
    expect(isCreditOnly("Korean Central News Agency/Korea News Service via AP")).toBe(true);
    expect(isCreditOnly("Korea Summit Press Pool via AP")).toBe(true);
    // near misses: no service after "via", and a sentence
    expect(isCreditOnly("Korean Central News Agency/Korea News Service via Telegram")).toBe(false);
    expect(isCreditOnly("The shells were sent to Russia via AP reporters' sources")).toBe(false);
  });
});

describe("notes a select-all copies from the walls and boxes around a story", () => {
  it("drops a syndicated feed's note, a meter's count and offer, a comment sign-in prompt and a reading time's range", () => {
    for (const n of [
      "(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)",
      "This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.",
      "This article has not been edited by Example News staff and is published from a wire feed.",
      "You've read 3 of 4 free articles this month.",
      "You have read 2 out of 5 free stories this week.",
      "You have 2 free articles left this month.",
      "Bạn đã đọc 3/5 bài miễn phí trong tháng này.",
      "Subscribe now for unlimited access. Already a subscriber? Log in",
      "Subscribe today for unlimited digital access.",
      "Đăng ký để đọc không giới hạn các bài viết.",
      "Already have an account? Sign in. Don't have one? Register for free.",
      "Already have an account? Log in. Not a member? Sign up now.",
      "Estimated read time: 2-3 minutes",
      "Reading time: 4–5 minutes",
      "Thời gian đọc ước tính: 3-4 phút",
      "Most recent World stories",
    ]) expect(isWallNote(n), n).toBe(true);
  });

  it("keeps sentences that speak of reading, feeds and accounts", () => {
    for (const t of [
      "You've read the report: the ministry says 3 of 4 free trade deals are stalled.",
      "This story has not been edited since the ministry published its figures last week.",
      "Most recent estimates put the number of troops at 3,000.",
      "Already have an account at the bank, the minister asked the reporters.",
    ]) expect(isWallNote(t), t).toBe(false);
    const out = body([...EN.slice(0, 2), "You've read 3 of 4 free articles this month.", EN[2]]);
    expect(out).toContain(EN[2]);
    expect(out).not.toContain("free articles");
  });
});
