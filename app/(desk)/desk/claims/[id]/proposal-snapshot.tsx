// What the reviewer decides on: the snapshot frozen with the proposal (exactly what approval publishes),
// and its word diff against the revision the public sees now.
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import type { Dictionary } from "@/lib/i18n/vi";
import { attributeList, diffNames, RevisionDiff } from "@/app/components/revision-diff";
import { citationAnchor } from "@/lib/workflow/citations";
import { aliasKey } from "@/lib/claims/claimants";
import { withReadableHost } from "@/lib/http/readable-host";
import { publicSnapshot } from "@/lib/public/published-claims";

type SourceRef = RevisionSnapshot["appearances"][number]["source"];

function sourceLine(source: SourceRef, untitled: string): string {
  return [source.title ?? untitled, source.outlet, withReadableHost(source.url)].filter(Boolean).join(" · ");
}

/**
 * A snapshot as approval publishes it (lib/public/published-claims.ts publicSnapshot: its free text's links and
 * addresses as the public page's, a look-alike host in its ASCII form), with the claimant's other names the desk lists.
 */
export function asPublished(snapshot: RevisionSnapshot): RevisionSnapshot {
  return { ...publicSnapshot(snapshot), claimantAliases: snapshot.claimantAliases };
}

export function ProposalSnapshot({ snapshot: frozen, published: current, t }: { snapshot: RevisionSnapshot; published: RevisionSnapshot | null; t: Dictionary }) {
  // What the reviewer reads, and the revision it is compared with, as the public page will show them.
  const snapshot = asPublished(frozen);
  const published = current && asPublished(current);
  const w = t.workflow;
  const p = t.claimPage;
  const verdictName = (v: string | null) => (v ? t.verdicts[v as keyof Dictionary["verdicts"]] : "—");
  const claimant = snapshot.claimant;
  const otherNames = claimant ? (snapshot.claimantAliases ?? []).filter((alias) => aliasKey(alias) !== aliasKey(claimant.name)) : [];
  return (
    <div className="snapshot" data-testid="proposal-snapshot">
      <h4>{w.snapshotTitle}</h4>
      <p className="muted">{w.snapshotHint}</p>
      <blockquote data-testid="snapshot-text">{snapshot.text}</blockquote>
      {snapshot.shortText && (
        <p data-testid="snapshot-short-text">
          <strong>{w.shortText}:</strong> {snapshot.shortText}
        </p>
      )}
      <dl>
        <dt>{p.claimant}</dt>
        <dd data-testid="snapshot-claimant">{snapshot.claimant?.name ?? "—"}</dd>
        {/* The names besides the claimant's own (kept among its aliases, so the search finds it by its name too). */}
        {otherNames.length > 0 && (
          <>
            <dt>{w.snapshotAliases}</dt>
            <dd data-testid="snapshot-claimant-aliases">{otherNames.join(" · ")}</dd>
          </>
        )}
        <dt>{p.kind}</dt>
        <dd>{t.claims.kinds[snapshot.kind as keyof Dictionary["claims"]["kinds"]] ?? snapshot.kind}</dd>
        {/* Published too (the page, the API, the ledger): shown here for a first verdict, which has no diff below. */}
        {snapshot.madeAt && (
          <>
            <dt>{p.madeAt}</dt>
            <dd data-testid="snapshot-made-at">{snapshot.madeAt}</dd>
          </>
        )}
        {snapshot.gloss && (
          <>
            <dt>{p.fieldGloss}</dt>
            <dd data-testid="snapshot-gloss">{snapshot.gloss}</dd>
          </>
        )}
        {snapshot.tags.length > 0 && (
          <>
            <dt>{p.fieldTags}</dt>
            <dd data-testid="snapshot-tags">{snapshot.tags.join(", ")}</dd>
          </>
        )}
        {attributeList(snapshot, diffNames(t)) && (
          <>
            <dt>{p.fieldAttributes}</dt>
            <dd data-testid="snapshot-attributes" className="lines">
              {attributeList(snapshot, diffNames(t))}
            </dd>
          </>
        )}
      </dl>
      {snapshot.appearances.length > 0 && (
        <>
          <h5>{p.appearances}</h5>
          <ul data-testid="snapshot-appearances">
            {snapshot.appearances.map((a, i) => (
              <li key={i}>
                “{a.exact}” <span className="muted">— {sourceLine(a.source, t.sources.untitled)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {snapshot.evidence.length > 0 && (
        <>
          <h5>{p.evidence}</h5>
          <ul data-testid="snapshot-evidence">
            {snapshot.evidence.map((e, i) => (
              <li key={i} id={citationAnchor(i + 1)}>
                [{i + 1}]{" "}
                {t.claims.stances[e.stance as keyof Dictionary["claims"]["stances"]] ?? e.stance}: {e.quote ? `“${e.quote}”` : (e.reference?.title ?? "")}{" "}
                <span className="muted">— {e.source ? sourceLine(e.source, t.sources.untitled) : [e.reference?.publisher, withReadableHost(e.reference?.url ?? null)].filter(Boolean).join(" · ")}</span>
                {/* The note is published under the item on the claim's page. */}
                {e.note && (
                  <p className="muted" data-testid="snapshot-evidence-note">
                    {e.note}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {snapshot.links.length > 0 && (
        <>
          <h5>{p.links}</h5>
          <ul data-testid="snapshot-links">
            {snapshot.links.map((l, i) => (
              <li key={i}>
                <em>{(l.direction === "from" ? t.claims.linkTypes : t.claims.linkTypesReverse)[l.type as keyof Dictionary["claims"]["linkTypes"]]}</em> {l.claim.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {published && (
        <>
          <h5>{w.changesFromPublished}</h5>
          <RevisionDiff before={published} after={snapshot} labels={{ ...p, shortText: w.shortText, aliases: w.snapshotAliases }} verdictName={verdictName} names={diffNames(t)} />
        </>
      )}
    </div>
  );
}
