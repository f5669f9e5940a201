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

  it("runs for /favicon.ico, robots.txt and the sitemap, not for the API or Next's files", () => {
    const matcher = new RegExp(`^${config.matcher[0]!}$`);
    for (const path of ["/favicon.ico", "/robots.txt", "/sitemap.xml", "/claims/x", "/"]) expect(matcher.test(path), path).toBe(true);
    for (const path of ["/api/auth/error", "/api/v1/claims", "/_next/static/chunks/x.js"]) expect(matcher.test(path), path).toBe(false);
  });
});
