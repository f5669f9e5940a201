"use client";
// The workflow panel's forms: start research, propose (a verdict, a correction, a withdrawal), review.
import { useActionState } from "react";
import { proposeAction, reviewAction, startResearchAction } from "@/app/actions/workflow";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField, useFocusFirstError, useResultKey } from "@/app/components/form";
import type { FormState } from "@/lib/errors";
import type { Dictionary } from "@/lib/i18n/vi";

type Labels = Dictionary["workflow"];
type Option = { value: string; label: string };
type State = FormState<Record<string, string>> | null;

function Done({ state, message }: { state: State; message: string }) {
  return state?.ok ? (
    <p className="notice ok" role="status">
      {message}
    </p>
  ) : null;
}

export function StartResearchForm({ claimId, labels }: { claimId: string; labels: Labels }) {
  const [state, action] = useActionState<State, FormData>(startResearchAction, null);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <p className="hint">{labels.startResearchHint}</p>
      <input type="hidden" name="claimId" value={claimId} />
      <SubmitButton>{labels.startResearch}</SubmitButton>
    </form>
  );
}

export type ProposalDefaults = { verdict?: string; summary?: string; rationale?: string; evidenceIds?: string[] };

export function ProposalForm({
  claimId,
  kind,
  verdicts,
  evidence,
  defaults,
  labels,
}: {
  claimId: string;
  kind: "VERDICT" | "CORRECTION" | "WITHDRAWAL";
  verdicts: Option[];
  evidence: { id: string; label: string; stance: string }[];
  defaults: ProposalDefaults;
  labels: Labels;
}) {
  const [state, action] = useActionState<State, FormData>(proposeAction, null);
  const formRef = useFocusFirstError(state);
  const typed = state && !state.ok ? state.values : null;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const chosen = new Set(typed ? (typed.evidenceIds ?? "").split(",") : (defaults.evidenceIds ?? []));
  const prefix = `proposal-${kind.toLowerCase()}`;
  const key = useResultKey(state);
  return (
    <form action={action} ref={formRef} noValidate data-testid={prefix} key={key}>
      <Done state={state} message={labels.proposed} />
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="kind" value={kind} />
      {kind !== "WITHDRAWAL" && (
        <SelectField id={`${prefix}-verdict`} name="verdict" label={labels.verdict} options={[{ value: "", label: labels.chooseVerdict }, ...verdicts]} errors={errors} defaultValue={typed?.verdict ?? defaults.verdict ?? ""} />
      )}
      {kind !== "VERDICT" && <TextAreaField id={`${prefix}-reason`} name="reason" label={labels.reason} errors={errors} defaultValue={typed?.reason} rows={2} />}
      <Field id={`${prefix}-summary`} name="summary" label={labels.summary} hint={labels.summaryHint} errors={errors} defaultValue={typed?.summary ?? defaults.summary} maxLength={300} />
      <TextAreaField id={`${prefix}-rationale`} name="rationale" label={labels.rationale} hint={labels.rationaleHint} errors={errors} defaultValue={typed?.rationale ?? defaults.rationale} rows={8} />
      {kind !== "WITHDRAWAL" && (
        <fieldset className="field" aria-describedby={`${prefix}-evidence-hint${errors?.evidenceIds ? ` ${prefix}-evidence-error` : ""}`}>
          <legend>{labels.evidence}</legend>
          <span className="hint" id={`${prefix}-evidence-hint`}>
            {evidence.length ? labels.evidenceHint : labels.noEvidence}
          </span>
          {evidence.map((item) => (
            <label key={item.id} className="check">
              <input type="checkbox" name="evidenceIds" value={item.id} defaultChecked={chosen.has(item.id)} aria-invalid={errors?.evidenceIds ? true : undefined} />
              <span className="badge">{item.stance}</span> {item.label}
            </label>
          ))}
          {errors?.evidenceIds && (
            <p className="error" id={`${prefix}-evidence-error`}>
              {errors.evidenceIds.join(" ")}
            </p>
          )}
        </fieldset>
      )}
      <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}

export function ReviewForm({ proposalId, labels }: { proposalId: string; labels: Labels }) {
  const [state, action] = useActionState<State, FormData>(reviewAction, null);
  const formRef = useFocusFirstError(state);
  const typed = state && !state.ok ? state.values : null;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const decisions = (["APPROVE", "REQUEST_CHANGES", "REJECT"] as const).map((value) => ({ value, label: labels.decisions[value] }));
  const key = useResultKey(state);
  return (
    <form action={action} ref={formRef} noValidate data-testid="review-form" key={key}>
      <Done state={state} message={labels.reviewed} />
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <fieldset className="field">
        <legend>{labels.decision}</legend>
        {decisions.map((d) => (
          <label key={d.value} className="check">
            <input type="radio" name="decision" value={d.value} defaultChecked={typed?.decision === d.value} /> {d.label}
          </label>
        ))}
      </fieldset>
      <TextAreaField id="review-note" name="note" label={labels.note} errors={errors} defaultValue={typed?.note} rows={3} />
      <SubmitButton pendingLabel={labels.reviewing}>{labels.review}</SubmitButton>
    </form>
  );
}
