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
          <Link href="/claims">{t.nav.search}</Link>
          <Link href="/corrections">{t.nav.corrections}</Link>
          <Link href="/ledger">{t.ledger.title}</Link>
          {actor && (
            <Link href="/desk" data-testid="nav-desk">
              {t.nav.desk}
              {counts.review > 0 && (
                <span className="count" title={t.nav.review}>
                  <span className="visually-hidden">{t.nav.review}: </span>
                  {counts.review}
                </span>
              )}
              {counts.notifications > 0 && (
                <span className="count alert" title={t.nav.notifications}>
                  <span className="visually-hidden">{t.nav.notifications}: </span>
                  {counts.notifications}
                </span>
              )}
            </Link>
          )}
          {can(actor, "source.read") && <Link href="/sources">{t.nav.sources}</Link>}
          {can(actor, "source.import") && <Link href="/sources/import">{t.nav.import}</Link>}
          {can(actor, "claim.read") && <Link href="/desk/claims">{t.nav.claims}</Link>}
          {can(actor, "account.list") && <Link href="/admin/accounts">{t.nav.admin}</Link>}
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
