// A published claim's public page: the latest revision's verdict, rationale, quotes, evidence and links,
// with its revision history, diffs and corrections. Drafts and claims in review are not found.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { cache } from "react";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getPublishedClaim, listLinkingClaims } from "@/lib/public/published-claims";
import { getDictionary, getPublicLocale } from "@/lib/i18n/server";
import { format, formatDateTime, formatPublishedAt } from "@/lib/i18n/locale";
import type { Dictionary } from "@/lib/i18n/vi";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { Markdown } from "@/app/components/markdown";
import { citationAnchor } from "@/lib/workflow/citations";
import { diffNames, RevisionDiff } from "@/app/components/revision-diff";
import { claimReviewFor, shortClaim } from "@/lib/public/claim-review";
import { claimUrl, organisation, siteUrl } from "@/lib/public/site";
import { vi as vietnamese } from "@/lib/i18n/vi";
import { VerdictBadge, verdictName } from "@/app/components/verdict";
import { localeHref } from "@/lib/public/locale-path";

type Params = { params: Promise<{ slug: string }> };

// Once per request: the metadata (title, description, canonical) and the page read one revision, even when an
// approval commits while the page renders.
const load = cache(async (slug: string) => {
  const found = await getPublishedClaim(slug);
  if (!found) notFound();
  if ("redirect" in found) permanentRedirect(localeHref((await getPublicLocale()) ?? "vi", `/claims/${found.redirect}`));
  return found.claim;
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const claim = await load((await params).slug);
  const { text, summary } = claim.latest.snapshot;
  const url = claimUrl(claim.slug, siteUrl(await headers()));
  const locale = (await getPublicLocale()) ?? "vi";
  return {
    // Under 70 characters with the layout's " · Claim desk" (13): what search results show whole.
    title: shortClaim(claim.latest.snapshot.shortText || text, 57),
    description: summary,
    // Each language's page is its own canonical; the layout links the two as hreflang alternates.
    alternates: { canonical: locale === "vi" ? url : claimUrl(claim.slug, `${siteUrl(await headers())}/en`) },
    openGraph: { title: text, description: summary, type: "article", url, locale: locale === "vi" ? "vi_VN" : "en_GB", publishedTime: claim.firstPublishedAt.toISOString() },
  };
}

function SourceLine({ source, t, locale }: { source: RevisionSnapshot["appearances"][number]["source"]; t: Dictionary; locale: "vi" | "en" }) {
  return (
    <p className="muted">
      {source.title ?? t.sources.untitled}
      {source.outlet ? ` · ${source.outlet}` : ""}
      {source.publishedAt ? ` · ${formatPublishedAt(locale, source.publishedAt)}` : ""}
      {source.url && (
        <>
          {" · "}
          <a href={source.url} rel="nofollow noopener noreferrer">
            {t.claimPage.original}
          </a>
        </>
      )}
    </p>
  );
}

export default async function PublicClaimPage({ params }: Params) {
  const [{ locale, t }, claim, requestHeaders] = await Promise.all([getDictionary(), params.then((p) => load(p.slug)), headers()]);
  const base = siteUrl(requestHeaders);
  // Read live, not from the revision: claims published later that deny, contradict, corroborate or repeat this one.
  const linking = await listLinkingClaims(claim.id, claim.slug);
  const s = claim.latest.snapshot;
  const p = t.claimPage;
  // The claim is reviewed in Vietnamese, so the rating's name is the Vietnamese one whatever the reader's language.
  const markup = claimReviewFor(claim, vietnamese.verdicts, { organisation: organisation(base), baseUrl: base });
  const stances = (["SUPPORTS", "REFUTES", "CONTEXT"] as const).map((stance) => ({ stance, items: s.evidence.filter((e) => e.stance === stance) })).filter((g) => g.items.length);
  return (
    <article className="claim-page">
      {markup && (
        // JSON-LD is data, not script; "<" is escaped so no text in it can close the element.
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(markup).replace(/</g, "\\u003c") }} />
      )}
      {claim.state === "WITHDRAWN" && (
        <p className="notice warn" role="status" data-testid="withdrawn">
          {p.withdrawn}
        </p>
      )}
      <VerdictBadge as="p" verdict={s.verdict} verdicts={t.verdicts} testId="verdict" />
      <h1 lang="vi">{s.text}</h1>
      {s.gloss && locale === "en" && (
        <p lang="en" className="gloss">
          {s.gloss}
        </p>
      )}
      <p className="summary" data-testid="summary">
        {s.summary}
      </p>
      <dl className="facts">
        {s.claimant && (
          <div>
            <dt>{p.claimant}</dt>
            <dd>{s.claimant.name}</dd>
          </div>
        )}
        {s.madeAt && (
          <div>
            <dt>{p.madeAt}</dt>
            <dd>{formatPublishedAt(locale, s.madeAt)}</dd>
          </div>
        )}
        <div>
          <dt>{p.kind}</dt>
          <dd>{t.claims.kinds[s.kind as keyof Dictionary["claims"]["kinds"]]}</dd>
        </div>
        <div>
          <dt>{p.publishedLabel}</dt>
          <dd>
            {formatDateTime(locale, claim.firstPublishedAt)}
            {claim.revisions.length > 1 && ` · ${format(p.updated, { date: formatDateTime(locale, claim.latest.publishedAt) })}`}
          </dd>
        </div>
      </dl>
      {claim.corrections.length > 0 && (
        <section className="card corrections" data-testid="corrections">
          <h2>{p.corrections}</h2>
          <ul>
            {claim.corrections.map((c) => (
              <li key={c.revision}>
                {formatDateTime(locale, c.createdAt)} · {t.workflow.kinds[c.kind as keyof Dictionary["workflow"]["kinds"]]}: {format(p.correctionLine, { old: verdictName(t.verdicts, c.oldVerdict), new: verdictName(t.verdicts, c.newVerdict) })} — {c.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>{p.rationale}</h2>
        <Markdown citations={s.evidence.length}>{s.rationale}</Markdown>
      </section>
      {s.appearances.length > 0 && (
        <section>
          <h2>{p.appearances}</h2>
          <ul className="quotes">
            {s.appearances.map((a, i) => (
              <li key={i} data-testid="public-appearance">
                <blockquote lang={a.source.language ?? undefined}>
                  <span className="muted">…{a.prefix}</span>
                  <mark>{a.exact}</mark>
                  <span className="muted">{a.suffix}…</span>
                </blockquote>
                <SourceLine source={a.source} t={t} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {stances.length > 0 && (
        <section>
          <h2>{p.evidence}</h2>
          {stances.map((group) => (
            <div key={group.stance} data-testid={`public-evidence-${group.stance.toLowerCase()}`}>
              <h3>{t.claims.stances[group.stance]}</h3>
              <ul className="quotes">
                {group.items.map((e) => (
                  // Numbered as the rationale cites them: [n] is the n-th evidence item of the revision.
                  <li key={s.evidence.indexOf(e)} id={citationAnchor(s.evidence.indexOf(e) + 1)} data-testid="public-evidence-item">
                    {e.quote && (
                      <blockquote>
                        <span className="badge">[{s.evidence.indexOf(e) + 1}]</span>{" "}
                        {e.source?.url ? (
                          <a href={e.source.url} rel="nofollow noopener noreferrer">
                            <mark>{e.quote}</mark>
                          </a>
                        ) : (
                          <mark>{e.quote}</mark>
                        )}
                      </blockquote>
                    )}
                    {e.source && <SourceLine source={e.source} t={t} locale={locale} />}
                    {e.reference && (
                      <p>
                        {!e.quote && <span className="badge">[{s.evidence.indexOf(e) + 1}]</span>}{" "}
                        {e.reference.url ? (
                          <a href={e.reference.url} rel="nofollow noopener noreferrer">
                            {e.reference.title ?? e.reference.url}
                          </a>
                        ) : (
                          (e.reference.title ?? t.sources.untitled)
                        )}
                        {e.reference.publisher ? ` · ${e.reference.publisher}` : ""}
                        {e.reference.publishedAt ? ` · ${e.reference.publishedAt}` : ""}
                      </p>
                    )}
                    {e.note && <p className="muted">{e.note}</p>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {s.links.length > 0 && (
        <section>
          <h2>{p.links}</h2>
          <ul className="links">
            {s.links.map((l, i) => (
              <li key={i} data-testid="public-link">
                <em>{(l.direction === "from" ? t.claims.linkTypes : t.claims.linkTypesReverse)[l.type as keyof Dictionary["claims"]["linkTypes"]]}</em> <Link href={localeHref(locale, `/claims/${l.claim.slug}`)}>{l.claim.text}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {linking.length > 0 && (
        <section className="card" data-testid="linked-from" aria-describedby="linked-from-note">
          <h2>{p.linkedFrom}</h2>
          <p id="linked-from-note" className="muted">
            {p.linkedFromNote}
          </p>
          <ul className="links">
            {linking.map((l) => (
              <li key={`${l.slug} ${l.type}`} data-testid="linked-from-claim">
                <em>{t.claims.linkTypesReverse[l.type]}</em> <Link href={localeHref(locale, `/claims/${l.slug}`)} lang="vi">{l.text}</Link>
                {l.verdict && <> · {verdictName(t.verdicts, l.verdict)}</>} · {formatDateTime(locale, l.publishedAt)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section data-testid="history">
        <h2>{p.history}</h2>
        <ol className="revisions" reversed>
          {claim.revisions.map((r, i) => {
            const previous = claim.revisions[i + 1];
            return (
              // An explicit number: a <summary> inside an item is itself a list item and would shift the count.
              <li key={r.number} value={r.number}>
                <strong>{format(p.revision, { number: r.number })}</strong> · {t.workflow.kinds[r.kind]} · {verdictName(t.verdicts, r.verdict)} · {formatDateTime(locale, r.publishedAt)}
                <span className="muted"> · {format(p.revisionBy, { proposer: r.proposedBy, approver: r.approvedBy })}</span>
                {previous && (
                  <details>
                    <summary>{p.changes}</summary>
                    <RevisionDiff before={previous.snapshot} after={r.snapshot} labels={p} verdictName={(v) => verdictName(t.verdicts, v)} names={diffNames(t)} />
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
