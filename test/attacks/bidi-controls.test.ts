// Right-to-left override and its kin in what an outsider can get into the desk (an imported article's title, a
// claimant's name copied from one, a claim): an unclosed U+202E reverses the rest of its line wherever the text is
// shown, so a name could turn the verdict printed after it around. Every parsed input drops these controls; the
// marks U+200E/U+200F, which cannot reorder anything, and passwords are left as they are.
import { describe, expect, it } from "vitest";
import { parseInput } from "@/lib/validation";
import { claimFieldsSchema } from "@/lib/claims/schemas";
import { importRequestSchema } from "@/lib/sources/schemas";
import { changePasswordSchema, signInSchema } from "@/lib/auth/schemas";

const RLO = "\u202E";
const CONTROLS = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];

describe("bidirectional controls in input", () => {
  it("are dropped from every string of a parsed claim, nested ones included", () => {
    const parsed = parseInput(claimFieldsSchema, {
      text: `Nga nhận đạn pháo ${RLO}ESLAF :tcidreV`,
      claimantName: `Bộ Quốc phòng${CONTROLS.join("")}`,
      gloss: "Ghi chú \u200Fמילה\u200E tiếp",
      kind: "ARMS_TRANSFER",
      tags: [`nga${RLO}`, "\u2067triều tiên\u2069"],
    });
    expect(parsed.text).toBe("Nga nhận đạn pháo ESLAF :tcidreV");
    expect(parsed.claimantName).toBe("Bộ Quốc phòng");
    expect(parsed.gloss).toBe("Ghi chú \u200Fמילה\u200E tiếp");
    expect(parsed.tags).toEqual(["nga", "triều tiên"]);
    expect(JSON.stringify(parsed)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it("are dropped from an imported article's text and the editor's corrections to it", () => {
    const parsed = parseInput(importRequestSchema, {
      fileName: `bai${RLO}txt.exe`,
      text: `Tiêu đề ${RLO}gnaB\n\nHà Nội, 21/9/2023\n\nMột đoạn văn.`,
      overrides: [{ index: 0, title: `Sửa ${RLO}lại`, author: "\u202Bphóng viên" }],
    });
    expect(parsed.fileName).toBe("baitxt.exe");
    expect(parsed.text).toBe("Tiêu đề gnaB\n\nHà Nội, 21/9/2023\n\nMột đoạn văn.");
    expect(parsed.overrides[0]).toMatchObject({ title: "Sửa lại", author: "phóng viên" });
  });

  it("are kept in passwords, which are compared and never shown", () => {
    const password = `mật khẩu${RLO}dài đủ rồi`;
    expect(parseInput(signInSchema, { email: "a@desk.test", password }).password).toBe(password);
    expect(parseInput(changePasswordSchema, { currentPassword: password, newPassword: password, confirmPassword: password })).toMatchObject({ currentPassword: password, newPassword: password });
  });
});
