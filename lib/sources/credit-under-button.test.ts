// Tests for a story's signature printed below a "Xem thêm" / "Read more" button (a live page's or a cut story's
// button between the text and its credit): the credit is still the article's. Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";

const viHead = ["Báo Cảng", "Thời sự", "Công nhân cảng ngừng việc sau khi đàm phán đổ vỡ", "04/12/2026 10:20"];
const enHead = ["The Harbour", "News", "Dockers walk out as talks with the board stall", "4 December 2026 10:20"];

describe("a signature below a 'Xem thêm' / 'Read more' button", () => {
  it("gives the writer and the wire, in Vietnamese and English, and leaves the text", () => {
    for (const [head, body, button, signature, author, agency, foot] of [
      [viHead, VI, "Xem thêm", "XUÂN MAI (Theo Reuters)", "XUÂN MAI", "Reuters", ["Bình luận", "Gửi bình luận", "TIN LIÊN QUAN", "Hàn Quốc họp khẩn sau vụ phóng tên lửa"]],
      [viHead, VI, "Tải thêm", "Minh Anh (Theo TTXVN)", "Minh Anh", "TTXVN", []],
      [enHead, EN, "Load more", "Jane Doe (Reuters)", "Jane Doe", "Reuters", ["Comments", "Related", "Port strike enters its second week"]],
      [enHead, EN, "Read more", "By Jane Doe", "Jane Doe", null, ["Share this article"]],
    ] as const) {
      const parsed = one(text(...head, ...body, button, signature, ...foot));
      expect(parsed.author, signature).toBe(author);
      expect(parsed.agency, signature).toBe(agency);
      expect(parsed.body, signature).not.toContain(signature);
      expect(parsed.body, signature).not.toMatch(new RegExp(`^${button}$`, "m"));
      expect(parsed.body, signature).toContain(body[2]);
    }
  });
});

describe("lines below a button that are no signature", () => {
  it("leave a related story's writer over its headline out of the credit", () => {
    const parsed = one(text(...enHead, ...EN, "Read more", "Jane Doe", "Port strike enters its second week as talks stall again", "Comments"));
    expect(parsed.author).toBeNull();
    expect(parsed.body).not.toContain("Port strike enters its second week");
  });

  it("leave a related box's label over a headline as it was", () => {
    const parsed = one(text(...viHead, ...VI, "Xem thêm", "Hàn Quốc họp khẩn sau vụ phóng tên lửa của Triều Tiên", "Bình luận"));
    expect(parsed.author).toBeNull();
    expect(parsed.body).not.toContain("Hàn Quốc họp khẩn");
  });

  it("read a page of a thousand buttons and credits in time", () => {
    const many = Array.from({ length: 2_000 }, (_, i) => (i % 2 ? "Jane Doe (Reuters)" : "Read more"));
    const started = performance.now();
    one(text(...enHead, ...EN, ...many));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
