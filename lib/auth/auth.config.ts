// The part of the Auth.js configuration that needs no database: shared by proxy.ts and the full config.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "./permissions";

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

/** Idle lifetime of the cookie; the server-side session also has an absolute end (SESSION_ABSOLUTE_HOURS). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  callbacks: {
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
