// The claim editor: wording and details, where it appears, evidence for and against, and linked claims.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getClaimForDesk } from "@/lib/claims/get-claim";
import { isAppError } from "@/lib/errors";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { CLAIM_KINDS, LINK_TYPES, STANCES } from "@/lib/claims/schemas";
import { PublishedAt } from "@/app/components/published-at";
import { getClaimWorkflow } from "@/lib/workflow/queues";
import { MarkNotificationsRead } from "./mark-notifications-read";
import { WorkflowPanel } from "./workflow-panel";
import { attributesToForm } from "@/lib/claims/attributes";
import { ClaimEditForm, ExternalEvidenceForm, LinkClaimForm } from "./claim-forms";
import { AssignmentForms } from "./assignment-forms";
import { listAssignees } from "@/lib/workflow/assignment";
import { PossibleAppearances } from "./possible-appearances";
import { WithdrawProposalForm } from "./workflow-forms";
import { WorkflowNews } from "./workflow-news";
import { EvidenceList } from "./evidence-list";
import { format } from "@/lib/i18n/locale";

export const generateMetadata = titleFor("claim");

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("claim.read");
  const { id } = await params;
  const [{ locale, t }, claim] = await Promise.all([
    getDictionary(),
    getClaimForDesk(actor, id).catch((error) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
  ]);
  const [workflow, assignees] = await Promise.all([getClaimWorkflow(actor, claim.id), listAssignees(actor)]);
  const kinds = CLAIM_KINDS.map((kind) => ({ value: kind, label: t.claims.kinds[kind] }));
  const stances = STANCES.map((stance) => ({ value: stance, label: t.claims.stances[stance] }));
  const linkTypes = LINK_TYPES.map((type) => ({ value: type, label: t.claims.linkTypes[type] }));
  // An open proposal (a first verdict, a correction or a withdrawal) freezes what its reviewer decides on.
  const open = claim.mergedIntoId ? null : workflow.open;
  const editable = !claim.mergedIntoId && !open;
  // Every workflow move on the page, the withdrawal beside the locked editor too, says what it did in the panel.
  return (
    <WorkflowNews>
      {workflow.unreadNoticeIds.length > 0 && <MarkNotificationsRead claimId={claim.id} ids={workflow.unreadNoticeIds} />}
      {claim.mergedInto && (
        <p className="notice warn">
          {t.claims.mergedInto} <Link href={`/desk/claims/${claim.mergedInto.id}`}>{claim.mergedInto.text}</Link>
        </p>
      )}
      <p className="muted">
        <span className="badge">{t.claims.states[claim.state]}</span> · {t.claims.kinds[claim.kind]} · {claim.slug}
      </p>
      <h1 lang="vi">{claim.text}</h1>
      {claim.gloss && (
        <p lang="en" className="muted">
          {claim.gloss}
        </p>
      )}
      {/* Full width: the proposal form and the review read whole quotes and long Markdown. */}
      {!claim.mergedIntoId && <WorkflowPanel claim={claim} workflow={workflow} actor={actor} locale={locale} t={t} />}
      <div className="two-columns">
        <div>
          <section className="card">
            <h2>{t.claims.appearances}</h2>
            {claim.appearances.length === 0 ? (
              <p className="empty">{t.claims.noAppearances}</p>
            ) : (
              <ul className="quotes">
                {claim.appearances.map((a) => (
                  <li key={a.id} data-testid="appearance">
                    <blockquote>
                      <span className="muted">…{a.prefix}</span>
                      <mark>{a.exact}</mark>
                      <span className="muted">{a.suffix}…</span>
                    </blockquote>
                    <Link href={`/sources/${a.source.id}`}>{a.source.title ?? t.sources.untitled}</Link>
                    {a.source.outlet ? ` · ${a.source.outlet}` : ""} · <PublishedAt value={a.source.publishedAt} locale={locale} empty={t.reader.noDate} />
                    {a.status === "ORPHANED" && <span className="badge warn-badge">{t.claims.orphaned}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <PossibleAppearances actor={actor} claimId={claim.id} t={t} />
          <section className="card">
            <h2>{t.claims.evidence}</h2>
            {claim.evidence.length === 0 && <p className="empty">{t.claims.noEvidence}</p>}
            <EvidenceList evidence={claim.evidence} t={t} />
            {editable && (
              <details>
                <summary>{t.claims.addExternal}</summary>
                <ExternalEvidenceForm claimId={claim.id} stances={stances} labels={t.claims} dateHint={t.common.dateHint} />
              </details>
            )}
          </section>
          <section className="card">
            <h2>{t.claims.links}</h2>
            {claim.linksFrom.length + claim.linksTo.length === 0 && <p className="empty">{t.claims.noLinks}</p>}
            <ul className="links">
              {claim.linksFrom.map((l) => (
                <li key={l.id} data-testid="link">
                  <em>{t.claims.linkTypes[l.type]}</em> <Link href={`/desk/claims/${l.toClaim.id}`}>{l.toClaim.text}</Link>
                </li>
              ))}
              {claim.linksTo.map((l) => (
                <li key={l.id} data-testid="link">
                  <em>{t.claims.linkTypesReverse[l.type]}</em> <Link href={`/desk/claims/${l.fromClaim.id}`}>{l.fromClaim.text}</Link>
                </li>
              ))}
            </ul>
            {editable && <LinkClaimForm claimId={claim.id} linkTypes={linkTypes} labels={t.claims} />}
          </section>
        </div>
        <aside>
          {open && (
            <section className="card notice warn" data-testid="claim-locked" aria-labelledby="claim-locked">
              <h2 id="claim-locked">{t.workflow.locked}</h2>
              <p className="hint">{t.workflow.lockedHint}</p>
              {open.proposedById === actor.id || actor.role === "ADMIN" ? (
                <WithdrawProposalForm proposalId={open.id} labels={t.workflow} />
              ) : (
                <p>{format(t.workflow.askProposer, { name: open.proposedBy.name })}</p>
              )}
            </section>
          )}
          {!claim.mergedIntoId && (
            <AssignmentForms
              claimId={claim.id}
              assignedToId={claim.assignedToId}
              openProposal={workflow.open ? { id: workflow.open.id, proposedById: workflow.open.proposedById, assignedReviewerId: workflow.open.assignedReviewerId } : null}
              editors={assignees.editors}
              reviewers={assignees.reviewers}
              labels={t.assignment}
            />
          )}
          {editable && (
            <section className="card">
              <h2>{t.reader.edit}</h2>
              <ClaimEditForm
                kinds={kinds}
                labels={t.claims}
                ledgerLabels={t.ledger}
                claimantLabels={{ ...t.claimantField, label: t.claims.claimant, hint: t.claims.claimantHint, chooseKind: t.claimants.chooseKind, kinds: t.claimants.kinds }}
                quotes={claim.appearances.filter((a) => a.status === "ANCHORED").map((a) => ({ id: a.id, sourceId: a.source.id, exact: a.exact, prefix: a.prefix, suffix: a.suffix, start: a.start }))}
                initial={{
                  ...attributesToForm(claim.attributes),
                  id: claim.id,
                  version: String(claim.version),
                  text: claim.text,
                  gloss: claim.gloss ?? "",
                  claimantName: claim.claimant?.name ?? "",
                  madeAt: claim.madeAt ?? "",
                  kind: claim.kind,
                  tags: claim.tags.join(", "),
                }}
              />
            </section>
          )}
        </aside>
      </div>
    </WorkflowNews>
  );
}
