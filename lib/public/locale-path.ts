// The public site's language is in its URL: Vietnamese at the plain path (/claims/x), English under /en
// (/en/claims/x). proxy.ts rewrites /en/… to the plain page and tells it the language in PUBLIC_LOCALE_HEADER,
// so a public page's bytes depend on its URL alone, never on the visitor's cookie (caches need no Vary: Cookie).
// Workbench pages keep the language cookie. No "server-only": proxy.ts and the front server use it too.
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";

/** Request header proxy.ts sets (replacing any the client sent) on public pages: the language in the URL. */
export const PUBLIC_LOCALE_HEADER = "x-claimdesk-locale";

/** The public pages (without language prefix): home, search, a claim, corrections, ledger. */
const PUBLIC_PAGE = /^\/(?:claims(?:\/[^/]{1,200})?|corrections|ledger)?$/;

export function isPublicPagePath(pathname: string): boolean {
  return PUBLIC_PAGE.test(pathname);
}

/** For a public page's pathname (with or without /en), its language and the plain path; null for other paths. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } | null {
  if (pathname === "/en" || pathname.startsWith("/en/")) {
    const path = pathname.slice(3) || "/";
    return isPublicPagePath(path) ? { locale: "en", path } : null;
  }
  return isPublicPagePath(pathname) ? { locale: DEFAULT_LOCALE, path: pathname } : null;
}

/** A site-relative href (path, optional query) in the given language: "/claims?q=x" → "/en/claims?q=x" for English. */
export function localeHref(locale: Locale, href: string): string {
  if (locale === DEFAULT_LOCALE || !href.startsWith("/")) return href;
  return href === "/" ? "/en" : href.startsWith("/?") ? `/en${href.slice(1)}` : `/en${href}`;
}

/** The same public page in each language, for hreflang alternates and the language chooser. */
export function alternateHrefs(plainHref: string): Record<Locale, string> {
  return { vi: plainHref, en: localeHref("en", plainHref) };
}
