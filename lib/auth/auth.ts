// Auth.js with e-mail and password: JWT sessions carrying the user id, role and session version.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isAppError } from "@/lib/errors";
import { authConfig } from "./auth.config";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";

class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A refused sign-in is expected traffic (and audited): no stack trace for it. A post without the
    // CSRF token is a forged or stale form: one line, not a stack trace per request.
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin") return;
      if (type === "MissingCSRF") return console.warn("[auth] sign-in refused: missing or wrong CSRF token");
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        try {
          const user = await authenticate(credentials, clientIp(request.headers));
          return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
        } catch (error) {
          if (isAppError(error)) throw new SignInRefused(error.code === "RATE_LIMITED" ? "rate_limited" : error.code === "INVALID" ? "invalid" : "credentials");
          throw error;
        }
      },
    }),
  ],
});
