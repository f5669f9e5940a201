import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { JWTSessionError } from "@auth/core/errors";
import { isUnreadableSessionCookie } from "./unreadable-session";

const SALT = "authjs.session-token";
// As Auth.js's session action builds it: `new JWTSessionError(error)` (its type declarations name only a message).
const sessionError = (cause: Error) => new JWTSessionError(cause as unknown as string);

/** The error Auth.js's logger is given for a session cookie, as its session action builds it. */
async function loggedFor(token: string): Promise<unknown> {
  try {
    await decode({ token, secret: "the desk's own secret, long enough to be one", salt: SALT });
  } catch (error) {
    return sessionError(error as Error);
  }
  throw new Error("the token decoded");
}

describe("a session cookie that does not decrypt", () => {
  it("is told apart, whether made up, cut, or sealed with another secret", async () => {
    const other = await encode({ token: { sub: "someone" }, secret: "another desk's secret, just as long as ours", salt: SALT });
    const own = await encode({ token: { sub: "someone" }, secret: "the desk's own secret, long enough to be one", salt: SALT });
    for (const token of ["made-up", "a.b.c.d.e", other, own.slice(0, -4), `${own.split(".").slice(0, 4).join(".")}.AAAA`]) {
      expect(isUnreadableSessionCookie(await loggedFor(token)), token.slice(0, 30)).toBe(true);
    }
  });

  it("is not confused with a real fault in reading a session, nor with other Auth.js errors", () => {
    expect(isUnreadableSessionCookie(sessionError(new Error("Can't reach database server at 127.0.0.1:5432")))).toBe(false);
    expect(isUnreadableSessionCookie(Object.assign(new Error("x"), { type: "CallbackRouteError", cause: { err: { code: "ERR_JWE_INVALID" } } }))).toBe(false);
    expect(isUnreadableSessionCookie(null)).toBe(false);
  });
});
