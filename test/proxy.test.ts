// The page proxy's headers: a nonce CSP without inline styles on every page, HSTS only when the site is https.
import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { config, proxy } from "@/proxy";

const previous = process.env.CLAIMDESK_PUBLIC_URL;
afterEach(() => {
  if (previous === undefined) delete process.env.CLAIMDESK_PUBLIC_URL;
  else process.env.CLAIMDESK_PUBLIC_URL = previous;
});

const run = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://127.0.0.1:41234${path}`, { headers }));

describe("proxy", () => {
  it("sends HSTS when CLAIMDESK_PUBLIC_URL is https, and not when it is http", () => {
    process.env.CLAIMDESK_PUBLIC_URL = "https://fact.example";
    expect(run("/").headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    process.env.CLAIMDESK_PUBLIC_URL = "http://fact.example";
    expect(run("/").headers.get("strict-transport-security")).toBeNull();
  });

  it("without the setting, follows the scheme the front server reports", () => {
    delete process.env.CLAIMDESK_PUBLIC_URL;
    expect(run("/claims", { host: "news.example", "x-forwarded-proto": "https" }).headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
    expect(run("/claims", { host: "news.example" }).headers.get("strict-transport-security")).toBeNull();
  });

  it("gives pages a nonce CSP whose style-src allows no inline style", () => {
    const csp = run("/").headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain("unsafe-inline");
  });

  it("tells public pages their language from the URL (/en/… English); the client never chooses it", () => {
    const english = run("/en/claims?q=1", { "x-claimdesk-locale": "vi" });
    expect(english.headers.get("x-middleware-request-x-claimdesk-locale")).toBe("en");
    expect(english.headers.get("x-middleware-request-x-claimdesk-path")).toBe("/claims?q=1");
    expect(run("/en").headers.get("x-middleware-request-x-claimdesk-locale")).toBe("en");
    const vietnamese = run("/claims", { "x-claimdesk-locale": "en", cookie: "locale=en" });
    expect(vietnamese.headers.get("x-middleware-request-x-claimdesk-locale")).toBe("vi");
    // Workbench pages keep the cookie's language: a client's header is dropped.
    const desk = run("/sign-in", { "x-claimdesk-locale": "en" });
    expect(desk.headers.get("x-middleware-request-x-claimdesk-locale")).toBeNull();
    expect(run("/en/desk").headers.get("x-middleware-request-x-claimdesk-locale")).toBeNull();
  });

  it("renders without a nonce only an anonymous public page the front server will hash", () => {
    const hashed = run("/claims/x", { "x-claimdesk-csp": "hashes" });
    expect(hashed.headers.get("content-security-policy")).toContain("script-src 'self' 'claimdesk-script-hashes';");
    expect(hashed.headers.get("x-claimdesk-csp")).toBe("hashes");
    expect(hashed.headers.get("x-middleware-request-x-nonce")).toBeNull();
    for (const [path, headers] of [
      ["/claims/x", { "x-claimdesk-csp": "hashes", cookie: "authjs.session-token=abc" }],
      ["/sign-in", { "x-claimdesk-csp": "hashes" }],
      ["/claims/x", {}],
    ] as const) {
      const answer = run(path, headers);
      expect(answer.headers.get("content-security-policy"), path).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
      expect(answer.headers.get("x-claimdesk-csp")).toBeNull();
    }
  });

  it("runs for /favicon.ico, robots.txt and the sitemap, not for the API or Next's files", () => {
    const matcher = new RegExp(`^${config.matcher[0]!}$`);
    for (const path of ["/favicon.ico", "/robots.txt", "/sitemap.xml", "/claims/x", "/"]) expect(matcher.test(path), path).toBe(true);
    for (const path of ["/api/auth/error", "/api/v1/claims", "/_next/static/chunks/x.js"]) expect(matcher.test(path), path).toBe(false);
  });
});
