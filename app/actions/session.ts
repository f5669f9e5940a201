"use server";
// Sign-in, sign-out and language choice.
import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { signIn, signOut } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/paths";
import { forwardedHttps } from "@/lib/auth/visitor-https";
import { signInSchema } from "@/lib/auth/schemas";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";
import { getDictionary } from "@/lib/i18n/server";
import { localizeMessage } from "@/lib/i18n/messages";
import type { FormState } from "@/lib/errors";
import { formArgument } from "@/lib/validation";

type SignInValues = { email: string; callbackUrl: string };

export async function signInAction(_previous: FormState<SignInValues> | null, formData: FormData): Promise<FormState<SignInValues>> {
  formData = formArgument(formData);
  const { locale, t } = await getDictionary();
  const values = { email: String(formData.get("email") ?? ""), callbackUrl: safeCallbackUrl(formData.get("callbackUrl")) };
  const parsed = signInSchema.safeParse({ email: values.email, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), [localizeMessage(locale, issue.message)]]));
    return { ok: false, code: "INVALID", message: t.signIn.invalid, fieldErrors, values };
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: values.callbackUrl });
    return { ok: true };
  } catch (error) {
    // signIn redirects by throwing; only Auth.js refusals are answered here.
    if (!(error instanceof AuthError)) throw error;
    const code = (error as AuthError & { code?: string }).code;
    const throttled = code === "rate_limited" || code === "slow_down";
    const message = code === "rate_limited" ? t.signIn.throttled : code === "slow_down" ? t.signIn.slowDown : code === "expired" ? t.signIn.expired : t.signIn.wrong;
    return { ok: false, code: throttled ? "RATE_LIMITED" : code === "expired" ? "FORBIDDEN" : "UNAUTHENTICATED", message, fieldErrors: {}, values };
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}

export async function setLocaleAction(formData: FormData): Promise<void> {
  formData = formArgument(formData);
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  // Secure over https as the session cookie is; HttpOnly, as only the server reads it (lib/i18n/server.ts, and the
  // front server's page cache, which keys a page by it).
  const secure = forwardedHttps(await headers());
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true, secure });
}
