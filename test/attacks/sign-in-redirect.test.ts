// Where Auth.js sends a visitor after signing in or out: the callbackUrl a form, a link or a cookie names. Only a path
// on the site's own origin, as every other redirect target (lib/auth/paths.ts); an unparsable value is no error.
import { describe, expect, it } from "vitest";
import { authConfig } from "@/lib/auth/auth.config";

const BASE = "https://desk.example";
const redirect = (url: string) => authConfig.callbacks.redirect({ url, baseUrl: BASE });

describe("Auth.js's return address", () => {
  it.each([
    ["/desk", `${BASE}/desk`],
    ["/desk/claims?state=OPEN#top", `${BASE}/desk/claims?state=OPEN#top`],
    ["/sign-in?signedOut=1", `${BASE}/sign-in?signedOut=1`],
    [`${BASE}/desk`, `${BASE}/desk`],
  ])("keeps %j on the site", (url, expected) => {
    expect(redirect(url)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "/%2F/evil.example",
    "/%5Cevil.example",
    "/\t/evil.example",
    "https:evil.example",
    "https://evil.example/desk",
    "https://desk.example@evil.example/",
    "https://desk.example.evil.example/",
    "http://desk.example/desk",
    "javascript:alert(1)",
    "%2F%2Fevil.example",
    "https://desk.example:99999/",
    "",
  ])("sends %j to the site's root, without throwing", (url) => {
    expect(redirect(url)).toBe(`${BASE}/`);
  });
});
