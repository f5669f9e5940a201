// The top bar: what the visitor may open, who is signed in (their menu: password, language, sign out), and the
// language switch.
import Link from "next/link";
import { getSessionActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { headers } from "next/headers";
import { getDictionary, getPublicLocale } from "@/lib/i18n/server";
import { LOCALES } from "@/lib/i18n/locale";
import { alternateHrefs, localeHref } from "@/lib/public/locale-path";
import { getNavCounts } from "@/lib/workflow/queues";
import { signOutAction, setLocaleAction } from "@/app/actions/session";
import { initialsOf } from "@/lib/accounts/initials";
import { AccountMenu } from "./account-menu";

export async function SiteHeader() {
  const [{ locale, t }, actor, publicLocale, requestHeaders] = await Promise.all([getDictionary(), getSessionActor(), getPublicLocale(), headers()]);
  const counts = await getNavCounts(actor?.mustChangePassword ? null : actor);
  // On public pages the language is in the URL: links stay in it, and the chooser links to the other URL.
  const href = (path: string) => (publicLocale ? localeHref(publicLocale, path) : path);
  const alternates = publicLocale ? alternateHrefs(requestHeaders.get("x-claimdesk-path") ?? "/") : null;
  // Signed in, the language choice sits in the account menu, so the navigation keeps the bar's width.
  const languages = alternates ? (
    <nav className="lang" aria-label={t.nav.language}>
      {LOCALES.map((code) => (
        <a key={code} href={alternates[code]} hrefLang={code} lang={code} aria-current={code === locale ? "page" : undefined}>
          {code === "vi" ? "Tiếng Việt" : "English"}
        </a>
      ))}
    </nav>
  ) : (
    <form action={setLocaleAction} className="lang" aria-label={t.nav.language}>
      {LOCALES.map((code) => (
        <button key={code} name="locale" value={code} className="link-button" aria-current={code === locale} lang={code}>
          {code === "vi" ? "Tiếng Việt" : "English"}
        </button>
      ))}
    </form>
  );
  // The published pages every visitor reads; signed in on a phone they move into the account menu (the style sheet
  // shows one copy or the other, the hidden one out of the keyboard's way and out of screen readers').
  const readerLinks = (className?: string) => (
    <>
      <Link href={href("/claims")} className={className}>
        {t.nav.search}
      </Link>
      <Link href={href("/corrections")} className={className}>
        {t.nav.corrections}
      </Link>
      <Link href={href("/ledger")} className={className}>
        {t.ledger.title}
      </Link>
    </>
  );
  return (
    <header className="site-header">
      <div className="bar">
        <Link href={href("/")} className="brand">
          {t.app.name}
        </Link>
        <nav aria-label="main" className={actor ? "signed-in" : undefined}>
          {readerLinks("reader-link")}
          {actor && (
            <Link href="/desk" data-testid="nav-desk">
              {t.nav.desk}
              {/* Each count says what it counts where it is seen, the number first; the tooltip gives the long name. On a
                  phone a short word (data-short, drawn by the style sheet) stands in for the long one. */}
              {counts.review > 0 && (
                <span className="count" title={t.nav.review} data-short={t.nav.reviewShort} data-testid="nav-count-review">
                  {counts.review} <span className="count-label">{t.nav.reviewCount}</span>
                </span>
              )}
              {counts.notifications > 0 && (
                <span className="count alert" title={t.nav.notifications} data-short={t.nav.notificationsShort} data-testid="nav-count-notifications">
                  {counts.notifications} <span className="count-label">{t.nav.notificationsCount}</span>
                </span>
              )}
            </Link>
          )}
          {can(actor, "source.read") && <Link href="/sources">{t.nav.sources}</Link>}
          {can(actor, "source.import") && <Link href="/sources/import">{t.nav.import}</Link>}
          {can(actor, "claim.read") && <Link href="/desk/claims">{t.nav.claims}</Link>}
          {can(actor, "account.list") && (
            <Link href="/admin/accounts">
              {t.nav.admin}
              {counts.adminRemovals > 0 && (
                <span className="count alert" title={t.nav.adminRemovals} data-short={t.nav.adminRemovalsShort} data-testid="nav-count-admin-removals">
                  {counts.adminRemovals} <span className="count-label">{t.nav.adminRemovalsCount}</span>
                </span>
              )}
            </Link>
          )}
        </nav>
        {actor ? (
          <AccountMenu label={`${actor.name} · ${t.roles[actor.role]}`} initials={initialsOf(actor.name, locale)}>
            {/* On a phone the reader's pages wait here, out of the desk's links, so the bar keeps two rows of links
                whatever the role (e2e/widths.spec.ts); above that width they are in the navigation and this is hidden. */}
            <div className="menu-links phone-only">{readerLinks()}</div>
            <Link href="/account/password">{t.nav.password}</Link>
            {languages}
            <form action={signOutAction}>
              <button className="link-button" type="submit">
                {t.nav.signOut}
              </button>
            </form>
          </AccountMenu>
        ) : (
          <>
            {languages}
            <Link href="/sign-in">{t.nav.signIn}</Link>
          </>
        )}
      </div>
    </header>
  );
}
