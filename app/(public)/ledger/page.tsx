// The public ledger: published claims as data, one table per kind, a timeline with its numbers, filters as a GET
// form (no JavaScript needed), and the same filtered data as CSV and JSON.
import Link from "next/link";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { ATTRIBUTE_FIELDS, MATERIEL } from "@/lib/claims/attributes";
import { LEDGER_KINDS, LEDGER_PAGE_ROWS, LEDGER_STATUSES, attributeText, getLedger, parseLedgerPage, readLedgerFilter } from "@/lib/public/ledger";
import { format } from "@/lib/i18n/locale";
import { VERDICTS } from "@/lib/workflow/verdicts";
import { verdictName } from "@/app/components/verdict";
import { LedgerTimeline } from "./timeline";
import { localeHref } from "@/lib/public/locale-path";
import { acceptedSearch, lastPageOf, ledgerPageHref, pastTheLastPage, publicQuery, writtenPage } from "@/lib/public/canonical-query";
import { redirect } from "next/navigation";

export const generateMetadata = titleFor("ledger");

export default async function LedgerPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const filter = readLedgerFilter(params);
  const page = parseLedgerPage(params.page);
  const accepted = acceptedSearch(params, { ...filter, page: writtenPage(page) });
  if (accepted !== null) redirect(localeHref((await getDictionary()).locale, accepted ? `/ledger?${accepted}` : "/ledger"));
  const [{ locale, t }, ledger] = await Promise.all([getDictionary(), getLedger(filter, { limit: LEDGER_PAGE_ROWS, offset: (page - 1) * LEDGER_PAGE_ROWS })]);
  // A page past the last is sent to the last before anything is rendered.
  const last = pastTheLastPage(page, ledger.total, LEDGER_PAGE_ROWS);
  if (last !== null) redirect(localeHref(locale, ledgerPageHref(filter, last)));
  const l = t.ledger;
  // As the page proxy writes them (publicQuery), so no link of the site's is redirected.
  const suffix = publicQuery("/ledger.csv", filter);
  const materielName = (m: string) => (l.materiel as Record<string, string>)[m] ?? m;
  const pageHref = (n: number) => localeHref(locale, ledgerPageHref(filter, n));
  const lastPage = lastPageOf(ledger.total, LEDGER_PAGE_ROWS);
  return (
    <>
      <h1>{l.title}</h1>
      <p>{l.intro}</p>
      <form method="get" action={localeHref(locale, "/ledger")} className="ledger-filters" aria-label={l.filters}>
        <label>
          {l.fields.supplier} <input name="supplier" type="text" defaultValue={filter.supplier ?? ""} />
        </label>
        <label>
          {l.fields.recipient} <input name="recipient" type="text" defaultValue={filter.recipient ?? ""} />
        </label>
        <label>
          {l.fields.materiel}{" "}
          <select name="materiel" defaultValue={filter.materiel ?? ""}>
            <option value="">{l.any}</option>
            {MATERIEL.map((m) => (
              <option key={m} value={m}>
                {materielName(m)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {l.verdict}{" "}
          <select name="verdict" defaultValue={filter.verdict ?? ""}>
            <option value="">{l.any}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {t.verdicts[v]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {l.periodFrom} <input name="from" type="month" defaultValue={filter.from ?? ""} />
        </label>
        <label>
          {l.periodTo} <input name="to" type="month" defaultValue={filter.to ?? ""} />
        </label>
        <button type="submit">{l.apply}</button> <Link href={localeHref(locale, "/ledger")}>{l.reset}</Link>
      </form>
      <p>
        {l.download}:{" "}
        <a href={`/ledger.csv${suffix}`} data-testid="ledger-csv" download>
          {l.csv}
        </a>{" "}
        ·{" "}
        <a href={`/api/v1/ledger${suffix}`} data-testid="ledger-json">
          {l.json}
        </a>
      </p>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{l.timeline}</h2>
        <LedgerTimeline timeline={ledger.timeline} labels={{ title: l.timeline, desc: l.timelineDesc, month: l.month, statuses: l.statuses }} />
        <div className="scroll-x">
          <table className="table" data-testid="ledger-timeline-table">
            <caption>{l.timelineDesc}</caption>
            <thead>
              <tr>
                <th scope="col">{l.month}</th>
                {LEDGER_STATUSES.map((s) => (
                  <th scope="col" key={s}>
                    {l.statuses[s]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ledger.timeline.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  {LEDGER_STATUSES.map((s) => (
                    <td key={s}>{m.counts[s]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {ledger.rows.length === 0 && <p className="empty">{l.none}</p>}
      {ledger.total > LEDGER_PAGE_ROWS && (
        <nav className="row pager" aria-label={l.pages} data-testid="ledger-pages">
          {page > 1 && (
            <Link href={pageHref(Math.min(page - 1, lastPage))} rel="prev">
              {l.newer}
            </Link>
          )}
          <span className="hint">
            {format(l.shown, { from: ledger.offset + (ledger.rows.length ? 1 : 0), to: ledger.offset + ledger.rows.length, total: ledger.total, page, pages: lastPage })}
          </span>
          {page < lastPage && (
            <Link href={pageHref(page + 1)} rel="next">
              {l.older}
            </Link>
          )}
        </nav>
      )}
      {LEDGER_KINDS.map((kind) => {
        const rows = ledger.rows.filter((r) => r.kind === kind);
        if (!rows.length) return null;
        const fields = ATTRIBUTE_FIELDS[kind];
        return (
          <section key={kind} aria-labelledby={`ledger-${kind}`}>
            <h2 id={`ledger-${kind}`}>{t.claims.kinds[kind]}</h2>
            <div className="scroll-x">
              <table className="table" data-testid={`ledger-table-${kind}`}>
                <thead>
                  <tr>
                    <th scope="col">{l.month}</th>
                    <th scope="col">{l.claim}</th>
                    {fields.map((f) => (
                      <th scope="col" key={f}>
                        {l.fields[f]}
                      </th>
                    ))}
                    <th scope="col">{l.verdict}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.slug} data-slug={r.slug}>
                      <td>{r.month}</td>
                      <td lang="vi">
                        <Link href={localeHref(locale, r.url)}>{r.text}</Link>
                        {r.denies.map((d) => (
                          <span key={d.slug} className="hint">
                            {" "}
                            → <Link href={localeHref(locale, `/claims/${d.slug}`)}>{d.text}</Link>
                          </span>
                        ))}
                      </td>
                      {fields.map((f) => (
                        <td key={f}>{attributeText(r.attributes, f, materielName)}</td>
                      ))}
                      <td>
                        {l.statuses[r.status]}
                        {r.verdict && ` · ${verdictName(t.verdicts, r.verdict)}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
