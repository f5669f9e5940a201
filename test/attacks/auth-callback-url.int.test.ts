// Auth.js refuses a request whose callbackUrl (query parameter or callback-url cookie) is not an http(s) URL it can
// parse before it runs the desk's redirect callback: every endpoint under /api/auth answered 500 and logged a stack
// trace for "?callbackUrl=javascript:x", so one link filled the logs; and a callback-url cookie set for the parent
// domain by a sibling site kept that browser from signing in at all. The route hands Auth.js the return address its
// redirect callback would make (lib/auth/visitor-request.ts), so the answer is the ordinary one.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser, TEST_PASSWORD } from "@/test/factories";

const ORIGIN = "http://desk.example";
const BAD = ["javascript:alert(1)", "\\\\evil.example", "%2F%2Fevil.example", "http://[::1", "data:text/html,x", ""];
let route: typeof import("@/app/api/auth/[...nextauth]/route");

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "a test secret that is long enough to sign tokens";
  route = await import("@/app/api/auth/[...nextauth]/route");
});

const get = (path: string, cookie?: string) => route.GET(new NextRequest(`${ORIGIN}${path}`, { headers: { host: "desk.example", ...(cookie ? { cookie } : {}) } }));

describe("a return address Auth.js cannot parse", () => {
  it("in the query: every endpoint answers as it does without it, sign-in to the site's own sign-in page", async () => {
    for (const value of BAD) {
      for (const endpoint of ["session", "csrf", "providers", "signout", "error"]) {
        const answer = await get(`/api/auth/${endpoint}?callbackUrl=${encodeURIComponent(value)}`);
        expect(answer.status, `${endpoint} ${value}`).toBeLessThan(500);
      }
      const signIn = await get(`/api/auth/signin?callbackUrl=${encodeURIComponent(value)}`);
      expect(signIn.status, value).toBe(302);
      expect(new URL(signIn.headers.get("location")!, ORIGIN).origin).toBe(ORIGIN);
      expect(signIn.headers.get("location"), value).not.toMatch(/evil|javascript|data:/);
    }
  });

  it("in the callback-url cookie: the sign-in goes through, to the site", async () => {
    const account = await makeUser({ role: "EDITOR" });
    for (const value of BAD.filter(Boolean)) {
      const csrf = await get("/api/auth/csrf", `authjs.callback-url=${encodeURIComponent(value)}`);
      expect(csrf.status, value).toBe(200);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const signIn = await route.POST(
        new NextRequest(`${ORIGIN}/api/auth/callback/credentials`, {
          method: "POST",
          headers: { host: "desk.example", "content-type": "application/x-www-form-urlencoded", cookie: `${csrfCookie}; authjs.callback-url=${encodeURIComponent(value)}`, "x-forwarded-for": "203.0.113.9" },
          body: new URLSearchParams({ csrfToken, email: account.email, password: TEST_PASSWORD }).toString(),
        }),
      );
      expect(signIn.status, value).toBe(302);
      expect(signIn.headers.get("location"), value).not.toContain("error=");
      expect(new URL(signIn.headers.get("location")!, ORIGIN).origin).toBe(ORIGIN);
      expect(signIn.headers.getSetCookie().some((c) => /authjs\.session-token=[^;]+/.test(c)), value).toBe(true);
    }
  });

  it("leaves a good one and every other cookie as they were sent", async () => {
    const signIn = await get(`/api/auth/signin?callbackUrl=${encodeURIComponent("/desk/claims?state=OPEN")}`, "a=1; authjs.csrf-token=keep%7Cme");
    expect(signIn.status).toBe(302);
    expect(decodeURIComponent(signIn.headers.get("location")!)).toContain(`${ORIGIN}/desk/claims?state=OPEN`);
  });
});
