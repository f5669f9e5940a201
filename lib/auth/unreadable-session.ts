// A session cookie Auth.js cannot read: not a JWE at all, cut, or sealed with another secret (made up by a visitor, or
// issued before AUTH_SECRET changed). Auth.js treats it as no session and reports a JWTSessionError with a stack trace;
// any visitor can send one with every request. Other JWTSessionErrors (the session callback failing, say because the
// database is down) are real faults and stay logged in full. Pure.

/** Whether an Auth.js logger error is a session cookie that does not decrypt. */
export function isUnreadableSessionCookie(error: unknown): boolean {
  if ((error as { type?: unknown } | null)?.type !== "JWTSessionError") return false;
  const cause = (error as { cause?: { err?: unknown } }).cause?.err as { code?: unknown; message?: unknown } | undefined;
  if (!cause) return false;
  // jose's codes for a token it cannot parse, decrypt or accept; Auth.js's own when no secret's key id matches.
  return (typeof cause.code === "string" && /^ERR_J(?:WE|WT|WS|WK|OSE)_/.test(cause.code)) || cause.message === "no matching decryption secret";
}
