// Addresses under /api/auth that the desk does not use ("/api/auth/nope", a callback for a provider it does not have, a
// GET of the credentials callback): Auth.js logged a stack trace for each request before answering, so anyone could fill
// the logs. The route answers them 404 without calling Auth.js; the endpoints the desk uses still reach it.
import { describe, expect, it } from "vitest";
import { isAuthEndpoint } from "@/lib/auth/auth-endpoints";

describe("the Auth.js addresses the desk answers", () => {
  it("are its session, CSRF token, providers, sign-in and sign-out steps and the credentials callback", () => {
    for (const path of ["/api/auth/session", "/api/auth/csrf", "/api/auth/providers", "/api/auth/signin", "/api/auth/signout", "/api/auth/error", "/api/auth/session/"]) {
      expect(isAuthEndpoint("GET", path), path).toBe(true);
      expect(isAuthEndpoint("HEAD", path), path).toBe(true);
    }
    for (const path of ["/api/auth/callback/credentials", "/api/auth/signin/credentials", "/api/auth/signout", "/api/auth/session"]) expect(isAuthEndpoint("POST", path), path).toBe(true);
  });

  it("are no other address or method", () => {
    const others = [
      ["GET", "/api/auth/nope"],
      ["GET", "/api/auth/callback/credentials"],
      ["POST", "/api/auth/callback/nope"],
      ["POST", "/api/auth/callback/github"],
      ["GET", "/api/auth/signin/credentials/x"],
      ["GET", "/api/auth/verify-request"],
      ["GET", "/api/auth/webauthn-options/passkey"],
      ["POST", "/api/auth/csrf"],
      ["POST", "/api/auth/providers"],
      ["PUT", "/api/auth/session"],
      ["DELETE", "/api/auth/signout"],
      ["GET", "/api/auth/"],
      ["GET", "/api/auth"],
      ["GET", "/api/auth/session%00"],
      ["GET", `/api/auth/${"a/".repeat(5_000)}`],
      ["GET", "/api/authx/session"],
    ] as const;
    for (const [method, path] of others) expect(isAuthEndpoint(method, path), `${method} ${path.slice(0, 40)}`).toBe(false);
  });
});
