// A broadcaster's crew line ("BTV A - Phóng viên B", "Anchor: A | Reporting: B"): the reporter is the writer, the
// presenter or the anchor never; a transcript's speaker label before a sentence is text.
import { describe, expect, it } from "vitest";
import { crewWriter, isCrewLine, isLoneWriterLine } from "./crew-credits";
import { classifyLine } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Phái đoàn Duma Quốc gia Nga đã tới Bình Nhưỡng sáng 17/11 trong chuyến thăm ba ngày, lần đầu tiên kể từ khi hai cơ quan lập pháp ký thỏa thuận.";
const VI2 = "Hai bên nhất trí tổ chức phiên họp đầu tiên của nhóm nghị sĩ hữu nghị tại Moskva vào mùa xuân năm 2027, theo truyền thông Triều Tiên.";
const EN1 = "A delegation from Russia's State Duma arrived in Pyongyang on Tuesday morning for a three-day visit, the first since the two parliaments signed an accord.";
const EN2 = "North Korean state media said the two sides agreed to hold the group's first session in Moscow in the spring of 2027.";
const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a broadcaster's crew line", () => {
  it("names the reporter, in Vietnamese and English, with or without colons, alone or after the presenter", () => {
    const cases: [string, string][] = [
      ["BTV Nguyễn Thu Hà - Phóng viên Lê Đình Phong", "Lê Đình Phong"],
      ["BTV: Minh Châu - PV: Quốc Bảo", "Quốc Bảo"],
      ["Phóng viên: Trần Quang Huy", "Trần Quang Huy"],
      ["Thực hiện: Phạm Văn Nam", "Phạm Văn Nam"],
      ["Anchor: Olivia Grant | Reporting: Samuel Osei", "Samuel Osei"],
      ["Reporting: Dana Whitfield", "Dana Whitfield"],
      ["Reporting by Grace Holloway", "Grace Holloway"],
      ["Host: Mei Tanaka; Producer: Kenji Watanabe", "Kenji Watanabe"],
    ];
    for (const [line, writer] of cases) expect(crewWriter(line), line).toBe(writer);
  });

  it("leaves a transcript's speaker labels, a presenter alone and a sentence about a reporter", () => {
    for (const line of [
      "Phóng viên: Cuộc họp kết thúc mà không có tuyên bố chung.",
      "BTV: Đại sứ Hàn Quốc nêu các hình ảnh vệ tinh",
      "REPORTER: The flight takes about eight hours.",
      "Host: Thanks.",
      "BTV: Thu Trang",
      "Host: Mei Tanaka",
      "Reporter Dan Jones said the meeting was long",
      "Video: Bản tin thời sự tối 20/11",
    ])
      expect(isCrewLine(line), line).toBe(false);
  });

  it("takes the reporter as the author of a copy, the presenter's name never, and keeps the line out of the text", () => {
    const vi = parse(["Phái đoàn Duma Nga thăm Triều Tiên", "17/11/2026 20:05", "", VI1, "", VI2, "", "BTV Nguyễn Thu Hà - Phóng viên Lê Đình Phong", ""].join("\n"));
    expect(vi?.author).toBe("Lê Đình Phong");
    expect(vi?.blocks.map((b) => b.text).join("\n")).not.toContain("Nguyễn Thu Hà");
    const en = parse(["Russian lawmakers visit North Korea", "November 17, 2026 at 7:12 AM", "Anchor: Olivia Grant | Reporting: Samuel Osei", "", EN1, "", EN2, ""].join("\n"));
    expect(en?.title).toBe("Russian lawmakers visit North Korea");
    expect(en?.author).toBe("Samuel Osei");
  });

  it("takes the reporter of a saved page's crew line over the presenter the editor's label would read", () => {
    const html = `<html><head><title>Phái đoàn Duma Nga thăm Triều Tiên</title><meta property="article:published_time" content="2026-11-17T19:40:00+07:00"></head><body><article><h1>Phái đoàn Duma Nga thăm Triều Tiên</h1><p>${VI1}</p><p>${VI2}</p><p class="credit">BTV: Minh Châu - PV: Quốc Bảo</p></article></body></html>`;
    expect(parse(html, "page.html")?.author).toBe("Quốc Bảo");
  });
});

describe("a crew line's role in the preview", () => {
  it("is the byline when the line is the writer's part alone, the line the author is read from, in both languages", () => {
    for (const [line, name] of [
      ["Phóng viên: Trần Quang Huy", "Trần Quang Huy"],
      ["Phóng viên Park Seo-yeon", "Park Seo-yeon"],
      ["Reporting: Dana Whitfield", "Dana Whitfield"],
    ] as const) {
      expect(isLoneWriterLine(line), line).toBe(true);
      expect(classifyLine(line, "header"), line).toMatchObject({ role: "byline", name });
    }
    const got = parse(["Phái đoàn Duma Nga tới Bình Nhưỡng", "17/11/2026 19:30", "Phóng viên: Trần Quang Huy", VI1, VI2].join("\n\n"));
    expect(got?.author).toBe("Trần Quang Huy");
    expect(got?.lines?.find((l) => l.text === "Phóng viên: Trần Quang Huy")?.role).toBe("byline");
  });
  it("is a credit when the line names the presenter or the anchor too", () => {
    for (const line of ["BTV Nguyễn Thu Hà - Phóng viên Lê Đình Phong", "Anchor: Olivia Grant | Reporting: Samuel Osei"]) {
      expect(isLoneWriterLine(line), line).toBe(false);
      expect(classifyLine(line, "header").role, line).toBe("credit");
    }
  });
});

describe("a crew line's names", () => {
  it("are capitalised words: a place after the name in running words is no part of it, whatever case the role is in", () => {
    expect(isCrewLine("Reported by Sarah Kwon in Seoul.")).toBe(false);
    expect(crewWriter("Reporting: Dana Whitfield in Seoul")).toBeNull();
    expect(crewWriter("PHÓNG VIÊN: Trần Quang Huy")).toBe("Trần Quang Huy");
    expect(crewWriter("btv Minh Châu - pv Quốc Bảo")).toBe("Quốc Bảo");
  });
  it("read after a role in title case, in both languages", () => {
    expect(crewWriter("Reported By: Sarah Kwon")).toBe("Sarah Kwon");
    expect(crewWriter("Biên Tập Viên: Thu Trang - Phóng Viên: Lê Đình Phong")).toBe("Lê Đình Phong");
    expect(crewWriter("Reported By: sarah kwon")).toBeNull();
  });
});

describe("a long read's credits block", () => {
  it("names the words' writer beside the pictures' and the design's credits, in both languages", () => {
    const cases: [string, string][] = [
      ["Nội dung: Lê Hoàng Vũ | Ảnh: TASS | Thiết kế: Minh Đức", "Lê Hoàng Vũ"],
      ["Bài: Thanh Hà - Đồ họa: Quang Huy", "Thanh Hà"],
      ["NỘI DUNG: Phạm Thu Hằng | ẢNH: Reuters, AFP | TRÌNH BÀY: Hải Nam", "Phạm Thu Hằng"],
      ["Words: Ann Leigh | Design: Tom Kay", "Ann Leigh"],
    ];
    for (const [line, writer] of cases) {
      expect(crewWriter(line), line).toBe(writer);
      expect(classifyLine(line, "header").role, line).toBe("credit");
    }
  });

  it("needs the words' credit and its colon: the pictures' or the design's alone, a sentence, a role without its colon are none", () => {
    for (const line of ["Ảnh: TASS | Thiết kế: Minh Đức", "Nội dung Hội nghị Trung ương lần thứ Mười", "Bài học từ Wonsan", "Nội dung: hai bên thảo luận về vận tải đường sắt"]) {
      expect(crewWriter(line), line).toBeNull();
    }
  });

  it("is no headline of an e-magazine's copy: the title in capitals above it is, and the masthead keeps its page type apart", () => {
    const text = ["Báo Cửa Sông", "eMagazine", "MÙA ĐÔNG Ở CẢNG BIỂN PHÍA BẮC", "Nội dung: Lê Hoàng Vũ | Ảnh: TASS | Thiết kế: Minh Đức", "05/11/2026 07:00", VI1, VI2].join("\n");
    const parsed = parse(text);
    expect(parsed?.title).toBe("MÙA ĐÔNG Ở CẢNG BIỂN PHÍA BẮC");
    expect(parsed?.author).toBe("Lê Hoàng Vũ");
    expect(parsed?.outlet).toBe("Báo Cửa Sông");
  });
});
