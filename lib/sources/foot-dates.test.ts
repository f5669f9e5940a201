// A journal's publication date printed at the page's foot, under its keywords, DOI and history lines ("Xuất bản:
// 30/06/2025", "Received: …; Accepted: …; Published: 30 June 2025"): the date when the header prints none. Forms written
// for these tests, English and Vietnamese, with the near misses that must date nothing.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { labelledDateAtFoot, labelledPublicationDate } from "./foot-dates";

const viPaper = (...foot: string[]): string =>
  text("Tạp chí Khoa học Xã hội", "Trang chủ", "Lưu trữ", "Hợp tác nhân lực Nga - Triều Tiên sau hiệp ước", "Lê Thị Minh Hạnh", "Tóm tắt", ...VI, ...foot);
const enPaper = (...foot: string[]): string =>
  text("Journal of Peace Studies", "Home", "Archives", "Labour ties after the treaty", "Jane Doe", "Abstract", ...EN, ...foot);

describe("a publication date labelled at the page's foot", () => {
  it("dates a Vietnamese journal's paper from its foot, under the keywords, DOI and history lines", () => {
    const got = one(viPaper("Từ khóa: Nga, Triều Tiên, hiệp ước", "DOI: https://doi.org/10.26459/x.v134i6B.7712", "Nhận bài: 10/05/2025; Chấp nhận đăng: 20/06/2025", "Xuất bản: 30/06/2025", "PDF", "Cách trích dẫn"));
    expect(got.publishedAt).toBe("2025-06-30");
  });
  it("dates an English journal's paper from its foot, alone or after the history on one line", () => {
    expect(one(enPaper("Keywords: Russia, labour, treaty", "DOI: https://doi.org/10.1234/jps.2025.7", "Received: 10 May 2025; Accepted: 20 June 2025", "Published: 30 June 2025", "PDF", "How to cite")).publishedAt).toBe("2025-06-30");
    expect(one(enPaper("Keywords: Russia, labour, treaty", "Received: 10 May 2025; Accepted: 20 June 2025; Published: 30 June 2025", "PDF", "How to cite")).publishedAt).toBe("2025-06-30");
    expect(one(viPaper("Ngày nhận bài: 10/05/2025 Ngày duyệt: 20/06/2025 Ngày xuất bản: 30/06/2025", "PDF", "Cách trích dẫn")).publishedAt).toBe("2025-06-30");
  });
  it("takes no receipt or acceptance date for the publication's", () => {
    expect(one(viPaper("Từ khóa: Nga, Triều Tiên", "Nhận bài: 10/05/2025; Chấp nhận đăng: 20/06/2025", "PDF", "Cách trích dẫn")).publishedAt).toBeNull();
    expect(one(enPaper("Keywords: Russia, labour", "Received: 10 May 2025; Accepted: 20 June 2025", "PDF", "How to cite")).publishedAt).toBeNull();
  });
  it("dates nothing from teasers each labelled with its own day", () => {
    expect(one(enPaper("Related papers", "Ports of the Far East", "Published: 12 May 2025", "Timber and the treaty", "Published: 3 April 2025", "PDF", "How to cite")).publishedAt).toBeNull();
  });
});

describe("the publication's label on a line", () => {
  it("reads the day labelled as the publication's, at the line's start or after the other history dates", () => {
    expect(labelledPublicationDate("Xuất bản ngày 30/06/2025")?.publishedAt).toBe("2025-06-30");
    expect(labelledPublicationDate("Published online: June 30, 2025")?.publishedAt).toBe("2025-06-30");
    expect(labelledPublicationDate("Received 10 May 2025, accepted 20 June 2025, published 30 June 2025")?.publishedAt).toBe("2025-06-30");
  });
  it("reads no publisher's name, no publisher's credit and no month alone", () => {
    expect(labelledPublicationDate("Nhà xuất bản Kim Đồng, 12/05/2020")).toBeNull();
    expect(labelledPublicationDate("Published by Penguin, 12 May 2020")).toBeNull();
    expect(labelledPublicationDate("Published: June 2025")).toBeNull();
    expect(labelledPublicationDate("Nhận bài: 10/05/2025; Chấp nhận đăng: 20/06/2025")).toBeNull();
  });
  it("stops at the first article-size sentence above the foot", () => {
    const foot = `${EN[0]}\nPublished: 30 June 2025\n${EN[1]}\nPDF\n`;
    expect(labelledDateAtFoot(foot, 0, (line) => line.length >= 80)).toBeNull();
    expect(labelledDateAtFoot(`${EN[1]}\nPublished: 30 June 2025\nPDF\n`, 0, (line) => line.length >= 80)?.publishedAt).toBe("2025-06-30");
  });
});
