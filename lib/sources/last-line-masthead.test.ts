// A copied page's last line alone an outlet's name the lexicon knows ("VOA Tiếng Việt" under the related stories and
// the comments' link) is the footer's masthead: the outlet when nothing above names it (metadata.ts, lowestLine). A
// wire's name there, or a name nothing knows, is none; a masthead above it comes first.
import { describe, expect, it } from "vitest";
import { pastedCopy as copy } from "@/test/pasted-copy";

const BODY = [
  "Thế giới",
  "Nam Hàn triệu tập đại sứ Nga vì công nghệ vệ tinh cho Bắc Hàn",
  "04/12/2026",
  "Ngoại trưởng Hàn Quốc hôm thứ Năm nói Seoul đã triệu tập đại sứ Nga để phản đối việc Moscow được cho là cung cấp công nghệ vệ tinh quân sự cho Bắc Hàn.",
  "Bộ Ngoại giao Hàn Quốc cho biết Thứ trưởng thứ nhất đã trao công hàm phản đối, yêu cầu Nga chấm dứt ngay lập tức mọi hợp tác quân sự với Bình Nhưỡng.",
  "Đại sứ Nga Georgy Zinoviev được dẫn lời nói rằng quan hệ giữa Moscow và Bình Nhưỡng không phải là việc của nước thứ ba.",
  "Theo Reuters",
  "Tin liên quan",
  "Mỹ: Nga có thể giúp Bắc Hàn phát triển tàu ngầm",
  "Xem tất cả tin",
];

describe("an outlet's name alone on a copied page's last line", () => {
  it("names the outlet", () => {
    expect(copy(...BODY, "VOA Tiếng Việt")?.outlet).toBe("VOA Tiếng Việt");
    expect(copy(...BODY, "", "RFI Tiếng Việt", "")?.outlet).toBe("RFI Tiếng Việt");
  });

  it("names none when it is a wire's name or one nothing knows", () => {
    expect(copy(...BODY, "Reuters")?.outlet).toBeNull();
    expect(copy(...BODY, "Nhóm Phóng Viên Tự Do")?.outlet).toBeNull();
  });

  it("gives way to a masthead above the headline", () => {
    expect(copy("VnExpress", ...BODY, "VOA Tiếng Việt")?.outlet).toBe("VnExpress");
  });
});
