// A phone's news reader may set the source's card right under the headline rather than over it: headline / "Tạp chí
// Kiểm sát · 5 giờ" / summary, headline / "The Bayou Ledger-Star · 2h". The source is the outlet, as over the
// headline. Near misses: a writer's name before the age, and the same card of another story further down (a related
// list) name no outlet.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";

describe("a news reader's source card under the headline", () => {
  it("reads the source named before the story's age as the outlet, in both languages", () => {
    const vi = text("‹ Quay lại", "", "Tin nóng", "", "Sầu riêng tăng diện tích gấp đôi trong ba năm", "", "Tạp chí Kiểm sát · 5 giờ", "", ...VI, "", "Hà Phương", "", "Xem bài gốc");
    expect(one(vi).outlet).toBe("Tạp chí Kiểm sát");
    const en = text("‹ Back", "", "Top stories", "", "Harbour board expects second wharf to open in April", "", "The Bayou Ledger-Star · 2h", "", ...EN, "", "View original");
    expect(one(en).outlet).toBe("The Bayou Ledger-Star");
  });

  it("reads no writer's name before the age, nor a card of another story further down", () => {
    const writer = text("‹ Quay lại", "", "Tin nóng", "", "Sầu riêng tăng diện tích gấp đôi trong ba năm", "", "Bảo Ngọc • 5 giờ", "", ...VI);
    expect(one(writer).outlet).toBeNull();
    const related = text("‹ Quay lại", "", "Tin nóng", "", "Sầu riêng tăng diện tích gấp đôi trong ba năm", "", "Hà Phương", "", ...VI, "", "Tin cùng chủ đề", "", "Giá cà phê hôm nay tăng mạnh", "", "Tạp chí Kiểm sát · 2 ngày");
    expect(one(related).outlet).toBeNull();
  });
});
