// Tests for a reader app's list of the outlet's other stories at a copy's foot ("More from X" over teaser headlines):
// furniture with its teasers, in English and Vietnamese, with the near misses that stay the article's text.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";

describe("a reader app's list of the outlet's other stories", () => {
  it("is dropped with its heading, in English and Vietnamese", () => {
    const en = one(text("Port board expects second wharf to open in April", "By Jane Doe", "December 4, 2026", ...EN, "More from The Harbour Courier", "Dockers vote to accept new pay deal", "Ferry timetable changes from Monday"));
    expect(en.body).not.toContain("More from");
    expect(en.body).not.toContain("Dockers vote");
    expect(en.body).toContain(EN[2]);
    const vi = one(text("Sầu riêng và bài toán mở rộng diện tích", "04/12/2026 08:00", ...VI, "Thêm từ Báo Nông Thôn Mới", "Giá cà phê tăng mạnh đầu tuần", "Nông dân miền Tây vào vụ lúa mới"));
    expect(vi.body).not.toContain("Thêm từ");
    expect(vi.body).not.toContain("Giá cà phê");
    expect(vi.body).toContain(VI[2]);
  });
  it("ends no text that goes on below the list", () => {
    const got = one(text("Port board expects second wharf to open in April", "By Jane Doe", "December 4, 2026", EN[0], "More from The Harbour Courier", "Dockers vote to accept new pay deal", EN[1], EN[2]));
    expect(got.body).toContain(EN[1]);
    expect(got.body).toContain(EN[2]);
    const vi = one(text("Sầu riêng và bài toán mở rộng diện tích", "04/12/2026 08:00", VI[0], "Thêm từ Báo Nông Thôn Mới", "Giá cà phê tăng mạnh đầu tuần", VI[1], VI[2]));
    expect(vi.body).toContain(VI[1]);
    expect(vi.body).toContain(VI[2]);
  });
});
