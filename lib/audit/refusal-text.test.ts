import { describe, expect, it } from "vitest";
import { dictionaryFor } from "@/lib/i18n/locale";
import { REFUSAL_REASONS } from "@/lib/errors";
import { readableAfter, refusalReasonText } from "./refusal-text";
import { describeChange } from "./describe-change";

const vi = dictionaryFor("vi");
const en = dictionaryFor("en");

describe("a recorded refusal on the audit screen", () => {
  it("says a stored code with its permission in Vietnamese and in English", () => {
    const after = { reason: "role", params: { permission: "account.changeRole" }, path: "/api/desk/accounts/1" };
    expect(refusalReasonText(after, vi, "vi")).toBe("Vai trò không được phép (account.changeRole)");
    expect(refusalReasonText(after, en, "en")).toBe("Role does not allow it (account.changeRole)");
    expect(describeChange(null, readableAfter("auth.refused", after, vi, "vi"))).toEqual([
      { field: "lý do", before: null, after: "Vai trò không được phép (account.changeRole)" },
      { field: "trang", before: null, after: "/api/desk/accounts/1" },
    ]);
  });

  it("has words for every reason code in both languages, none left in English in Vietnamese", () => {
    for (const reason of REFUSAL_REASONS) {
      const said = refusalReasonText({ reason, params: { permission: "audit.read" } }, vi, "vi")!;
      expect(said).not.toBe(refusalReasonText({ reason, params: { permission: "audit.read" } }, en, "en"));
      expect(said).not.toContain("{");
    }
  });

  it("keeps rows written before codes readable: the stored English message, translated", () => {
    const old = { reason: "You cannot review your own proposal: a second person must.", permission: undefined };
    expect(refusalReasonText(old, en, "en")).toBe("You cannot review your own proposal: a second person must.");
    expect(refusalReasonText({ reason: "Your role does not allow this.", permission: "audit.read" }, vi, "vi")).toBe("Vai trò của bạn không được làm việc này. (audit.read)");
  });

  it("leaves other events, and a refusal with nothing to say, as stored", () => {
    const after = { title: "role" };
    expect(readableAfter("claim.update", { reason: "role" }, vi, "vi")).toEqual({ reason: "role" });
    expect(readableAfter("auth.refused", after, vi, "vi")).toBe(after);
    expect(readableAfter("auth.refused", null, vi, "vi")).toBeNull();
  });
});
