// Claimants: search by any of their names, add one with its aliases, merge two that are the same.
import { requirePageActor } from "@/lib/auth/session";
import { listClaimants } from "@/lib/claims/claimants";
import { CLAIMANT_KINDS } from "@/lib/claims/schemas";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { CreateClaimantForm, MergeClaimantForm } from "./claimant-forms";
import { TableHead } from "@/app/components/table-head";
import { FilterForm, QueryField } from "@/app/components/filter-form";

export const generateMetadata = titleFor("claimants");

export default async function ClaimantsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requirePageActor("claim.read");
  const { q = "" } = await searchParams;
  const [{ t }, claimants] = await Promise.all([getDictionary(), listClaimants(actor, q)]);
  const kinds = CLAIMANT_KINDS.map((kind) => ({ value: kind, label: t.claimants.kinds[kind] }));
  const everyone = claimants.map((c) => ({ value: c.id, label: c.name }));
  return (
    <>
      <h1>{t.claimants.title}</h1>
      <FilterForm submit={t.sources.filter}>
        <QueryField label={t.claimants.search} defaultValue={q} />
      </FilterForm>
      <section className="card">
        <CreateClaimantForm kinds={kinds} labels={t.claimants} />
      </section>
      {claimants.length === 0 ? (
        <p className="empty">{t.claimants.empty}</p>
      ) : (
        <div className="scroll-x">
          <table>
            <TableHead columns={[t.claimants.name, t.claimants.kind, t.claimants.aliases, t.claimants.claims, t.claimants.mergeInto]} />
            <tbody>
              {claimants.map((c) => (
                <tr key={c.id} data-testid={`claimant-${c.name}`}>
                  <td>{c.name}</td>
                  <td>{t.claimants.kinds[c.kind]}</td>
                  <td>{c.aliases.map((a) => a.alias).join(", ")}</td>
                  <td>{c._count.claims}</td>
                  <td>
                    <MergeClaimantForm fromId={c.id} fromName={c.name} options={everyone.filter((o) => o.value !== c.id)} labels={t.claimants} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
