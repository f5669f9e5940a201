// Tests for a theme's card about the writer under the text: the name alone over a bio that says only the writer's post
// ("Đỗ Hải Yến" / "Biên tập viên mảng quốc tế, theo dõi khu vực Đông Bắc Á."): out of the text, in English and
// Vietnamese, with the near misses that stay the article's text.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";

describe("a writer's card of the name and the post alone under the text", () => {
  it("is furniture, in English and Vietnamese", () => {
    const vi = one(text("Sầu riêng và bài toán mở rộng diện tích", "Bởi Đỗ Hải Yến", "18/06/2026", ...VI, "Thẻ: Sầu riêng Nông nghiệp", "Facebook Twitter Pinterest Email", "Đỗ Hải Yến", "Biên tập viên mảng quốc tế, theo dõi khu vực Đông Bắc Á.", "Bài trước", "Khách Nga tới Wonsan-Kalma tăng mạnh"));
    expect(vi.author).toBe("Đỗ Hải Yến");
    expect(vi.body).not.toContain("Biên tập viên mảng quốc tế");
    expect(vi.body).toContain(VI[2]);
    const en = one(text("Port board expects second wharf to open in April", "By Mira Chen", "December 4, 2026", ...EN, "Facebook Twitter Pinterest Email", "Mira Chen", "Correspondent covering ports and shipping in the Pacific.", "Previous article", "Ferry timetable changes from Monday"));
    expect(en.author).toBe("Mira Chen");
    expect(en.body).not.toContain("Correspondent covering ports");
    expect(en.body).toContain(EN[2]);
  });
  it("leaves a post line under someone else's name in the text", () => {
    const en = one(text("Port board expects second wharf to open in April", "By Mira Chen", "December 4, 2026", ...EN, "Tom Hale", "Correspondent covering ports and shipping in the Pacific."));
    expect(en.body).toContain("Correspondent covering ports and shipping in the Pacific.");
    const vi = one(text("Sầu riêng và bài toán mở rộng diện tích", "Bởi Đỗ Hải Yến", "18/06/2026", ...VI, "Lê Minh", "Phóng viên mảng nông nghiệp, theo dõi khu vực Tây Nguyên."));
    expect(vi.body).toContain("Phóng viên mảng nông nghiệp, theo dõi khu vực Tây Nguyên.");
  });
});
