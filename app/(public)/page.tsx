// Public home: the latest published verdicts.
import Link from "next/link";
import { getDictionary } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/locale";
import { countPublished, listLatestVerdicts } from "@/lib/public/published-claims";
import { VERDICTS } from "@/lib/workflow/verdicts";
import { CLAIM_KINDS } from "@/lib/claims/schemas";
import { VerdictBadge } from "@/app/components/verdict";
import { localeHref } from "@/lib/public/locale-path";

export default async function HomePage() {
  const [{ locale, t }, latest, counts] = await Promise.all([getDictionary(), listLatestVerdicts(), countPublished()]);
  return (
    <>
      <h1>{t.home.title}</h1>
      <form action={localeHref(locale, "/claims")} method="get" role="search" className="search-box">
        <label htmlFor="home-q">{t.home.search}</label>
        <div className="row">
          <input id="home-q" name="q" type="search" placeholder={t.home.searchPlaceholder} className="grow" />
          <button className="button" type="submit">
            {t.home.searchButton}
          </button>
        </div>
      </form>
      {counts.total > 0 && (
        <section className="tallies" aria-label={t.home.tallies} data-testid="tallies">
          <ul>
            {VERDICTS.filter((v) => counts.verdicts[v]).map((v) => (
              <li key={v}>
                <Link href={localeHref(locale, `/claims?verdict=${v}`)} className={`verdict verdict-${v.toLowerCase()}`}>
                  {t.verdicts[v]} · {counts.verdicts[v]}
                </Link>
              </li>
            ))}
          </ul>
          <ul>
            {CLAIM_KINDS.filter((k) => counts.kinds[k]).map((k) => (
              <li key={k}>
                <Link href={localeHref(locale, `/claims?kind=${k}`)}>
                  {t.claims.kinds[k]} · {counts.kinds[k]}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {latest.length === 0 ? (
        <p className="empty">{t.home.empty}</p>
      ) : (
        <ul className="verdict-list" data-testid="latest-verdicts">
          {latest.map((claim) => (
            <li key={claim.slug} className="card">
              <VerdictBadge verdict={claim.verdict} verdicts={t.verdicts} />
              <h2 lang="vi">
                <Link href={localeHref(locale, `/claims/${claim.slug}`)}>{claim.text}</Link>
              </h2>
              <p>{claim.summary}</p>
              <p className="muted">
                {claim.claimant ? `${claim.claimant} · ` : ""}
                {formatDateTime(locale, claim.publishedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section className="card">
        <h2>{t.home.forDesk}</h2>
        <p>{t.home.forDeskText}</p>
        <Link className="button" href="/desk">
          {t.nav.desk}
        </Link>
      </section>
    </>
  );
}
