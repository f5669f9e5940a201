// A saved page's credit standing apart from the text: a video or bulletin page's crew box beside its summary or
// transcript ("BTV: Quang Huy", "Biên tập viên: Khánh Linh", "Editor: Mark Lewis"), which the page's reader dropped
// with the boxes around the player, and a photo story's "Ảnh và bài: X" at its foot. Each in both languages, with the
// boxes that look like them and sign nothing.
import { describe, expect, it } from "vitest";
import { isCrewBox } from "./crew-credits";
import { readDateLine } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const EN1 = "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for talks that both governments said would prepare a summit in Moscow.";
const EN2 = "Moscow called the figure speculation, and North Korea's foreign ministry said its cooperation with Russia was lawful and concerned no one else.";
const VI1 = "Ngày 3/12, Ngoại trưởng Nga Sergei Lavrov tới Bình Nhưỡng hội đàm với Ngoại trưởng Triều Tiên Choe Son Hui về chuyến thăm Moscow sắp tới.";
const VI2 = "Điện Kremlin gọi con số này là suy đoán, còn Bình Nhưỡng khẳng định quan hệ hợp tác với Nga là hợp pháp và không liên quan tới bên thứ ba.";

const parse = (text: string, name: string) => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

/** A station's video page: the player, the headline, the date, the summary box, then `after` and a box of other clips. */
function videoPage(headline: string, p1: string, p2: string, after: string, lang = "vi"): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline}</title>
<meta property="og:site_name" content="Đài Phát thanh và Truyền hình Hà Giang Xanh"></head><body>
<header><a class="logo" href="/">Đài Phát thanh và Truyền hình Hà Giang Xanh</a><nav><a href="/video">Video</a><a href="/thoi-su">Thời sự</a></nav></header>
<div class="video-detail">
<div class="player"><video src="/v/1.mp4"></video><div class="player-time">00:00 / 02:05</div></div>
<h1 class="video-title">${headline}</h1>
<div class="video-date">04/12/2026 20:40</div>
<div class="video-summary"><p>${p1}</p><p>${p2}</p></div>
${after}
</div>
<div class="video-list"><h3>Video khác</h3><ul><li><a href="/v2">Thời sự tối ngày 4/12/2026</a></li><li><a href="/v3">Bản tin sáng</a></li></ul></div>
<footer><p>Giấy phép số 72/GP-BVHTTDL</p></footer>
</body></html>`;
}

describe("a crew box", () => {
  it("is a box of roles and names, one of them one who may sign the item", () => {
    for (const lines of [
      ["BTV: Quang Huy"],
      ["Biên tập viên: Khánh Linh"],
      ["BTV: Hoàng Yến", "Biên tập: Nông Thu Trang", "Kỹ thuật: Đàm Văn Quý"],
      ["Phóng viên: Trần Quang Huy", "Quay phim: Lê Văn Nam"],
      ["Editor: Mark Lewis"],
      ["Anchor: Olivia Grant", "Reporting: Samuel Osei"],
    ])
      expect(isCrewBox(lines), lines.join(" / ")).toBe(true);
  });

  it("is not a camera's or a technician's credit alone, a speaker's sentence, a name alone, nor a list of clips", () => {
    for (const lines of [
      ["Quay phim: Lê Văn Nam", "Kỹ thuật: Đàm Văn Quý"],
      ["Camera: John Peters"],
      ["BTV: Đại sứ Hàn Quốc nêu các hình ảnh vệ tinh cho thấy tàu hàng cập cảng Rajin."],
      ["Quang Huy"],
      ["Thời sự tối ngày 4/12/2026", "Bản tin sáng"],
      ["BTV: Quang Huy", "Xem thêm các bản tin khác của chương trình trên ứng dụng của đài"],
      [],
    ])
      expect(isCrewBox(lines), lines.join(" / ")).toBe(false);
  });
});

describe("a video page's credit box beside its summary", () => {
  it("signs the item: the newsreader's or editor's credit where no reporter is named (vi)", () => {
    const lone = parse(videoPage("Duma Nga phê chuẩn hiệp định tư pháp với Triều Tiên", VI1, VI2, `<div class="video-credit">BTV: Quang Huy</div>`), "ninh.html");
    expect(lone?.author).toBe("Quang Huy");
    const editor = parse(videoPage("Duma Nga phê chuẩn hiệp định tư pháp với Triều Tiên", VI1, VI2, `<div class="editor">Biên tập viên: Khánh Linh</div>`), "sao.html");
    expect(editor?.author).toBe("Khánh Linh");
  });

  it("gives the editor, not the newsreader nor the technician, when the box names all three (vi)", () => {
    const crew = `<div class="credits"><p>BTV: Hoàng Yến</p><p>Biên tập: Nông Thu Trang</p><p>Kỹ thuật: Đàm Văn Quý</p></div>`;
    const page = parse(videoPage("Bản tin Thời sự quốc tế: Ngoại trưởng Nga thăm Triều Tiên", VI1, VI2, crew), "cb.html");
    expect(page?.author).toBe("Nông Thu Trang");
    expect(page?.body).not.toContain("Kỹ thuật");
  });

  it("signs an English page with its editor's credit (en)", () => {
    const page = parse(videoPage("Lavrov arrives in Pyongyang ahead of summit", EN1, EN2, `<div class="video-credit">Editor: Mark Lewis</div>`, "en"), "en.html");
    expect(page?.author).toBe("Mark Lewis");
  });

  it("signs nothing when the box credits the camera alone, or when a box of other clips follows instead (vi, en)", () => {
    const camera = parse(videoPage("Duma Nga phê chuẩn hiệp định tư pháp với Triều Tiên", VI1, VI2, `<div class="video-credit">Quay phim: Lê Văn Nam</div>`), "cam.html");
    expect(camera?.author ?? null).toBeNull();
    const clips = parse(videoPage("Lavrov arrives in Pyongyang ahead of summit", EN1, EN2, `<div class="video-more"><p>Watch next: Kim Jong Un</p></div>`, "en"), "more.html");
    expect(clips?.author ?? null).toBeNull();
  });
});

describe("a photo story's foot", () => {
  const story = (foot: string) => `# Nhộn nhịp ga biên giới Khasan\n\n02/12/2026 07:30\n\n${VI1}\n\n${VI2}\n\n${foot}\n`;
  it("names the writer in 'Ảnh và bài:', 'Ảnh, bài:' as in 'Bài và ảnh:' (vi), and in 'Photos and text:' (en)", () => {
    for (const foot of ["Ảnh và bài: Đức Thắng", "Ảnh, bài: Đức Thắng", "Bài và ảnh: Đức Thắng", "Photos and text: Đức Thắng"])
      expect(parse(story(foot), "p.txt")?.author, foot).toBe("Đức Thắng");
  });
  it("does not take a picture's caption that mentions the story's words for a credit", () => {
    expect(parse(story("Ảnh và bài viết về ga Khasan được nhiều người chia sẻ trên mạng xã hội trong tuần qua."), "p.txt")?.author ?? null).toBeNull();
  });
});

describe("a sticky player's labels under the signature", () => {
  const foot = (lines: string[]) => `# Đoàn công tác tỉnh Primorsky làm việc tại cảng Cái Lân\n\nThứ Năm, 04/12/2026 17:45\n\n${VI1}\n\n${VI2}\n\n${lines.join("\n\n")}\n`;
  it("are passed over, 'Tiếp theo' / 'Up next' as 'Đang phát' / 'Now playing', and the signature above read (vi, en)", () => {
    const vi = parse(foot(["Hoàng Quỳnh - Quang Minh", "Đang phát", "Bản tin thời sự 18h ngày 04/12/2026", "Tiếp theo", "Quảng Ninh đón 17 triệu lượt khách năm 2026"]), "q.txt");
    expect(vi?.author).toBe("Hoàng Quỳnh, Quang Minh");
    expect(vi?.body).not.toContain("Tiếp theo");
    const en = parse(`# Lavrov arrives in Pyongyang ahead of summit\n\nDecember 4, 2026\n\n${EN1}\n\n${EN2}\n\nHoàng Quỳnh - Quang Minh\n\nNow playing\n\nEvening bulletin, December 4\n\nUp next\n\nHarbour traffic doubles in a year\n`, "e.txt");
    expect(en?.author).toBe("Hoàng Quỳnh, Quang Minh");
  });
  it("keep a paragraph of text under 'Tiếp theo' in the body", () => {
    const last = "Hai bên sẽ tiếp tục thảo luận vào tuần sau tại Vladivostok, theo thông báo của Bộ Ngoại giao tỉnh Primorsky.";
    const page = parse(foot(["Tiếp theo", last]), "q.txt");
    expect(page?.body).toContain(last);
  });
});

describe("a team's signature under the text opening with the header's writer", () => {
  const page = (writer: string, signed: string, intro = "Tác giả") => `# Lãnh đạo tỉnh tiếp đoàn đại biểu thành phố Khabarovsk\n\n03/12/2026 18:30\n\n${intro}: ${writer}\n\n${VI1}\n\n${VI2}\n\n${signed}\n`;
  it("is the author as signed (vi, en)", () => {
    expect(parse(page("Minh Hiếu", "Minh Hiếu - Đức Thành"), "t.txt")?.author).toBe("Minh Hiếu - Đức Thành");
    expect(parse(page("Minh Hiếu", "Minh Hiếu và Đức Thành"), "t.txt")?.author).toBe("Minh Hiếu và Đức Thành");
    expect(parse(page("Sarah Kwon", "Sarah Kwon and Tom Hale", "By"), "t.txt")?.author).toBe("Sarah Kwon and Tom Hale");
  });
  it("is not taken when it names someone else first, or the writer with the wires drawn on (vi, en)", () => {
    expect(parse(page("Minh Hiếu", "Lan Anh - Đức Thành"), "t.txt")?.author).toBe("Minh Hiếu");
    expect(parse(page("Minh Hiếu", "MINH HIẾU (theo TASS, KCNA)"), "t.txt")?.author).toBe("Minh Hiếu");
    expect(parse(page("Sarah Kwon", "Tom Hale and Sarah Kwon", "By"), "t.txt")?.author).toBe("Sarah Kwon");
  });
});

describe("a copy's source link at its foot, the page's own address given", () => {
  const copy = (site: string, own: string, foot: string, lead = VI1) => `# Lao động Triều Tiên được cho là làm việc tại nhà máy đóng tàu Nga\n\n2026-11-25T14:02+07:00\n\nSite: ${site}\n\nLink: ${own}\n\n${lead}\n\n${VI2}\n\n${foot}\n`;
  it("credits the broadcaster or wire whose site it is (vi, en)", () => {
    expect(parse(copy("Đọc Báo Muôn Nơi", "https://docbaomuonnoi.com/the-gioi/a-482211.html", "Nguồn: https://www.rfi.fr/vi/quoc-te/20261125-lao-dong"), "c.txt")?.agency).toBe("RFI");
    const en = `# North Korean workers at a Russian shipyard\n\nNovember 25, 2026\n\nSite: World Digest Daily\n\nLink: https://worlddigestdaily.com/asia/nk-workers-4411\n\n${EN1}\n\n${EN2}\n\nSource: https://www.reuters.com/world/asia-pacific/nk-workers-2026-11-25/\n`;
    expect(parse(en, "e.txt")?.agency).toBe("Reuters");
  });
  it("credits no one on the broadcaster's own page, for a paper's address, a share sheet's link, or a link in the text (vi, en)", () => {
    expect(parse(copy("RFI Tiếng Việt", "https://www.rfi.fr/vi/quoc-te/20261126-khac", "Nguồn: https://www.rfi.fr/vi/quoc-te/20261125-lao-dong"), "c.txt")?.agency ?? null).toBeNull();
    expect(parse(copy("Đọc Báo Muôn Nơi", "https://docbaomuonnoi.com/the-gioi/a-482211.html", "Nguồn: https://baoquocte.vn/lao-dong-trieu-tien-123.html"), "c.txt")?.agency ?? null).toBeNull();
    expect(parse(copy("Đọc Báo Muôn Nơi", "https://docbaomuonnoi.com/the-gioi/a-482211.html", "Xem thêm tại: https://www.rfi.fr/vi/quoc-te/20261125-lao-dong"), "c.txt")?.agency ?? null).toBeNull();
    const inText = `Bản tin của đài được đăng tại https://www.rfi.fr/vi/quoc-te/20261125-lao-dong và nhiều trang khác đã dẫn lại trong ngày.`;
    expect(parse(copy("Đọc Báo Muôn Nơi", "https://docbaomuonnoi.com/the-gioi/a-482211.html", inText), "c.txt")?.agency ?? null).toBeNull();
  });
});

describe("a wire named as the byline under the standfirst", () => {
  const story = (headline: string, standfirst: string, byline: string, date: string, lead: string, rest: string) => `${headline}\n${standfirst}\n${byline}\n${date}\n${lead}\n${rest}\n`;
  const en = (byline: string) => story("Kremlin denies new North Korean troops sent to Kursk", "Seoul's spy agency says 3,000 more soldiers arrived since September.", byline, "DECEMBER 4, 2026 14:22", EN1, EN2);
  const vi = (byline: string) => story("Điện Kremlin bác tin có thêm binh sĩ Triều Tiên tới Kursk", "Cơ quan tình báo Seoul nói thêm 3.000 binh sĩ đã tới từ tháng 9.", byline, "04/12/2026 14:22", VI1, VI2);
  it("credits the wire, however the byline spells it (en, vi)", () => {
    expect(parse(en("By REUTERS"), "e.txt")?.agency).toBe("Reuters");
    expect(parse(en("By Reuters"), "e.txt")?.agency).toBe("Reuters");
    expect(parse(vi("Bởi AFP"), "v.txt")?.agency).toBe("AFP");
  });
  it("leaves a writer's byline the author, and credits no wire for a wire's staff line or a paper's name (en, vi)", () => {
    expect(parse(en("By Sarah Kwon"), "e.txt")?.author).toBe("Sarah Kwon");
    expect(parse(en("By Sarah Kwon"), "e.txt")?.agency ?? null).toBeNull();
    expect(parse(en("By The Guardian"), "e.txt")?.agency ?? null).toBeNull();
    expect(parse(vi("Bởi Minh Anh"), "v.txt")?.agency ?? null).toBeNull();
  });
});

describe("a programme's host credited alone", () => {
  const transcript = (credit: string, foot = "") => `Lao động Triều Tiên tại xưởng đóng tàu Bolshoy Kamen\nPhát sóng: Thứ Tư 25/11/2026\n${credit}\n${VI1}\n${VI2}\n${foot}`;
  it("signs a radio transcript or a channel's item where no one else does, over the text ('Người dẫn:') or under it (vi)", () => {
    expect(parse(transcript("Người dẫn: Trịnh Thu Hà"), "h.txt")?.author).toBe("Trịnh Thu Hà");
    expect(parse(transcript("", "Người dẫn chương trình: Trịnh Thu Hà\n"), "h.txt")?.author).toBe("Trịnh Thu Hà");
    expect(parse(transcript("", "Theo RFI\nDẫn chương trình: Minh Khang\n"), "h.txt")?.author).toBe("Minh Khang");
  });
  it("gives way to a reporter named, and an announcer or a voice never signs (vi, en)", () => {
    expect(parse(transcript("Người dẫn: Trịnh Thu Hà", "Phóng viên: Lê Đình Phong\n"), "h.txt")?.author).toBe("Lê Đình Phong");
    expect(parse(transcript("", "Phát thanh viên: Thạch Sô Phal\n"), "h.txt")?.author ?? null).toBeNull();
    expect(parse(transcript("", "Giọng đọc: Minh Anh\n"), "h.txt")?.author ?? null).toBeNull();
    expect(parse(`Lavrov arrives in Pyongyang ahead of summit\nDecember 4, 2026\n${EN1}\n${EN2}\nPresenter: Olivia Grant\n`, "e.txt")?.author ?? null).toBeNull();
  });
});

describe("a date line with a labelled reading time after it", () => {
  const page = (line: string, lead = VI1, rest = VI2) => `# Tình báo Hàn Quốc báo cáo Quốc hội về thương vong của lính Triều Tiên\n\n${line}\n\n${lead}\n\n${rest}\n`;
  it("is the date, and the line leaves the text (vi, en)", () => {
    const vi = parse(page("28/11/2026 06:50 · Thời gian đọc: 3 phút"), "d.txt");
    expect(vi?.publishedAt).toBe("2026-11-28T06:50");
    expect(vi?.body).not.toContain("Thời gian đọc");
    const en = parse(page("December 4, 2026 | Reading time: 5 min", EN1, EN2), "d.txt");
    expect(en?.publishedAt).toBe("2026-12-04");
    expect(en?.body).not.toContain("Reading time");
  });
  it("is no date when the reading time is a sentence's words, nor a reading time without its label (vi, en)", () => {
    expect(readDateLine("28/11/2026 06:50 · Thời gian đọc của học sinh tăng 3 phút")).toBeNull();
    expect(readDateLine("December 4, 2026 | Reading time rose by 5 minutes")).toBeNull();
  });
});

describe("a pull quote set as a plain blockquote", () => {
  const article = (paragraphs: string[], quote: string, lang = "vi") => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Khinh hạm Nga cập cảng Wonsan</title></head><body>
<article><h1>Khinh hạm Nga cập cảng Wonsan</h1><p class="date">24/11/2026 09:00</p>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
<blockquote class="quote">${quote}</blockquote>
</article></body></html>`;
  const VI_SAID = "Theo Sputnik, Bộ Ngoại giao Nga hôm 24/11 cho biết chuyến ghé cảng Wonsan của khinh hạm là hoạt động thường lệ, không nhằm vào bất kỳ quốc gia nào.";
  const EN_SAID = "Russia's foreign ministry said on Tuesday the frigate's call at Wonsan was a routine visit, not aimed at any country, and would last four days.";
  it("leaves the text when the text says its words already (vi, en)", () => {
    const vi = parse(article([VI_SAID, VI1, VI2], "“Hoạt động thường lệ, không nhằm vào bất kỳ quốc gia nào”"), "q.html");
    expect(vi?.body).not.toContain("“Hoạt động thường lệ");
    expect(vi?.body).toContain(VI_SAID);
    const en = parse(article([EN_SAID, EN1, EN2], "“A routine visit, not aimed at any country”", "en"), "q.html");
    expect(en?.body).not.toContain("“A routine visit");
  });
  it("stays when the text does not say it, or says only a few of its words (vi, en)", () => {
    const statement = "“Chúng tôi sẽ tiếp tục hợp tác hải quân với các đối tác của mình ở Thái Bình Dương”";
    expect(parse(article([VI_SAID, VI1, VI2], statement), "q.html")?.body).toContain("Chúng tôi sẽ tiếp tục hợp tác hải quân");
    expect(parse(article([EN_SAID, EN1, EN2], "“Routine visit”", "en"), "q.html")?.body).toContain("Routine visit");
  });
});
