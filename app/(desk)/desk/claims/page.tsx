// The workbench's claims, newest first, searchable without diacritics.
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listClaimsForDesk } from "@/lib/claims/list-claims";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/locale";
import { TableHead } from "@/app/components/table-head";
import { FilterForm, QueryField } from "@/app/components/filter-form";
import { MATERIEL } from "@/lib/claims/attributes";

export const generateMetadata = titleFor("claims");

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("claim.read");
  const [{ locale, t }, list] = await Promise.all([getDictionary(), searchParams.then((params) => listClaimsForDesk(actor, params))]);
  return (
    <>
      <h1>{t.claims.title}</h1>
      <FilterForm submit={t.sources.filter}>
        <QueryField label={t.claims.search} defaultValue={list.filter.q} />
        <div className="field">
          <label htmlFor="filter-supplier">{t.ledger.fields.supplier}</label>
          <input id="filter-supplier" name="supplier" defaultValue={list.filter.supplier} />
        </div>
        <div className="field">
          <label htmlFor="filter-recipient">{t.ledger.fields.recipient}</label>
          <input id="filter-recipient" name="recipient" defaultValue={list.filter.recipient} />
        </div>
        <div className="field">
          <label htmlFor="filter-materiel">{t.ledger.fields.materiel}</label>
          <select id="filter-materiel" name="materiel" defaultValue={list.filter.materiel ?? ""}>
            <option value="">{t.ledger.any}</option>
            {MATERIEL.map((m) => (
              <option key={m} value={m}>
                {t.ledger.materiel[m]}
              </option>
            ))}
          </select>
        </div>
      </FilterForm>
      {list.claims.length === 0 ? (
        <p className="empty">{t.claims.empty}</p>
      ) : (
        <div className="scroll-x">
          <table>
            <TableHead columns={[t.claims.title, t.claims.claimant, t.claims.kind, t.claims.state, t.claims.appearances, t.claims.evidence, t.reader.importedAt]} />
            <tbody>
              {list.claims.map((claim) => (
                <tr key={claim.id}>
                  <td lang="vi">
                    <Link href={`/desk/claims/${claim.id}`}>{claim.text}</Link>
                  </td>
                  <td>{claim.claimant?.name ?? "—"}</td>
                  <td>{t.claims.kinds[claim.kind]}</td>
                  <td>
                    <span className="badge">{t.claims.states[claim.state]}</span>
                  </td>
                  <td>{claim._count.appearances}</td>
                  <td>{claim._count.evidence}</td>
                  <td className="nowrap">{formatDateTime(locale, claim.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
