// Auth.js endpoints (session, CSRF token, sign-in callback, sign-out).
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
