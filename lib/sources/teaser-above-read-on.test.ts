// The next story's summary above its read-on button, under this story's signature (metadata.ts teaserAboveReadOn):
// "Theo Reuters" / "Quang Anh" / a summary sentence / "Đọc tiếp". The summary is furniture and the signature is read;
// a last paragraph with no signature above it, or no button below it, stays the article's text.
import { describe, expect, it } from "vitest";
import { parseImport } from "./parse-import";

const HEAD = ["Thế giới", "Hàn Quốc, Mỹ họp khẩn về hợp tác quân sự Nga - Triều Tiên", "Thứ bảy, 5/12/2026 14:05 (GMT+7)"];
const PARAS = [
  "Hàn Quốc và Mỹ ngày 5/12 đã tổ chức cuộc họp tham vấn an ninh cấp thứ trưởng tại Seoul, tập trung vào việc ứng phó với hợp tác quân sự giữa Nga và Triều Tiên.",
  "Hai bên nhất trí chia sẻ thông tin tình báo theo thời gian thực về các chuyến hàng qua cảng Rajin và tuyến đường sắt Khasan - Rajin.",
  "Thứ trưởng Quốc phòng Hàn Quốc nói Seoul sẵn sàng xem xét mọi phương án nếu Nga chuyển giao công nghệ nhạy cảm cho Bình Nhưỡng.",
];
const TEASER = "Nhà lãnh đạo Triều Tiên Kim Jong Un nhiều lần khẳng định quan hệ với Nga là liên minh chiến lược lâu dài.";
const copy = (...tail: string[]) => parseImport(`${[...HEAD, ...PARAS, ...tail].join("\n")}\n`, "t.txt")[0];

describe("a teaser above a read-on button under the story's signature", () => {
  it("is furniture, in each button's wording, and the signature above it is read", () => {
    for (const button of ["Đọc tiếp", "Xem tiếp »", "Đọc thêm", "Read more", "Read on", "Continue reading"]) {
      const parsed = copy("Theo Reuters", "Quang Anh", TEASER, button, "Bình luận");
      expect(parsed?.body, button).not.toContain(TEASER);
      expect(parsed?.author, button).toBe("Quang Anh");
      expect(parsed?.agency, button).toBe("Reuters");
      for (const p of PARAS) expect(parsed?.body).toContain(p);
    }
  });

  it("stays the article's text with no signature above it", () => {
    expect(copy(TEASER, "Đọc tiếp", "Bình luận")?.body).toContain(TEASER);
  });

  it("stays the article's text with no button below it", () => {
    expect(copy("Theo Reuters", "Quang Anh", TEASER, "Bình luận")?.body).toContain(TEASER);
  });
});
