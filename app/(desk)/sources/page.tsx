// The sources in the desk: search titles without diacritics, filter by outlet and date.
import { warningMessage } from "@/lib/i18n/warnings";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listSourcesForDesk } from "@/lib/sources/list-sources";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/locale";
import { PublishedAt } from "@/app/components/published-at";
import { TableHead } from "@/app/components/table-head";
import { FilterForm, QueryField } from "@/app/components/filter-form";
import { DateField } from "@/app/components/date-field";

export const generateMetadata = titleFor("sources");

export default async function SourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("source.read");
  const params = await searchParams;
  const [{ locale, t }, list] = await Promise.all([getDictionary(), listSourcesForDesk(actor, params)]);
  const { filter } = list;
  const pageLink = (page: number) => `/sources?${new URLSearchParams(Object.entries({ ...params, page: String(page) }).filter((e): e is [string, string] => !!e[1]))}`;
  return (
    <>
      <div className="row spread">
        <h1>{t.sources.title}</h1>
        <Link className="button" href="/sources/import">
          {t.sources.importLink}
        </Link>
      </div>
      <FilterForm submit={t.sources.filter} clear={filter.q || filter.outlet || filter.from || filter.to ? { href: "/sources", label: t.sources.clear } : null}>
        <QueryField label={t.sources.search} defaultValue={filter.q} hint={t.sources.searchHint} />
        <div className="field">
          <label htmlFor="outlet">{t.sources.outlet}</label>
          <select id="outlet" name="outlet" defaultValue={filter.outlet}>
            <option value="">{t.sources.allOutlets}</option>
            {list.outlets.map((o) => (
              <option key={o.outlet} value={o.outlet}>
                {o.outlet} ({o.count})
              </option>
            ))}
          </select>
        </div>
        <DateField id="from" name="from" label={t.sources.from} hint={t.common.dateHint} defaultValue={filter.from ?? ""} />
        <DateField id="to" name="to" label={t.sources.to} hint={t.common.dateHint} defaultValue={filter.to ?? ""} />
      </FilterForm>
      <p className="muted" role="status">
        {format(t.sources.count, { count: new Intl.NumberFormat(locale).format(list.total) })}
      </p>
      {list.sources.length === 0 ? (
        <p className="empty">{t.sources.empty}</p>
      ) : (
        <div className="scroll-x">
          <table>
            <TableHead columns={[t.reader.titleField, t.sources.date, t.sources.outlet, t.sources.agency, t.sources.dossier]} />
            <tbody>
              {list.sources.map((source) => (
                <tr key={source.id}>
                  <td>
                    <Link href={`/sources/${source.id}`}>{source.title ?? t.sources.untitled}</Link>
                    {source.nearDuplicateOfId && <span className="badge warn-badge">{t.sources.nearDuplicate}</span>}
                    {source.warnings.length > 0 && (
                      <span className="badge off" title={source.warnings.map((w) => warningMessage(t.sourceWarnings, w)).join("\n")}>
                        {t.sources.warnings}: {source.warnings.length}
                      </span>
                    )}
                  </td>
                  <td className="nowrap">
                    <PublishedAt value={source.publishedAt} locale={locale} empty="—" />
                  </td>
                  <td>{source.outlet ?? "—"}</td>
                  <td>{source.agency ?? "—"}</td>
                  <td>{source.dossier ? `${source.dossierIndex}. ${source.dossier.title}` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.pages > 1 && (
        <nav className="row pager" aria-label="pagination">
          {filter.page > 1 && <Link href={pageLink(filter.page - 1)}>{t.sources.previous}</Link>}
          <span>{format(t.sources.page, { page: filter.page, pages: list.pages })}</span>
          {filter.page < list.pages && <Link href={pageLink(filter.page + 1)}>{t.sources.next}</Link>}
        </nav>
      )}
    </>
  );
}
