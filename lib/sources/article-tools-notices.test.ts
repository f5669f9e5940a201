// A story page's own tools and pointers around the text (page-notices.ts NOTICE_FOLDED_ARTICLE_TOOLS and
// NOTICE_RAW_ARTICLE_TOOLS): each family in its common wordings, Vietnamese and English, read as furniture; sentences
// of the article in the same words left alone.
import { describe, expect, it } from "vitest";
import { isFurniture } from "./layout-model";
import { parseImport } from "./parse-import";

const VI_LEAD = "Bộ Quốc phòng Nga ngày 4/12 cho biết một đoàn học viên sĩ quan Triều Tiên đã bắt đầu khóa học tại Moskva, theo thỏa thuận ký hồi tháng 10.";
const VI_PARA = "Khóa học kéo dài hai năm, tập trung vào chỉ huy tác chiến hiệp đồng quân binh chủng và phòng không, theo phía Nga.";
const VI_LAST = "Đây là lần đầu tiên kể từ thời Liên Xô, sĩ quan Triều Tiên được đào tạo tại học viện quân sự cao nhất của Nga.";
const story = (...tail: string[]) => parseImport(["Quốc tế", "Học viên sĩ quan Triều Tiên bắt đầu khóa học tại Moskva", "Thứ Bảy, 05/12/2026, 08:40 (GMT+7)", "", VI_LEAD, "", VI_PARA, "", VI_LAST, "", ...tail, ""].join("\n"), "t.txt")[0];

describe("a story page's tools and pointers", () => {
  it("knows the 'give a star' button, alone or with its object and count", () => {
    for (const line of ["Tặng sao", "TẶNG SAO", "Tặng sao cho tác giả", "Tặng sao cho bài viết", "Tặng sao 12"]) expect(isFurniture(line), line).toBe(true);
    for (const line of ["Tặng sao vàng cho đơn vị xuất sắc", "Tặng sao cho tác giả của bài thơ này là một vinh dự lớn với chúng tôi."]) expect(isFurniture(line), line).toBe(false);
  });

  it("knows a pointer to the section's other stories in its wordings", () => {
    for (const line of [
      "* Mời bạn đọc vào chuyên mục Quốc tế xem các tin, bài liên quan.",
      "Mời bạn đọc vào chuyên mục Thời sự để xem các tin bài liên quan",
      "Mời quý độc giả xem thêm các bài viết cùng chủ đề",
      "Mời độc giả đón đọc các tin tức mới nhất",
      "Xin mời quý vị truy cập chuyên mục Video để xem các video khác",
      "See more stories in our World section",
      "Read more articles from the Asia Pacific page",
      "Explore related coverage on our Defence channel",
    ])
      expect(isFurniture(line), line).toBe(true);
    for (const line of [
      "Mời bạn đọc vào chuyên mục Quốc tế để biết ông Kim đã nói gì với Putin hôm qua.",
      "Mời bạn đọc xem lại toàn bộ phát biểu của Bộ trưởng tại hội nghị.",
      "See more stories in our World section about the ways the war has changed Europe.",
    ])
      expect(isFurniture(line), line).toBe(false);
  });

  it("knows the bar that names the story being read and its section", () => {
    expect(isFurniture("Bạn đang xem bài viết Triều Tiên phóng thử tên lửa hành trình tại chuyên mục Thế giới của VTV.vn")).toBe(true);
    expect(isFurniture("Bạn đang đọc bài viết Nga viện trợ lương thực cho Triều Tiên tại chuyên trang Quốc tế")).toBe(true);
    expect(isFurniture("Bạn đang xem bài viết này và nghĩ rằng Nga sẽ thắng.")).toBe(false);
  });

  it("knows a related box's heading in its other words, and not a sentence that opens the same way", () => {
    for (const line of ["Chủ đề liên quan", "Nội dung liên quan", "Bài viết liên quan", "Tin, bài liên quan", "Các tin cùng chuyên mục", "Tin tức cùng chủ đề", "Related topics", "Related coverage", "More on this story"]) expect(isFurniture(line), line).toBe(true);
    for (const line of ["Chủ đề liên quan đến hiệp ước được bàn kỹ.", "Related stories about Russia were published by others on Friday.", "More on this story is expected from the ministry on Monday."]) expect(isFurniture(line), line).toBe(false);
  });

  it("knows a read-on button in its other words, alone on its line", () => {
    for (const line of ["Xem tiếp", "Xem tiếp »", "Đọc thêm", "Đọc toàn bài", "Read on", "Read the full story"]) expect(isFurniture(line), line).toBe(true);
    for (const line of ["Xem tiếp phần hai của phóng sự vào số báo ngày mai.", "Đọc thêm tài liệu trước khi ký hiệp ước là điều cần thiết.", "Read on for the full list."]) expect(isFurniture(line), line).toBe(false);
  });

  it("knows a byline's role line written as label and value, and not a sentence opening with the word", () => {
    for (const line of ["Vai trò, BBC News Tiếng Việt", "Role, BBC World Service", "Chức danh, Phóng viên thường trú tại Moskva"]) expect(isFurniture(line), line).toBe(true);
    for (const line of ["Role, however, was limited.", "Vai trò, theo ông Nam, rất quan trọng.", "Vai trò của Nga là rất lớn."]) expect(isFurniture(line), line).toBe(false);
  });

  it("takes them out of a copied story and keeps its text", () => {
    const parsed = story("PHƯƠNG LINH", "", "Chủ đề liên quan", "", "Tặng sao");
    for (const kept of [VI_LEAD, VI_PARA, VI_LAST]) expect(parsed?.body).toContain(kept);
    for (const gone of ["Chủ đề liên quan", "Tặng sao"]) expect(parsed?.body, gone).not.toContain(gone);
  });

  it("reads a signature above a pointer printed after a star as the byline, and the paragraph above it as text", () => {
    for (const name of ["PHƯƠNG LINH", "Phương Linh"]) {
      const parsed = story(name, "", "* Mời bạn đọc vào chuyên mục Quốc tế xem các tin, bài liên quan.");
      expect(parsed?.author?.toLowerCase(), name).toBe("phương linh");
      expect(parsed?.body).toContain(VI_LAST);
      expect(parsed?.captions, name).toEqual([]);
      expect(parsed?.body).not.toContain("Mời bạn đọc");
    }
  });

  it("still reads a photographer's bare name between a short sentence and the text's prose as a picture's credit", () => {
    const parsed = story("Một học viên trong giờ huấn luyện tại Moskva hôm 4/12.", "Minh Hải", "", "Các học viên sẽ được phân về các đơn vị phòng không của Triều Tiên sau khi tốt nghiệp vào năm 2028.");
    expect(parsed?.captions.join(" ")).toContain("Một học viên trong giờ huấn luyện tại Moskva hôm 4/12.");
  });
});
