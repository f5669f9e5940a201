// The language in the public URL: which paths are public pages, and the links between the two languages.
import { describe, expect, it } from "vitest";
import { alternateHrefs, localeHref, splitLocalePath } from "./locale-path";

describe("locale paths", () => {
  it("finds the language and the plain page of public paths only", () => {
    expect(splitLocalePath("/")).toEqual({ locale: "vi", path: "/" });
    expect(splitLocalePath("/en")).toEqual({ locale: "en", path: "/" });
    expect(splitLocalePath("/en/claims/kim-gap-putin")).toEqual({ locale: "en", path: "/claims/kim-gap-putin" });
    expect(splitLocalePath("/en/ledger")).toEqual({ locale: "en", path: "/ledger" });
    expect(splitLocalePath("/corrections")).toEqual({ locale: "vi", path: "/corrections" });
    for (const path of ["/desk", "/en/desk", "/sign-in", "/english", "/en/en/claims", "/claims/a/b", "/sources"]) expect(splitLocalePath(path), path).toBeNull();
  });

  it("writes links in the page's language and names both versions", () => {
    expect(localeHref("en", "/")).toBe("/en");
    expect(localeHref("en", "/?q=x")).toBe("/en?q=x");
    expect(localeHref("en", "/claims?q=x")).toBe("/en/claims?q=x");
    expect(localeHref("vi", "/claims/x")).toBe("/claims/x");
    expect(localeHref("en", "https://example.org/x")).toBe("https://example.org/x");
    expect(alternateHrefs("/claims/x")).toEqual({ vi: "/claims/x", en: "/en/claims/x" });
  });
});
