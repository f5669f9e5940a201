// A masthead set as a wordmark whose first letters are small before a capital ("myRepublica" over its network's name
// and its menus): the page's masthead, over a publishing company's rights line. Near misses: a section's label of that
// form ("eMagazine") and a word in small letters alone ("menu") at the top are no masthead.
// Forms written for these tests.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";

describe("a wordmark with small letters before its capital at the copy's top", () => {
  const english = (first: string): string =>
    text(first, "Harbour Network", "News", "Politics", "Economy", "World", "Opinion", "Cargo volumes rise at the harbour as timber exports grow", "Published On: December 3, 2026 08:45 PM", ...EN, "Related News", "© 2026 Harbour Republic Media Pvt. Ltd. All rights reserved.");
  const vietnamese = (first: string): string =>
    text(first, "Thời sự", "Kinh tế", "Xã hội", "Thế giới", "Sầu riêng tăng diện tích gấp đôi trong ba năm", "Thứ năm, 03/12/2026 15:10 (GMT+7)", ...VI, "Minh Hương", "Cùng chuyên mục", "© 2026 Công ty Cổ phần Truyền thông Sông Hàn. Mọi quyền được bảo lưu");

  it("is the masthead (English and Vietnamese)", () => {
    expect(one(english("myHarbour")).outlet).toBe("myHarbour");
    expect(one(vietnamese("eSongHan")).outlet).toBe("eSongHan");
  });

  it("is no masthead when it is a section's label or no wordmark", () => {
    expect(one(english("eMagazine")).outlet).not.toBe("eMagazine");
    expect(one(english("menu")).outlet).not.toBe("menu");
    expect(one(vietnamese("eMagazine")).outlet).not.toBe("eMagazine");
  });
});
