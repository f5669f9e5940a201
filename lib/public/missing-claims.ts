// A claim page whose slug no claim holds, nor ever held, is answered 404 by the front server without a render. Each
// random slug (`/claims/<random>`, endless in the slug alphabet) passed both copies, never kept, to Next: two indexed
// lookups and a whole page's render each. The front server asks PostgreSQL the same question in one statement, the
// render is what it saves; nothing is kept, so a claim published a moment later is found by the next request (no copy
// of the 404 to purge, in the front server or in nginx: the answer is `no-store`). A slug a claim holds in any state,
// or once held (ClaimSlug: renamed or merged), goes on to the app, which decides as before (a draft's 404, an old
// slug's redirect). Without a database (tests over a stand-in app), or when the read fails, every request goes on.
import { sidePool } from "@/lib/db/connection";
import { dictionaryFor, type Locale } from "@/lib/i18n/locale";
import { PAGE_CLAIM, SLUG, slugSpelling } from "./canonical-query";
import { shortPage, SHORT_PAGE_POLICY } from "./short-page";

/**
 * The slug and language of a claim page's address as the site writes it (no query: proxy.ts and the front server send
 * any other to it), or null for any other.
 */
export function claimPageSlug(url: string | undefined): { slug: string; locale: Locale } | null {
  const match = PAGE_CLAIM.exec(url ?? "");
  return match && SLUG.test(match[2]!) ? { slug: match[2]!, locale: match[1] ? "en" : "vi" } : null;
}


/**
 * Whether a path is a claim page's that no claim can have: its segment, unescaped and with its ASCII capitals lowered
 * (the spellings proxy.ts sends to the slug's own), is no slug at all (`/claims/x.css`, `/claims/t%C3%A0u`). The page
 * reads nothing for such a segment and renders its 404, every time.
 */
export function impossibleClaimPage(path: string): boolean {
  const segment = PAGE_CLAIM.exec(path)?.[2];
  if (segment === undefined) return false;
  try {
    return !SLUG.test(slugSpelling(decodeURIComponent(segment)));
  } catch {
    return false;
  }
}

/** Both of the claim page's lookups (lib/public/published-claims.ts getPublishedClaim), in any state. */
const KNOWN_SLUG_SQL = `SELECT EXISTS (SELECT 1 FROM "Claim" WHERE slug = $1) OR EXISTS (SELECT 1 FROM "ClaimSlug" WHERE slug = $1) AS known`;

/** Whether a slug is or was a claim's: true, false, or null when the database could not say. */
export function slugReader(databaseUrl: string): { known: (slug: string) => Promise<boolean | null>; close: () => Promise<void> } {
  const pool = sidePool(databaseUrl, 2);
  return {
    known: (slug) =>
      pool.query<{ known: boolean }>(KNOWN_SLUG_SQL, [slug]).then(
        (result) => result.rows[0]?.known ?? null,
        () => null,
      ),
    close: () => pool.end(),
  };
}

/** The language of a path's 404: English under /en, else Vietnamese. */
export const notFoundLocale = (path: string): Locale => (path === "/en" || path.startsWith("/en/") ? "en" : "vi");

/**
 * The 404 the front server writes itself, for a claim page no claim has and for a path that is no address at all
 * (lib/http/page-methods.ts isNoAddress): short, in the address's language, kept by no cache.
 */
export function notFoundAnswer(locale: Locale): { status: number; headers: Record<string, string | number>; body: string } {
  const t = dictionaryFor(locale);
  const home = locale === "en" ? "/en" : "/";
  const search = locale === "en" ? "/en/claims" : "/claims";
  const body = shortPage(locale, { title: `${t.errors.notFoundTitle} · ${t.app.name}`, heading: t.errors.notFoundTitle, text: t.errors.notFoundText, links: [{ href: home, label: t.nav.home }, { href: search, label: t.nav.search }], noindex: true });
  return {
    status: 404,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-length": Buffer.byteLength(body),
      "cache-control": "no-store",
      "content-security-policy": SHORT_PAGE_POLICY,
    },
    body,
  };
}
