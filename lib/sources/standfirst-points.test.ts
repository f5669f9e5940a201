// Tests for a header that runs past its standfirst: the standfirst's points (a summary box, "Key points" / "Điểm
// chính", or a live page's bullets) between the standfirst and the byline and date, which still belong to the header.
// Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";

const standfirst = "Dockers at the north terminal walked out on Tuesday after talks with the harbour board over pay and shift patterns broke down for a third time.";
const points = ["Dockers walk out at the north terminal after talks fail", "Board says it will meet the union again on Friday", "Exports of timber and dairy are held up at the quay"];
const sapo = "Công nhân bốc xếp ở bến phía bắc ngừng việc hôm thứ ba sau khi cuộc đàm phán với ban quản lý cảng về tiền lương đổ vỡ lần thứ ba.";
const diem = ["Công nhân bốc xếp ngừng việc ở bến phía bắc", "Ban quản lý cảng sẽ gặp công đoàn vào thứ sáu", "Hàng gỗ và sữa xuất khẩu bị ùn ứ tại cầu cảng"];

describe("a byline and a date below a standfirst's points", () => {
  it("are the header's, in English, and the points are not lost", () => {
    for (const byline of ["By Jane Doe", "Jane Doe"]) {
      for (const date of ["Published On 4 Dec 2026", "4 December 2026 11:05"]) {
        const parsed = one(text("The Harbour", "News", "Dockers walk out as talks with the board stall", standfirst, ...points, byline, date, ...EN, "About", "Our Channels"));
        expect(parsed.author, `${byline} / ${date}`).toBe("Jane Doe");
        expect(parsed.publishedAt?.slice(0, 10), `${byline} / ${date}`).toBe("2026-12-04");
        // (short lines without a stop between the standfirst and the lead may be read as pictures' captions)
        for (const point of points) expect(`${parsed.body}\n${parsed.captions.join("\n")}`).toContain(point);
        expect(parsed.body).not.toMatch(/^(?:By )?Jane Doe$/m);
        expect(parsed.body).toContain(EN[2]);
      }
    }
  });

  it("are the header's under a summary box's label, whose points may be sentences", () => {
    const sentences = ["Dockers walked out at the north terminal.", "The board will meet the union again on Friday."];
    const parsed = one(text("The Harbour", "Dockers walk out as talks with the board stall", standfirst, "Key points", ...sentences, "By Jane Doe", "4 Dec 2026", ...EN));
    expect(parsed.author).toBe("Jane Doe");
    expect(parsed.publishedAt).toBe("2026-12-04");
    for (const s of sentences) expect(parsed.body).toContain(s);
  });

  it("are the header's in Vietnamese: sapo, \"Điểm chính\", the points, the writer and \"Thứ năm, 4/12/2026\"", () => {
    const parsed = one(text("Báo Cảng", "Thời sự", "Công nhân cảng ngừng việc sau khi đàm phán đổ vỡ", sapo, "Điểm chính", ...diem, "Nguyễn Văn An", "Thứ năm, 4/12/2026", ...VI));
    expect(parsed.author).toBe("Nguyễn Văn An");
    expect(parsed.publishedAt).toBe("2026-12-04");
    for (const point of diem) expect(parsed.body).toContain(point);
    expect(parsed.body).toContain(VI[0]);
  });
});

describe("lines below a standfirst that are no points", () => {
  it("leave a live entry (its heading, its paragraph, its writer, its time) in the text", () => {
    const parsed = one(text("The Harbour", "Dockers walk out as talks with the board stall", standfirst, "Board calls in mediators", "The board said a mediator would join the talks on Friday.", "Jane Doe", "4 Dec 2026 - 13:46 GMT", ...EN));
    expect(parsed.author).toBeNull();
    expect(parsed.body).toContain("The board said a mediator would join the talks on Friday.");
  });

  it("take no byline without a date right below it, and keep the points", () => {
    const parsed = one(text("The Harbour", "Dockers walk out as talks with the board stall", standfirst, ...points, "By Jane Doe", ...EN));
    expect(parsed.publishedAt).toBeNull();
    for (const point of points) expect(parsed.body).toContain(point);
  });

  it("take no byline from one point alone without a label over it", () => {
    const parsed = one(text("The Harbour", "Dockers walk out as talks with the board stall", standfirst, points[0] as string, "Jane Doe", "4 Dec 2026", ...EN));
    expect(parsed.body).toContain(points[0]);
  });

  it("read a long run of short lines and blank lines in time", () => {
    // blank lines between the standfirst and the points, then a long run of point-like lines
    const many = [...Array.from({ length: 100_000 }, () => ""), ...Array.from({ length: 4_000 }, (_, i) => (i % 2 ? "" : `Dockers walk out at terminal number ${i}`))];
    const started = performance.now();
    one(text("The Harbour", "Dockers walk out as talks with the board stall", standfirst, ...many, "By Jane Doe", "4 Dec 2026", ...EN));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
