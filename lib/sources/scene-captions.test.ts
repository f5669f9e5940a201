// A picture's caption left between two paragraphs without its credit (a select-all or reader copy; pages that print
// captions uncredited): one short finished sentence that describes a scene and places it is the caption, with a blank
// line around it or none. A story's own short paragraph (who said, when, what will or did happen, a figure, a
// negation), or a short line that places nothing, stays text.
import { describe, expect, it } from "vitest";
import { parseImport } from "./parse-import";

const VI_A = "Sở Công Thương tỉnh cho biết các doanh nghiệp chế biến thủy sản đã nhận thêm nhiều đơn hàng từ Vladivostok trong tháng 11, song phải kiểm tra kỹ đối tác.";
const VI_B = "Phía Nga cam kết tuân thủ các quy định về truy xuất nguồn gốc và mời doanh nghiệp của tỉnh tham dự hội chợ thực phẩm ở Vladivostok vào mùa xuân năm sau.";
const EN_A = "South Korea's spy agency told lawmakers on Thursday that container trains had crossed the Tumen River bridge almost daily in November.";
const EN_B = "Russia's embassy in Seoul called the report unfounded and said its trade with North Korea complied with international law and the treaty.";

const doc = (gap: string, middle: string, head = "Xuất khẩu thủy sản sang Nga tăng mạnh", a = VI_A, b = VI_B) =>
  parseImport([head, "", a, gap, middle, gap, b, ""].join("\n"), "t.txt")[0];

describe("a scene's caption between two paragraphs", () => {
  it("is read as a caption, Vietnamese or English, blank lines around it or none", () => {
    for (const gap of ["", "\n"]) {
      for (const caption of [
        "Đoàn doanh nghiệp Nga tham quan cơ sở chế biến thủy sản tại huyện Gò Công Đông.",
        "Ông Kim Jong Un và ông Putin tại sân bay vũ trụ Vostochny năm 2023.",
        "Cầu Hữu Nghị ở ga Khasan (Nga) nhìn từ phía Triều Tiên.",
      ]) {
        const s = doc(gap, caption);
        expect(s?.captions, caption).toContain(caption);
        expect(s?.body, caption).not.toContain(caption);
        expect(s?.body).toContain(VI_B);
      }
      for (const caption of ["A train crosses from North Korea into Russia at the Tumen River.", "Kim Jong Un, left, and Vladimir Putin at the Vostochny spaceport."]) {
        const s = doc(gap, caption, "Trains keep crossing the Tumen", EN_A, EN_B);
        expect(s?.captions, caption).toContain(caption);
        expect(s?.body, caption).not.toContain(caption);
      }
    }
  });

  it("while a story's own short paragraph stays text", () => {
    for (const gap of ["", "\n"]) {
      for (const line of [
        "Sau cuộc gặp, Mỹ cảnh cáo Triều Tiên chớ nên cung cấp vũ khí cho Nga.",
        "Điện Kremlin chưa bình luận về thông tin này.",
        "Hai bên đã ký kết năm văn kiện hợp tác tại Moskva.",
        "Kim ngạch thương mại tăng 40% so với cùng kỳ năm trước.",
        "Giọng nữ miền Bắc vang lên trên loa phóng thanh của nhà ga Tumangang sáng 3/12.",
        "Bản tin số 2 trong bộ dữ liệu đo hiệu năng, phát lại lần 1.",
        "Thanh long được đóng thùng chuẩn bị xuất sang Nga.",
        // how long an event lasted is the story's, not a picture's ("giữa" places nothing here)
        "Cuộc gặp đầu tiên sau bốn năm giữa hai nhà lãnh đạo kéo dài hơn bốn giờ.",
      ]) {
        const s = doc(gap, line);
        expect(s?.body, line).toContain(line);
        expect(s?.captions ?? [], line).not.toContain(line);
      }
      for (const line of [
        "The Kremlin did not respond to a request for comment.",
        "Talks resume in Moscow on Monday at the foreign ministry.",
        "The ship left Rajin with launchers on board.",
        "Trade between the two rose 40 percent in a year.",
        "Pyongyang sent a delegation to the forum in Vladivostok.",
        "Rail traffic across the bridge grew by a fifth, the survey found.",
        "The first meeting in four years between the two leaders lasted over four hours.",
      ]) {
        const s = doc(gap, line, "Trains keep crossing the Tumen", EN_A, EN_B);
        expect(s?.body, line).toContain(line);
      }
    }
  });

  it("never takes the text's first paragraph, a heading without a full stop, or a line between two short ones", () => {
    const first = parseImport(["Xuất khẩu thủy sản sang Nga tăng mạnh", "", "Đoàn doanh nghiệp Nga tham quan cơ sở chế biến thủy sản tại huyện Gò Công Đông.", "", VI_A, "", VI_B].join("\n"), "t.txt")[0];
    expect(first?.body).toContain("Đoàn doanh nghiệp Nga tham quan");
    const heading = doc("\n", "Thay thế tuyến đường sắt cũ");
    expect(heading?.captions ?? []).not.toContain("Thay thế tuyến đường sắt cũ");
    const short = doc("\n", "Đoàn doanh nghiệp Nga tham quan cơ sở chế biến thủy sản tại huyện Gò Công Đông.", "Xuất khẩu thủy sản sang Nga tăng mạnh", "Tin ngắn về thủy sản.", "Tin ngắn khác về cảng.");
    expect(short?.body).toContain("Đoàn doanh nghiệp Nga tham quan");
  });
});
