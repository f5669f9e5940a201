// Tests for the families the twenty-third held-out corpus showed, of pages that are not a plain story: a live page's
// labels, its key-events list and a byline under its label; an explainer's question sub-heads after a related box; a
// time alone under its date; a transcript's and a player's buttons; an opinion column's disclaimers and a call to
// discuss; member, e-mail-us and advertisement lines; a long read's design credits and its pull quote; a wire's name
// in capitals under a caption; a kicker naming the page's type. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { COFFEE_VI, PORT_EN } from "@/test/family-parse";
import { cleanArticle, isFurnitureLine, isTailMarker } from "./clean";
import { isSection, readByline } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const EN = PORT_EN;
const VI = COFFEE_VI;
const parse = (lines: string[]) => parseImport(`${lines.join("\n")}\n`, "x.txt")[0]!;

describe("a live page's chrome", () => {
  it("reads its labels and buttons as furniture, English and Vietnamese", () => {
    for (const line of ["Live updates", "Live coverage", "LIVE BLOG", "Pinned", "Pinned post", "Load more", "Load more updates", "Show older posts", "See all updates", "3 new updates", "Latest", "Oldest", "Ghim", "Đã ghim", "Tải thêm cập nhật", "Xem thêm cập nhật", "Cập nhật liên tục", "Tường thuật trực tiếp", "Mới nhất", "Cũ nhất"]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it("leaves sentences that use the same words as the text's", () => {
    for (const line of ["Live updates from the border were scarce on Monday.", "The latest figures show exports rose.", "Ghim lại những điều quan trọng nhất trong hiệp ước.", "Load more coal onto the trains, the manager said."]) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });

  it("drops a key-events list up to the first entry, and keeps the entries", () => {
    for (const head of ["Key events", "Key points", "Latest developments:", "Diễn biến chính", "Sự kiện nổi bật", "More coverage"]) {
      expect(isTailMarker(head), head).toBe(true);
      const text = ["Port traffic: live", head, "Terminal opening date set", "Ships queue at the harbour", "14:32", EN[0], "13:50", EN[1]].join("\n");
      const body = cleanArticle(text).blocks.map((b) => b.text).join("\n");
      expect(body, head).toContain(EN[0]);
      expect(body, head).toContain(EN[1]);
      expect(body, head).not.toContain("Terminal opening date set");
    }
  });

  it("never reads a heading of the text as a key-events list", () => {
    for (const head of ["Key events in the port's history", "Diễn biến chính của vụ việc được công bố hôm qua", "Key"]) expect(isTailMarker(head), head).toBe(false);
  });

  it("reads the byline under a live label below the lead, and the date under it", () => {
    const parsed = parse(["Port traffic: live", "The port authority is publishing its monthly figures. Follow live.", "Live updates", "Jane Doe", "5 min ago", "December 4, 2026 - 1:15AM", ...EN]);
    expect(parsed.author).toBe("Jane Doe");
    expect(parsed.publishedAt).toBe("2026-12-04T01:15");
    expect(parsed.body).toContain(EN[2]);
  });
});

describe("an explainer's question sub-heads", () => {
  it("keeps a question sub-head below a related box when the text's other sub-heads are questions too", () => {
    for (const box of [["Xem thêm:", "Ông Kim tới Moscow bằng tàu bọc thép"], ["Read more", "Why the port matters"]]) {
      const text = ["Hiệp ước: những điều cần biết", "Khi nào ký?", VI[0], ...box, "Điều khoản nào gây tranh cãi?", VI[1], "Vì sao lo ngại?", VI[2]].join("\n");
      const body = cleanArticle(text).blocks.map((b) => b.text).join("\n");
      expect(body).toContain("Điều khoản nào gây tranh cãi?");
      expect(body).toContain(VI[1]);
      expect(body).not.toContain(box[1]);
    }
  });

  it("keeps the questions and answers below a \"Read Next\" box inside the text", () => {
    const parsed = parse(["Port expansion: what we know", "By Jane Doe", "December 4, 2026", "What happened?", EN[0], "Read Next", "Why ports matter", "When will it open?", EN[1], "Who will use it?", EN[2]]);
    expect(parsed.body).toContain("When will it open?");
    expect(parsed.body).toContain(EN[2]);
    expect(parsed.body).not.toContain("Why ports matter");
  });

  it("still ends the text at a \"Read Next\" box when no question-and-answer run stands on both sides", () => {
    const parsed = parse(["Port traffic rises", "By Jane Doe", "December 4, 2026", EN[0], EN[1], "Read Next", "Why ports matter?", EN[2]]);
    expect(parsed.body).toContain(EN[1]);
    expect(parsed.body).not.toContain(EN[2]);
  });

  it("still drops a teaser phrased as a question among teasers", () => {
    const text = ["Port traffic rises", EN[0], "Tin liên quan", "Vì sao giá cước tăng?", "Ai hưởng lợi từ cảng mới?", EN[1]].join("\n");
    const body = cleanArticle(text).blocks.map((b) => b.text).join("\n");
    expect(body).not.toContain("Vì sao giá cước tăng?");
    expect(body).toContain(EN[1]);
  });
});

describe("a time alone under its date", () => {
  it("joins a time on the next line to the day above it, a dash, bar or bullet before it or not", () => {
    for (const time of ["- 11:02", "| 11:02", "• 11:02", "11:02", "at 11:02", "lúc 11:02"]) {
      const parsed = parse(["Port traffic rises", "The port's figures were published on Friday, ahead of the terminal's opening next year.", "Published: 04/12/2026", time, ...EN]);
      expect(parsed.publishedAt, time).toBe("2026-12-04T11:02");
      expect(parsed.body, time).not.toContain("11:02");
    }
  });

  it("leaves a date alone when the line below is no bare time", () => {
    for (const below of ["11:02 readers", "- 25:70", "Chapter 11:02 of the report"]) {
      const parsed = parse(["Port traffic rises", "The port's figures were published on Friday, ahead of the terminal's opening next year.", "Published: 04/12/2026", below, ...EN]);
      expect(parsed.publishedAt, below).toBe("2026-12-04");
    }
  });
});

describe("the buttons of transcripts, players and videos", () => {
  it("reads them as furniture", () => {
    for (const line of ["Read the Full Transcript", "Show transcript", "Transcript", "Listen to this Segment", "Listen to the interview", "Xem toàn văn", "Video đang xem", "Video tiếp theo", "Xem thêm video", "Now playing", "Next video", "Autoplay on", "Watch PBS News for daily, breaking and live news, plus special coverage."]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it("leaves sentences about transcripts and videos", () => {
    for (const line of ["The transcript of the call was released on Friday.", "Video đang xem cho thấy đoàn tàu qua cầu.", "Now playing a bigger role, the port expects more ships."]) expect(isFurnitureLine(line), line).toBe(false);
  });
});

describe("an opinion page's and a site's notices", () => {
  it("reads disclaimers, calls to discuss, member and e-mail-us appeals, ad and sponsor lines as furniture", () => {
    for (const line of [
      "Bài viết thể hiện văn phong và quan điểm riêng của tác giả.",
      "Bài viết thể hiện quan điểm cá nhân của tác giả.",
      "Quan điểm trong bài viết là của tác giả, không phản ánh quan điểm của tòa soạn.",
      "This article contains the opinions of the author and does not necessarily reflect the views of GB News.",
      "This column reflects the personal views of the author.",
      "Tuần Việt Nam mời bạn đọc tiếp tục thảo luận về chủ đề này.",
      "Xin mời quý độc giả gửi ý kiến về địa chỉ email của tòa soạn.",
      "Join the conversation",
      "Share your thoughts in the comments below.",
      "Snopes is independent. Become a member to support our work.",
      "Become a member to support independent fact-checking.",
      "Get in touch with our news team by emailing us at webnews@example.co.uk.",
      "For more stories like this, check our news page.",
      "Story continues below advertisement",
      "Article continues after this advertisement",
      "Support Provided By: Learn more",
      "Funding for this programme is provided by the Example Foundation.",
    ]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it("leaves the article's own sentences that share their words", () => {
    for (const line of [
      "Bài viết thể hiện rõ lập trường của Bộ Ngoại giao về vấn đề này.",
      "The minister said the article contains errors and asked for a correction.",
      "Bộ trưởng mời các doanh nghiệp tiếp tục thảo luận về giá cước trong tuần tới.",
      "The port is independent of the city council, which cannot fund it.",
      "The story continues below the waterline, where divers found the wreck.",
      "Support provided by the government helped the port survive the crisis, officials said in a long statement.",
    ]) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });
});

describe("a long read's credits, pull quote and kicker", () => {
  it("reads the design credits at its foot as furniture, the writer's label as the author", () => {
    for (const line of ["Thiết kế: Thu Hà", "Đồ họa: Minh Hoàng", "Trình bày: Lê Anh, Trần Bình", "Kỹ thuật: Quang Huy", "Design: Jane Doe", "Graphics: John Smith and Ann Lee"]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
    for (const line of ["Thiết kế: mới hoàn toàn so với bản cũ", "Illustration: Chloe Barnes", "Design: the port's new terminal opens in March"]) expect(isFurnitureLine(line), line).toBe(false);
    const parsed = parse(["Tuyến đường sắt", "qua sông Tumen", "Cập nhật: 10:00 | 02/12/2026", ...VI, "Nội dung: Trần Minh Đức", "Ảnh: TTXVN", "Thiết kế: Thu Hà"]);
    expect(parsed.author).toBe("Trần Minh Đức");
    expect(parsed.body).not.toContain("Thu Hà");
  });

  it("drops a pull quote by its class, and keeps a quote box that holds the text", () => {
    const page = (cls: string, inner: string) => `<!DOCTYPE html><html><head><title>Port traffic rises</title></head><body><article><h1>Port traffic rises</h1><p>${EN[0]}</p><blockquote class="${cls}">${inner}</blockquote><p>${EN[1]}</p><p>${EN[2]}</p></article></body></html>`;
    for (const cls of ["pullquote", "pull-quote", "article__pullquote", "quote--pull"]) {
      const parsed = parseImport(decodeImportFile(Buffer.from(page(cls, "“Ships will come.”")), "x.html"), "x.html")[0]!;
      expect(parsed.body, cls).not.toContain("Ships will come");
      expect(parsed.body, cls).toContain(EN[1]);
    }
    for (const cls of ["pull-left", "quote", "pullout-box"]) expect(parseImport(decodeImportFile(Buffer.from(page(cls, "“Ships will come.”")), "x.html"), "x.html")[0]!.body, cls).toContain("Ships will come");
  });

  it("reads a kicker naming the page's type as a section, never as a byline", () => {
    for (const kicker of ["PHÓNG SỰ ẢNH", "eMagazine", "Longform", "In Pictures", "Explainer", "Hỏi đáp", "Dòng thời gian"]) {
      expect(isSection(kicker), kicker).toBe(true);
    }
    expect(readByline("Phóng Sự")).toBeNull();
  });
});

describe("a wire's name in capitals under a caption", () => {
  const caption = "Officials at the port's new terminal on Thursday";
  it("reads the line above it as the caption and keeps the paragraphs around it", () => {
    for (const credit of ["REUTERS", "GETTY", "PA", "AFP", "ALAMY"]) {
      const parsed = parse(["Port traffic rises", "By Jane Doe", "December 4, 2026", EN[0], EN[1], caption, credit, EN[2], "Trending"]);
      expect(parsed.captions.join(" "), credit).toContain(caption);
      expect(parsed.body, credit).toContain(EN[2]);
      expect(parsed.body, credit).not.toContain(caption);
      expect(parsed.outlet, credit).not.toBe(credit);
    }
  });

  it("never makes a caption of a finished sentence or a heading above a wire's name at the foot", () => {
    const parsed = parse(["Port traffic rises", "By Jane Doe", "December 4, 2026", EN[0], EN[1], "Officials said the terminal would open in March.", "REUTERS"]);
    expect(parsed.body).toContain("Officials said the terminal would open in March.");
    expect(parsed.captions).toEqual([]);
  });
});

describe("a credit for the wires' copy worked in", () => {
  it("reads \"With files from\" under the text as the agency", () => {
    for (const [line, agency] of [["— With files from The Associated Press", "AP"], ["With files from Reuters", "Reuters"], ["(With files from The Canadian Press)", "The Canadian Press"]] as const) {
      const parsed = parse(["Port traffic rises", "By Jane Doe", "December 4, 2026", ...EN, line]);
      expect(parsed.agency, line).toBe(agency);
      expect(parsed.body, line).not.toContain("files from");
    }
  });

  it("leaves a sentence about files from someone", () => {
    const line = "With files from the ministry now public, the port's plans are clearer than ever before, officials said.";
    const parsed = parse(["Port traffic rises", "By Jane Doe", "December 4, 2026", ...EN, line]);
    expect(parsed.agency).toBeNull();
    expect(parsed.body).toContain(line);
  });
});
