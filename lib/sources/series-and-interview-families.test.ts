// Tests for the families the fifty-third corpus (the Vietnamese everyday stream in page types besides the plain story:
// interviews, timelines, factboxes, photo stories, translated op-eds, foreign-press summaries, series, tables) showed:
// a series' navigation around a part's text (its banner, a link to another part under the byline, "(Còn nữa)" and the
// next part's title); a compiler's label under the headline ("Tổng hợp: …"); a masthead with its name again in another
// script; a lone sub-head, an interview's turns and a factbox's questions in a copy with one newline between lines; a
// station's donation button and a follow button's handle. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, VI, fromHtml, one, page, text } from "@/test/family-parse";
import { isFurniture } from "./layout-model";
import { withoutOtherScriptTwin } from "./metadata";
import { foldForMatch } from "./normalize";
import { isNoticeLine } from "./page-notices";
import { isStoryNote } from "./story-notes";

const note = (line: string): boolean => isStoryNote(foldForMatch(line)) || isNoticeLine(line);
const blocks = (body: string): string[] => body.split("\n\n");

describe("a series' notes around a part's text", () => {
  it("knows the part's continuation, the next part announced and a link to another part, in both languages", () => {
    for (const line of [
      "(Còn nữa)",
      "(Còn tiếp)",
      "Còn nữa...",
      "(Hết kỳ 2)",
      "(Mời bạn đọc đón đọc tiếp kỳ sau)",
      "Đón đọc kỳ 3: Thượng đỉnh Moscow",
      "Kỳ tới: Thượng đỉnh Moscow và những tính toán của Bắc Kinh",
      "(Kỳ sau: Những kẽ hở của lệnh trừng phạt)",
      "Bài tiếp theo: Khu vực đứng trước thế cân bằng mới",
      "Đọc Kỳ 1: Từ Vladivostok đến Bình Nhưỡng",
      "Xem bài 1: Dòng hàng qua sông Tumen",
      "Loạt bài: Hiệp ước Nga - Triều Tiên sau hai năm",
      "To be continued",
      "Continued tomorrow",
      "Coming next: how the sanctions are dodged at sea",
      "Read part one: The harbour's first year",
      "Next: Part three, the union's answer",
      "Series: The harbour after the strike",
    ]) expect(note(line), line).toBe(true);
  });

  it("leaves a part's own heading and the sentences that open with the same words", () => {
    for (const line of [
      "Kỳ 2: Cây cầu Hữu Nghị và những đoàn tàu phủ bạt",
      "Bài 1: Dòng hàng qua sông Tumen",
      "Còn nữa là chuyện các đoàn tàu chạy ban đêm.",
      "Kỳ tới, Quốc hội sẽ xem xét dự luật sửa đổi.",
      "Phần sau của báo cáo nêu rõ số toa tàu qua biên giới.",
      "Loạt bài này đã nhận giải báo chí quốc gia năm ngoái.",
      "Next week, the ministers will meet again in Seoul.",
      "next week for talks on military and economic cooperation",
      "In part two of the plan, the board will build a second wharf.",
      "Read the full statement on the ministry's website.",
    ]) expect(note(line), line).toBe(false);
  });

  it("takes the part's headline, not the link to the part before it under the byline, and drops the links", () => {
    const parsed = one(
      text(
        "Tạp chí Nghiên cứu Cảng biển",
        "Trang chủ",
        "Nghiên cứu",
        "Loạt bài: Cảng biển sau một năm",
        "Kỳ 2: Bến thứ hai và những chuyến tàu đầu tiên",
        "Trần Bảo Ngọc",
        "Thứ Tư, 02/12/2026 14:00",
        "Kỳ 1: Một năm nhìn lại",
        ...VI,
        "(Còn nữa)",
        "Kỳ 3: Cảng biển và thương mại vùng",
        "Các bài khác",
        "Hội thảo về logistics miền Trung",
      ),
    );
    expect(parsed.title).toBe("Kỳ 2: Bến thứ hai và những chuyến tàu đầu tiên");
    expect(parsed.author).toBe("Trần Bảo Ngọc");
    for (const p of VI) expect(parsed.body).toContain(p);
    for (const line of ["Loạt bài:", "Kỳ 1: Một năm nhìn lại", "(Còn nữa)", "Kỳ 3: Cảng biển"]) expect(parsed.body, line).not.toContain(line);
  });

  it("keeps a part's headline that stands alone, with no other part above it", () => {
    const parsed = one(text("Báo Cảng biển", "Kinh tế", "Phần 2: Bến thứ hai", "Thứ Tư, 02/12/2026 14:00", ...VI));
    expect(parsed.title).toBe("Phần 2: Bến thứ hai");
  });

  it("drops a saved page's continuation mark and the next part's title under the text", () => {
    const parsed = fromHtml(page("<title>Part 2: The second wharf</title>", `<main><h1>Part 2: The second wharf</h1><p class="nav"><a href="/p1">Read part one: The harbour's first year</a></p>${EN.map((p) => `<p>${p}</p>`).join("")}<p><em>To be continued</em></p><p><strong>Coming next: the union's answer</strong></p></main>`));
    for (const p of EN) expect(parsed.body).toContain(p);
    for (const line of ["Read part one", "To be continued", "Coming next"]) expect(parsed.body, line).not.toContain(line);
  });
});

describe("a compiler's label under the headline", () => {
  it("names the writer", () => {
    for (const label of ["Tổng hợp: Lâm Hoàng", "Biên soạn: Lâm Hoàng", "Compiled by Lâm Hoàng"]) {
      const parsed = one(text("Báo Cảng biển", "Thế giới", "Dòng thời gian: Cảng biển qua các năm", "December 3, 2026 | 10:15 AM", label, ...VI));
      expect(parsed.author, label).toBe("Lâm Hoàng");
    }
  });

  it("reads no writer from a sub-heading's phrase after the same label", () => {
    const parsed = one(text("Báo Cảng biển", "Thế giới", "Dòng thời gian: Cảng biển qua các năm", "December 3, 2026 | 10:15 AM", "Tổng hợp: những điểm chính", ...VI));
    expect(parsed.author).toBeNull();
  });
});

describe("a masthead with its name again in another script", () => {
  it("is the name in Latin letters", () => {
    expect(withoutOtherScriptTwin("Bốn Phương 四方報")).toBe("Bốn Phương");
    expect(withoutOtherScriptTwin("The Korea Times 코리아 타임스")).toBe("The Korea Times");
    expect(withoutOtherScriptTwin("Vesti.kz Вести")).toBe("Vesti.kz");
  });

  it("leaves a name in one script, a name with digits and a name led by the other script", () => {
    for (const name of ["Nhân Dân", "VTV 24", "四方報 Bốn Phương", "四方報", "A 四"]) expect(withoutOtherScriptTwin(name), name).toBe(name);
  });

  it("names the outlet of a copy by its Latin name", () => {
    const parsed = one(text("Bốn Cảng 四港報", "Tin Đài Loan", "Cộng đồng", "Cảng biển mở bến thứ hai cho tàu hàng", "04-12-2026 20:40", ...VI, "Bản quyền © 2026 Bốn Cảng"));
    expect(parsed.outlet).toBe("Bốn Cảng");
  });
});

describe("a copy with one newline between lines", () => {
  it("keeps a lone sub-head between two finished paragraphs as a heading of its own", () => {
    const parsed = one(text("Báo Cảng biển", "Kinh tế", "Cảng biển mở bến thứ hai cho tàu hàng", "Thứ Tư, 02/12/2026 14:00", VI[0], "Những hợp đồng bao tiêu", VI[1], VI[2]));
    expect(blocks(parsed.body)).toContain("Những hợp đồng bao tiêu");
    expect(blocks(parsed.body)).toContain(VI[1]);
  });

  it("leaves a picture's note, a name and a line of a caption's length as they were", () => {
    for (const line of ["Ảnh minh họa", "Trần Bảo Ngọc"]) {
      const parsed = one(text("Báo Cảng biển", "Kinh tế", "Cảng biển mở bến thứ hai cho tàu hàng", "Thứ Tư, 02/12/2026 14:00", VI[0], line, VI[1], VI[2]));
      expect(parsed.headings ?? [], line).not.toContain(line);
    }
  });

  it("starts a paragraph at each turn of an interview, its question no heading", () => {
    const answer = "Chúng tôi đã ký hợp đồng với ba hãng tàu và sẽ mở thêm tuyến mới vào mùa xuân năm sau.";
    for (const [q, a] of [
      ["- Thưa ông, bến mới có gì khác?", answer],
      ["PV: Bến mới có gì khác?", `Ông Trần Minh: ${answer}`],
      ["Q: What changes with the new wharf?", "A: Two large ships can unload at the same time, and the queue outside the port should end."],
      ["1. Bến mới mở khi nào?", answer],
    ]) {
      const parsed = one(text("Báo Cảng biển", "Phỏng vấn", "Giám đốc cảng: Bến mới sẽ hết cảnh tàu chờ", "Thứ Tư, 02/12/2026 14:00", VI[0], q as string, a as string, VI[1], "- Xin cảm ơn ông!"));
      expect(blocks(parsed.body), q).toContain(q);
      expect(blocks(parsed.body), q).toContain(a);
      expect(parsed.headings ?? [], q).not.toContain(q);
      expect(blocks(parsed.body), q).toContain("- Xin cảm ơn ông!");
    }
  });

  it("still joins a hard-wrapped sentence that a line break cut before a dash", () => {
    const parsed = one(text("Harbour strike enters third day", "December 2, 2026", "The harbour board said on Tuesday that the wharf between Port Chalmers", "- the older of the two - would close for repairs in January.", ...EN));
    expect(parsed.body).toContain("Port Chalmers - the older of the two - would close");
  });
});

describe("a station's donation button and a follow button's handle", () => {
  it("are furniture", () => {
    for (const line of ["Ủng hộ đài", "Ủng hộ chúng tôi", "Ủng hộ báo ngay", "Follow @sarahkim_asia", "Theo dõi @baocangbien", "Follow us on X @harbourboard"]) expect(isFurniture(line), line).toBe(true);
  });

  it("leaves sentences that open with the same words", () => {
    for (const line of ["Ủng hộ đài truyền hình địa phương là trách nhiệm của tỉnh.", "Follow the money, the auditor said.", "Theo dõi diễn biến mới nhất tại đây"]) expect(isFurniture(line), line).toBe(false);
  });
});
