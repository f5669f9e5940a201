// A claim's evidence on its desk page, under each stance: a quote from a source in the library, or an external
// reference linking to where it was published.
import Link from "next/link";
import type { getClaimForDesk } from "@/lib/claims/get-claim";
import type { Dictionary } from "@/lib/i18n/vi";
import { STANCES } from "@/lib/claims/schemas";
import { StoredAddressLink } from "@/app/components/stored-address";

type Evidence = Awaited<ReturnType<typeof getClaimForDesk>>["evidence"];

export function EvidenceList({ evidence, t }: { evidence: Evidence; t: Dictionary }) {
  const byStance = STANCES.map((stance) => ({ stance, items: evidence.filter((e) => e.stance === stance) }));
  return byStance
    .filter((group) => group.items.length)
    .map((group) => (
      <div key={group.stance} data-testid={`evidence-${group.stance.toLowerCase()}`}>
        <h3>{t.claims.stances[group.stance]}</h3>
        <ul className="quotes">
          {group.items.map((e) => (
            <li key={e.id}>
              {e.source ? (
                <>
                  <blockquote>
                    <mark>{e.exact}</mark>
                  </blockquote>
                  <Link href={`/sources/${e.source.id}`}>{e.source.title ?? t.sources.untitled}</Link>
                  {e.status === "ORPHANED" && <span className="badge warn-badge">{t.claims.orphaned}</span>}
                </>
              ) : (
                <>
                  {/* A reference stored before look-alike hosts were stored in their ASCII form leads there as shown. */}
                  {e.url ? <StoredAddressLink address={e.url}>{e.title}</StoredAddressLink> : e.title}
                  {e.publisher ? ` · ${e.publisher}` : ""}
                  {e.publishedAt ? ` · ${e.publishedAt}` : ""}
                </>
              )}
              {e.note && <p className="muted">{e.note}</p>}
            </li>
          ))}
        </ul>
      </div>
    ));
}
