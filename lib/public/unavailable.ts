// The short page the front server answers with (503) while next-server is down or restarting.
import { dictionaryFor, localeFromCookieHeader } from "@/lib/i18n/locale";
import { escapeHtml } from "@/lib/html-escape";

const RETRY_AFTER_SECONDS = 5;

/** Status, headers and body, in the visitor's language (the locale cookie, else Vietnamese). */
export function unavailableAnswer(cookieHeader: string | undefined): { status: number; headers: Record<string, string | number>; body: string } {
  const locale = localeFromCookieHeader(cookieHeader);
  const t = dictionaryFor(locale);
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.errors.unavailableTitle)} · ${escapeHtml(t.app.name)}</title></head><body><main><h1>${escapeHtml(t.errors.unavailableTitle)}</h1><p>${escapeHtml(t.errors.unavailableText)}</p></main></body></html>\n`;
  return {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-length": Buffer.byteLength(body),
      "cache-control": "no-store",
      "retry-after": RETRY_AFTER_SECONDS,
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    },
    body,
  };
}
