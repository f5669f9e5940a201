// Public home: the latest published verdicts.
import Link from "next/link";
import { getDictionary } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/locale";
import { listLatestVerdicts } from "@/lib/public/published-claims";
import type { Dictionary } from "@/lib/i18n/vi";

export default async function HomePage() {
  const [{ locale, t }, latest] = await Promise.all([getDictionary(), listLatestVerdicts()]);
  return (
    <>
      <h1>{t.home.title}</h1>
      {latest.length === 0 ? (
        <p className="empty">{t.home.empty}</p>
      ) : (
        <ul className="verdict-list" data-testid="latest-verdicts">
          {latest.map((claim) => (
            <li key={claim.slug} className="card">
              <span className={`verdict verdict-${(claim.verdict ?? "none").toLowerCase()}`}>{claim.verdict ? t.verdicts[claim.verdict as keyof Dictionary["verdicts"]] : "—"}</span>
              <h2 lang="vi">
                <Link href={`/claims/${claim.slug}`}>{claim.text}</Link>
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
