// Tests for cleanArticle: furniture removal, markup, headings, captions and mended paragraphs.
import { describe, expect, it } from "vitest";
import { cleanArticle, isFurnitureLine, isTailMarker, stripInline } from "./clean";

const para = (n: number): string =>
  `Đoạn văn số ${n} của bài viết nói về cuộc gặp thượng đỉnh giữa ông Kim Jong Un và ông Vladimir Putin tại sân bay vũ trụ Vostochny.`;

describe("page furniture", () => {
  it("drops the TheCanada.life javascript notice and the Loader line", () => {
    const r = cleanArticle(
      `Để sử dụng TheCanada.life, Vui lòng kích hoạt javascript trong trình duyệt của bạn.\n\nLoader\n\n${para(1)}`,
    );
    expect(r.body).toBe(para(1));
  });

  it("drops tags, closed comments, gallery counters, empty links and share bars", () => {
    const text = [para(1), "Tags: , ,", "Comments are closed.", "1 / 12", "[](#)", "Chia sẻ | In bài", "Share Facebook Twitter Email", para(2)].join("\n\n");
    const r = cleanArticle(text);
    expect(r.blocks).toEqual([
      { kind: "paragraph", text: para(1) },
      { kind: "paragraph", text: para(2) },
    ]);
  });

  it("cuts the 'ĐỌC THÊM' related-story tail and the cookie line after it", () => {
    const text = `${para(1)}\n\n© 2023 The Associated Press\n\nĐỌC THÊM\n\n  • We accept We accept\n\nNga và Triều Tiên ký thỏa thuận\n\nÔng Kim rời Nga`;
    const r = cleanArticle(text);
    expect(r.body).toBe(`${para(1)}\n\n© 2023 The Associated Press`);
    expect(r.body).not.toMatch(/ĐỌC THÊM|We accept|Ông Kim rời Nga/);
  });

  it("drops a video tail and keeps the article before it", () => {
    const r = cleanArticle(`${para(1)}\n\nVideo\n\nXem: Ông Kim duyệt binh\n\n2:31`);
    expect(r.body).toBe(para(1));
  });

  it("drops related-story links written as bare markdown links inside the body", () => {
    const text = `${para(1)}\n\n[Kim Jong-un thay tướng cấp cao, kêu gọi chuẩn bị nếu chiến tranh bùng phát](#)\n\n[Tân Bộ trưởng Quốc phòng của Ukraine - Rustem Umerov - là ai?](#)\n\n${para(2)}`;
    expect(cleanArticle(text).body).toBe(`${para(1)}\n\n${para(2)}`);
  });

  it("drops a run of plain related-story headlines as in the BBC capture", () => {
    const text = [
      para(1),
      "Liên minh Nga - Kim Jong Un đáng lo ngại như thế nào?",
      "Kim Jong-un thay tướng cấp cao, kêu gọi chuẩn bị nếu chiến tranh bùng phát",
      "'Như đang đùa với tử thần': Các nữ quân nhân Ukraine ở tiền tuyến",
      para(2),
    ].join("\n\n");
    const r = cleanArticle(text);
    expect(r.body).toBe(`${para(1)}\n\n${para(2)}`);
    expect(r.headings).toEqual([]);
  });

  it("drops a line repeating another dossier title", () => {
    const r = cleanArticle(`${para(1)}\n\nLiên minh Nga - Kim Jong Un đáng lo ngại như thế nào?\n\n${para(2)}`, {
      relatedTitles: ["Liên minh Nga - Kim Jong Un đáng lo ngại như thế nào?"],
    });
    expect(r.body).toBe(`${para(1)}\n\n${para(2)}`);
  });

  it("recognises furniture and tail markers one line at a time", () => {
    for (const line of ["Loader", "Tags: , ,", "Comments are closed.", "3 / 12", "", "Chia sẻ", "Capture à partir de :[VOA](#)", "* * *"]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
    for (const line of ["Reuters", "Nga bị mất trộm bí quyết chế tạo tên lửa", "Ông Putin nói 'có khả năng' hợp tác quân sự", "27/7"]) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
    expect(isTailMarker("ĐỌC THÊM")).toBe(true);
    expect(isTailMarker("Tin liên quan:")).toBe(true);
    expect(isTailMarker("Đọc thêm về vụ tấn công của tin tặc")).toBe(false);
  });
});

describe("markup", () => {
  it("turns links, bold, italics and escapes into plain text", () => {
    expect(stripInline("Theo **Reuters**, [ông Kim](https://example.org/a) nói « *tăng cường phối hợp* »")).toBe(
      "Theo Reuters, ông Kim nói « tăng cường phối hợp »",
    );
    expect(stripInline("## [Thế chiến quốc - Bắc Triều Tiên \\(1\\)](#)")).toBe("Thế chiến quốc - Bắc Triều Tiên (1)");
    expect(stripInline("Tác giả: **Choe Sang-Hun**, từ Seoul")).toBe("Tác giả: Choe Sang-Hun, từ Seoul");
  });

  it("keeps an editor's bracketed insertion that is not a link", () => {
    expect(stripInline("liên minh Mỹ-[Hàn Quốc]-Nhật Bản.")).toBe("liên minh Mỹ-[Hàn Quốc]-Nhật Bản.");
  });
});

describe("headings", () => {
  it("keeps '### **…**' and '## **…**' sub-headings as headings", () => {
    const r = cleanArticle(`${para(1)}\n\n### **Lo ngại về thỏa thuận vũ khí**\n\n${para(2)}\n\n## **Mỹ-Nhật-Hàn**\n\n${para(3)}`);
    expect(r.headings).toEqual(["Lo ngại về thỏa thuận vũ khí", "Mỹ-Nhật-Hàn"]);
    expect(r.body).toBe(`${para(1)}\n\nLo ngại về thỏa thuận vũ khí\n\n${para(2)}\n\nMỹ-Nhật-Hàn\n\n${para(3)}`);
  });

  it("keeps a bold line standing alone as a heading, question mark included", () => {
    const r = cleanArticle(`${para(1)}\n\n**Tên lửa Bắc Triều Tiên Hỏa Tinh 18, anh em sinh đôi với SS-19 của Nga ?**\n\n${para(2)}`);
    expect(r.headings).toEqual(["Tên lửa Bắc Triều Tiên Hỏa Tinh 18, anh em sinh đôi với SS-19 của Nga ?"]);
  });

  it("keeps a short plain line standing alone before a paragraph as a heading", () => {
    const r = cleanArticle(`${para(1)}\n\n### ‘Chuyện như phim’\n\n${para(2)}\n\nÁp lực nội bộ\n\n${para(3)}`);
    expect(r.headings).toEqual(["‘Chuyện như phim’", "Áp lực nội bộ"]);
  });

  it("treats a bold lead sentence ending with a full stop as a paragraph", () => {
    const lead = "**Lãnh đạo Bắc Hàn Kim Jong Un đang có chuyến thăm được theo dõi sát sao tới Nga.**";
    const r = cleanArticle(`${lead}\n\n${para(1)}`);
    expect(r.blocks[0]).toEqual({ kind: "paragraph", text: "Lãnh đạo Bắc Hàn Kim Jong Un đang có chuyến thăm được theo dõi sát sao tới Nga." });
  });

  it("does not take a line introducing a quote for a heading", () => {
    const r = cleanArticle(`${para(1)}\n\nTừ Seoul, thông tin viên Trần Công tường trình:\n\n${para(2)}`);
    expect(r.headings).toEqual([]);
  });
});

describe("captions", () => {
  it("drops the image file name and keeps the descriptive line as a caption (Nhật Tân sample)", () => {
    const text = `${para(1)}\n\n1024px Kim Jong un and Vladimir Putin 2019 04 25 06\nHình ảnh vào ngày 25/4/2019: Tổng thống Nga Putin (phải) và nhà lãnh đạo Triều Tiên Kim Jong-un (trái) tại thành phố cảng Vladivostok vùng Viễn Đông của Nga. (Nguồn: Văn phòng Thông tin và Báo chí Phủ Tổng thống Nga/ Wikimedia)\n\n${para(2)}`;
    const r = cleanArticle(text);
    expect(r.captions).toHaveLength(1);
    expect(r.captions[0]).toMatch(/^Hình ảnh vào ngày 25\/4\/2019: Tổng thống Nga Putin/);
    expect(r.body).toBe(`${para(1)}\n\n${para(2)}`);
    expect(r.body).not.toContain("1024px");
  });

  it("takes the BBC image credit and the line after it as captions", () => {
    const r = cleanArticle(`\n\n\nNguồn hình ảnh, Getty Images\n\nLiệu có một liên minh đang phát triển giữa ông Kim và ông Putin?\n\n${para(1)}`);
    expect(r.captions).toEqual(["Nguồn hình ảnh, Getty Images", "Liệu có một liên minh đang phát triển giữa ông Kim và ông Putin?"]);
    expect(r.body).toBe(para(1));
  });

  it("takes a line after an image gap ending in a photo credit as a caption (RFI)", () => {
    const caption = "Cuộc gặp giữa lãnh đạo Bắc Triều Tiên Kim Jong-un và tổng thống Vladimir Putin tại Nga trên màn hình TV ở một ga xe điện ngầm ở Seoul, Hàn Quốc, ngày 13/09/2023. AP - Ahn Young-joon";
    const r = cleanArticle(`${para(1)}\n\n\n\n${caption}\n\n${para(2)}`);
    expect(r.captions).toEqual([caption]);
  });

  it("takes the short first line after the header gap as the lead photo's caption (VOA)", () => {
    const r = cleanArticle(`\n\n\nÔng Kim Jong Un kiểm tra buồng lái một chiến đấu cơ\n\n${para(1)}`);
    expect(r.captions).toEqual(["Ông Kim Jong Un kiểm tra buồng lái một chiến đấu cơ"]);
  });

  it("joins a two-line caption ending with its source", () => {
    const r = cleanArticle(`${para(1)}\n\n\n\nẢnh: Lắp ráp xe bọc thép tại một nhà máy ở Changwon, Hàn Quốc, hồi đầu năm nay.  \nNguồn: Jun Michael Park cho NYT\n\n${para(2)}`);
    expect(r.captions).toEqual(["Ảnh: Lắp ráp xe bọc thép tại một nhà máy ở Changwon, Hàn Quốc, hồi đầu năm nay. Nguồn: Jun Michael Park cho NYT"]);
  });

  it("in a text parted by two blank lines throughout, reads the first paragraph as text and only a wider gap as an image's", () => {
    const lead = "Đoàn tàu chở nhà lãnh đạo Triều Tiên đã dừng tại ga Khasan trước khi vào Nga.";
    const evenly = cleanArticle(`Chia sẻ\n\n\n${lead}\n\n\n${para(1)}\n\n\n${para(2)}\n\n\n${para(3)}`);
    expect(evenly.captions).toEqual([]);
    expect(evenly.body.startsWith(lead)).toBe(true);
    const caption = "Ông Kim Jong Un kiểm tra buồng lái một chiến đấu cơ";
    const imaged = cleanArticle(`\n\n\n\n${caption}\n\n\n${para(1)}\n\n\n${para(2)}\n\n\n${para(3)}`);
    expect(imaged.captions).toEqual([caption]);
  });

  it("keeps a long paragraph after an image gap as body text", () => {
    const r = cleanArticle(`${para(1)}\n\n\n\n${para(2)} ${para(3)} ${para(4)}`);
    expect(r.captions).toEqual([]);
  });
});

describe("broken paragraphs", () => {
  it("joins a sentence cut by a blank line", () => {
    const r = cleanArticle("Mặt khác, một Bắc Hàn bị cấm vận, đói khát đang tuyệt vọng\n\ncần tiền và lương thực.");
    expect(r.body).toBe("Mặt khác, một Bắc Hàn bị cấm vận, đói khát đang tuyệt vọng cần tiền và lương thực.");
  });

  it("joins a sentence cut by a removed image", () => {
    const r = cleanArticle("nhưng chế độ Kim Jong Un chẳng\n\n\n\ngặt hái lợi ích kinh tế thật sự nào khi ủng hộ Nga.");
    expect(r.blocks).toEqual([{ kind: "paragraph", text: "nhưng chế độ Kim Jong Un chẳng gặt hái lợi ích kinh tế thật sự nào khi ủng hộ Nga." }]);
  });

  it("joins across a caption that interrupted a sentence ending in a comma", () => {
    const caption = "Ảnh: Hai nhà lãnh đạo tại Vostochny, 13/9/2023. AP";
    const r = cleanArticle(`Lúc đó, ông Kim tìm đến Putin nhưng giờ đây,\n\n\n\n${caption}\n\nNga, đang khao khát đạn dược, tìm đến ông Kim.`);
    expect(r.body).toBe("Lúc đó, ông Kim tìm đến Putin nhưng giờ đây, Nga, đang khao khát đạn dược, tìm đến ông Kim.");
    expect(r.captions).toEqual([caption]);
  });

  it("joins an open « quotation » split across paragraphs", () => {
    const r = cleanArticle("các oanh tạc cơ « có thể bay từ\n\n*Matxcova đến Nhật Bản và trở về* » này.");
    expect(r.body).toBe("các oanh tạc cơ « có thể bay từ Matxcova đến Nhật Bản và trở về » này.");
  });

  it("keeps finished paragraphs apart", () => {
    expect(cleanArticle(`${para(1)}\n\n${para(2)}`).blocks).toHaveLength(2);
  });
});

describe("lines copied with one newline between them (full pages)", () => {
  const P1 = "Chương trình nghệ thuật khai mạc có sự tham gia của hơn 500 diễn viên và nghệ sĩ trong nước.";
  const P2 = "Trong khuôn khổ tuần lễ, nhiều hoạt động sẽ diễn ra tại các điểm di tích của cố đô.";

  it("the short line below an image's file name is its caption, and the paragraph after it stays a paragraph", () => {
    const r = cleanArticle(`${P1}\nanh-khai-mac.jpg\nTiết mục nghệ thuật tại đêm khai mạc\n${P2}`);
    expect(r.captions).toEqual(["Tiết mục nghệ thuật tại đêm khai mạc"]);
    expect(r.body).toContain(P2);
    expect(r.body).not.toContain("anh-khai-mac");
  });

  it("a credit alone below one short sentence makes the sentence a caption, but not below a paragraph-sized one", () => {
    const r = cleanArticle(`${P1}\nTàu container cập bến số 5 cảng Lạch Huyện sáng 10/4.\nẢnh: Hoàng Dũng\n${P2}`);
    expect(r.captions).toEqual(["Tàu container cập bến số 5 cảng Lạch Huyện sáng 10/4. Ảnh: Hoàng Dũng"]);
    const en = cleanArticle(`Texas set a new record for electricity demand on Wednesday across the state.\nLine workers repair a transformer in Austin.\nBrandon Bell/Getty Images\nThe grid operator asked residents to conserve power in the evening hours.`);
    expect(en.captions).toEqual(["Line workers repair a transformer in Austin. Brandon Bell/Getty Images"]);
    const long = "Đây là lần đầu tiên trong 17 năm, mức lương tối thiểu được quyết định thông qua thỏa thuận giữa đại diện người lao động và giới chủ.";
    expect(cleanArticle(`${P1}\n${long}\nẢnh: Yonhap\n${P2}`).body).toContain(long);
    // a caption sentence after "Ảnh:" is no credit: the line above stays text
    expect(cleanArticle(`${P1}\nXe mới ra mắt.\nẢnh: Đầu xe với cụm đèn LED hình chữ U\n${P2}`).body).toContain("Xe mới ra mắt.");
  });

  it("a gallery pasted with one newline between paragraphs: short sentences between long paragraphs are captions", () => {
    const r = cleanArticle(`${para(1)}\nMáy có thiết kế gọn, báng cầm sâu vừa tay.\nMàn hình xoay lật rất hữu ích khi quay vlog.\n${para(2)}`);
    expect(r.captions).toEqual(["Máy có thiết kế gọn, báng cầm sâu vừa tay.", "Màn hình xoay lật rất hữu ích khi quay vlog."]);
    expect(r.body).toContain(para(1));
    expect(r.body).toContain(para(2));
    // blank lines between paragraphs, a question, a list label, or a short paragraph before a short one: text
    expect(cleanArticle(`${para(1)}\n\nÔng nói thêm vài lời với báo chí.\n\n${para(2)}`).captions).toEqual([]);
    expect(cleanArticle(`${para(1)}\nQ: How did market traders react?\n${para(2)}`).captions).toEqual([]);
    expect(cleanArticle(`${para(1)}\nCác giải pháp gồm:\n${para(2)}`).captions).toEqual([]);
    expect(cleanArticle(`Ông nói.\nMáy có thiết kế gọn.\n${para(2)}`).captions).toEqual([]);
    // a short paragraph that reports what someone said is the story's, however short
    for (const short of ["The quality of the shells has improved, he added.", "Bộ Quốc phòng Hàn Quốc cho biết đang theo dõi sát.", "Moscow denies any arms trade with Pyongyang.", "Theo dự báo, mực nước sẽ bắt đầu rút từ chiều mai."]) {
      const t = cleanArticle(`${para(1)}\n${short}\n${para(2)}`);
      expect(t.captions, short).toEqual([]);
      expect(t.body, short).toContain(short);
    }
  });

  it("more-stories markers that name the outlet end the article", () => {
    for (const marker of ["More Stories From NPR", "Read more from Sky News:", "Read also:", "Các tin tức khác"]) expect(isTailMarker(marker), marker).toBe(true);
    // a section's latest with the section named between; never a sentence, nor "latest" or "recent" as the section
    for (const marker of ["Most recent World stories", "Latest Politics news", "More Business headlines"]) expect(isTailMarker(marker), marker).toBe(true);
    for (const line of ["Most recent figures show a rise", "More Latest News", "Top officials said on Friday"]) expect(isTailMarker(line), line).toBe(false);
  });

  it("a short line below a finished sentence is a block of its own, not the end of that sentence", () => {
    const r = cleanArticle(`${P1}\nRelated Topics\n${P2}`);
    expect(r.blocks.map((b) => b.text)).not.toContain(`${P1} Related Topics`);
    expect(r.body).toContain(P1);
  });
});

describe("a short sentence between two long paragraphs in a single-spaced copy (fifty-fourth blind corpus)", () => {
  const A = "The treaty cites the U.N. Charter's article on self-defense. Legal experts say that does not lift the Security Council's ban on buying weapons from North Korea.";
  const B = "Moscow has invoked the pact to explain the presence of North Korean troops in Russia's Kursk region in 2025, and Pyongyang to defend its backing of Russia's war in Ukraine.";

  it.each(["It has no end date; either side may leave with a year's written notice.", "They were not named by the ministry in Seoul.", "The pact has no end date; either side may leave."])("keeps %j as text: it goes on from the sentence before", (short) => {
    const r = cleanArticle(`${A}\n${short}\n${B}\n`);
    expect(r.captions).toEqual([]);
    expect(r.body).toContain(short);
  });

  it("still reads a scene described between them as a picture's caption", () => {
    const r = cleanArticle(`${A}\nFreight cars stand at Tumangang station near the border.\n${B}\n`);
    expect(r.captions).toEqual(["Freight cars stand at Tumangang station near the border."]);
  });
});

describe("a lead picture's caption in a reader-view copy (fifth held-out corpus)", () => {
  const P1 = "Vụ lúa năm nay, giá lúa tươi tại ruộng được thương lái thu mua cao hơn vụ trước khoảng 800 đồng mỗi ký.";
  const P2 = "Nhiều hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp ngay từ đầu vụ nên nông dân không lo bị ép giá.";
  it("a line of eight words or more with no end punctuation between the first finished paragraphs is a caption", () => {
    const r = cleanArticle(`${P1}\nNông dân thu hoạch lúa Hè Thu tại huyện Tân Thạnh\n${P2}`);
    expect(r.captions).toEqual(["Nông dân thu hoạch lúa Hè Thu tại huyện Tân Thạnh"]);
    expect(r.body).not.toContain("Tân Thạnh");
  });
  it("a sub-heading's few words stay in the text", () => {
    const r = cleanArticle(`${P1}\nHạ tầng và năng lượng\n${P2}`);
    expect(r.captions).toEqual([]);
    expect(r.body).toContain("Hạ tầng và năng lượng");
  });
});

describe("captions of the seventh blind corpus", () => {
  it("takes a short line without end punctuation between two finished paragraphs as a caption past the lead too", () => {
    const r = cleanArticle([para(1), para(2), para(3), "Đoàn ba lê Bolshoi chào khán giả sau buổi diễn", "Lần gần nhất Nhà hát Bolshoi biểu diễn tại Triều Tiên là năm 1986 theo tài liệu.", ""].join("\n"));
    expect(r.captions).toEqual(["Đoàn ba lê Bolshoi chào khán giả sau buổi diễn"]);
    // a sub-heading's few words stay a heading
    const h = cleanArticle([para(1), para(2), "Giá thuốc do bệnh viện thương thảo", para(3), ""].join("\n"));
    expect(h.captions).toEqual([]);
  });

  it("takes an agency-first credit line and the sentence above it as the caption, and starts a paragraph below it", () => {
    const r = cleanArticle(["North Korean soldiers march during a military parade in Pyongyang on Oct. 10, 2025.", "Associated Press/Jon Chol Jin", "North Korea has begun rotating its troops in Russia's Kursk region on a roughly three-month cycle, an official said.", ""].join("\n"));
    expect(r.captions.join(" ")).toContain("North Korean soldiers march during a military parade");
    expect(r.body).toBe("North Korea has begun rotating its troops in Russia's Kursk region on a roughly three-month cycle, an official said.");
  });

  it("ends the article at 'Bài tiếp theo' / 'Next article'", () => {
    expect(isTailMarker("Bài tiếp theo")).toBe(true);
    expect(isTailMarker("Next article")).toBe(true);
  });
});

describe("a picture's description by its opening words", () => {
  it("takes a short line opening 'Hiện trường', 'Phối cảnh', 'An aerial view of' as a caption, and not a long paragraph", () => {
    const r = cleanArticle([para(1), "Hiện trường vụ tai nạn sáng 4/9.", para(2), "An aerial view of the new bridge over the Tumen River.", para(3), ""].join("\n"));
    expect(r.captions).toEqual(["Hiện trường vụ tai nạn sáng 4/9.", "An aerial view of the new bridge over the Tumen River."]);
    const long = cleanArticle([para(1), "Toàn cảnh phiên họp cho thấy các bên vẫn còn nhiều khác biệt về lộ trình, thời hạn và nguồn vốn của dự án đường sắt.", para(2), ""].join("\n"));
    expect(long.captions).toEqual([]);
  });
});

describe("a rule alone on its line", () => {
  const L = "Hội đồng tỉnh đã thông qua kế hoạch mở thêm hai chợ biên giới trước cuối năm sau, các quan chức cho biết hôm thứ Năm.";
  const P = "Thương nhân hai bên phải đăng ký với đồn biên phòng trước một tuần, hội đồng cho biết trong một thông cáo.";

  it("parts the blocks around it and is dropped, in copies with and without blank lines", () => {
    for (const bar of ["|", "—", "- - -"]) {
      const tight = cleanArticle([L, bar, P].join("\n"));
      expect(tight.blocks.map((b) => b.text), bar).toEqual([L, P]);
      const short = cleanArticle([L, "Chợ biên giới Tân Thanh.", bar, P].join("\n"));
      expect(short.blocks.map((b) => b.text), bar).toEqual([L, "Chợ biên giới Tân Thanh.", P]);
    }
  });

  it("is no picture's place: the paragraph after it is no caption, however wide the gap", () => {
    const s = cleanArticle([L, "", "", "", "|", "", "", "", P, "", P.replace("Thương", "Doanh")].join("\n"));
    expect(s.captions).toEqual([]);
    expect(s.body).toContain(P);
  });
});

describe("a list typed with bullets or numbers, one item a line", () => {
  const P = "Russia and North Korea signed a treaty on Wednesday that commits each side to help the other if it is attacked, officials said.";
  it("keeps its items one a line in one block, after a blank line or right under its lead-in, in both languages", () => {
    for (const [lead, items] of [
      ["The main terms are:", ["- Mutual military assistance if either side is attacked", "- Cooperation on space and nuclear energy", "- Joint work against sanctions"]],
      ["Các giải pháp gồm:", ["• Hoàn thành giải phóng mặt bằng trước ngày 30/9;", "• Xử lý dứt điểm vướng mắc về vật liệu;", "• Điều chuyển vốn sang dự án giải ngân tốt."]],
      ["Three steps:", ["1. Mutual assistance", "2. Technology transfer", "3) Trade in roubles"]],
    ] as const) {
      for (const gap of ["\n\n", "\n"]) {
        const r = cleanArticle([P, "", `${lead}${gap}${items.join("\n")}`, "", para(2)].join("\n"));
        expect(r.blocks.map((b) => b.text), `${lead} ${JSON.stringify(gap)}`).toEqual([P, lead, items.join("\n"), para(2)]);
      }
    }
  });

  it("near misses: one dash line under an unfinished line goes on with it; a dash inside a sentence is no bullet", () => {
    expect(cleanArticle(`${P}\n\nThe treaty was signed in Pyongyang\n- in the Kumsusan guest house, the KCNA said.`).blocks.map((b) => b.text)).toEqual([P, "The treaty was signed in Pyongyang - in the Kumsusan guest house, the KCNA said."]);
    expect(cleanArticle(`${P}\n\nMoscow - and Pyongyang - deny it.\nSeoul - and Kyiv - do not.`).blocks).toHaveLength(2);
  });
});

describe("a short whole sentence on its own line in a copy with one newline between lines", () => {
  const P = "Russia on Thursday denied that North Korean soldiers were fighting in Ukraine, calling the reports lies.";
  const Q = "That was the one-word answer from the Kremlin when asked whether the treaty covered nuclear matters.";
  it("stands as its own paragraph (a one-word answer, a short remark, a question), in both languages", () => {
    for (const short of ["Yes.", "Không.", "He declined to comment.", "Ông từ chối bình luận.", "Why now?", "“Never.”"]) {
      expect(cleanArticle([P, short, Q].join("\n")).blocks.map((b) => b.text), short).toEqual([P, short, Q]);
    }
  });

  it("near misses: a wrapped line ending in an abbreviation or a country's initials goes on", () => {
    for (const [line, next] of [
      ["The talks were led by Mr.", "Kim's deputy, who arrived in Moscow on Tuesday with a delegation of officials."],
      ["Talks began on Dec.", "Three officials said so, according to state media reports carried by KCNA."],
      ["Officials from the U.S.", "State Department said they were watching the talks in Vladivostok closely."],
    ] as const) {
      expect(cleanArticle([P, line, next].join("\n")).blocks.map((b) => b.text), line).toEqual([P, `${line} ${next}`]);
    }
  });
});
