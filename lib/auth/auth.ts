// Auth.js with e-mail and password: JWT sessions carrying the user id, role, session version and the id of
// a server-side session that every read checks (lib/auth/sessions.ts), so sign-out ends it everywhere.
import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { isAppError } from "@/lib/errors";
import { authConfig, sessionCookieName } from "./auth.config";
import { authenticate, ONE_TIME_PASSWORD_EXPIRED, SLOW_DOWN } from "./authenticate";
import { clientIp } from "./client-ip";
import { forwardedHttps } from "./visitor-https";
import { readLiveSession, revokeSession } from "./sessions";
import { isUnreadableSessionCookie } from "./unreadable-session";
import { LogTally } from "@/lib/http/log-tally";

class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

/** The code the sign-in form turns into a translated message (app/actions/session.ts). */
function refusalCode(error: { code: string; message: string }): string {
  if (error.message === SLOW_DOWN) return "slow_down";
  if (error.message === ONE_TIME_PASSWORD_EXPIRED) return "expired";
  if (error.code === "RATE_LIMITED") return "rate_limited";
  return error.code === "INVALID" ? "invalid" : "credentials";
}

async function requestIpOrUndefined(): Promise<string | undefined> {
  try {
    return clientIp(await headers());
  } catch {
    return undefined;
  }
}

/**
 * Whether this visitor is on https, decided as Auth.js decides it (the request's URL for its route handlers, already
 * on the visitor's origin: lib/auth/visitor-request.ts; else X-Forwarded-Proto, which the front server always sets).
 */
async function visitorOnHttps(request: Request | undefined): Promise<boolean> {
  if (request) return new URL(request.url).protocol === "https:";
  try {
    return forwardedHttps(await headers());
  } catch {
    return false;
  }
}

const unreadableSessions = new LogTally();

const config: NextAuthConfig = {
  ...authConfig,
  logger: {
    // A refused sign-in is expected traffic (and audited): no stack trace for it. A post without the
    // CSRF token is a forged or stale form: one line, not a stack trace per request.
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin") return;
      if (type === "MissingCSRF") return console.warn("[auth] sign-in refused: missing or wrong CSRF token");
      // A session cookie that does not decrypt (made up, cut, or from before AUTH_SECRET changed) is read as no session;
      // any visitor can send one with every request, so it is counted, one line a minute, not a stack trace each.
      if (isUnreadableSessionCookie(error)) {
        const count = unreadableSessions.note();
        if (count !== null) console.warn(`[auth] ${count} request${count === 1 ? "" : "s"} carried a session cookie that does not decrypt (read as signed out); at most one such line a minute`);
        return;
      }
      console.error(error);
    },
  },
  callbacks: {
    ...authConfig.callbacks,
    // Every session read (pages, actions, GET /api/auth/session) checks the server-side session: null ends
    // it and clears the cookie. The token's role, name and password state are refreshed from the database.
    async jwt(params) {
      const token = authConfig.callbacks.jwt(params);
      if (params.user) return token;
      const live = await readLiveSession(token.sid, token.sv);
      if (!live) return null;
      return { ...token, role: live.role, name: live.name, email: live.email, mcp: live.mustChangePassword };
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message && message.token) await revokeSession(message.token.sid, { ip: await requestIpOrUndefined() });
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        try {
          const user = await authenticate(credentials, clientIp(request.headers));
          return {
            id: user.id,
            email: user.email,
            name: user.name,
            role: user.role,
            sessionVersion: user.sessionVersion,
            sessionId: user.sessionId,
            mustChangePassword: user.mustChangePassword,
          };
        } catch (error) {
          if (isAppError(error)) throw new SignInRefused(refusalCode(error));
          throw error;
        }
      },
    }),
  ],
};

// Over https the session cookie is `__Host-` (SESSION_COOKIE_NAMES): a sibling subdomain cannot set a cookie of that
// name for this host, so it cannot toss its own session into a visitor's browser (a `__Secure-` cookie it can set for
// the parent domain). Over plain http (a laptop, the tests) it keeps Auth.js's own name.
export const { handlers, auth, signIn, signOut } = NextAuth(async (request) => {
  const secure = await visitorOnHttps(request);
  return { ...config, useSecureCookies: secure, cookies: { sessionToken: { name: sessionCookieName(secure) } } };
});
