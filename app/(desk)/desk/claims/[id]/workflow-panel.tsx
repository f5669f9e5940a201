// The claim's place in the verdict workflow: what can happen next, for whom, and what already happened.
import Link from "next/link";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { canReview, MOVE_PERMISSION } from "@/lib/workflow/state-machine";
import type { getClaimWorkflow } from "@/lib/workflow/queues";
import { VERDICTS } from "@/lib/workflow/verdicts";
import { format, formatDateTime, type Locale } from "@/lib/i18n/locale";
import type { Dictionary } from "@/lib/i18n/vi";
import { Markdown } from "@/app/components/markdown";
import { publishedText } from "@/lib/public/published-text";
import { ProposalForm, ReviewForm, StartResearchForm, type MarkupCheck, type ProposalDefaults, type PublishedVersion } from "./workflow-forms";
import { shortClaim } from "@/lib/public/claim-review";
import { SHORT_TEXT_MAX } from "@/lib/workflow/schemas";
import { diffNames, RevisionDiff } from "@/app/components/revision-diff";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { VerdictBadge } from "@/app/components/verdict";
import { asPublished, ProposalSnapshot } from "./proposal-snapshot";
import { namesPublishedDenied } from "@/lib/workflow/denial-published";
import { WorkflowNewsLine } from "./workflow-news";
import { accountLabel } from "@/lib/accounts/account-label";

type Workflow = Awaited<ReturnType<typeof getClaimWorkflow>>;
type ClaimForPanel = {
  id: string;
  slug: string;
  state: "DRAFT" | "RESEARCHING" | "PROPOSED" | "PUBLISHED" | "WITHDRAWN";
  verdict: string | null;
  text: string;
  appearances: { source: { url: string | null } }[];
  evidence: { id: string; stance: "SUPPORTS" | "REFUTES" | "CONTEXT"; exact: string | null; title: string | null; source: { title: string | null } | null }[];
};

export function WorkflowPanel({ claim, workflow, actor, locale, t }: { claim: ClaimForPanel; workflow: Workflow; actor: Actor; locale: Locale; t: Dictionary }) {
  const w = t.workflow;
  const verdicts = VERDICTS.map((v) => ({ value: v, label: t.verdicts[v] }));
  const evidence = claim.evidence.map((e) => ({ id: e.id, stance: t.claims.stances[e.stance], label: e.exact ? `“${e.exact}” — ${e.source?.title ?? ""}` : (e.title ?? "") }));
  const { open } = workflow;
  const reviewable = open !== null && canReview(actor, open);
  // After changes were requested, the new proposal starts from the one sent back.
  const last = workflow.proposals[0];
  const shortOf = (p: { snapshot: unknown } | undefined) => ((p?.snapshot as RevisionSnapshot | null)?.shortText ?? undefined) || undefined;
  const defaults: ProposalDefaults =
    last && last.status !== "APPROVED" ? { verdict: last.verdict ?? undefined, summary: last.summary, rationale: last.rationale, evidenceIds: last.evidenceIds, shortText: shortOf(last) } : {};
  // What ClaimReview will carry: the proposal form asks for a short wording when the claim's is cut, and warns without a source address.
  const cut = shortClaim(claim.text);
  const markup: MarkupCheck = {
    max: SHORT_TEXT_MAX,
    cut: cut === claim.text.replace(/\s+/g, " ").trim() ? null : cut,
    hasAppearanceUrl: claim.appearances.some((a) => !!a.source.url && /^https?:\/\//i.test(a.source.url)),
  };
  const mayPropose = can(actor, MOVE_PERMISSION.propose) && !open;
  // A correction or withdrawal starts from what is published: the approved proposal behind the latest revision.
  const approved = workflow.proposals.find((p) => p.status === "APPROVED");
  // Shown for reading as the public page publishes it, as the review screen shows a proposal's (below); the form's
  // fields start from the editor's own text.
  const published: PublishedVersion | undefined = approved ? { verdict: approved.verdict, summary: approved.summary, rationale: approved.rationale, publishedRationale: publishedText(approved.rationale) } : undefined;
  const correctionDefaults: ProposalDefaults = approved
    ? { verdict: approved.verdict ?? undefined, summary: approved.summary, rationale: approved.rationale, evidenceIds: approved.evidenceIds, shortText: shortOf(approved) }
    : {};
  // Re-proposed after a request for changes: the reviewer sees their note first and the diff against that proposal.
  const previous = open ? workflow.proposals.find((p) => p.status !== "OPEN") : undefined;
  const sentBack = previous?.status === "CHANGES_REQUESTED" ? previous : undefined;
  // Sent back and not proposed again yet: the proposer answers the reviewer's note, so it stands above the form.
  const latest = workflow.proposals[0];
  const toAnswer = !open && claim.state === "RESEARCHING" && latest?.status === "CHANGES_REQUESTED" && latest.review?.note ? latest.review : undefined;
  const verdictName = (v: string | null) => (v ? t.verdicts[v as keyof Dictionary["verdicts"]] : "—");
  return (
    <section className="card workflow" data-testid="workflow">
      <h2>{w.title}</h2>
      <p>
        <span className="badge" data-testid="claim-state">
          {t.claims.states[claim.state]}
        </span>
        {claim.verdict && (
          <>
            {" "}
            <VerdictBadge verdict={claim.verdict} verdicts={t.verdicts} />
          </>
        )}
      </p>
      {/* What a move just did stands here, under the state it led to and above the next step. */}
      <WorkflowNewsLine />
      {claim.state === "DRAFT" && can(actor, MOVE_PERMISSION.startResearch) && <StartResearchForm claimId={claim.id} labels={w} />}
      {claim.state === "RESEARCHING" && mayPropose && (
        <details open>
          <summary>{w.propose}</summary>
          {toAnswer && (
            <aside className="notice" data-testid="changes-requested-note">
              <strong>{w.changesRequestedNote}</strong> ({toAnswer.reviewer.name}): {toAnswer.note}
            </aside>
          )}
          <ProposalForm claimId={claim.id} kind="VERDICT" verdicts={verdicts} evidence={evidence} defaults={defaults} markup={markup} labels={w} />
        </details>
      )}
      {claim.state === "PUBLISHED" && mayPropose && (
        <>
          <details>
            <summary>{w.proposeCorrection}</summary>
            <ProposalForm claimId={claim.id} kind="CORRECTION" verdicts={verdicts} evidence={evidence} defaults={correctionDefaults} published={published} markup={markup} labels={w} />
          </details>
          <details>
            <summary>{w.proposeWithdrawal}</summary>
            <ProposalForm claimId={claim.id} kind="WITHDRAWAL" verdicts={verdicts} evidence={evidence} defaults={correctionDefaults} published={published} markup={markup} labels={w} />
          </details>
        </>
      )}
      {open && (
        <div className="proposal" data-testid="open-proposal" data-proposal-id={open.id}>
          {sentBack?.review?.note && (
            <aside className="notice" data-testid="previous-note">
              <strong>{w.previousNote}</strong> ({sentBack.review.reviewer.name}): {sentBack.review.note}
            </aside>
          )}
          <h3>
            {w.open}: {w.kinds[open.kind]}
            {open.verdict && <> · {t.verdicts[open.verdict]}</>}
          </h3>
          <p className="muted">
            {format(w.proposedBy, { name: open.proposedBy.name })}
            {open.proposedBy.createdBy && <span data-testid="proposer-created-by"> ({format(w.accountCreatedBy, { name: accountLabel(open.proposedBy.createdBy) })})</span>} · {formatDateTime(locale, open.createdAt)}
          </p>
          {open.reason && (
            <p>
              <strong>{w.reason}:</strong> {publishedText(open.reason)}
            </p>
          )}
          {/* As approval publishes them (published-text.ts): a link the editor typed leads where the public page's
              will, never to a look-alike host, an address of the newsroom's own network or one with credentials. */}
          <p>
            <strong>{publishedText(open.summary)}</strong>
          </p>
          <Markdown citations={open.snapshot?.evidence.length ?? 0}>{publishedText(open.rationale)}</Markdown>
          {/* The frozen snapshot, not the live claim: approval publishes exactly this. */}
          {open.snapshot && sentBack?.snapshot && (
            <div data-testid="diff-previous">
              <h4>{w.changesFromPrevious}</h4>
              <RevisionDiff before={asPublished(sentBack.snapshot as RevisionSnapshot)} after={asPublished(open.snapshot)} labels={{ ...t.claimPage, shortText: w.shortText, aliases: w.snapshotAliases }} verdictName={verdictName} names={diffNames(t)} />
            </div>
          )}
          {open.snapshot && <ProposalSnapshot snapshot={open.snapshot} published={workflow.published} t={t} />}
          {open.isStale && (
            <p className="notice" role="alert" data-testid="stale-proposal">
              {w.stale}
            </p>
          )}
          {open.snapshot && !namesPublishedDenied(open.snapshot, open.kind) && (
            <p className="notice" role="alert" data-testid="denial-alone">
              {w.denialAlone}
            </p>
          )}
          {reviewable && open.oneHand ? (
            <p className="notice" data-testid="no-review">
              {w[open.oneHand]}
            </p>
          ) : reviewable ? (
            <>
              {workflow.viewerCreatedBy && (
                <p className="muted" data-testid="reviewer-created-by">
                  {actor.name} ({format(w.accountCreatedBy, { name: accountLabel(workflow.viewerCreatedBy) })})
                </p>
              )}
              <ReviewForm proposalId={open.id} labels={w} />
            </>
          ) : (
            <p className="notice" data-testid="no-review">
              {open.proposedById === actor.id ? w.ownProposal : w.cannotReview}
            </p>
          )}
        </div>
      )}
      {workflow.revisions.length > 0 && (
        <>
          <h3>{w.revisions}</h3>
          <ol className="revisions" reversed>
            {workflow.revisions.map((r) => (
              <li key={r.number}>
                {format(w.revision, { number: r.number })} · {w.kinds[r.kind]}
                {r.verdict && <> · {t.verdicts[r.verdict]}</>} · {formatDateTime(locale, r.publishedAt)} · {r.proposedBy.name} → {r.approvedBy.name}
              </li>
            ))}
          </ol>
          <Link href={`/claims/${claim.slug}`}>{w.publicPage}</Link>
        </>
      )}
      {workflow.proposals.some((p) => p.status !== "OPEN") && (
        <details>
          <summary>{w.history}</summary>
          <ul className="history">
            {workflow.proposals
              .filter((p) => p.status !== "OPEN")
              .map((p) => (
                <li key={p.id}>
                  <span className="badge">{w.statuses[p.status]}</span> {w.kinds[p.kind]}
                  {p.verdict && <> · {t.verdicts[p.verdict]}</>} · {format(w.proposedBy, { name: p.proposedBy.name })}
                  {p.review && (
                    <p className="muted">
                      {format(w.reviewedBy, { decision: w.decided[p.review.decision], name: p.review.reviewer.name })}
                      {p.review.note ? `: ${p.review.note}` : ""}
                    </p>
                  )}
                </li>
              ))}
          </ul>
        </details>
      )}
    </section>
  );
}
