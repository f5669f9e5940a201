// Public search over published claims: a plain GET form (works without JavaScript), filters with facet
// counts, highlighted matches and pages. Highlights arrive as segments and render as text inside <mark>.
import Link from "next/link";
import { readSearchFilters, searchPublishedClaims, SEARCH_PAGE_SIZE, type Facet, type SearchFilters } from "@/lib/public/search";
import type { Segment } from "@/lib/public/highlight";
import { CLAIM_KINDS } from "@/lib/claims/schemas";
import { VERDICTS } from "@/lib/workflow/verdicts";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { format, formatDateTime, type Locale } from "@/lib/i18n/locale";
import type { Dictionary } from "@/lib/i18n/vi";
import { VerdictBadge, verdictName } from "@/app/components/verdict";
import { FilterForm, QueryField } from "@/app/components/filter-form";
import { localeHref } from "@/lib/public/locale-path";
import { acceptedSearch, lastPageOf, pastTheLastPage, searchPageHref, writtenPage } from "@/lib/public/canonical-query";
import { redirect } from "next/navigation";
import { DateField } from "@/app/components/date-field";
import { lastSearchPage, searchPageNumber } from "@/lib/public/search-window";

export const generateMetadata = titleFor("search");

type Params = Record<string, string | string[] | undefined>;

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>));
}

/** The search address with some parameters changed; a changed filter starts again at page 1. */
function searchHref(filters: SearchFilters, change: Partial<Record<keyof SearchFilters | "page", string | undefined>>): string {
  return searchPageHref(filters, change);
}

function count(facets: Facet[], value: string): number {
  return facets.find((f) => f.value === value)?.count ?? 0;
}

/** A filter's choices with how many results each would give. */
function CountSelect({ name, label, any, value, options }: { name: string; label: string; any: string; value?: string; options: { value: string; label: string; count: number }[] }) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </div>
  );
}

function FacetList({ title, facets, name, label, filters, locale }: { locale: Locale; title: string; facets: Facet[]; name: "verdict" | "kind"; label: (value: string) => string; filters: SearchFilters }) {
  if (!facets.length) return null;
  return (
    <div className="facet" data-testid={`facet-${name}`}>
      <h2>{title}</h2>
      <ul>
        {facets.map((f) => (
          <li key={f.value}>
            <Link href={localeHref(locale, searchHref(filters, { [name]: filters[name] === f.value ? undefined : f.value }))} aria-current={filters[name] === f.value ? "true" : undefined}>
              {label(f.value)}
            </Link>{" "}
            <span className="muted">({f.count})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = readSearchFilters(raw);
  const page = searchPageNumber(raw.page, SEARCH_PAGE_SIZE);
  const accepted = acceptedSearch(raw, { ...filters, page: writtenPage(page) });
  if (accepted !== null) redirect(localeHref((await getDictionary()).locale, accepted ? `/claims?${accepted}` : "/claims"));
  const [{ locale, t }, result] = await Promise.all([getDictionary(), searchPublishedClaims(filters, { offset: (page - 1) * SEARCH_PAGE_SIZE, limit: SEARCH_PAGE_SIZE })]);
  const s = t.search;
  const pages = lastPageOf(result.total, SEARCH_PAGE_SIZE, lastSearchPage(SEARCH_PAGE_SIZE));
  // A page past the last is sent to the last before anything is rendered.
  const last = pastTheLastPage(page, result.total, SEARCH_PAGE_SIZE, lastSearchPage(SEARCH_PAGE_SIZE));
  if (last !== null) redirect(localeHref(locale, searchHref(filters, { page: String(last) })));
  const verdictLabel = (v: string) => verdictName(t.verdicts, v);
  const kindName = (k: string) => t.claims.kinds[k as keyof Dictionary["claims"]["kinds"]] ?? k;
  const filtered = Object.values(filters).some(Boolean);
  const claimants = filters.claimant && !result.facets.claimant.some((f) => f.value === filters.claimant) ? [...result.facets.claimant, { value: filters.claimant, count: 0 }] : result.facets.claimant;
  return (
    <>
      <h1>{s.title}</h1>
      <FilterForm submit={s.submit} action={localeHref(locale, "/claims")} clear={filtered ? { href: localeHref(locale, "/claims"), label: s.clear } : null}>
        <QueryField label={s.query} defaultValue={filters.q} hint={s.queryHint} maxLength={200} />
        <CountSelect name="kind" label={s.kind} any={s.any} value={filters.kind} options={CLAIM_KINDS.map((k) => ({ value: k, label: kindName(k), count: count(result.facets.kind, k) }))} />
        <CountSelect name="verdict" label={s.verdict} any={s.any} value={filters.verdict} options={VERDICTS.map((v) => ({ value: v, label: verdictLabel(v), count: count(result.facets.verdict, v) }))} />
        <CountSelect name="claimant" label={s.claimant} any={s.any} value={filters.claimant} options={claimants.map((c) => ({ value: c.value, label: c.value, count: c.count }))} />
        <DateField id="from" name="from" label={s.from} hint={t.common.dateHint} defaultValue={filters.from ?? ""} />
        <DateField id="to" name="to" label={s.to} hint={t.common.dateHint} defaultValue={filters.to ?? ""} />
      </FilterForm>
      <div className="search-layout">
        <aside aria-label={s.refine}>
          <FacetList title={s.byVerdict} facets={result.facets.verdict} name="verdict" label={verdictLabel} filters={filters} locale={locale} />
          <FacetList title={s.byKind} facets={result.facets.kind} name="kind" label={kindName} filters={filters} locale={locale} />
        </aside>
        <section>
          <p className="muted" role="status" data-testid="search-count">
            {format(s.count, { count: new Intl.NumberFormat(locale).format(result.total) })}
          </p>
          {result.hits.length === 0 ? (
            <p className="empty" data-testid="search-empty">
              {s.empty}
            </p>
          ) : (
            <ul className="verdict-list" data-testid="search-results">
              {result.hits.map((hit) => (
                <li key={hit.id} className="card">
                  <VerdictBadge verdict={hit.verdict} verdicts={t.verdicts} />
                  {hit.state === "WITHDRAWN" && <span className="badge off">{s.withdrawn}</span>}
                  <h2 lang="vi">
                    <Link href={localeHref(locale, `/claims/${hit.slug}`)}>
                      <Marked segments={hit.highlight.text} />
                    </Link>
                  </h2>
                  {hit.gloss && locale === "en" && (
                    <p lang="en" className="gloss">
                      {hit.gloss}
                    </p>
                  )}
                  <p>
                    <Marked segments={hit.highlight.summary} />
                  </p>
                  <p className="muted">
                    {[hit.claimant, hit.kind ? kindName(hit.kind) : null, format(s.published, { date: formatDateTime(locale, hit.publishedAt) })].filter(Boolean).join(" · ")}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {pages > 1 && (
            <nav className="row pager" aria-label="pagination">
              {page > 1 && <Link href={localeHref(locale, searchHref(filters, { page: String(page - 1) }))}>{s.previous}</Link>}
              <span>{format(s.page, { page, pages })}</span>
              {page < pages && <Link href={localeHref(locale, searchHref(filters, { page: String(page + 1) }))}>{s.next}</Link>}
            </nav>
          )}
        </section>
      </div>
    </>
  );
}
