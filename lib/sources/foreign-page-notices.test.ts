// The furniture of Korean, Chinese, Russian, Japanese and Ukrainian news pages, as they print it and as a browser
// translates it into Vietnamese or English (page-notices.ts NOTICE_RAW_FOREIGN_PAGES, NOTICE_FOLDED_FOREIGN_PAGES):
// broadcast segment labels and crew credits, tip boxes, editors in brackets, tool rows, error-report hints, walls with
// the characters left, channel invitations and citation rules. Near misses: the article's sentences that share words.
import { describe, expect, it } from "vitest";
import { isFurniture } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

describe("a foreign page's furniture, printed or translated", () => {
  it.each([
    // broadcast segment labels
    "[앵커]",
    "[리포트]",
    "[Mỏ neo]",
    "[Báo cáo]",
    "[Anchor]",
    "[Reporter]",
    "◀ 앵커 ▶",
    "◀ Người dẫn chương trình ▶",
    "◀ Phóng sự ▶",
    "◀ Report ▶",
    // crew credits
    "Phóng viên quay phim: Kim Dong-hoon / Biên tập video: Lee Su-bin",
    "Biên tập video: Park Seo-jun",
    "Video editing: Park Seo-jun",
    "Camera: Kim Dong-hoon, Video editor: Lee Su-bin",
    "촬영기자: 김동훈 / 영상편집: 이수빈",
    // tip boxes
    "■ Cách gửi tin báo",
    "■ 제보하기",
    "- Điện thoại: 02-781-1234, 4444",
    "▷ 전화 02-784-4000",
    "- Email: kbs1234@kbs.co.kr",
    "▷ Email mbcjebo@mbc.co.kr",
    "MBC News luôn chờ đợi những tin báo quý giá của bạn.",
    "KBS News awaits your valuable tips",
    // Chinese editors and tools
    "【Biên tập viên: Lưu Ninh】",
    "(Biên tập viên: Wang Jing, Li Ming)",
    "(责任编辑：刘宁)",
    "[Editor in charge: Liu Ning]",
    "【Sửa lỗi】【In】【Đóng】",
    "【纠错】【打印】【关闭】",
    // hints, walls, invitations, citation rules
    "Nếu bạn nhận thấy lỗi, hãy chọn nó bằng chuột và nhấn Ctrl+Enter",
    "Nếu bạn tìm thấy lỗi trong văn bản, vui lòng chọn nó và nhấn Ctrl+Enter",
    "Bài viết này dành cho hội viên trả phí. Còn lại 612 ký tự.",
    "This article is for paid members. 612 characters remain.",
    "Read RBC on Telegram",
    "Đọc Izvestia trên Telegram",
    "When citing and using any materials on the Internet, open for search engines, hyperlinks not lower than the first paragraph to \"ukrinform.ua\" are mandatory.",
    "Khi trích dẫn và sử dụng bất kỳ tài liệu nào trên Internet, siêu liên kết tới ukrinform.ua là bắt buộc.",
  ])("drops %s", (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    "Phóng viên quay phim ghi lại cảnh đoàn tàu rời ga Tumangang trong đêm.",
    "Biên tập video: những điều cần biết",
    "[Mỏ neo] được thả xuống cảng Rajin sáng nay, theo ảnh vệ tinh.",
    "Báo cáo",
    "Điện thoại của ông Kim đã không liên lạc được từ tối thứ Năm.",
    "Nếu bạn nhận thấy lỗi trong lập luận của Moscow, hãy xem lại hiệp ước năm 2024.",
    "Biên tập viên Lưu Ninh cho biết tờ báo sẽ đăng tiếp loạt bài về hiệp ước.",
    "【Tin nóng】 Triều Tiên phóng tên lửa ra Biển Nhật Bản, Seoul triệu tập họp khẩn cấp",
    "Lavrov said Russia would read the treaty on Telegram and other channels with great care.",
    "When citing the treaty, officials in Moscow say the hyperlinks between the two accords are mandatory reading.",
  ])("keeps %s", (line) => {
    expect(isFurniture(line)).toBe(false);
  });

  it("takes a Korean broadcast story's text without its labels, crew and tip box", () => {
    const body = [
      "Ngoại trưởng Nga Sergei Lavrov đã đến Bình Nhưỡng vào ngày 3 tháng 12 và hội đàm với Bộ trưởng Ngoại giao Choe Son Hui, chuyến thăm thứ hai của ông trong năm nay.",
      "Hai bên đã thảo luận về việc thực hiện hiệp ước đối tác và chuẩn bị cho chuyến thăm Moscow của Chủ tịch Kim Jong Un, dự kiến diễn ra vào mùa xuân năm sau.",
    ];
    const text = ["Ngoại trưởng Nga Lavrov thăm Bình Nhưỡng", "Đầu vào 2026.12.04 (21:15)", "Sửa đổi 2026.12.04 (21:42)", "Phóng viên Choi Hyun-woo", "[Mỏ neo]", body[0], "[Báo cáo]", body[1], "Phóng viên quay phim: Kim Dong-hoon / Biên tập video: Lee Su-bin", "■ Cách gửi tin báo", "- Điện thoại: 02-781-1234, 4444", "- Email: kbs1234@kbs.co.kr"].join("\n");
    const parsed = parseImport(decodeImportFile(Buffer.from(text), "x.txt"), "x.txt")[0]!;
    for (const p of body) expect(parsed.body).toContain(p);
    for (const gone of ["Mỏ neo", "Biên tập video", "Cách gửi tin báo", "02-781-1234", "Sửa đổi"]) expect(parsed.body).not.toContain(gone);
    expect(parsed.publishedAt).toMatch(/^2026-12-04T21:15/);
  });
});
