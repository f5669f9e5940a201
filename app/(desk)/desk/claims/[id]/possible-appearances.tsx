// The claim page's "possible appearances in other sources": open matching suggestions, each opened at its sentence.
import Link from "next/link";
import type { Actor } from "@/lib/auth/permissions";
import type { Dictionary } from "@/lib/i18n/vi";
import { format } from "@/lib/i18n/locale";
import { explainMatch } from "@/lib/matching/explain";
import { listPossibleAppearances } from "@/lib/matching/suggestions";

export async function PossibleAppearances({ actor, claimId, t }: { actor: Actor; claimId: string; t: Dictionary }) {
  const possible = await listPossibleAppearances(actor, claimId);
  return (
    <section className="card" aria-labelledby="possible-appearances">
      <h2 id="possible-appearances">{format(t.matching.possible, { count: possible.length })}</h2>
      {possible.length === 0 ? (
        <p className="empty">{t.matching.possibleNone}</p>
      ) : (
        <ul className="quotes">
          {possible.map((p) => (
            <li key={p.id} data-testid="possible-appearance">
              <blockquote>{p.exact}</blockquote>
              <Link href={`/sources/${p.sourceId}#sentence-${p.start}`}>
                {p.source.title ?? t.sources.untitled}
                {p.source.outlet ? ` · ${p.source.outlet}` : ""}
              </Link>{" "}
              · {format(t.matching.score, { score: p.score.toFixed(2) })} · {explainMatch(t.matching, p.explanation)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
