import { describe, expect, it } from "vitest";
import { isDeskPath, safeRedirectPath } from "./paths";

describe("safeRedirectPath", () => {
  it("keeps same-origin paths with their query and fragment", () => {
    expect(safeRedirectPath("/admin/accounts")).toBe("/admin/accounts");
    expect(safeRedirectPath("/desk/claims?state=OPEN&q=a%20b#top")).toBe("/desk/claims?state=OPEN&q=a%20b#top");
    expect(safeRedirectPath("/sources/%E1%BA%A1")).toBe("/sources/%E1%BA%A1");
  });

  it("refuses the attacker's values", () => {
    for (const value of ["/%09/evil.example", "/%0A/evil.example", "/%0D%0ALocation:%20https://evil.example", "/\t/evil.example", "/\n/evil.example"]) {
      expect(safeRedirectPath(value), value).toBe("/desk");
    }
  });

  it("refuses other origins, protocol-relative and backslash forms, raw or encoded", () => {
    const attacks = [
      "//evil.example",
      "///evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/%2F/evil.example",
      "/%2f%2fevil.example",
      "%2F%2Fevil.example",
      "/%5Cevil.example",
      "/%255C%255Cevil.example",
      "https://evil.example/desk",
      "http:evil.example",
      "javascript:alert(1)",
      "data:text/html,hi",
      "evil.example",
      "desk",
      " /desk",
      "",
      "/%",
      "/%E0%A4%A",
      "/\u0000",
      "/\u0085evil",
      "/desk\u007f",
    ];
    for (const value of attacks) expect(safeRedirectPath(value), JSON.stringify(value)).toBe("/desk");
  });

  it("refuses what is not a string, and too long a value", () => {
    for (const value of [undefined, null, 42, ["/desk"], { toString: () => "/desk" }]) expect(safeRedirectPath(value)).toBe("/desk");
    expect(safeRedirectPath(`/${"a".repeat(2001)}`)).toBe("/desk");
  });

  it("turns non-ASCII into a valid Location value instead of failing", () => {
    expect(safeRedirectPath("/desk/tìm kiếm?q=Việt")).toBe("/desk/t%C3%ACm%20ki%E1%BA%BFm?q=Vi%E1%BB%87t");
    expect(safeRedirectPath("/😀")).toBe("/%F0%9F%98%80");
  });

  it("uses the given fallback", () => {
    expect(safeRedirectPath("//evil.example", "/")).toBe("/");
  });

  it("answers every generated value with a safe path (fuzz)", () => {
    const pieces = ["/", "//", "\\", "%2F", "%5C", "%09", "%0A", "%00", "%25", "evil.example", "desk", "?", "#", ":", "@", ".", "..", "é", "\t", " ", "%", "%E2%80%AE", "http:"];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 5000; n++) {
      let value = "";
      const length = 1 + Math.floor(random() * 6);
      for (let i = 0; i < length; i++) value += pieces[Math.floor(random() * pieces.length)];
      const result = safeRedirectPath(value);
      expect(result.startsWith("/") && !result.startsWith("//"), value).toBe(true);
      expect(/[\\\u0000-\u0020\u007f-\uffff]/.test(result), value).toBe(false);
      expect(new URL(result, "https://desk.example").origin).toBe("https://desk.example");
    }
  });
});

describe("isDeskPath", () => {
  it("knows the workbench prefixes and nothing that merely starts like one", () => {
    expect(isDeskPath("/desk")).toBe(true);
    expect(isDeskPath("/admin/accounts")).toBe(true);
    expect(isDeskPath("/desktop")).toBe(false);
  });
});
