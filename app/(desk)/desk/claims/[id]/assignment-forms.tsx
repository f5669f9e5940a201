"use client";
// Who works on this claim, and which reviewer is asked to decide its open proposal.
import { useActionState } from "react";
import { assignClaimAction, assignReviewerAction } from "@/app/actions/workflow";
import { ActionAnswer, SelectField, SubmitButton, useResultKey } from "@/app/components/form";
import type { Dictionary } from "@/lib/i18n/vi";

type Labels = Dictionary["assignment"];
type Person = { id: string; name: string };

function AssignForm({ hidden, people, current, label, labels, testId, action }: { hidden: Record<string, string>; people: Person[]; current: string | null; label: string; labels: Labels; testId: string; action: typeof assignClaimAction }) {
  const [state, formAction] = useActionState(action, null);
  const key = useResultKey(state);
  const chosen = state?.values?.userId ?? current ?? "";
  return (
    <form action={formAction} className="assign-form" data-testid={testId} key={key}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SelectField name="userId" label={label} options={[{ value: "", label: labels.nobody }, ...people.map((p) => ({ value: p.id, label: p.name }))]} defaultValue={chosen} errors={state && !state.ok ? state.fieldErrors : undefined} />
      <SubmitButton className="button secondary">{labels.assign}</SubmitButton>
      <ActionAnswer state={state} done={labels.saved} />
    </form>
  );
}

export function AssignmentForms({ claimId, assignedToId, openProposal, editors, reviewers, labels }: { claimId: string; assignedToId: string | null; openProposal: { id: string; proposedById: string; assignedReviewerId: string | null } | null; editors: Person[]; reviewers: Person[]; labels: Labels }) {
  return (
    <section className="card" aria-label={labels.claimTitle}>
      <h2>{labels.claimTitle}</h2>
      <AssignForm hidden={{ claimId }} people={editors} current={assignedToId} label={labels.claimLabel} labels={labels} testId="assign-claim" action={assignClaimAction} />
      {openProposal && (
        <AssignForm
          hidden={{ claimId, proposalId: openProposal.id }}
          people={reviewers.filter((r) => r.id !== openProposal.proposedById)}
          current={openProposal.assignedReviewerId}
          label={labels.reviewerLabel}
          labels={labels}
          testId="assign-reviewer"
          action={assignReviewerAction}
        />
      )}
    </section>
  );
}
