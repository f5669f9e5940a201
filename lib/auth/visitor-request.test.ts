import { afterEach, describe, expect, it } from "vitest";
import { atVisitorOrigin, visitorOrigin } from "./visitor-request";

// `next start` listens on a private port behind the front server; this is the URL Next gives route handlers there.
const PRIVATE = "http://localhost:36891/api/auth/callback/credentials?x=1";

describe("atVisitorOrigin", () => {
  afterEach(() => {
    delete process.env.CLAIMDESK_PUBLIC_URL;
  });

  it("readdresses the request to the host and scheme the front server decided, keeping path, query, method and body", async () => {
    const request = new Request(PRIVATE, { method: "POST", headers: { host: "localhost:36891", "x-forwarded-host": "desk.example", "x-forwarded-proto": "https", "content-type": "text/plain" }, body: "a=b" });
    const moved = atVisitorOrigin(request, "a=b");
    expect(moved.url).toBe("https://desk.example/api/auth/callback/credentials?x=1");
    expect(moved.method).toBe("POST");
    expect(moved.headers.get("content-type")).toBe("text/plain");
    expect(await moved.text()).toBe("a=b");
  });

  it("without forwarded headers, takes Host; a malformed host never becomes the origin", () => {
    expect(atVisitorOrigin(new Request(PRIVATE, { headers: { host: "news.example:3000" } })).url).toBe("http://news.example:3000/api/auth/callback/credentials?x=1");
    expect(visitorOrigin(new Headers({ host: "news.example", "x-forwarded-host": "evil.example/@x" }))).toBe("http://news.example");
    expect(visitorOrigin(new Headers({ host: "a b" }))).toBe("http://localhost");
  });

  it("is the host the browser is on, not CLAIMDESK_PUBLIC_URL (the session cookie belongs to that host)", () => {
    process.env.CLAIMDESK_PUBLIC_URL = "https://factcheck.example";
    expect(visitorOrigin(new Headers({ host: "desk.internal:8080" }))).toBe("http://desk.internal:8080");
  });
});
