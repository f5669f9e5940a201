// An old article captured years later (the forty-first corpus's families): the notes its page now prints about its
// age and archive ("This article is more than 2 years old", "Bạn đang xem phiên bản lưu trữ", an editor's note added
// later), a pointer to the story on another site, an invitation to read more, a campaign's appeal, a short standfirst
// right under the headline, and a date bar whose parts are printed side by side. Each family in several shapes and
// both languages, with the sentences that look like them and must stay.
import { describe, expect, it } from "vitest";
import { EN, VI, fromHtml, one, page, text } from "@/test/family-parse";
import { isFurniture } from "./layout-model";
import { isWireAgency, lookupAgency } from "./metadata";
import { foldForMatch } from "./normalize";
import { wireBeforeByline } from "./outlet-clues";
import { isStoryNote } from "./story-notes";

const note = (line: string): boolean => isStoryNote(foldForMatch(line));
const wire = (name: string): string | null => {
  const found = lookupAgency(name);
  return found !== null && isWireAgency(found) ? found : null;
};

describe("an old story's age and archive notes", () => {
  it("are notes about the story, in English", () => {
    expect(note("This article is more than 2 years old")).toBe(true);
    expect(note("This article is more than 3 years old.")).toBe(true);
    expect(note("This story is over a year old.")).toBe(true);
    expect(note("This content is more than 18 months old")).toBe(true);
    expect(note("This is an archived article and the information in the article may be outdated. Please look at the time stamp on the story to see when it was last updated.")).toBe(true);
    expect(note("You are viewing an archived version of this article.")).toBe(true);
    expect(note("Editor's note: This article was first published in 2023 and has not been updated.")).toBe(true);
    expect(note("This story was originally published on June 19, 2024.")).toBe(true);
    expect(note("Editor's note: This article was updated on January 12, 2026, to add South Korea's later casualty estimate.")).toBe(true);
    expect(note("This article was published more than 2 years ago")).toBe(true);
    expect(note("Published over a year ago")).toBe(true);
    expect(note("This article is from the archive of our partner The Wire.")).toBe(true);
    expect(note("This story is from 2023.")).toBe(true);
    expect(note("Correction appended")).toBe(true);
  });

  it("are notes about the story, in Vietnamese", () => {
    expect(note("Bài viết này đã được đăng hơn 2 năm trước")).toBe(true);
    expect(note("Bài viết đã đăng cách đây hơn 3 năm, một số thông tin có thể không còn phù hợp.")).toBe(true);
    expect(note("Bạn đang xem phiên bản lưu trữ của bài viết.")).toBe(true);
    expect(note("Ghi chú của biên tập viên: Bài viết được đăng năm 2023 và không cập nhật các diễn biến sau đó.")).toBe(true);
    expect(note("Ghi chú của Tòa soạn: Bài viết được chuyển vào mục Lưu trữ ngày 15/6/2026.")).toBe(true);
    expect(note("Lưu ý: Bài viết được đăng từ năm 2024.")).toBe(true);
    expect(note("Tin bài này đã đăng hơn 1 năm")).toBe(true);
  });

  it("leave the story's own sentences and a correction of the story alone", () => {
    expect(note("The treaty is more than two years old, and neither side has invoked it in public.")).toBe(false);
    expect(note("This story was first published by North Korean state media, which gave no date for the talks.")).toBe(false);
    expect(note("An archived video from 2019 shows Kim arriving in Vladivostok by train.")).toBe(false);
    expect(note("Ghi chú của Tòa soạn: Bài viết đã được sửa lại lúc 11:20 ngày 4/12/2026; bản trước ghi nhầm chức danh của bà Choe Son Hui.")).toBe(false);
    expect(note("Bài viết này phân tích những điểm chính của hiệp ước ký năm 2024 giữa Nga và Triều Tiên.")).toBe(false);
    expect(note("Bạn đang xem lại những hình ảnh của chuyến thăm năm 2019.")).toBe(false);
    expect(note("Published more than a decade ago, the report is still cited by officials in Seoul.")).toBe(false);
    expect(note("This story is from a village near the border, where residents say trains pass every night.")).toBe(false);
    expect(note("Tin bài này gây tranh cãi trên mạng xã hội suốt tuần qua.")).toBe(false);
  });

  it("never take the headline's place over an old story", () => {
    const parsed = one(text("Task & Purpose", "News", "Analysis", "This article is more than 2 years old", "North Korean troops reach the harbour front, officials say", "By Hana Ricketts", "Published Oct 24, 2024 5:31 PM EDT", ...EN));
    expect(parsed.title).toBe("North Korean troops reach the harbour front, officials say");
    expect(parsed.publishedAt?.slice(0, 16)).toBe("2024-10-24T17:31");
    expect(parsed.body).not.toContain("more than 2 years old");
  });

  it("take the story's last paragraph and writer along with them no longer", () => {
    const parsed = one(text("Người Hà Nội", "Lưu trữ", "Sầu riêng phía bắc tỉnh tăng diện tích", "Thứ Tư, 13/09/2023 21:05", ...VI, "Thanh Tùng", "Ghi chú của biên tập viên: Bài viết được đăng năm 2023 và không cập nhật các diễn biến sau đó.", "Bài viết liên quan"));
    expect(parsed.body).toContain(VI[2]);
    expect(parsed.body).not.toContain("Ghi chú của biên tập viên");
    expect(parsed.author).toBe("Thanh Tùng");
  });
});

describe("pointers, invitations and appeals around an old story", () => {
  it("are furniture: a pointer to the story on another site, an invitation to read more, a campaign's appeal", () => {
    for (const line of ["Read it at Reuters", "Read more at The Guardian", "Read the full story at NBC News", "Continue reading at AP News", "Mời xem thêm: Hiệp ước Nga - Triều Tiên gồm những gì?", "Mời quý vị xem thêm: Lao động Triều Tiên tại Nga", "Mời độc giả đọc thêm", "Support Ukraine's defenders. Donate through UNITED24.", "Donate via our fund", "From our archive", "From the archives", "From the archive: When Kim took the train to Vladivostok", "Từ kho lưu trữ"]) {
      expect(isFurniture(line), line).toBe(true);
    }
  });

  it("leave sentences that use the same words alone", () => {
    for (const line of ["Read it at your peril, the minister told reporters in Seoul on Tuesday after the vote.", "Residents were asked to donate through the Red Cross after the floods hit the northern districts.", "Mời các đại biểu xem thêm tài liệu trước phiên họp chiều nay, ông Hải nói với báo chí.", "From the archives of the Soviet foreign ministry, historians pieced together how the treaty lapsed in 1996."]) {
      expect(isFurniture(line), line).toBe(false);
    }
  });
});

describe("a short standfirst right below the headline", () => {
  it("stays the text's first paragraph, never the lead picture's caption, in both languages", () => {
    const en = one(text("The Harbour Times", "World", "Cargo rises as second wharf nears", "Seoul puts the total at about a quarter.", "By Hana Ricketts", "Published Oct 24, 2024 5:31 PM EDT", ...EN));
    expect(en.captions).toEqual([]);
    expect(en.body.startsWith("Seoul puts the total at about a quarter.")).toBe(true);
    const vi = one(text("Nhịp cầu Đầu tư", "Thế giới", "Thứ Năm, 14/08/2025 | 08:30", "Cập nhật: 10/02/2026 | 15:12", "Sầu riêng phía bắc tỉnh tăng diện tích", "Sở Nông nghiệp cho biết diện tích tăng gần gấp đôi.", ...VI, "Hoàng Vy"));
    expect(vi.captions).toEqual([]);
    expect(vi.body.startsWith("Sở Nông nghiệp cho biết diện tích tăng gần gấp đôi.")).toBe(true);
  });

  it("leaves a picture's caption below the byline and date a caption", () => {
    for (const caption of ["Cranes unload timber at the old wharf in November. (Photo: AP)", "Cranes unload timber at the old wharf in November."]) {
      const parsed = one(text("The Harbour Times", "World", "Cargo rises as second wharf nears", "By Hana Ricketts", "Published Oct 24, 2024 5:31 PM EDT", caption, ...EN));
      expect(parsed.captions, caption).toEqual([caption]);
      expect(parsed.body.startsWith(EN[0]), caption).toBe(true);
    }
  });
});

describe("a date bar below the headline, its parts printed side by side", () => {
  const head = '<meta property="og:title" content="Cargo rises as second wharf nears"><meta property="article:published_time" content="2023-09-13T12:02:00Z">';
  it("gives the time the page prints in its own zone, not the metadata's UTC", () => {
    const parsed = fromHtml(page(head, `<article><h1>Cargo rises as second wharf nears</h1><div class="meta"><span>Published 13 September 2023 10:02pm</span> <span>Updated 14 September 2023 6:15am</span><span>Source: Reuters</span></div><p>${EN.join("</p><p>")}</p></article>`));
    expect(parsed.publishedAt?.slice(0, 16)).toBe("2023-09-13T22:02");
  });

  it("never reads a date from the text's own paragraphs below the headline", () => {
    const parsed = fromHtml(page(head, `<article><h1>Cargo rises as second wharf nears</h1><div class="body"><p>December 3, 2026, 7:45pm</p><p>${EN.join("</p><p>")}</p></div></article>`));
    expect(parsed.publishedAt?.slice(0, 10)).toBe("2023-09-13");
  });
});

describe("a republisher's credit line and a masthead printed as a domain", () => {
  it("credits the wire named before the writer, and not a person or a site named there", () => {
    expect(wireBeforeByline(["Associated Press | By Daniel Harlow"], wire)).toBe("AP");
    expect(wireBeforeByline(["Reuters · By Ana Lee"], wire)).toBe("Reuters");
    expect(wireBeforeByline(["Hana Ricketts | By Daniel Harlow"], wire)).toBeNull();
    expect(wireBeforeByline(["Associated Press | Updated 3 hours ago"], wire)).toBeNull();
    expect(wireBeforeByline([`${"Associated Press | ".repeat(20)}By Daniel Harlow`], wire)).toBeNull();
  });

  it("reads the outlet from a domain set as the masthead and named so again, over a wire's rights line and the menu", () => {
    const parsed = one(text("Harbour.com", "Benefits", "Join the Harbour", "Log In", "Daily News", "Cargo rises as second wharf nears", "Associated Press | By Daniel Harlow", "Published 13 Sep 2023", ...EN, "© Copyright 2023 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed.", "About Harbour.com", "© 2026 Harbour Advantage"));
    expect(parsed.outlet).toBe("Harbour.com");
    expect(parsed.agency).toBe("AP");
    expect(parsed.author).toBe("Daniel Harlow");
  });
});
