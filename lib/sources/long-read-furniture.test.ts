// A long read's own furniture (the fortieth corpus's families): note markers glued to the words, a drop cap copied on
// a line of its own, the notes and references under their heading, pull quotes between the paragraphs, and a
// magazine's or journal's issue line. Each family in several shapes and both languages, with the sentences that look
// like them and must stay.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean";
import { decodeImportFile, parseImport } from "./parse-import";
import { isFurniture } from "./layout-model";
import { withoutNoteMarkers } from "./note-markers";

const EN1 = "When South Korea's intelligence service briefed lawmakers on December 2, it put the number of artillery rounds shipped since 2023 at more than 12 million.";
const EN2 = "The wording matters because it is the first mutual defence commitment between the two countries since the Soviet-era alliance lapsed in 1996. It gives both governments a legal answer to accusations they otherwise deny.";
const EN3 = "Kim Jong Un's expected visit to Moscow will show whether the treaty is turning into a standing arms relationship or remains a promise held in reserve.";
const VI1 = "Ngày 2/12, Cơ quan Tình báo quốc gia Hàn Quốc báo cáo với Quốc hội rằng Triều Tiên đã chuyển cho Nga hơn 12 triệu quả đạn pháo kể từ năm 2023.";
const VI2 = "Truyền thông Triều Tiên đưa hình ảnh ông Lavrov hội đàm với Ngoại trưởng Choe Son Hui, điểm lại việc thực hiện hiệp ước năm 2024. Cả hai bản thông cáo không nhắc tới vũ khí, và hai chính phủ tiếp tục phủ nhận mọi cáo buộc chuyển giao.";
const VI3 = "Nếu diễn ra tại Moscow, đây sẽ là chuyến đi đầu tiên của ông Kim tới thủ đô Nga kể từ năm 2019, và lần đầu tới chính Moscow thay vì vùng Viễn Đông.";

describe("note markers glued to the words", () => {
  it("goes: bracketed, parenthesised, superscript, and a superscript copied as a plain number after the stop", () => {
    expect(withoutNoteMarkers("since 2023.[2] Moscow calls it speculation.")).toBe("since 2023. Moscow calls it speculation.");
    expect(withoutNoteMarkers("the two countries[3, 4] and")).toBe("the two countries and");
    expect(withoutNoteMarkers("nếu bên kia bị tấn công vũ trang(2).")).toBe("nếu bên kia bị tấn công vũ trang.");
    expect(withoutNoteMarkers("kể từ năm 2023.(1) Con số này")).toBe("kể từ năm 2023. Con số này");
    expect(withoutNoteMarkers("in 2024.³ The figure")).toBe("in 2024. The figure");
    expect(withoutNoteMarkers("have taken place.1 The price of denial")).toBe("have taken place. The price of denial");
    expect(withoutNoteMarkers("they deny.”12")).toBe("they deny.”");
    expect(withoutNoteMarkers("từ cuối năm 2023.2 Nhóm giám sát báo cáo")).toBe("từ cuối năm 2023. Nhóm giám sát báo cáo");
  });

  it("stays where the figure belongs to the sentence: a clause's number, a list's count, a unit, a decimal, an abbreviation", () => {
    for (const s of ["Article 4(1) of the treaty", "khoản 2(a) Điều 4", "gồm:(1) kinh tế;(2) xã hội", "an area of 120 km² near the border", "growth of 2024.3 The", "No.1 Party", "Vol.3 Issue", "tr.12 Nxb", "at 9 p.m.3 More", "[1] Yonhap, 2/12/2026.", "Doanh thu đạt 12.000 tỷ đồng, tăng 2,5 lần.", "Mục 2.1 Quy định chung áp dụng cho cả hai bên."]) {
      expect(withoutNoteMarkers(s), s).toBe(s);
    }
  });

  it("reads a paragraph of any length in one pass", () => {
    const long = `${"Ab cd ef.[1".repeat(20000)}x ${"(1".repeat(20000)} ${".1 a".repeat(20000)}`;
    const t = performance.now();
    withoutNoteMarkers(long);
    expect(performance.now() - t).toBeLessThan(500);
  });

  it("leaves the article's paragraphs without them", () => {
    const r = cleanArticle([EN1.replace("2023 at", "2023[1] at"), `${EN2}2`, VI1.replace("2023.", "2023.(3)")].join("\n\n"));
    expect(r.blocks.map((b) => b.text)).toEqual([EN1, EN2, VI1]);
  });
});

describe("a drop cap on a line of its own", () => {
  it("joins the rest of its word, with or without blank lines between", () => {
    expect(cleanArticle(["W", EN1.slice(1), EN2].join("\n")).body).toContain(EN1);
    expect(cleanArticle(["N", "", VI1.replace(/^Ngày/, "gày"), "", VI3].join("\n")).body).toContain(VI1.replace(/^Ngày/, "Ngày"));
  });

  it("leaves a capital alone before a line that starts a word of its own, or a short line", () => {
    const r = cleanArticle(["A", EN1, "", "B", "", "và", "", EN3].join("\n"));
    expect(r.body).not.toContain("AWhen");
    expect(r.body).not.toMatch(/Bvà/);
  });
});

describe("notes and references under their heading", () => {
  it("drops the numbered notes and the cited works, however long, in English and Vietnamese", () => {
    const en = cleanArticle([EN1, EN2, "References", "[1] National Intelligence Service briefing to the National Assembly Intelligence Committee, 2 December 2026.", "[2] Treaty on Comprehensive Strategic Partnership between the Russian Federation and the DPRK, Article 4.", "Lankov, A. (2025). Russia and North Korea after the treaty. Seoul: Kookmin University Press."].join("\n"));
    expect(en.body).toBe(`${EN1}\n\n${EN2}`);
    const vi = cleanArticle([VI1, VI2, "Chú thích", "(1) Số liệu do Cơ quan Tình báo quốc gia Hàn Quốc công bố ngày 2/12/2026 trước Ủy ban Tình báo.", "(2) Điều 4, Hiệp ước đối tác chiến lược toàn diện giữa Liên bang Nga và CHDCND Triều Tiên.", "Tài liệu tham khảo", "1. Lê Văn Minh (2025), Quan hệ Nga - Triều Tiên sau năm 2022, Nxb. Khoa học xã hội, Hà Nội."].join("\n"));
    expect(vi.body).toBe(`${VI1}\n\n${VI2}`);
  });

  it("ends at the text that goes on below the heading when it is no note", () => {
    const r = cleanArticle([EN1, "", "Notes", "", EN2, "", EN3].join("\n"));
    expect(r.body).toContain(EN2);
    expect(r.body).toContain(EN3);
  });
});

describe("a pull quote between the paragraphs", () => {
  it("drops a shortened or reworded sentence of a paragraph near it, quoted or not", () => {
    const en = cleanArticle([EN1, "“It gives both governments a legal answer to accusations they deny.”", EN2, EN3].join("\n"));
    expect(en.body).toBe([EN1, EN2, EN3].join("\n\n"));
    const vi = cleanArticle([VI1, VI2, "“Hai chính phủ vẫn phủ nhận mọi cáo buộc chuyển giao”", VI3].join("\n\n"));
    expect(vi.body).toBe([VI1, VI2, VI3].join("\n\n"));
  });

  it("keeps a standfirst above the text, a sub-heading, a sentence printed twice and a sentence of its own", () => {
    const standfirst = "It gives both governments a legal answer to accusations they deny.";
    expect(cleanArticle([standfirst, EN2, EN3].join("\n\n")).body).toContain(standfirst);
    const heading = "A legal answer to accusations they otherwise deny";
    expect(cleanArticle([EN1, heading, EN2, EN3].join("\n\n")).body).toContain(heading);
    const twice = "It gives both governments a legal answer to accusations they otherwise deny.";
    expect(cleanArticle([EN1, twice, EN2, EN3].join("\n\n")).body).toContain(twice);
    const own = "Officials in Seoul said the count would be revised again before the end of the year.";
    expect(cleanArticle([EN1, own, EN2, EN3].join("\n\n")).body).toContain(own);
  });

  it("counts a paragraph's whole words only: a line whose words stand in it only inside longer ones is no pull quote", () => {
    // "give", "government", "leg" and "accusation" are in the paragraph only as parts of "gives", "governments",
    // "legal" and "accusations": seven words of eleven found, fewer than the pull quote's share
    const line = "It give both government a leg answer to accusation they deny.";
    expect(cleanArticle([EN1, line, EN2, EN3].join("\n\n")).body).toContain(line);
    const quoted = "“It gives both governments a legal answer to accusations they deny.”";
    expect(cleanArticle([EN1, quoted, EN2, EN3].join("\n\n")).body).not.toContain(quoted);
  });

  it("keeps a summary's points above the text, each saying one of its paragraphs again", () => {
    const points = ["The Kremlin's transcript of the call contains no such words about the brigades.", "The quote first appeared on an anonymous Telegram channel an hour after the call ended."];
    const body = [
      "Posts on X and Facebook quote the Kremlin's spokesman as saying on December 3 that North Korean brigades would fight openly under the Russian flag.",
      "The Kremlin publishes transcripts of the spokesman's daily calls, and the transcript of that call contains no such words about the brigades or the flag.",
      "None of the agencies covering the call carried the sentence, which first appeared on an anonymous Telegram channel an hour after the call had ended.",
    ];
    expect(cleanArticle([...points, ...body].join("\n\n")).body).toBe([...points, ...body].join("\n\n"));
    const vi = ["Bản ghi của Điện Kremlin không có câu nói nào như vậy.", "Câu nói xuất hiện đầu tiên trên một kênh Telegram ẩn danh."];
    const viBody = [
      "Các bài đăng trên mạng xã hội dẫn lời người phát ngôn Điện Kremlin nói rằng các lữ đoàn Triều Tiên sẽ chiến đấu công khai dưới cờ Nga.",
      "Điện Kremlin công bố bản ghi các cuộc họp báo hằng ngày, và bản ghi ngày 3/12 không có câu nói nào như vậy về các lữ đoàn.",
      "Câu nói đó xuất hiện đầu tiên trên một kênh Telegram ẩn danh, một giờ sau khi cuộc họp báo kết thúc, theo các hãng tin.",
    ];
    expect(cleanArticle([...vi, ...viBody].join("\n\n")).body).toBe([...vi, ...viBody].join("\n\n"));
  });
});

describe("a magazine's or journal's issue line", () => {
  it("is furniture in its forms", () => {
    for (const s of ["This article appeared in the January 2027 issue of Prospect. Read the issue", "From the December 2026 issue", "This essay appears in the Winter 2026 issue", "Vol. 48 No. 23 · 3 December 2026", "(Tạp chí Giáo dục lý luận số 12/2026)", "Nguồn: Tạp chí Nghiên cứu Châu Âu số 12/2026", "Tạp chí Lịch sử Đảng số 12/2026", "Số 12 (310) - Tháng 12/2026", "Bài đăng trên Tạp chí Cộng sản số 1.020 (tháng 12-2026)"]) {
      expect(isFurniture(s), s).toBe(true);
    }
  });

  it("is not a sentence that speaks of an issue or a journal", () => {
    for (const s of ["The issue of the treaty's Article 4 came up again in the December talks, officials said.", "From the December summit, little is expected beyond photographs.", "Tạp chí Cộng sản số 12 đăng bài của Tổng Bí thư về quan hệ đối ngoại.", "Số 12 tuyến tàu chạy mỗi ngày qua cầu Hữu Nghị."]) {
      expect(isFurniture(s), s).toBe(false);
    }
  });
});

describe("a report's and a journal's page notices", () => {
  it("are furniture: download buttons, a table of contents, a journal's dates, a letters page's address, a think tank's notes", () => {
    for (const s of [
      "Available Downloads",
      "Download the Commentary 312kb",
      "Download the full report PDF 2.1 MB",
      "Tải bài viết (PDF)",
      "Table of Contents",
      "Mục lục",
      "Ngày nhận bài: 10/10/2026; ngày duyệt đăng: 25/11/2026",
      "Received: 10 October 2026; Accepted: 25 November 2026",
      "Send Letters To: The Editor, London Review of Books, 28 Little Russell Street, London, WC1A 2HN",
      "Please include name, address, and a telephone number.",
      "Our new issue, “Empire’s End,” is out now. Subscribe today to get it in print.",
      "Commentary is produced by the Center for Strategic and International Studies (CSIS), a private, tax-exempt institution focusing on international public policy issues. Its research is nonpartisan and nonproprietary.",
      "Carnegie does not take institutional positions on public policy issues; the views represented herein are those of the author(s) and do not necessarily reflect the views of Carnegie, its staff, or its trustees.",
    ]) {
      expect(cleanArticle([EN1, s, EN3].join("\n\n")).body, s).toBe(`${EN1}\n\n${EN3}`);
    }
  });

  it("are not sentences about downloads, contents, receipts or letters", () => {
    for (const s of ["Download figures from the ministry show the trains ran almost daily through November, officials said.", "The contents of the crates could not be seen on the satellite images, analysts said.", "Received wisdom in Seoul holds that the treaty was accepted by both parliaments without debate.", "Send letters of protest to both embassies, the activists urged their supporters on Friday."]) {
      expect(cleanArticle([EN1, s, EN3].join("\n\n")).body, s).toContain(s);
    }
  });
});

describe("a labelled caption in a copy with one newline between lines", () => {
  it("starts a caption of its own under the header's lines, and a bare credit still goes with the caption above it", () => {
    const r = cleanArticle(["Situation Reports", "Photo: Sergei Lavrov and Choe Son Hui in Pyongyang. Credit: Russian Foreign Ministry.", EN1, EN3].join("\n"));
    expect(r.captions).toEqual(["Photo: Sergei Lavrov and Choe Son Hui in Pyongyang. Credit: Russian Foreign Ministry."]);
    expect(r.body).toContain(EN1);
  });
});

describe("a writer's bio under the text", () => {
  it("goes with the writer's degree before the name", () => {
    const r = parseImport(["North Korea's shells and the treaty that explains them", "By Marcus Delaney", "Published December 3, 2026", "", EN1, "", EN2, "", EN3, "", "Dr. Marcus Delaney is a Senior Editor and a former analyst of Northeast Asian security."].join("\n"), "t.txt")[0];
    expect(r?.author).toBe("Marcus Delaney");
    expect(r?.body).not.toContain("Senior Editor");
    expect(r?.body).toContain(EN3);
  });
});

describe("a magazine's headline over its deck", () => {
  it("is the short title-case line, and the deck is text", () => {
    const r = parseImport(["Harper's Magazine", "Subscribe", "Essay", "The Treaty Clause", "How a mutual defence article became the answer to every accusation", "by Nathaniel Rourke", "December 4, 2026", EN1, EN2].join("\n"), "t.txt")[0];
    expect(r?.title).toBe("The Treaty Clause");
    expect(r?.body).toContain("How a mutual defence article became the answer to every accusation");
  });

  it("is not a banner in capitals or a breadcrumb above a news headline", () => {
    for (const above of ["THE M&G TODAY", "NATIONAL / POLITICS & DIPLOMACY"]) {
      const r = parseImport([above, "Japan and South Korea agree to resume shuttle diplomacy between their leaders", "by Kenji Sato", "December 4, 2026", EN1, EN2].join("\n"), "t.txt")[0];
      expect(r?.title, above).toBe("Japan and South Korea agree to resume shuttle diplomacy between their leaders");
    }
  });

  it("is not a credit line in title case above a fact-check's headline", () => {
    for (const above of ["Fact-check by PolitiFact", "Fact Check by Lead Stories"]) {
      const r = parseImport(["Viral image", above, "Kremlin transcript shows the spokesman did not say the brigades would fight under the flag", "By Maria Delgado • December 4, 2026", EN1, EN2].join("\n"), "t.txt")[0];
      expect(r?.title, above).toBe("Kremlin transcript shows the spokesman did not say the brigades would fight under the flag");
    }
  });
});

describe("a journal's abstract box in a saved page", () => {
  const saved = (html: string) => parseImport(decodeImportFile(new TextEncoder().encode(html), "t.html"), "t.html")[0];
  const page = (box: string): string =>
    `<html><head><title>T</title></head><body><h1>Hiệp ước Nga - Triều Tiên năm 2024 từ góc độ pháp luật</h1>${box}<div class="article-body"><p>${VI1}</p><p>${VI2}</p><p>${VI3}</p></div></body></html>`;

  it("is text, without the keywords under it", () => {
    const r = saved(page(`<div class="abstract-box"><p><strong>Tóm tắt:</strong> Bài viết phân tích giá trị pháp lý của Điều 4 trong hiệp ước năm 2024 và các nghị quyết trừng phạt.</p><p><strong>Từ khóa:</strong> điều ước quốc tế; phòng thủ chung.</p></div>`));
    expect(r?.body).toContain("Bài viết phân tích giá trị pháp lý của Điều 4");
    expect(r?.body).not.toContain("điều ước quốc tế; phòng thủ chung");
  });

  it("is not a news site's summary box of the same name", () => {
    const r = saved(page(`<div class="abstract"><p>Takeaways by AI</p><ul><li>North Korea has built a new berth at Rajin.</li></ul></div>`));
    expect(r?.body).not.toContain("Takeaways by AI");
  });
});

describe("a think tank's and a journal's byline in a saved page", () => {
  const saved = (byline: string) =>
    parseImport(decodeImportFile(new TextEncoder().encode(`<html><head><title>T</title></head><body><article><h1>North Korean munitions and the treaty</h1><p class="byline">${byline}</p><p>${EN1}</p><p>${EN2}</p><p>${EN3}</p></article></body></html>`), "t.html"), "t.html")[0];

  it("is the writer's name without the post after a comma or the institute after a dash", () => {
    expect(saved("Jonas Berg, Research Fellow for Defence and Military Analysis")?.author).toBe("Jonas Berg");
    expect(saved("ThS. Đặng Minh Khôi - Viện Nghiên cứu Nam Á, Tây Á và Châu Phi")?.author).toBe("ThS. Đặng Minh Khôi");
  });

  it("keeps several writers and a writer with a wire", () => {
    expect(saved("Jonas Berg and Mira Chen")?.author).toBe("Jonas Berg and Mira Chen");
  });
});

describe("a copyright line's owner after the year and 'by'", () => {
  it("names the outlet without 'by'", () => {
    const r = parseImport(["The Lavrov Visit and the Price of Denial", "Published December 3, 2026", "", EN1, "", EN2, "", EN3, "", "© 2026 by the Center for Strategic and International Studies. All rights reserved."].join("\n"), "t.txt")[0];
    expect(r?.outlet).toBe("Center for Strategic and International Studies");
  });
});

describe("a journal's keywords under their label", () => {
  it("go with the label, in both languages", () => {
    expect(cleanArticle([VI1, "Từ khóa:", "Nga, Triều Tiên, hiệp ước năm 2024, phòng thủ chung", VI3].join("\n\n")).body).toBe(`${VI1}\n\n${VI3}`);
    expect(cleanArticle([EN1, "Keywords", "Russia; North Korea; mutual defence", EN3].join("\n\n")).body).toBe(`${EN1}\n\n${EN3}`);
  });

  it("leave a sentence under the label", () => {
    expect(cleanArticle([EN1, "Keywords", "The treaty, signed in June, commits both sides. It was ratified in November.", EN3].join("\n\n")).body).toContain("The treaty, signed in June");
  });
});

describe("a journal's article page on Open Journal Systems", () => {
  it("names its journal, its writer and its address from its citation tags", () => {
    const html = `<html><head><title>T</title><meta name="citation_journal_title" content="Tạp chí Khoa học Trường Đại học Sư phạm TP Hồ Chí Minh"><meta name="citation_author" content="Hồ Thị Mai Lan"><meta name="citation_date" content="2026/12/02"><meta name="citation_abstract_html_url" content="https://journal.example.edu.vn/index.php/js/article/view/4811"></head><body><article><h1>Cam kết phòng thủ chung trong hiệp ước năm 2024</h1><section class="item authors"><h2 class="pkp_screen_reader">Tác giả</h2><ul><li><span class="name">Hồ Thị Mai Lan</span><span class="affiliation">Trường Đại học Sư phạm Thành phố Hồ Chí Minh</span></li></ul></section><section class="item abstract"><h2>Tóm tắt</h2><p>${VI1} ${VI2}</p></section></article></body></html>`;
    const r = parseImport(decodeImportFile(new TextEncoder().encode(html), "t.html"), "t.html")[0];
    expect(r?.outlet).toBe("Tạp chí Khoa học Trường Đại học Sư phạm TP Hồ Chí Minh");
    expect(r?.author).toBe("Hồ Thị Mai Lan");
    expect(r?.url).toBe("https://journal.example.edu.vn/index.php/js/article/view/4811");
  });
});
