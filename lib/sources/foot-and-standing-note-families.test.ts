// Lines around a story's text that say who made it or what it is, not what happened: a wire's name alone under the
// text, a translator's line, a column's standing note above the text, the line naming who publishes the outlet. Each
// family with near misses that must stay.
import { describe, expect, it } from "vitest";
import { isFurnitureLine, isTailMarker } from "./clean";
import { htmlToImportText } from "./html";
import { isCaptionLine, readByline } from "./layout-model";
import { siteFootLine } from "./metadata";
import { parseImport } from "./parse-import";
import { EN, VI, text, one, page, fromHtml } from "@/test/family-parse";

const EN_HEAD = "The Daily Planet\nHome\nWorld\nUkraine talks stall as winter sets in\nDecember 4, 2026\nTalks between the two sides stalled on Thursday as officials traded blame over the collapse of a ceasefire plan.\n";
const EN_LAST = "The foreign ministry said it would continue to seek a diplomatic solution despite the setbacks of recent weeks.";
const EN_FOOT = "\nTags: Ukraine, Russia\nCopyright 2026 The Daily Planet";
const VI_HEAD = "Báo Điện tử Hà Nội\nThế giới\nHàn Quốc và Nhật Bản thảo luận về hợp tác an ninh\n04/12/2026 09:15\nBộ Ngoại giao Hàn Quốc ngày 4/12 cho biết hai nước đã nhất trí tăng cường hợp tác an ninh trong khu vực.\n";
const VI_LAST = "Theo thông báo, hai bên sẽ tổ chức các cuộc họp định kỳ cấp thứ trưởng để trao đổi về tình hình bán đảo Triều Tiên.";
const VI_FOOT = "\nTin liên quan\nBản quyền thuộc về Báo Hà Nội";

const en = (tail: string) => parseImport(EN_HEAD + tail + EN_FOOT, "planet.txt")[0]!;
const vi = (tail: string) => parseImport(VI_HEAD + tail + VI_FOOT, "hanoi.txt")[0]!;

describe("a wire's name alone on the line under the text", () => {
  it("gives the agency for every wire of the list, in capitals as in running case, in both languages", () => {
    for (const [line, wire] of [["AFP", "AFP"], ["AP", "AP"], ["Reuters", "Reuters"], ["Kyodo", "Kyodo"], ["Yonhap", "Yonhap"], ["XINHUA", "Xinhua"], ["Associated Press", "AP"]] as const) {
      const a = en(`${EN_LAST}\n${line}`);
      expect(a.agency, line).toBe(wire);
      expect(a.body.endsWith("recent weeks."), line).toBe(true);
      const b = vi(`${VI_LAST}\n${line}`);
      expect(b.agency, line).toBe(wire);
      expect(b.body.endsWith("Triều Tiên."), line).toBe(true);
    }
  });

  it("never reads a sentence that merely ends with a wire's name, nor a picture's credit under a caption with no full stop", () => {
    const said = en("The foreign ministry said it would continue to seek a diplomatic solution, the minister told AFP.");
    expect(said.agency).toBeNull();
    expect(said.body).toContain("the minister told AFP.");
    const pictured = en(`${EN_LAST}\nSoldiers stand guard outside the ministry in Kyiv on Thursday\nAFP`);
    expect(pictured.agency).toBeNull();
    expect(pictured.body.endsWith("recent weeks.")).toBe(true);
  });
});

const EN_RELAY = (foot: string, source = "Source: The Asahi Shimbun") => `${EN_HEAD}${EN_LAST}\n${source}\n${foot}\nMore news\nCopyright 2026 The Daily Planet`;
const VI_RELAY = (foot: string) => `${VI_HEAD}${VI_LAST}\nNguồn: Yonhap\n${foot}\nTin khác\nBản quyền thuộc về Báo Hà Nội`;

describe("a translator's line under a relay's text", () => {
  it("gives the writer when nobody else signs: a Vietnamese relay of a wire, an English page of a foreign paper's story", () => {
    for (const [line, who] of [
      ["Dịch: Nguyễn Thảo Vy", "Nguyễn Thảo Vy"],
      ["Lược dịch: Nguyễn Thảo Vy", "Nguyễn Thảo Vy"],
      ["LƯỢC DỊCH: Nguyễn Thảo Vy", "Nguyễn Thảo Vy"],
      ["Biên dịch: Nguyễn Thảo Vy (sinh viên K48)", "Nguyễn Thảo Vy"],
    ] as const) {
      const parsed = parseImport(VI_RELAY(line), "hanoi.txt")[0]!;
      expect(parsed.author, line).toBe(who);
      expect(parsed.agency, line).toBe("Yonhap");
      expect(parsed.body, line).not.toContain(line);
    }
    for (const line of ["Translated by Anna Lee", "Translated by Anna Lee (student, class of 2027)", "Translation: Anna Lee", "Translator: Anna Lee", "TRANSLATED BY Anna Lee"]) {
      const parsed = parseImport(EN_RELAY(line), "planet.txt")[0]!;
      expect(parsed.author, line).toBe("Anna Lee");
      expect(parsed.body, line).not.toContain("Anna Lee");
      expect(parseImport(EN_RELAY(line, ""), "planet.txt")[0]!.author, line).toBe("Anna Lee");
    }
  });

  it("takes no phrase after the cue, no machine's name, no English edition's translator under a wire's credit, and never overrides a byline above", () => {
    for (const line of ["Translation: the text was machine translated", "Dịch: những điểm chính", "Translated by Google Translate", "Translated by DeepL"]) {
      expect(parseImport(EN_RELAY(line), "planet.txt")[0]!.author, line).toBeNull();
      expect(parseImport(VI_RELAY(line), "hanoi.txt")[0]!.author, line).toBeNull();
    }
    // an English edition's translation of its own paper's story, the wire credited (the wire writes English itself)
    const edition = parseImport(EN_RELAY("Translated by Minh Anh", "Source: AFP"), "planet.txt")[0]!;
    expect(edition.author).toBeNull();
    expect(edition.agency).toBe("AFP");
    const signed = parseImport(EN_RELAY("Translated by Anna Lee").replace("December 4, 2026\n", "By Jane Doe\nDecember 4, 2026\n"), "planet.txt")[0]!;
    expect(signed.author).toBe("Jane Doe");
    const viSigned = parseImport(VI_RELAY("Biên dịch: Nguyễn Thảo Vy").replace("04/12/2026 09:15\n", "Minh Anh\n04/12/2026 09:15\n"), "hanoi.txt")[0]!;
    expect(viSigned.author).toBe("Minh Anh");
  });
});

const FACULTY_PAGE = (school: string, faculty: string) => `${school}
${faculty}
About Programs Research Students News
Home > News > World news digest
Monitors say North Korea sent Russia four million shells
Posted: 24/10/2026 | Views: 312
An eleven-nation team set up to monitor sanctions on North Korea said on Friday that Pyongyang had sent Russia at least 4 million artillery shells and more than 200 ballistic missiles since 2023.
The report, the team's third, said that in return North Korea received refined oil far beyond the ceiling set by the Security Council, along with air defence equipment.
Source: Yonhap
Translated by Anna Lee (student, class of 2027)
Other news
${faculty}. Address: 98 College Road, Northbridge.`;

describe("a faculty's site under its university's name in capitals", () => {
  it("names the faculty, with its university after the dash, as the outlet (English as Vietnamese)", () => {
    const en = parseImport(FACULTY_PAGE("UNIVERSITY OF NORTHBRIDGE", "Department of International Studies - University of Northbridge"), "dept.txt")[0]!;
    expect(en.outlet).toBe("Department of International Studies - University of Northbridge");
    expect(en.agency).toBe("Yonhap");
    expect(en.title).toBe("Monitors say North Korea sent Russia four million shells");
    const college = parseImport(FACULTY_PAGE("NORTHBRIDGE STATE UNIVERSITY", "School of Journalism - Northbridge State University"), "school.txt")[0]!;
    expect(college.outlet).toBe("School of Journalism - Northbridge State University");
  });

  it("keeps a faculty line that names another school, and a banner that is no school's", () => {
    const other = parseImport(FACULTY_PAGE("UNIVERSITY OF NORTHBRIDGE", "Department of International Studies - University of Eastwick"), "dept.txt")[0]!;
    expect(other.outlet).not.toBe("Department of International Studies - University of Eastwick");
    const banner = parseImport(FACULTY_PAGE("NORTHBRIDGE NEWS", "Department of International Studies - Northbridge News"), "dept.txt")[0]!;
    expect(banner.outlet).not.toBe("Department of International Studies - Northbridge News");
  });
});

describe("a column's standing note above the text", () => {
  const VI_NOTE = "Chuyên mục Điểm tin quốc tế do sinh viên câu lạc bộ Biên dịch của Khoa thực hiện hằng tuần.";
  const viPage = (note: string) => `Báo Điện tử Hà Nội\nThế giới\nHàn Quốc và Nhật Bản thảo luận về hợp tác an ninh\n04/12/2026 09:15\n${note}\nBộ Ngoại giao Hàn Quốc ngày 4/12 cho biết hai nước đã nhất trí tăng cường hợp tác an ninh trong khu vực.\n${VI_LAST}${VI_FOOT}`;
  const enPage = (note: string) => `The Daily Planet\nHome\nWorld\nUkraine talks stall as winter sets in\nDecember 4, 2026\n${note}\nTalks between the two sides stalled on Thursday as officials traded blame over the collapse of a ceasefire plan.\n${EN_LAST}${EN_FOOT}`;

  it("is furniture, not the lead, in either language", () => {
    for (const note of [VI_NOTE, "Chuyên mục Góc nhìn được phát hành vào sáng thứ Sáu hằng tuần."]) {
      const parsed = parseImport(viPage(note), "hanoi.txt")[0]!;
      expect(parsed.body.startsWith("Bộ Ngoại giao Hàn Quốc"), note).toBe(true);
      expect(parsed.body, note).not.toContain("Chuyên mục");
    }
    for (const note of ["This column appears every Friday.", "This column is published every week by the students of the department.", "Editor's note: World Digest is a weekly column by students of the Department of International Studies."]) {
      const parsed = parseImport(enPage(note), "planet.txt")[0]!;
      expect(parsed.body.startsWith("Talks between the two sides"), note).toBe(true);
      expect(parsed.body, note).not.toContain(note);
    }
  });

  it("keeps a sentence of the text that names a column or how often something happens", () => {
    for (const note of ["Chuyên mục này được nhiều bạn đọc yêu thích vì những phân tích sâu về tình hình bán đảo Triều Tiên.", "Chuyên mục Điểm tin quốc tế hằng tuần đã tạm dừng từ tháng trước vì thiếu người biên dịch."]) {
      expect(parseImport(viPage(note), "hanoi.txt")[0]!.body, note).toContain(note);
    }
    for (const note of ["The column ran weekly until 2019, when the paper closed its Moscow bureau.", "This column has argued every week since March that the talks would fail."]) {
      expect(parseImport(enPage(note), "planet.txt")[0]!.body, note).toContain(note);
    }
  });
});

describe("a reader view that names the site only by its domain, over a wire's story", () => {
  const readerView = (host: string, byline = "By Alistair Grant and Mayu Sato, Reuters", dateline = "LONDON, Oct 22 (Reuters) - ") =>
    `${host}\nBritain, US and Japan sanction six shippers over North Korea-Russia trade\n${byline}\n4–5 minutes\n22 October 2026, 4:12 pm\n${dateline}The United States, Britain and Japan on Thursday named six shipping companies and nine vessels they accuse of carrying North Korean munitions to Russia.\nThe designations freeze any assets the companies hold in the three countries and bar their citizens from doing business with them.\n(Reporting by Alistair Grant in London and Mayu Sato in Tokyo; Editing by Peter Lindqvist)`;

  it("gives the domain's reading as the outlet, the wire as the agency", () => {
    const runTogether = parseImport(readerView("wessexgazette.co.uk"), "wessex.txt")[0]!;
    expect(runTogether.outlet).toBe("wessexgazette.co.uk");
    expect(runTogether.agency).toBe("Reuters");
    const oneWord = parseImport(readerView("www.slate.com", "By Jim Heintz, Associated Press", "LONDON (AP) — "), "slate.txt")[0]!;
    expect(oneWord.outlet).toBe("Slate");
    expect(oneWord.agency).toBe("AP");
  });

  it("keeps the wire's own domain as the wire, and a domain the lexicon names as its name", () => {
    const own = parseImport(readerView("www.reuters.com"), "reuters.txt")[0]!;
    expect(own.outlet).toBe("Reuters");
    const known = parseImport(readerView("www.straitstimes.com"), "st.txt")[0]!;
    expect(known.outlet).toBe("The Straits Times");
    expect(known.agency).toBe("Reuters");
  });
});

describe("lines with a bar that are a page's clutter, not a picture's credit", () => {
  it("reads a credit after a bar in any case, as pages print it: a profile's or a video's line is told by where it stands", () => {
    expect(isCaptionLine("Kim Jong Un and Vladimir Putin at the Kremlin on Monday. | KYODO")).toBe(true);
    expect(isCaptionLine("Kim Jong Un and Vladimir Putin at the Kremlin on Monday. | Reuters")).toBe(true);
    expect(isCaptionLine("Kim Jong Un and Vladimir Putin at the Kremlin on Monday. | AP PHOTO")).toBe(true);
    expect(isCaptionLine("Kim Jong Un and Vladimir Putin at the Kremlin on Monday. | Informa")).toBe(true);
    expect(isCaptionLine("Nhà nghiên cứu quan hệ quốc tế | Nga - Đông Bắc Á")).toBe(false);
  });

  it("reads a name of any case after a bar only after a sentence's end, and a byline's bars never as a credit", () => {
    expect(isCaptionLine("Lavrov Arrives In Pyongyang For Talks | Channels Television")).toBe(false);
    expect(isCaptionLine("Senior Analyst, Eurasia Risk Brief | Sanctions and supply chains")).toBe(false);
    expect(isCaptionLine("Maritime Intelligence | Informa")).toBe(false);
    expect(isCaptionLine("By Jane Doe | jdoe@harbourtimes.example | Harbour Times")).toBe(false);
    expect(isCaptionLine("BY JANE DOE | REUTERS")).toBe(false);
    expect(isCaptionLine("Bởi Minh Anh | Báo Cà Mau")).toBe(false);
    expect(isCaptionLine("Theo Hải Yến | TTXVN")).toBe(false);
    // a caption that opens with "by" in its sentence, a Vietnamese caption with its credit in capitals: still captions
    expect(isCaptionLine("By the border bridge at Tumangang, a freight train waits on Monday. | REUTERS")).toBe(true);
    expect(isCaptionLine("Đoàn tàu chở hàng qua cầu Tumangang hôm thứ Hai. | TTXVN")).toBe(true);
  });

  it("names the writer and the paper of a byline whose bars hold the writer's e-mail, and keeps it from the headline", () => {
    const parsed = parseImport(["Harbour cargo rises a quarter", "By Jane Doe | jdoe@harbourtimes.example | Harbour Times", "December 4, 2026", "Cargo through the harbour rose by a quarter in the year to November, the port authority said on Thursday, as new cranes came into service.", "The authority said the growth came mostly from trade with Asia and from the reopening of the eastern berths after repairs."].join("\n"), "a.txt")[0]!;
    expect(parsed.title).toBe("Harbour cargo rises a quarter");
    expect(parsed.author).toBe("Jane Doe");
    expect(parsed.captions ?? []).toEqual([]);
  });

  it("drops a profile's headline between the writer's name and the date, and keeps the lead whole", () => {
    const page = (tagline: string) => `LinkedIn\nArticles\nJoin now\nSign in\nWhat the Tumangang trains tell us\nRachel Ostrander\n${tagline}\nPublished Dec 4, 2026\n+ Follow\nFor the third week running, satellite images reviewed for this newsletter show freight wagons stacked with crates at Tumangang station.\nSeoul's intelligence service told lawmakers on December 4 that Pyongyang has now sent well over 12 million artillery rounds since 2023.\nLike`;
    for (const tagline of ["Senior Analyst, Eurasia Risk Brief | Sanctions and supply chains", "Nhà nghiên cứu quan hệ quốc tế | Nga - Đông Bắc Á"]) {
      const parsed = parseImport(page(tagline), "linkedin.txt")[0]!;
      expect(parsed.body.startsWith("For the third week running"), tagline).toBe(true);
      expect(parsed.body, tagline).not.toContain(tagline);
      expect(parsed.captions, tagline).toEqual([]);
      expect(parsed.author, tagline).toBe("Rachel Ostrander");
    }
  });

  it("keeps a standfirst under the byline that happens to hold a bar but ends its sentence", () => {
    const parsed = parseImport("LinkedIn\nArticles\nWhat the Tumangang trains tell us\nRachel Ostrander\nThe trains tell one story | the satellites another.\nPublished Dec 4, 2026\nFor the third week running, satellite images reviewed for this newsletter show freight wagons stacked with crates at Tumangang station.\nSeoul's intelligence service told lawmakers on December 4 that Pyongyang has now sent well over 12 million artillery rounds since 2023.", "linkedin.txt")[0]!;
    expect(parsed.body).toContain("For the third week running");
    expect(`${parsed.body}\n${parsed.captions.join("\n")}\n${parsed.lines.map((l) => l.text).join("\n")}`).toContain("The trains tell one story | the satellites another.");
  });

  it("drops a video's title under its prompt with the player's controls, in both languages", () => {
    const LAST = "No date has been announced for the summit. It would be Kim's first trip to Russia since 2023 and his first to the Russian capital.";
    const en = parseImport(`${EN_HEAD}${EN_LAST}\nWatch the video below:\nLavrov Arrives In Pyongyang For Talks | Channels Television\nWatch later\nShare\n2:47\n${LAST}${EN_FOOT}`, "channels.txt")[0]!;
    expect(en.body).not.toContain("Channels Television");
    expect(en.body).not.toContain("2:47");
    expect(en.body.endsWith(LAST)).toBe(true);
    const VI_LAST_2 = "Hai bên chưa công bố thời gian cụ thể cho hội nghị thượng đỉnh, dự kiến diễn ra vào mùa xuân năm sau tại Moscow.";
    const vi = parseImport(`${VI_HEAD}${VI_LAST}\nMời xem video:\nNgoại trưởng Nga tới Bình Nhưỡng | Truyền hình Hà Nội\n${VI_LAST_2}${VI_FOOT}`, "hanoi.txt")[0]!;
    expect(vi.body).not.toContain("Truyền hình Hà Nội");
    expect(vi.body.endsWith(VI_LAST_2)).toBe(true);
  });

  it("keeps a finished sentence under the prompt: the text goes on", () => {
    const NEXT = "The footage shows the minister arriving at the airport, where he was greeted by his North Korean counterpart.";
    const parsed = parseImport(`${EN_HEAD}${EN_LAST}\nWatch the video below:\n${NEXT}\nOfficials said more talks would follow in the spring, without giving a date for the summit.${EN_FOOT}`, "channels.txt")[0]!;
    expect(parsed.body).toContain(NEXT);
  });
});

describe("a saved page's byline that opens with the stamp", () => {
  const page = (byline: string) => {
    const html = `<html><head><title>Russian Ships Run Dark to North Korean Port</title><meta property="og:site_name" content="The Harbour Executive"></head><body><header><a href="/" class="logo">The Harbour Executive</a></header><main><article><h1>Russian Ships Run Dark to North Korean Port</h1><p class="article-byline">${byline}</p><div class="article-body"><p>At least four Russian-flagged general cargo ships have made repeated calls at North Korea's Rajin port since October, according to satellite imagery.</p><p>The vessels later reappeared alongside berths at Vostochny, where containers were lifted onto trains.</p></div></article></main></body></html>`;
    return parseImport(htmlToImportText(html, "harbour.html"), "harbour.html")[0]!;
  };

  it("never names the stamp's cue as the writer, and reads the writer after 'by'", () => {
    const site = page("Published Dec 4, 2026 3:15 PM by The Harbour Executive");
    expect(site.author).toBeNull();
    expect(site.publishedAt).toBe("2026-12-04T15:15");
    expect(page("Published Dec 4, 2026 3:15 PM by Jane Doe").author).toBe("Jane Doe");
    expect(page("Cập nhật 04/12/2026 09:15").author).toBeNull();
  });

  it("keeps a byline whose name opens with no stamp", () => {
    expect(page("By Jane Doe").author).toBe("Jane Doe");
    expect(page("Posted by Jane Doe").author).toBe("Jane Doe");
  });
});

describe("a newsletter box's description and a membership site's call inside the text", () => {
  it("are furniture, in either language", () => {
    for (const line of ["Our weekly foreign affairs newsletter.", "The daily briefing from our Seoul bureau", "Bản tin hằng tuần của chúng tôi", "This post is free. If you value it, become a paying member of Pyongyang Ledger.", "This issue is free to read — upgrade to support my work.", "Bài viết này miễn phí. Hãy trở thành hội viên để ủng hộ chúng tôi."]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it("keeps sentences that speak of a newsletter or of what is free", () => {
    for (const line of ["Our weekly newsletter reported last month that the trains had resumed.", "The daily briefing was cancelled after the minister fell ill.", "This post is free of the errors that marred the first version of the report.", "Bài viết này miễn phí nhưng đã bị gỡ khỏi trang sau hai ngày."]) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });
});

describe("who publishes the outlet, on a line under the text", () => {
  it("is furniture when the outlet is its subject or its publisher bears the outlet's name, in both languages", () => {
    for (const line of [
      "The Daily Planet is published by Planet Newspapers Ltd.",
      "The Daily Planet is a publication of the Planet Media Group. Support our work by becoming a member.",
      "Planet Weekly is the flagship project of The Daily Planet Foundation.",
      "Published by The Daily Planet Institute in Cooperation With Brookings",
    ]) {
      const a = en(`${EN_LAST}\n${line}`);
      expect(a.body, line).not.toContain(line.slice(0, 30));
      expect(a.body.endsWith("recent weeks."), line).toBe(true);
    }
    for (const line of ["Báo Điện tử Hà Nội là ấn phẩm của Thành ủy Hà Nội.", "Xuất bản bởi Công ty Báo Điện tử Hà Nội"]) {
      const b = vi(`${VI_LAST}\n${line}`);
      expect(b.body, line).not.toContain(line.slice(0, 25));
      expect(b.body.endsWith("Triều Tiên."), line).toBe(true);
    }
  });

  it("near misses: a study's or another company's publisher under the text is the text's own sentence", () => {
    for (const line of ["The Harbour Report is published by the Lowy Institute.", "The study is a publication of the Lowy Institute.", "Published by Penguin Random House"]) {
      expect(en(`${EN_LAST}\n${line}`).body, line).toContain(line.slice(0, 30));
    }
    for (const line of ["Cuốn sách là ấn phẩm của Nhà xuất bản Trẻ.", "Xuất bản bởi Nhà xuất bản Chính trị quốc gia Sự thật"]) {
      expect(vi(`${VI_LAST}\n${line}`).body, line).toContain(line.slice(0, 25));
    }
  });
});

describe("the writer's box under the text: its heading and the writer's post on the outlet's staff", () => {
  it("is furniture, the heading with the name after its colon or not, in both languages", () => {
    for (const box of [
      "About the Author: Dr. Jane Holloway\nDr. Jane Holloway is a Senior Editor at The Daily Planet and a former analyst of Northeast Asian security.",
      "About the Author\nJane is senior defense editor of The Daily Planet, based in Washington.",
    ]) {
      const a = en(`${EN_LAST}\n${box}`);
      expect(a.body, box).not.toContain("About the Author");
      expect(a.body, box).not.toContain("Senior Editor");
      expect(a.body.endsWith("recent weeks."), box).toBe(true);
    }
    const b = vi(`${VI_LAST}\nVề tác giả: Nguyễn Minh Anh\nNguyễn Minh Anh là phóng viên của Báo Điện tử Hà Nội, theo dõi mảng quốc tế.`);
    expect(b.body).not.toContain("Về tác giả");
    expect(b.body).not.toContain("là phóng viên");
    expect(b.body.endsWith("Triều Tiên."), "vi").toBe(true);
  });

  it("near misses: a sentence about someone's author, or a source's post, inside the text stays text", () => {
    for (const line of ["About the author of the plan, little is known beyond his time at the ministry.", "Mr Park is a senior editor at The Daily Planet, the ministry said."]) {
      expect(en(`${line}\n\n${EN_LAST}`).body, line).toContain(line);
    }
    for (const line of ["Về tác giả của bức thư, cảnh sát chưa công bố danh tính.", "Ông Park là phóng viên của Báo Điện tử Hà Nội trong hơn hai mươi năm."]) {
      expect(vi(`${line}\n\n${VI_LAST}`).body, line).toContain(line);
    }
  });
});


describe("a wire's signature with its site after a slash, glued on the text's last paragraph", () => {
  const vi = (last: string) =>
    parseImport(["Báo Sông Lam", "Thế giới", "Phái đoàn Triều Tiên tới Vladivostok bàn về thương mại", "30/11/2026 22:15", "Một phái đoàn Triều Tiên do Bộ trưởng Kinh tế đối ngoại dẫn đầu đã tới thành phố Vladivostok của Nga ngày 30/11, bắt đầu chuyến làm việc ba ngày.", last, "Tin cùng chuyên mục"].join("\n"), "x.txt")[0];
  const en = (last: string) =>
    parseImport(["Harbour Daily", "World", "North Korean delegation in Vladivostok for trade talks", "December 1, 2026", "The harbour board said on Tuesday that cargo volumes rose by a quarter in the year to November, led by timber and dairy exports.", last, "Related news"].join("\n"), "x.txt")[0];

  it("keeps the paragraph in the text and credits the wire, in both languages", () => {
    for (const [last, agency] of [
      ["Hai bên không cho biết các cuộc hội đàm có đề cập việc cung cấp dầu mỏ của Nga cho Triều Tiên, vốn bị giới hạn bởi các lệnh trừng phạt, hay không. (TTXVN/Vietnam+)", "TTXVN"],
      ["Hai bên cho biết sẽ ký thỏa thuận về nghề cá trong chuyến thăm. (TTXVN/Báo Tin tức)", "TTXVN"],
    ] as const) {
      const a = vi(last);
      expect(a?.body, last).toContain(last.slice(0, 60));
      expect(a?.captions, last).toEqual([]);
      expect(a?.agency, last).toBe(agency);
    }
    const last = "Neither side said whether the talks would touch on Russian oil supplies, the ministry said. (VNA/VNS)";
    const a = en(last);
    expect(a?.body).toContain(last.slice(0, 60));
    expect(a?.captions).toEqual([]);
    expect(a?.agency).toBe("TTXVN");
  });

  it("leaves a picture's credit with a slash a caption", () => {
    for (const caption of [
      "Bộ trưởng Kinh tế đối ngoại Triều Tiên phát biểu tại cảng Vladivostok ngày 30/11/2026. (Ảnh: TTXVN/Vietnam+)",
      "Toàn cảnh cảng Vladivostok của Nga. (Ảnh: Reuters/Vietnam+)",
    ]) expect(vi(caption)?.captions, caption).toEqual([caption.replace(/\s*\(Ảnh:.*$/, "")].map((c) => expect.stringContaining(c)));
    expect(isCaptionLine("The minister speaks at the port of Vladivostok on Nov. 30, 2026. (AP Photo/Ivan Petrov)")).toBe(true);
  });
});

describe("'theo' as a verb in a line under the text", () => {
  // a related story's headline under the text, its box's label not copied (or one the lexicon does not know)
  const vi = (...tail: string[]) =>
    parseImport([VI_HEAD.trimEnd(), "Hai nước cũng nhất trí tổ chức tập trận chung vào đầu năm tới, theo thông cáo của bộ.", ...tail].join("\n"), "x.txt")[0];

  it("never reads a related headline with 'theo dõi', 'theo đuổi' or 'theo sát' as a writer and a source", () => {
    for (const line of [
      "Hàn Quốc theo dõi hợp tác quân sự Nga - Triều Tiên",
      "Nhật Bản theo đuổi thỏa thuận an ninh mới với Philippines",
      "Hàn Quốc theo sát diễn biến tại Kursk",
    ]) {
      const bare = vi(line);
      expect(bare?.author, line).toBeNull();
      expect(bare?.agency, line).toBeNull();
      const signed = vi("Hải Yến", line);
      expect(signed?.author, line).toBe("Hải Yến");
      expect(signed?.agency, line).toBeNull();
    }
    const a = parseImport(`${EN_HEAD}${EN_LAST}\nJane Doe\nSouth Korea watching Russia-North Korea military ties${EN_FOOT}`, "x.txt")[0];
    expect(a?.author).toBe("Jane Doe");
    expect(a?.agency).toBeNull();
  });

  it("still reads a writer and the wire after 'theo'", () => {
    for (const [line, author, agency] of [
      ["Hải Yến theo TTXVN", "Hải Yến", "TTXVN"],
      ["Phương Nam (theo Reuters, AP)", "Phương Nam", "Reuters, AP"],
      ["Minh Anh - Theo Reuters", "Minh Anh", "Reuters"],
    ] as const) {
      const a = parseImport([VI_HEAD.trimEnd(), "Hai nước cũng nhất trí tổ chức tập trận chung vào đầu năm tới, theo thông cáo của bộ.", line, "Tin liên quan", "Hàn Quốc theo dõi hợp tác quân sự Nga - Triều Tiên"].join("\n"), "x.txt")[0];
      expect(a?.author, line).toBe(author);
      expect(a?.agency, line).toBe(agency);
    }
  });
});

describe("a writer with the house she writes for, after a comma or a slash", () => {
  it("reads the writer before a broadcaster's or a wire's short name after a comma, in both languages", () => {
    for (const [line, name] of [
      ["Gia Minh, RFA", "Gia Minh"],
      ["Nhã Trân, RFA Tiếng Việt", "Nhã Trân"],
      ["Minh Anh, BBC News Tiếng Việt", "Minh Anh"],
      ["Jane Doe, Reuters", "Jane Doe"],
      ["Hamish Doyle, AP", "Hamish Doyle"],
    ] as const) expect(readByline(line), line).toBe(name);
    const a = parseImport(["RFA Tiếng Việt", "Thế giới", "Nhóm giám sát trừng phạt: Bắc Hàn chuyển vũ khí cho Nga", "Gia Minh, RFA", "2026.12.02", "Nhóm Giám sát Trừng phạt Đa phương ngày 2/12 thông báo với các nhà ngoại giao tại New York rằng việc chuyển giao vũ khí vẫn diễn ra.", "Theo Reuters"].join("\n"), "x.txt")[0];
    expect(a?.author).toBe("Gia Minh");
    expect(a?.agency).toBe("Reuters");
  });

  it("reads no writer from a place, a ministry or a section before the comma", () => {
    for (const line of ["Hà Nội, TTXVN", "Moskva, TASS", "Washington, AP", "Bộ Ngoại giao, Reuters", "Thế giới, BBC"]) expect(readByline(line), line).toBeNull();
  });

  it("reads the source after a writer and her station's slash, with or without brackets", () => {
    for (const [line, author, agency] of [
      ["Thanh Hà/VOV.VN Theo Yonhap", "Thanh Hà", "Yonhap"],
      ["Minh Anh/VOV.VN Nguồn: TASS", "Minh Anh", "TASS"],
      ["Thu Hằng/VTV24 Theo Reuters", "Thu Hằng", "Reuters"],
      ["Minh Hòa/VOV.VN (Theo TASS, Yonhap)", "Minh Hòa", "TASS, Yonhap"],
      ["Minh Anh/VOV Giao thông", "Minh Anh", null],
    ] as const) {
      const a = parseImport([VI_HEAD.trimEnd(), "Hai nước cũng nhất trí tổ chức tập trận chung vào đầu năm tới, theo thông cáo của bộ.", line, "Tin liên quan"].join("\n"), "x.txt")[0];
      expect(a?.author, line).toBe(author);
      expect(a?.agency, line).toBe(agency);
    }
    const en = parseImport(`${EN_HEAD}${EN_LAST}\nJane Doe/Harbour Radio${EN_FOOT}`, "x.txt")[0];
    expect(en?.author).toBe("Jane Doe");
    expect(en?.agency).toBeNull();
  });
});

describe("a picture's '©' credit after its caption", () => {
  it("is no site's foot line: the words before its dash name no outlet, in both languages", () => {
    for (const line of [
      "Sân bay Vnukovo ở Moskva - Sputnik Việt Nam, 1920, 05.12.2026 © Sputnik / Ilya Pitalev",
      "Cảng Rajin nhìn từ trên cao - Ảnh vệ tinh © Reuters/Maxim Shemetov",
      "Harbour cranes at dawn - Daily Planet, 2026 © AFP / Jane Doe",
    ]) expect(siteFootLine(line), line).toBeNull();
    const a = parseImport(["Bản tin Viễn Đông", "Thế giới", "Bộ trưởng Ngoại giao Triều Tiên tới Moskva dự họp hội đồng tham vấn", "05.12.2026, 20:14", "Sân bay Vnukovo ở Moskva - Bản tin Viễn Đông, 1920, 05.12.2026 © Sputnik / Ilya Pitalev", "Bộ trưởng Ngoại giao Triều Tiên Choe Son Hui ngày 5/12 tới Moskva, mở đầu chuyến thăm chính thức Nga kéo dài ba ngày theo lời mời của Ngoại trưởng Sergei Lavrov."].join("\n"), "x.txt")[0];
    expect(a?.outlet).not.toBe("Sân bay Vnukovo ở Moskva");
  });

  it("leaves a site's own foot line with its rights read", () => {
    for (const [line, name] of [
      ["Tumen Valley Times · 12 Hunchun Street · © 2026", "Tumen Valley Times"],
      ["Thời báo Sông Hàn - Chuyên trang thông tin tổng hợp. Bản quyền thuộc Thời báo Sông Hàn.", "Thời báo Sông Hàn"],
      ["Harbour Daily | © Harbour Media / All rights reserved", "Harbour Daily"],
    ] as const) expect(siteFootLine(line), line).toBe(name);
  });
});

describe("a foreign service's box of more stories on the topic under the text", () => {
  it("ends the text, its stories and the sign-off above it read, in both languages", () => {
    for (const heading of ["Thêm bài từ chủ đề", "Thêm từ chủ đề này", "Thêm bài về chủ đề"]) {
      expect(isTailMarker(heading), heading).toBe(true);
      const a = parseImport([VI_HEAD.trimEnd(), "Hai nước cũng nhất trí tổ chức tập trận chung vào đầu năm tới, theo thông cáo của bộ.", "Phương Nam (theo Reuters, AP)", heading, "Hàn Quốc theo dõi hợp tác quân sự Nga - Triều Tiên"].join("\n"), "x.txt")[0];
      expect(a?.body, heading).not.toContain(heading);
      expect(a?.body, heading).not.toContain("Hàn Quốc theo dõi");
      expect(a?.author, heading).toBe("Phương Nam");
      expect(a?.agency, heading).toBe("Reuters, AP");
    }
    expect(isTailMarker("More on this topic")).toBe(true);
  });

  it("leaves a sentence or a heading that only begins so", () => {
    for (const line of ["Thêm bài học từ chủ đề an ninh khu vực", "Thêm bài từ chủ đề này được đăng vào tuần sau.", "Thêm nhiều chủ đề"]) expect(isTailMarker(line), line).toBe(false);
  });
});

describe("the page's own newsletter box under the text", () => {
  const vi = (...tail: string[]) =>
    parseImport(["Châu Á", "Nhóm 11 nước: Bình Nhưỡng vẫn đều đặn chuyển vũ khí cho Matxcơva", "Đăng ngày: 03/12/2026 - 09:30", "Thu Hằng", "Nhóm Giám sát Trừng phạt Đa phương trình bày với các nhà ngoại giao ở New York những bằng chứng mới về các chuyến hàng.", ...tail].join("\n"), "x.txt")[0];
  const en = (...tail: string[]) =>
    parseImport(["World", "Sanctions monitors say arms kept flowing to Russia", "December 3, 2026", "By Jane Doe", "The group of countries that took over the monitoring of sanctions told diplomats in New York on Wednesday that arms transfers continued.", ...tail].join("\n"), "x.txt")[0];

  it("names the outlet the lexicon knows, when nothing else does, in both languages", () => {
    for (const line of ["Đăng ký nhận thư tin của RFI Tiếng Việt", "Đăng ký nhận bản tin VnExpress"]) expect(vi("Nhận bản tin", line)?.outlet, line).toBe(line.includes("RFI") ? "RFI Tiếng Việt" : "VnExpress");
    expect(en("Sign up for the BBC News Tiếng Việt newsletter")?.outlet).toBe("BBC News Tiếng Việt");
  });

  it("names none for a name the lexicon does not know, nor over a masthead", () => {
    expect(vi("Đăng ký nhận thư tin của chúng tôi")?.outlet).toBeNull();
    expect(en("Subscribe to our newsletter")?.outlet).toBeNull();
    expect(parseImport(["Tuổi Trẻ", "Thế giới", "Điện Kremlin bác tin luân chuyển lính Triều Tiên qua Kursk", "03/12/2026 18:05 GMT+7", "Điện Kremlin ngày 3/12 bác bỏ thông tin cho rằng binh sĩ Triều Tiên đang được luân chuyển qua vùng Kursk của Nga.", "Đăng ký nhận bản tin VnExpress"].join("\n"), "x.txt")[0]?.outlet).toBe("Tuổi Trẻ");
  });
});

describe("a newsroom's correction under the text, below the story's credit", () => {
  const correctionVi = "* Đính chính: Bản đăng lúc 11:40 ghi nhầm thời điểm ký hiệp ước là tháng 6/2023; tòa soạn đã sửa lại là tháng 6/2024. Xin cáo lỗi cùng bạn đọc.";
  const correctionEn = "Correction: An earlier version of this article misstated the month the wharf opens. It opens in April, not March.";

  it("leaves the credit above it read and the correction in the text, in both languages", () => {
    const vi = one(text("Ngoại trưởng Nga kết thúc chuyến thăm Triều Tiên", "04/12/2026 11:40", ...VI, "Theo TTXVN", correctionVi, "Tin liên quan"));
    expect(vi.agency).toBe("TTXVN");
    expect(vi.body).not.toContain("Theo TTXVN");
    expect(vi.body).toContain("Đính chính: Bản đăng lúc 11:40");
    expect(vi.body).not.toContain("Tin liên quan");
    const en = one(text("Harbour board approves second wharf for timber exports", "December 1, 2026", ...EN, "— Reuters", correctionEn));
    expect(en.agency).toBe("Reuters");
    expect(en.body).not.toContain("— Reuters");
    expect(en.body).toContain("An earlier version of this article");
    const html = fromHtml(page(`<title>Ngoại trưởng Nga kết thúc chuyến thăm Triều Tiên</title>`, `<article><h1>Ngoại trưởng Nga kết thúc chuyến thăm Triều Tiên</h1><p>04/12/2026 11:40</p>${VI.map((p) => `<p>${p}</p>`).join("")}<p><strong>Theo TTXVN</strong></p><p><em>${correctionVi}</em></p></article>`));
    expect(html.agency).toBe("TTXVN");
    expect(html.body).toContain("Đính chính");
  });

  it("is no correction without its label and colon: the paragraph ends the text and the credit above it stays in it", () => {
    const plain = "Đính chính lại thông tin sai lệch là yêu cầu mà Bộ Ngoại giao Nga đưa ra với báo chí phương Tây trong nhiều tháng qua.";
    const vi = one(text("Ngoại trưởng Nga kết thúc chuyến thăm Triều Tiên", "04/12/2026 11:40", ...VI, "Theo TTXVN", plain));
    expect(vi.agency).toBeNull();
    expect(vi.body).toContain(plain);
    const en = one(text("Harbour board approves second wharf for timber exports", "December 1, 2026", ...EN, "— Reuters", "Corrections to the harbour's timetable are published by the board every month on its own website, officials said."));
    expect(en.agency).toBeNull();
  });
});

describe("a writer's note under the text", () => {
  it("is no part of the text, nor the outlet, in both languages and in brackets", () => {
    const en = one(text("Harbour board approves second wharf for timber exports", "By Mary Byrne", "December 1, 2026", ...EN, "Mary Byrne reports on shipping and trade for The Times from Wellington."));
    expect(en.body).not.toContain("reports on shipping");
    expect(en.author).toBe("Mary Byrne");
    expect(en.outlet).not.toBe("The Times");
    const other = one(text("Harbour board approves second wharf for timber exports", "December 1, 2026", ...EN, "Tom Reid covers the Pacific for The Harbour Herald."));
    expect(other.body).not.toContain("covers the Pacific");
    const vi = one(text("Diện tích sầu riêng tăng gần gấp đôi", "02/12/2026 09:30", ...VI, "(Ngô Thanh Bình là nhà nghiên cứu quan hệ quốc tế, hiện sống và làm việc tại Huế.)"));
    expect(vi.body).not.toContain("Ngô Thanh Bình");
    expect(one(text("Diện tích sầu riêng tăng gần gấp đôi", "02/12/2026 09:30", ...VI, "Minh Anh viết cho Báo Nông Nghiệp từ Đắk Lắk.")).body).not.toContain("Minh Anh viết cho");
  });

  it("is not a last paragraph on someone's work that names no paper, nor one that opens with an article", () => {
    const last = "Vladimir Putin writes about the war in long essays that the Kremlin publishes on its website.";
    expect(one(text("Harbour board approves second wharf for timber exports", "December 1, 2026", ...EN, last)).body).toContain(last);
    const pentagon = "The Pentagon covers the cost of the flights for The Harbour Herald's readers, officials said.";
    expect(one(text("Harbour board approves second wharf for timber exports", "December 1, 2026", ...EN, pentagon)).body).toContain(pentagon);
    const vi = "Nguyễn Văn Hải là nhà nghiên cứu đã theo dõi giá sầu riêng nhiều năm và dự báo giá sẽ giảm khi vào vụ chính.";
    expect(one(text("Diện tích sầu riêng tăng gần gấp đôi", "02/12/2026 09:30", ...VI, vi)).body).toContain(vi);
  });
});

describe("a box of other stories headed \"Featured\", \"Important\" or \"See more\"", () => {
  it("is a marker of what follows the story, as \"Nổi bật\" and \"Read more\" are", () => {
    for (const heading of ["Featured", "FEATURED", "Featured stories", "Important", "See more", "SEE MORE", "Nổi bật", "Tin nổi bật"]) expect(isTailMarker(heading), heading).toBe(true);
  });

  it("takes the teasers under it out of the text, at the foot or between paragraphs, as \"Read more\" does", () => {
    const foot = one(text("Harbour board approves second wharf for timber exports", "December 1, 2026", ...EN, "Featured", "Black Stars squad for Morocco friendly named", "Cedi gains against the dollar"));
    expect(foot.body).toContain(EN[2]);
    expect(foot.body).not.toContain("Black Stars squad");
    const inside = (marker: string) => one(text("Harbour board approves second wharf for timber exports", "December 1, 2026", EN[0], EN[1], marker, "Junta Struggles to Keep Its Guns Firing", EN[2])).body;
    expect(inside("SEE MORE")).not.toContain("Junta Struggles");
    expect(inside("SEE MORE")).toContain(EN[1]);
    expect(inside("SEE MORE")).toBe(inside("READ MORE"));
    const vi = one(text("Diện tích sầu riêng tăng gần gấp đôi", "02/12/2026 09:30", ...VI, "Nổi bật", "Giá cà phê lập đỉnh mới"));
    expect(vi.body).not.toContain("Giá cà phê lập đỉnh mới");
  });

  it("is no marker when the word opens a sentence or a heading of more words", () => {
    for (const line of ["Important talks resumed on Monday", "Featured in the report were three shipping firms.", "See more of the port from the new terminal", "Quan trọng", "Nổi bật trong năm là xuất khẩu sầu riêng"]) expect(isTailMarker(line), line).toBe(false);
  });

  it("is no marker as a label before a note inside the text (\"Important:\"), which keeps the lines under it", () => {
    expect(isTailMarker("Important:")).toBe(false);
    const parsed = parseImport(["World", "What the new treaty protocol changes", "December 5, 2026", "By Jane Doe", "The Duma approved the protocol on Thursday, and the ministry said it would enter into force within a month of ratification.", "Important:", "The protocol covers only the supply of fuel.", "It does not mention arms.", "Officials in Seoul said they were studying the text and would respond after consultations with Washington and Tokyo."].join("\n"), "x.txt")[0];
    for (const kept of ["The protocol covers only the supply of fuel.", "It does not mention arms.", "Officials in Seoul said they were studying the text"]) expect(parsed?.body, kept).toContain(kept);
  });
});

describe("a writer's bio under the text that names them by their first name", () => {
  const foot = (bio: string) => one(text("Harbour board approves second wharf for timber exports", "Mary Byrne", "Senior Trade Editor", "December 1, 2026", ...EN, "Mary Byrne", bio, "Harbour Weekly", "Subscription Required", "This content is for Harbour Weekly subscribers only."));

  it("is read under the furniture below it, as one by the last name is, in both languages", () => {
    const en = foot("Mary is senior trade editor of Harbour Weekly, based in Wellington.");
    expect(en.body).not.toContain("senior trade editor of Harbour Weekly");
    expect(en.author).toBe("Mary Byrne");
    const vi = one(text("Diện tích sầu riêng tăng gần gấp đôi", "Nguyễn Minh Anh", "02/12/2026 09:30", ...VI, "Anh là phóng viên mảng nông nghiệp của báo tại Đắk Lắk."));
    expect(vi.body).not.toContain("Anh là phóng viên");
  });

  it("is not a paragraph that opens with another first name, nor one that names no post", () => {
    expect(foot("Anna is senior trade editor of Harbour Weekly, based in Wellington.").body).toContain("Anna is senior trade editor");
    expect(foot("Mary is expected to visit the new wharf when it opens in April.").body).toContain("Mary is expected to visit");
  });
});
