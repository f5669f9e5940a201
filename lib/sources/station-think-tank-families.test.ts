// The families of provincial stations' pages, think tanks' pages and regional wires (the fifty-ninth corpus's): a
// comment form under the text ("Ý kiến bạn đọc" / "Họ tên:" / "Nội dung:"), a signature set in bold as the text's last
// paragraph, a station's initials with its name spelt out, a writer's note with no source ("Thu Hằng tổng hợp"), a
// researcher's post after the name, a dateline with the day before the month ("MINSK, 30 April (BelTA) - "), a writer
// and a date printed under a label or in a board's row ("Text: Irina Sokolova", "Date | 2025.04.30"), and the
// presenters', translators', republishers' and reader-funding lines, a standfirst that reports what a government said
// or admitted, under the byline, a magazine's masthead without its kind, and a think tank's kind of page over the
// headline ("News Digest", "Commentary"). Each in several shapes, with the lines that look
// like them and must stay.
import { describe, expect, it } from "vitest";
import { isFurnitureLine } from "./clean";
import { parseDateLine } from "./dates";
import { spelledOutName } from "./html";
import { leadCredit, lookupOutlet } from "./layout-model";
import { commentThreadAt } from "./page-tail";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Bộ Tổng tham mưu Ukraine ngày 28/4 bác bỏ tuyên bố của Nga cho rằng toàn bộ tỉnh Kursk đã được giành lại, khẳng định các đơn vị vẫn hoạt động.";
const VI2 = "Tổng thống Volodymyr Zelensky cho rằng việc Triều Tiên thừa nhận điều quân cho thấy Moskva không thể tự mình tiến hành cuộc chiến.";
const VI3 = "Giới quan sát cho rằng các tuyên bố của hai bên về tình hình chiến sự tại Kursk chưa thể được kiểm chứng độc lập.";
const EN1 = "Kremlin spokesman Dmitry Peskov said on Tuesday that the participation of North Korean servicemen was fully in line with the treaty.";
const EN2 = "Peskov said Russia and North Korea had never concealed their cooperation and that the assistance was a sovereign decision of both.";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];
const page = (body: string, head = "") =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Ukraine bác bỏ tuyên bố của Nga về Kursk</title>${head}</head><body><main><h1>Ukraine bác bỏ tuyên bố của Nga về Kursk</h1><div class="date">Ngày 28/04/2025 - 19:15</div><div class="content">${body}</div></main></body></html>`;

describe("a comment form under the text", () => {
  it("is a comment section: its heading with the form's empty fields or its button below", () => {
    for (const lines of [
      ["Ý kiến bạn đọc", "Họ tên:", "Nội dung:"],
      ["Bình luận", "Họ và tên:", "Email:", "Gửi ý kiến"],
      ["Leave a Reply", "Name *:", "Comment:"],
    ])
      expect(commentThreadAt(lines, 0), lines.join(" / ")).toBe(true);
  });

  it("is none where a label has words after it, or no heading stands above", () => {
    expect(commentThreadAt(["Ý kiến bạn đọc", "Nội dung: Trần Minh Đức", "Ảnh: TTXVN"], 0)).toBe(false);
    expect(commentThreadAt(["Nội dung:", "Họ tên:"], 0)).toBe(false);
    expect(commentThreadAt(["Ý kiến chuyên gia", "Họ tên:"], 0)).toBe(false);
  });

  it("leaves the credit and the signature above it read, in a text copy and a saved page", () => {
    const copy = parse(["Ukraine bác bỏ tuyên bố của Nga về Kursk", "Ngày 28/04/2025 - 19:15", VI1, VI2, VI3, "(Theo Reuters)", "Kim Phượng", "Ý kiến bạn đọc", "Họ tên:", "Nội dung:"].join("\n"));
    expect(copy?.agency).toBe("Reuters");
    expect(copy?.author).toBe("Kim Phượng");
    expect(copy?.body).not.toContain("Nội dung:");
    const saved = parse(page(`<p>${VI1}</p><p>${VI2}</p><p>${VI3}</p><p>(Theo Reuters)</p><p><strong>Kim Phượng</strong></p><div><h4>Ý kiến bạn đọc</h4><p>Họ tên:</p><p>Nội dung:</p><button>Gửi ý kiến</button></div>`), "page.html");
    expect(saved?.agency).toBe("Reuters");
    expect(saved?.author).toBe("Kim Phượng");
    expect(saved?.body).not.toContain("Kim Phượng");
  });

  it("keeps a text whose own words follow a heading like it, with no form's lines", () => {
    const copy = parse(["Tranh luận về hiệp ước", "Ngày 28/04/2025 - 19:15", VI1, VI2, "Ý kiến", VI3, "(Theo Reuters)"].join("\n"));
    expect(copy?.body).toContain(VI3);
    expect(copy?.agency).toBe("Reuters");
  });
});

describe("a paragraph all in bold", () => {
  it("is the writer's signature when it is the text's last, not a sub-heading", () => {
    const saved = parse(page(`<p>${VI1}</p><p>${VI2}</p><p>${VI3}</p><p>Theo TTXVN</p><p><strong>Hoàng Minh Tuấn</strong></p>`), "page.html");
    expect(saved?.author).toBe("Hoàng Minh Tuấn");
    expect(saved?.blocks?.some((b) => b.kind === "heading")).toBe(false);
  });

  it("is still a sub-heading over the paragraphs that follow it", () => {
    const saved = parse(page(`<p>${VI1}</p><p><strong>Chiến sự vẫn tiếp diễn</strong></p><p>${VI2}</p><p>${VI3}</p>`), "page.html");
    expect(saved?.blocks?.find((b) => b.kind === "heading")?.text).toBe("Chiến sự vẫn tiếp diễn");
    expect(saved?.author ?? null).toBeNull();
  });
});

describe("a station's initials and its name spelt out", () => {
  it("give the name, in the site name or in the logo beside the initials alone", () => {
    expect(spelledOutName("YTV - Đài Phát thanh và Truyền hình Yên Bái", [])).toBe("Đài Phát thanh và Truyền hình Yên Bái");
    expect(spelledOutName("HGTV", ["HGTV - Đài Phát thanh và Truyền hình Hậu Giang"])).toBe("Đài Phát thanh và Truyền hình Hậu Giang");
    expect(spelledOutName("KBC | Kyrgyz Broadcasting Corporation", [])).toBe("Kyrgyz Broadcasting Corporation");
  });

  it("leave initials the lexicon knows, a description after them, and a logo of other initials", () => {
    expect(spelledOutName("VOV - Đài Tiếng nói Việt Nam", [])).toBeNull();
    expect(spelledOutName("VTV4 - Kênh truyền hình đối ngoại quốc gia", [])).toBeNull();
    expect(spelledOutName("HGTV", ["THTG - Đài Phát thanh và Truyền hình Tiền Giang"])).toBeNull();
    expect(spelledOutName("HGTV", [])).toBeNull();
  });

  it("name a saved page's outlet", () => {
    const saved = parse(page(`<p>${VI1}</p><p>${VI2}</p><p>Theo TTXVN</p>`, '<meta property="og:site_name" content="YTV - Đài Phát thanh và Truyền hình Yên Bái">'), "page.html");
    expect(saved?.outlet).toBe("Đài Phát thanh và Truyền hình Yên Bái");
  });
});

describe("a writer's note with no source after it", () => {
  it("names the writer under the text", () => {
    for (const [line, who] of [
      ["Thu Hằng tổng hợp", "Thu Hằng"],
      ["HOÀI AN tổng hợp", "HOÀI AN"],
      ["Lan Hương lược dịch", "Lan Hương"],
    ] as const) {
      const copy = parse(["Ông Kim gặp gia đình binh sĩ", "01/05/2025 14:05", VI1, VI2, "Nguồn: RFI", line, "Tin mới"].join("\n"));
      expect(copy?.author, line).toBe(who);
      expect(copy?.body, line).not.toContain(line);
    }
  });

  it("is no writer when the words before it are no name", () => {
    const copy = parse(["Ông Kim gặp gia đình binh sĩ", "01/05/2025 14:05", VI1, VI2, "Tin quốc tế tổng hợp", "Tin mới"].join("\n"));
    expect(copy?.author ?? null).toBeNull();
  });
});

describe("a researcher's post after the name", () => {
  it("is left out of the author", () => {
    for (const [line, who] of [
      ["Author: Kim Ji-hoon (Research Fellow)", "Kim Ji-hoon"],
      ["By Anna Park (Senior Fellow, Korea Chair)", "Anna Park"],
    ] as const) {
      const copy = parse(["After Kursk: Seoul Weighs a Battle-Tested North", "2025-04-29", line, EN1, EN2].join("\n"));
      expect(copy?.author, line).toBe(who);
    }
  });

  it("is only a post: a place in brackets is the writer's place, read apart from the name and as no agency", () => {
    const copy = parse(["After Kursk: Seoul Weighs a Battle-Tested North", "2025-04-29", "By Anna Park (Seoul)", EN1, EN2].join("\n"));
    expect(copy?.author).toBe("Anna Park");
    expect(copy?.agency).toBeNull();
  });
});

describe("a dateline with the day before the month", () => {
  it("credits the wire in brackets, as with the month first", () => {
    expect(leadCredit(`MINSK, 30 April (BelTA) - ${EN1}`)?.agency).toBe("BelTA");
    expect(leadCredit(`MINSK, April 30 (BelTA) - ${EN1}`)?.agency).toBe("BelTA");
    expect(leadCredit(`BISHKEK, 28 Apr. (Kabar) — ${EN1}`)?.agency).toBe("Kabar");
    const copy = parse(["Ryzhenkov: Russia-DPRK treaty threatens no one", "30 April 2025, 11:45", `MINSK, 30 April (BelTA) - ${EN1}`, EN2].join("\n"));
    expect(copy?.agency).toBe("BelTA");
  });

  it("is none where the brackets hold the lead's own words", () => {
    expect(leadCredit(`Officials said on 30 April (a Wednesday) - ${EN1}`)).toBeNull();
  });
});

describe("a writer and a date under a label or in a board's row", () => {
  const board = (rows: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Kursk Confirmation and the Peninsula</title></head><body><div id="container"><table class="board-view">${rows}</table><div class="view-content"><p>${EN1}</p><p>${EN2}</p><p>${EN1.replace("Tuesday", "Wednesday")}</p></div></div></body></html>`;

  it("reads a research institute's board: its Date and Author rows", () => {
    const saved = parse(board("<tr><th colspan='4'>The Kursk Confirmation and the Peninsula</th></tr><tr><td>Date</td><td>2025.04.30</td><td>Hit</td><td>1,024</td></tr><tr><td>Author</td><td colspan='3'>Park Eun-ju</td></tr>"), "page.html");
    expect(saved?.publishedAt).toBe("2025-04-30");
    expect(saved?.author).toBe("Park Eun-ju");
  });

  it("reads a writer's label beside the date, and leaves a label over no name", () => {
    const info = (line: string) =>
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Russia and DPRK start building Tumen road bridge</title></head><body><main><h1>Russia and DPRK start building Tumen road bridge</h1><div class="info"><span>30.04.2025 17:30</span> <span>${line}</span></div><div class="text"><p>${EN1}</p><p>${EN2}</p></div></main></body></html>`;
    expect(parse(info("Text: Irina Sokolova"), "page.html")?.author).toBe("Irina Sokolova");
    expect(parse(info("Text: see the full statement"), "page.html")?.author ?? null).toBeNull();
    expect(parse(board("<tr><td>Author</td><td>all rights reserved</td></tr>"), "page.html")?.author ?? null).toBeNull();
  });

  it("reads a dotted date, year first, alone on its line, and no version number", () => {
    expect(parseDateLine("2025.04.30")?.publishedAt).toBe("2025-04-30");
    expect(parseDateLine("2025.04.30 14:32")?.publishedAt).toBe("2025-04-30T14:32");
    expect(parseDateLine("version 2025.04.30")).toBeNull();
    expect(parseDateLine("2025.4.3")).toBeNull();
  });
});

describe("the presenter's, the translator's, the republisher's and the reader-funding lines", () => {
  it("are furniture", () => {
    for (const line of [
      "Phát thanh viên: Thạch Sô Phal",
      "Giọng đọc: Minh Anh",
      "Presenter: Jane Doe",
      "Read by Sarah Kwon",
      "(English translation by Sayaka Higa)",
      "Translated by Kim Min-ji",
      "Republished with permission from Yonhap News Agency.",
      "Reprinted by permission of The Associated Press",
      "Riddle is funded by its readers. Support independent analysis of Russia",
    ])
      expect(isFurnitureLine(line), line).toBe(true);
  });

  it("leave sentences that say the same words about other things", () => {
    for (const line of [
      "Phát thanh viên của đài cho biết chương trình sẽ kéo dài thêm 15 phút.",
      "The translation by state media omitted the word \"ally\".",
      "The report was republished with permission from the ministry, officials said on Tuesday in Seoul.",
      "The project is funded by the government of South Korea.",
    ])
      expect(isFurnitureLine(line), line).toBe(false);
  });

  it("keep a station's presenter out of the text it prints over", () => {
    const copy = parse(
      ["Đài Phát thanh và Truyền hình Trà Vinh", "Nhật Bản và NATO quan ngại về hợp tác quân sự Nga - Triều Tiên", "Cập nhật: 29/04/2025 - 10:30", "Nghe đọc bài", "Phát thanh viên: Thạch Sô Phal", VI1, VI2, VI3, "Theo BBC"].join("\n"),
    );
    expect(copy?.title).toBe("Nhật Bản và NATO quan ngại về hợp tác quân sự Nga - Triều Tiên");
    expect(copy?.body).not.toContain("Thạch Sô Phal");
    expect(copy?.author ?? null).toBeNull();
  });
});

describe("a provincial radio and television station's name", () => {
  it("is an outlet's name, in any of its printed forms, in running case", () => {
    expect(lookupOutlet("Đài Phát thanh và Truyền hình Trà Vinh")).toBe("Đài Phát thanh và Truyền hình Trà Vinh");
    expect(lookupOutlet("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẾN TRE")).toBe("Đài Phát thanh và Truyền hình Bến Tre");
    expect(lookupOutlet("Đài Phát thanh - Truyền hình Phú Yên")).toBe("Đài Phát thanh - Truyền hình Phú Yên");
    expect(lookupOutlet("Đài PT-TH Sóc Trăng")).toBe("Đài Phát thanh và Truyền hình Sóc Trăng");
  });

  it("is none when what follows is no place's name", () => {
    expect(lookupOutlet("Đài Phát thanh và Truyền hình tỉnh nhà")).toBeNull();
    expect(lookupOutlet("Đài Phát thanh và Truyền hình đưa tin")).toBeNull();
  });

  it("names the outlet of a text copy that prints it over the headline, or under the station's initials", () => {
    const copy = parse(["THBT", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẾN TRE", "Menu", "Thời sự", "Triều Tiên lần đầu xác nhận điều quân tham chiến tại Kursk", "Thứ Hai, 28/04/2025 - 15:20", VI1, VI2, VI3, "Theo TTXVN"].join("\n"));
    expect(copy?.outlet).toBe("Đài Phát thanh và Truyền hình Bến Tre");
    expect(copy?.title).toBe("Triều Tiên lần đầu xác nhận điều quân tham chiến tại Kursk");
  });
});

describe("a short standfirst under the byline", () => {
  const copy = (sapo: string) =>
    parse(["TẠP CHÍ ABC", "Thế giới", "Ông Kim Jong-un gặp gia đình binh sĩ thiệt mạng ở nước ngoài", "Hoàng Nam | 02/05/2025 09:00", sapo, VI1, VI2, VI3].join("\n"));

  it("is the text's first paragraph when it reports what someone said, admitted or confirmed", () => {
    for (const sapo of [
      "Bình Nhưỡng lần đầu nói công khai về thương vong của binh sĩ được đưa sang Nga.",
      "Seoul cho biết binh sĩ Triều Tiên vẫn có mặt tại Kursk.",
      "Triều Tiên lần đầu xác nhận điều quân sang Nga.",
      "Pyongyang confirms its troops fought in Kursk.",
    ]) {
      const c = copy(sapo);
      expect(c?.captions ?? [], sapo).toEqual([]);
      expect(c?.body, sapo).toContain(sapo);
    }
  });

  it("is still the lead picture's caption when it shows who speaks, and where", () => {
    const sapo = "Ông Kim Jong-un nói tại buổi lễ ở Bình Nhưỡng.";
    expect(copy(sapo)?.captions).toEqual([sapo]);
  });
});

describe("a magazine's masthead in capitals without its kind", () => {
  const copy = (foot: string, masthead = "THẾ GIỚI MỚI") =>
    parse([masthead, "Thế giới", "Ông Kim Jong-un gặp gia đình binh sĩ thiệt mạng ở nước ngoài", "02/05/2025 09:00", VI1, VI2, VI3, "Hoàng Nam", "Đọc thêm", "Hiệp ước Nga - Triều Tiên: Một năm nhìn lại", foot].join("\n"));

  it("is the magazine's name as the foot writes it", () => {
    expect(copy("Tạp chí Thế giới Mới - Giấy phép số 09/GP-BTTTT")?.outlet).toBe("Tạp chí Thế giới Mới");
    expect(copy("TẠP CHÍ THẾ GIỚI MỚI")?.outlet?.toLowerCase()).toBe("tạp chí thế giới mới");
  });

  it("stays as printed where the foot names another magazine or none, or the masthead is in running case", () => {
    expect(copy("Tạp chí Thế giới Trẻ - Giấy phép số 09/GP-BTTTT")?.outlet).toBe("THẾ GIỚI MỚI");
    expect(copy("Giấy phép số 09/GP-BTTTT")?.outlet).toBe("THẾ GIỚI MỚI");
  });
});

describe("a think tank's kind of page over the headline", () => {
  const copy = (kicker: string, byline?: string) =>
    parse(["Wilson Center", "Search", "Donate", "Hyundai Motor-Korea Foundation Center for Korean History and Public Policy", kicker, "North Korea Confirms Troops Fought in Russia's Kursk Region", ...(byline ? [byline] : []), "Apr 28, 2025", EN1, EN2].join("\n"));

  it("is a section label: no writer, and the headline under it is the title", () => {
    for (const kicker of ["News Digest", "Commentary", "Issue Brief", "In the News"]) {
      const c = copy(kicker);
      expect(c?.title, kicker).toBe("North Korea Confirms Troops Fought in Russia's Kursk Region");
      expect(c?.author ?? null, kicker).toBeNull();
    }
  });

  it("leaves the byline under the headline read", () => {
    expect(copy("Commentary", "By Victor Lee")?.author).toBe("Victor Lee");
  });
});
