// The short page the front server answers with (503) while next-server is down or restarting.
import { dictionaryFor, localeFromCookieHeader } from "@/lib/i18n/locale";
import { shortPage, SHORT_PAGE_POLICY } from "./short-page";

const RETRY_AFTER_SECONDS = 5;

/** Status, headers and body, in the visitor's language (the locale cookie, else Vietnamese). */
export function unavailableAnswer(cookieHeader: string | undefined): { status: number; headers: Record<string, string | number>; body: string } {
  const locale = localeFromCookieHeader(cookieHeader);
  const t = dictionaryFor(locale);
  const body = shortPage(locale, { title: `${t.errors.unavailableTitle} · ${t.app.name}`, heading: t.errors.unavailableTitle, text: t.errors.unavailableText });
  return {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-length": Buffer.byteLength(body),
      "cache-control": "no-store",
      "retry-after": RETRY_AFTER_SECONDS,
      "content-security-policy": SHORT_PAGE_POLICY,
    },
    body,
  };
}
