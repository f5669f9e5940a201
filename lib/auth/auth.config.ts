// The part of the Auth.js configuration that needs no database: shared by proxy.ts and the full config.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "./permissions";
import { authRedirect } from "./paths";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
    sessionId?: string;
    mustChangePassword?: boolean;
  }
  interface Session {
    sessionVersion?: number;
    /** The server-side session (lib/auth/sessions.ts) this cookie stands for. */
    sessionId?: string;
    mustChangePassword?: boolean;
  }
}

/**
 * The session cookie's names: `__Host-` over https (Secure, Path=/, no Domain: only this host can set it), Auth.js's
 * plain name over http. Also read by proxy.ts, the front server's page cache and deploy/nginx.conf, which only look
 * for its presence; `__Secure-` was the https name before and still counts there as a signed-in visitor.
 */
export const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Host-authjs.session-token", "__Secure-authjs.session-token"] as const;

export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-authjs.session-token" : "authjs.session-token";
}

/** Idle lifetime of the cookie; the server-side session also has an absolute end (SESSION_ABSOLUTE_HOURS). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  callbacks: {
    redirect: authRedirect,
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = user.sessionId;
        token.mcp = user.mustChangePassword === true;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      (session.user as { role?: unknown }).role = token.role;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : undefined;
      session.sessionId = typeof token.sid === "string" ? token.sid : undefined;
      session.mustChangePassword = token.mcp === true;
      return session;
    },
  },
} satisfies NextAuthConfig;
