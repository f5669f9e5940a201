// The top bar: what the visitor may open, who is signed in, and the language switch.
import Link from "next/link";
import { getSessionActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDictionary } from "@/lib/i18n/server";
import { LOCALES } from "@/lib/i18n/locale";
import { getNavCounts } from "@/lib/workflow/queues";
import { signOutAction, setLocaleAction } from "@/app/actions/session";

export async function SiteHeader() {
  const [{ locale, t }, actor] = await Promise.all([getDictionary(), getSessionActor()]);
  const counts = await getNavCounts(actor?.mustChangePassword ? null : actor);
  return (
    <header className="site-header">
      <div className="bar">
        <Link href="/" className="brand">
          {t.app.name}
        </Link>
        <nav aria-label="main">
          <Link href="/">{t.nav.home}</Link>
          <Link href="/claims">{t.nav.search}</Link>
          <Link href="/corrections">{t.nav.corrections}</Link>
          {actor && (
            <Link href="/desk" data-testid="nav-desk">
              {t.nav.desk}
              {counts.review > 0 && (
                <span className="count" title={t.nav.review} aria-label={`${t.nav.review}: ${counts.review}`}>
                  {counts.review}
                </span>
              )}
              {counts.notifications > 0 && (
                <span className="count alert" title={t.nav.notifications} aria-label={`${t.nav.notifications}: ${counts.notifications}`}>
                  {counts.notifications}
                </span>
              )}
            </Link>
          )}
          {can(actor, "source.read") && <Link href="/sources">{t.nav.sources}</Link>}
          {can(actor, "source.import") && <Link href="/sources/import">{t.nav.import}</Link>}
          {can(actor, "claim.read") && <Link href="/desk/claims">{t.nav.claims}</Link>}
          {can(actor, "claim.read") && <Link href="/desk/claimants">{t.nav.claimants}</Link>}
          {can(actor, "claim.read") && <Link href="/desk/reanchor">{t.nav.orphans}</Link>}
          {can(actor, "account.list") && <Link href="/admin/accounts">{t.nav.accounts}</Link>}
          {can(actor, "audit.read") && <Link href="/admin/audit">{t.nav.audit}</Link>}
        </nav>
        <form action={setLocaleAction} className="lang" aria-label={t.nav.language}>
          {LOCALES.map((code) => (
            <button key={code} name="locale" value={code} className="link-button" aria-current={code === locale} lang={code}>
              {code === "vi" ? "Tiếng Việt" : "English"}
            </button>
          ))}
        </form>
        {actor ? (
          <>
            <Link href="/account/password" className="who">
              {actor.name} · {t.roles[actor.role]}
            </Link>
            <form action={signOutAction}>
              <button className="link-button" type="submit">
                {t.nav.signOut}
              </button>
            </form>
          </>
        ) : (
          <Link href="/sign-in">{t.nav.signIn}</Link>
        )}
      </div>
    </header>
  );
}
