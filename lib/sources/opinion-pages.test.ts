// Opinion pages: an editorial board's or a letters desk's byline names no writer, a headline put as a sentence under its
// section's label stays the headline, AP-style short months and a 12-hour clock below the date are read, and the page's
// own notices (the board's note, calls for letters and op-eds, a columnist's e-mail line, print promotions) are
// furniture while an article's sentences about letters and editorials stay text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean";
import { parseDateLine } from "./dates";
import { readDateLine } from "./layout-model";
import { extractMetadata, namesNoWriter } from "./metadata";
import { isOpinionNotice } from "./opinion-notices";
import { isNoticeLine } from "./page-notices";
import { decodeImportFile, parseImport } from "./parse-import";

const LEAD =
  "Russia and North Korea have now denied the arms trade so often that the denials have become a ritual, and the allies have the images, the rail counts and the debris to show it.";
const SECOND = "The evidence does not depend on any single agency, and shell casings stamped with North Korean marks have been photographed in the Kharkiv region.";

describe("an opinion desk as the byline", () => {
  it.each(["Editorial Board", "Baltimore Sun Editorial Board", "The Times Editorial Board", "The Editorial Board", "Opinion staff", "Letters to the editor", "Ban Biên tập", "Ban biên tập báo Nhân Dân"])("%s names no writer", (name) => {
    expect(namesNoWriter(name)).toBe(true);
  });
  it.each(["Jane Board", "Margaret Ellison", "Editorial Board member Jane Doe", "Trần Văn Biên"])("%s is still a name", (name) => {
    expect(namesNoWriter(name)).toBe(false);
  });
});

describe("dates on opinion pages", () => {
  it("reads an AP-style short month with its full stop, no year made up", () => {
    expect(parseDateLine("Dec. 4")?.publishedAt).toBe("--12-04");
    expect(parseDateLine("Sept. 30")?.publishedAt).toBe("--09-30");
    expect(readDateLine("Published Dec. 4|Updated Dec. 4")?.publishedAt).toBe("--12-04");
  });
  it("reads a day with its reading time and comment count after it", () => {
    expect(readDateLine("Published Dec 04, 2026 • 3 minute read 17 Comments")?.publishedAt).toBe("2026-12-04");
    expect(readDateLine("04/12/2026 · 12 bình luận")?.publishedAt).toBe("2026-12-04");
    expect(readDateLine("Published Dec 04, 2026 • 3 minute read17 Comments")?.publishedAt).toBe("2026-12-04");
    expect(readDateLine("17 Comments")).toBeNull();
    expect(readDateLine("12 bình luận")).toBeNull();
  });
  it("still refuses a short month without its full stop or a clock", () => {
    expect(parseDateLine("Dec 4")).toBeNull();
    expect(parseDateLine("Mar 3")).toBeNull();
  });
  it("reads a 12-hour clock printed on the line below the day", () => {
    const am = extractMetadata(`Opinion\n\nThe trains are easier to count than the denials\n\nBy Ruth Kessler\n\nDEC 5, 2026\n\n6:00 AM\n\n${LEAD}\n\n${SECOND}`, { findTitle: true });
    expect(am.publishedAt).toBe("2026-12-05T06:00");
    const pm = extractMetadata(`Opinion\n\nThe trains are easier to count than the denials\n\nBy Ruth Kessler\n\nDEC 5, 2026\n\n6:40 p.m.\n\n${LEAD}\n\n${SECOND}`, { findTitle: true });
    expect(pm.publishedAt).toBe("2026-12-05T18:40");
    const noon = extractMetadata(`Opinion\n\nThe trains are easier to count than the denials\n\nBy Ruth Kessler\n\nDEC 5, 2026\n\n12:15 PM\n\n${LEAD}\n\n${SECOND}`, { findTitle: true });
    expect(noon.publishedAt).toBe("2026-12-05T12:15");
  });
});

describe("a headline put as a sentence under its section's label", () => {
  const page = (headline: string, byline: string, date: string): string =>
    `Opinion\nEditorials\n${headline}\nThe allies have the images, the rail counts and the debris. They should publish them before the Moscow summit.\n${byline}\n${date}\n${LEAD}\n${SECOND}\n`;
  it("is the headline, its summary and the board's byline above the lead (a day without its year kept as printed)", () => {
    const m = extractMetadata(page("Russia and North Korea deny the arms trade. The evidence doesn’t.", "Times Editorial Board", "Published Dec. 4|Updated Dec. 4"), { findTitle: true });
    expect(m.title).toBe("Russia and North Korea deny the arms trade. The evidence doesn’t.");
    expect(m.publishedAt).toBe("--12-04");
    expect(m.author).toBeNull();
  });
  it("keeps a signed column's writer", () => {
    const m = extractMetadata(page("Publish the evidence before the summit.", "By Ruth Kessler", "December 4, 2026"), { findTitle: true });
    expect(m.title).toBe("Publish the evidence before the summit.");
    expect(m.author).toBe("Ruth Kessler");
    expect(m.publishedAt).toBe("2026-12-04");
  });
  it("leaves a standfirst of one sentence under its headline (no label above it) as the standfirst", () => {
    const m = extractMetadata(`Opinion\nEditorials\nThe arms trade nobody admits\nThe denials have become a ritual. The evidence has not.\nBy Ruth Kessler\nDecember 4, 2026\n${LEAD}\n${SECOND}\n`, { findTitle: true });
    expect(m.title).toBe("The arms trade nobody admits");
    expect(m.author).toBe("Ruth Kessler");
  });
});

describe("an opinion page's own notices", () => {
  it.each([
    "Editorials are the institutional voice of the Tampa Bay Times. The members of the Editorial Board are Sherri Day, Graham Brink and Conan Gallaty. Follow @TBTimes_Opinion on X for more opinion news.",
    "Baltimore Sun Editorial Board members are editorial page editor Andrea K. McDaniels, deputy opinion editor Tricia Bishop and writer Peter Jensen. Editorials are the opinion of The Sun and are written independently of the newsroom.",
    "The editorial board consists of the editor, the deputy editor and three writers.",
    "Xã luận thể hiện quan điểm chính thức của tòa soạn.",
    "The Baltimore Sun welcomes submissions of op-ed articles of 650 to 750 words. Send yours to talkback@baltsun.com.",
    "The Herald welcomes letters to the editor of up to 200 words.",
    "Submit your letter to the editor via this online form. You can also email your letter to letters@oregonian.com. Letters are limited to 200 words, and writers are limited to one letter every 30 days.",
    "To submit an Open Forum piece, go to SFChronicle.com/submit-your-opinion.",
    "Letters should be sent to letters@theaustralian.com.au. Letters must be less than 200 words and include name, address and phone number. Letters may be edited.",
    "Tòa soạn mong tiếp tục nhận được thư của bạn đọc. Thư xin gửi về hộp thư xuavanay@gmail.com.",
    "Bài vở xin gửi về: bbt@example.vn",
    "Nguồn: tác giả gửi",
    "Bài do tác giả gửi tới Dân Luận",
    "Ruth Kessler: rkessler@post-gazette.com",
    "Email Jane Doe at jdoe@example.com",
    "Bài cùng tác giả",
    "Cùng tác giả",
    "More from this columnist",
    "This article is taken from the January 2027 issue of The Critic. To get the full magazine why not subscribe? Right now we’re offering 5 issues for just £10.",
    "Enjoying The Critic online? It’s even better in print",
    "Try five issues of Britain’s most civilised magazine for £10",
  ])("%s", (line) => {
    expect(isOpinionNotice(line)).toBe(true);
    expect(isNoticeLine(line)).toBe(true);
  });

  it.each([
    "Moscow welcomes letters of support from Pyongyang, the foreign ministry said on Thursday.",
    "The editorial board of Rodong Sinmun wrote that the treaty was purely defensive.",
    "Editorials in Rodong Sinmun called the accusations slander on Thursday, and the ministry repeated them.",
    "Send a letter to the Kremlin, the activists urged their supporters in a statement.",
    "Letters from readers have poured in since the treaty was signed in June 2024.",
    "Tòa soạn đã nhận được nhiều thư của bạn đọc hỏi về hiệp ước năm 2024 và những điều khoản của nó.",
    "Tác giả gửi lời cảm ơn tới các nhà nghiên cứu đã đọc bản thảo.",
    "Ruth Kessler wrote to the ministry and received no answer.",
    "Try five times and the answer will be the same.",
  ])("leaves %s as text", (line) => {
    expect(isOpinionNotice(line)).toBe(false);
  });

  it("never reads a line over its limit", () => {
    expect(isOpinionNotice(`The Herald welcomes submissions ${"ab ".repeat(200)}`)).toBe(false);
  });
});

describe("letters, standfirsts and headshots are not pictures' captions", () => {
  const P1 = "Your editorial on the North Korean shells was right to ask the allies to publish what they know, and satellite counts of trains are no secret.";
  const P2 = "A country cannot deny sending weapons and at the same time cite a treaty clause that obliges it to send them, as both governments do.";
  const P3 = "The 12 million figure comes from one intelligence service that has its own reasons to make it large, and it should be checked first.";
  const captions = (text: string): string[] => cleanArticle(text).blocks.filter((b) => b.kind === "caption").map((b) => b.text);

  it("keeps a letter's signature and the next letter's heading out of the captions", () => {
    for (const [a, b] of [
      ["Margaret Ellison, Mosman, NSW", "Daniel Okafor, Kew, Vic"],
      ["Margaret Ellison, Lake Oswego", "Daniel Okafor, Southeast Portland"],
      ["Nguyễn Văn Hải (Đống Đa, Hà Nội)", "Trần Thị Minh Thư (Quận 3, TP.HCM)"],
    ]) {
      const got = captions(`${P1}\n${a}\nA treaty is not a denial\n${P2}\n${b}\nCareful with the numbers\n${P3}\n`);
      expect(got, a).toEqual([]);
    }
  });
  it("still reads a gallery's unfinished captions between two paragraphs", () => {
    expect(captions(`${P1}\nDelegates at the opening session\nStudents ask the panel questions\n${P2}\n`)).toEqual(["Delegates at the opening session", "Students ask the panel questions"]);
  });

  const LONG = "Những cuộc gặp thượng đỉnh thường được dàn dựng từ trước, và chuyến đi của Ngoại trưởng Sergei Lavrov tới Bình Nhưỡng ngày 3/12 cũng không ngoại lệ: cái bắt tay ở sân bay, vòng hoa và chiếc bàn dài.";
  it("keeps a one-sentence standfirst that argues as text, over a lead twice as long", () => {
    expect(captions(`Những cuộc gặp luôn được dàn dựng, nhưng hàng hóa thì không lên ảnh.\n${LONG}\n`)).toEqual([]);
    expect(captions(`Both sides deny the trade, but the rail counts say otherwise.\n${LONG}\n`)).toEqual([]);
  });
  it("still reads a scene described on the first line as the lead picture's caption", () => {
    expect(captions(`Ngoại trưởng Nga Sergei Lavrov tại Bình Nhưỡng ngày 3/12.\n${LONG}\n`)).toEqual(["Ngoại trưởng Nga Sergei Lavrov tại Bình Nhưỡng ngày 3/12."]);
  });

  it("leaves a columnist's headshot in the byline's box out of the captions", () => {
    const html = `<html><head><title>The treaty that answers every accusation</title></head><body><article><h1>The treaty that answers every accusation</h1><div class="author"><img src="/h.jpg" alt="Graham Marsh"><span class="author-name">Graham Marsh</span></div><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
    const source = parseImport(html, "column.html")[0];
    expect(source?.captions ?? []).toEqual([]);
    expect(source?.body).not.toContain("Photo: Graham Marsh");
  });
});

describe("a Vietnamese writer's post in the author box", () => {
  // two saved pages whose author box prints the name and the post in spans of their own, glued by the page's text
  it.each([
    ["captures-blind44/nguoi-ha-noi-1.html", "Lê Thu Hà"],
    ["captures-blind16/vietcetera-1.html", "Minh Khôi"],
  ])("is no part of the name: %s", (file, name) => {
    const bytes = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url));
    const base = file.split("/").pop() as string;
    expect(parseImport(decodeImportFile(bytes, base), base)[0]?.author).toBe(name);
  });
});

describe("a section's label over the standfirst at the text's top", () => {
  const LEAD2 = "I have covered enough summits to know that the photographs are planned long before the talks. When Sergei Lavrov landed in Pyongyang on December 3, the pictures were ready.";
  const texts = (t: string): string[] => cleanArticle(t).blocks.map((b) => b.text);
  it("drops the label and keeps the standfirst", () => {
    const got = texts(`Columnists\n\nMoscow and Pyongyang cite a treaty that would allow what they say is not happening\n\n${LEAD2}\n\n${LEAD2}`);
    expect(got[0]).toBe("Moscow and Pyongyang cite a treaty that would allow what they say is not happening");
    expect(got).not.toContain("Columnists");
  });
  it("never keeps a dateline under a label as a standfirst", () => {
    const got = texts(`Politics\n\nBishkek, 03/12/26 14:20, 24.kg news agency, by Aigerim Toktosunova\n\n${LEAD2}\n\n${LEAD2}`);
    expect(got).not.toContain("Bishkek, 03/12/26 14:20, 24.kg news agency, by Aigerim Toktosunova");
  });
  it("still drops two related links at the top", () => {
    const got = texts(`Kim heads to Moscow for talks\n\nSeoul counts the shells again\n\n${LEAD2}\n\n${LEAD2}`);
    expect(got).not.toContain("Seoul counts the shells again");
  });
});
