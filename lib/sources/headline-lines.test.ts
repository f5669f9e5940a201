// Headlines a copy broke over two lines (headline-lines.ts), a newsletter's pointer to its web copy, and the dates of
// a page that prints the site's day above the story's or its first publication under the text.
import { describe, expect, it } from "vitest";
import { joinWrappedHeadlines } from "./headline-lines";
import { readDateLine } from "./layout-model";
import { pastedCopy as copy } from "@/test/pasted-copy";

const EN_LEAD = "The provincial council approved a plan on Thursday to open two more border markets before the end of next year, officials said.";
const EN_PARA = "Traders from both sides will have to register with the border guard post a week ahead, the council said in a statement.";

describe("joinWrappedHeadlines", () => {
  it("joins a hard-wrapped headline's last word, alone before a blank line, to the line it wrapped from", () => {
    const text = "The Morning Post\n\nRussia Hands North Korea Air-Defense Systems as Putin Welcomes Kim Jong\nUn\n\nBy Declan Moore\n";
    expect(joinWrappedHeadlines(text)).toContain("Putin Welcomes Kim Jong Un\n");
    // a short line (no wrap), or a word followed by more text, stays as it is
    expect(joinWrappedHeadlines("\nCouncil opens markets\nMonday\n\nText.\n")).toBe("\nCouncil opens markets\nMonday\n\nText.\n");
    const run = "\nRussia Hands North Korea Air-Defense Systems as Putin Welcomes Kim Jong\nUn\nmore words follow here\n";
    expect(joinWrappedHeadlines(run)).toBe(run);
  });

  it("joins a headline set in two lines, the first ending in a colon, when its date is right below", () => {
    const s = copy("Báo Cao Bằng", "Kinh tế", "Nga - Triều Tiên mở tuyến vận tải mới:", "Cơ hội nào cho nông sản Cao Bằng?", "Thứ Năm, 03/12/2026 15:30", "Tuyến đường sắt mới nối cảng Rajin của Triều Tiên với vùng Viễn Đông của Nga được kỳ vọng mở ra cơ hội xuất khẩu cho nông sản.", "Doanh nghiệp cần lưu ý các quy định về trừng phạt quốc tế để tránh rủi ro khi ký hợp đồng.");
    expect(s?.title).toBe("Nga - Triều Tiên mở tuyến vận tải mới: Cơ hội nào cho nông sản Cao Bằng?");
    // a quote's introduction above a paragraph is no headline's first half
    const q = "Ông Nguyễn Văn An cho biết thêm:\nChúng tôi sẽ mở thêm hai chợ biên giới trong năm tới.\nĐó là kế hoạch của tỉnh.\n";
    expect(joinWrappedHeadlines(q)).toBe(q);
  });

  it("reads a newsletter's 'View this post on the web at <address>' as its address, never its headline", () => {
    const s = copy("The Morning Post", "View this post on the web at https://example.com/newsletter/markets/", "", "Council opens two more border markets", "", "By Declan Moore", "", EN_LEAD, "", EN_PARA);
    expect(s?.url).toBe("https://example.com/newsletter/markets/");
    expect(s?.title).toBe("Council opens two more border markets");
  });
});

describe("the story's date among others", () => {
  it("takes the story's date below a site's date bar and its menus, not the bar's day of the visit", () => {
    const s = copy("Agency News, en Español", "Montevideo, December 5th 2026 - 10:20 UTC", "Home", "Argentina", "International", "Thursday, December 3rd 2026 - 09:12 UTC", "Council opens two more border markets", EN_LEAD, EN_PARA);
    expect(s?.publishedAt).toMatch(/^2026-12-03T09:12/);
    // a published and an updated line together above the headline: the first, as before
    const u = copy("Published December 3, 2026 at 5:15 a.m. EST", "Updated December 3, 2026 at 9:00 a.m. EST", "Council opens two more border markets", EN_LEAD, EN_PARA);
    expect(u?.publishedAt).toMatch(/^2026-12-03T05:15/);
  });

  it("takes 'This story was originally published <date>' under the text over an 'Updated' date in the header", () => {
    expect(readDateLine("This story was originally published December 3, 2026 at 6:00 AM.")?.publishedAt).toBe("2026-12-03T06:00");
    const s = copy("Council opens two more border markets", "By Lucía Fernández", "Updated December 03, 2026 11:18 AM", EN_LEAD, EN_PARA, "This story was originally published December 3, 2026 at 6:00 AM.");
    expect(s?.publishedAt).toMatch(/^2026-12-03T06:00/);
    // under a header that printed the publication, the header's date stays
    const p = copy("Council opens two more border markets", "By Lucía Fernández", "Published December 03, 2026 11:18 AM", EN_LEAD, EN_PARA, "This story was originally published December 2, 2026 at 6:00 AM.");
    expect(p?.publishedAt).toMatch(/^2026-12-03T11:18/);
  });
});

describe("a release's labelled date and notices before the text", () => {
  it("reads a 'Published' label over its date under the summary, when the header printed none", () => {
    const s = copy("GOV.UK", "Press release", "Council opens two more border markets", EN_LEAD, "From:", "Foreign, Commonwealth & Development Office", "Published", "3 December 2026", EN_PARA);
    expect(s?.publishedAt).toMatch(/^2026-12-03/);
    expect(s?.outlet).toBe("Foreign, Commonwealth & Development Office");
    // the word in a sentence, or a label over no date, dates nothing
    expect(copy("Council opens two more border markets", EN_LEAD, "Published", "by the council", EN_PARA)?.publishedAt).toBeNull();
  });

  it("never takes a notice for the text's first paragraph", () => {
    const s = copy("Council opens two more border markets", "December 3, 2026", "Click here to see the council's interactive map of the border markets. This map is updated daily alongside the static maps in this report.", EN_LEAD, EN_PARA);
    expect(s?.body).not.toMatch(/Click here/);
    expect(s?.body).toContain(EN_LEAD);
  });
});
