// An outlet read in one spelling (the lexicon's "Báo Thế giới & Việt Nam") whose own rights line writes it with "và"
// for "&" ("© Bản quyền thuộc về Báo Thế giới và Việt Nam"), or "and" for "&", is named as the rights line writes it.
// Near misses: a rights line that names the outlet as read, one that names another, the name with its kind before it
// ("Báo X" for the masthead "X"), "The" or marks of difference, and a line that is no rights line keep the outlet.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { asTheRightsLineWritesIt } from "./outlet-clues";

describe("asTheRightsLineWritesIt", () => {
  it("reads the conjunction as the rights line writes it, in both languages", () => {
    expect(asTheRightsLineWritesIt("Báo Thế giới & Việt Nam", text(...VI, "© Bản quyền thuộc về Báo Thế giới và Việt Nam"))).toBe("Báo Thế giới và Việt Nam");
    expect(asTheRightsLineWritesIt("Kinh tế và Đô thị", text(...VI, "Bản quyền thuộc Kinh tế & Đô thị - Cơ quan của UBND TP Hà Nội"))).toBe("Kinh tế & Đô thị");
    expect(asTheRightsLineWritesIt("Harbour & Valley News", text(...EN, "© 2026 Harbour and Valley News. All rights reserved."))).toBe("Harbour and Valley News");
  });

  it("keeps the outlet when the rights line names it as read, another name, or the name with more words", () => {
    expect(asTheRightsLineWritesIt("Báo Thế giới & Việt Nam", text(...VI, "© Bản quyền thuộc về Báo Thế giới & Việt Nam"))).toBeNull();
    expect(asTheRightsLineWritesIt("Xưa & Nay", text(...VI, "Bản quyền thuộc Tạp chí Xưa & Nay - Hội Khoa học Lịch sử Việt Nam"))).toBeNull();
    expect(asTheRightsLineWritesIt("Lao Động", text(...VI, "© Bản quyền thuộc về Báo Lao Động"))).toBeNull();
    expect(asTheRightsLineWritesIt("Fraser Valley Record", text(...EN, "© 2026 The Fraser Valley Record"))).toBeNull();
    expect(asTheRightsLineWritesIt("Việt Tribune", text(...VI, "© 2026 Viet Tribune"))).toBeNull();
    expect(asTheRightsLineWritesIt("Harbour & Valley News", text(...EN, "Harbour and Valley News"))).toBeNull();
  });
});

describe("a page whose rights line spells its name with \"và\"", () => {
  it("names the outlet as its rights line writes it", () => {
    const page = text("Báo Thế giới và Việt Nam", "", "Thời sự", "", "Sầu riêng tăng diện tích gấp đôi trong ba năm", "", "04/12/2026 08:30", "", ...VI, "", "Minh Khuê", "", "Cơ quan chủ quản: Bộ Ngoại giao", "", "© Bản quyền thuộc về Báo Thế giới và Việt Nam");
    expect(one(page).outlet).toBe("Báo Thế giới và Việt Nam");
  });
});
