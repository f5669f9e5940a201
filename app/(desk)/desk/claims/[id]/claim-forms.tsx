"use client";
// The claim editor's forms: details (with conflict display), external evidence, links to other claims.
import { useActionState, useState } from "react";
import { updateClaimAction, addEvidenceAction, linkClaimsAction, type ClaimFormState } from "@/app/actions/claims";
import { Field, TextAreaField, FormDone, FormMessage, SelectField, SubmitButton, TheirValue, useFocusFirstError, useResultKey, versionedForm, VersionedFormHead } from "@/app/components/form";
import { ClaimPicker } from "@/app/components/claim-picker";
import { ClaimantField, type ClaimantFieldLabels } from "@/app/components/claimant-field";
import type { FormState } from "@/lib/errors";
import type { Dictionary } from "@/lib/i18n/vi";
import type { QuoteForSelection } from "@/lib/claims/attribute-selection";
import { AttributeFields } from "./attribute-fields";

type Labels = Dictionary["claims"];
type Option = { value: string; label: string };
type Values = Record<"id" | "version" | "text" | "gloss" | "claimantName" | "madeAt" | "kind" | "tags", string> & Record<string, string>;

export function ClaimEditForm({
  initial,
  kinds,
  labels,
  ledgerLabels,
  claimantLabels,
  quotes,
}: {
  initial: Values;
  kinds: Option[];
  labels: Labels;
  ledgerLabels: Dictionary["ledger"];
  claimantLabels: ClaimantFieldLabels;
  quotes: QuoteForSelection[];
}) {
  const [state, action] = useActionState<ClaimFormState | null, FormData>(updateClaimAction, null);
  const formRef = useFocusFirstError(state);
  const { values, version, errors, current } = versionedForm(state, initial);
  const [kind, setKind] = useState<string>(values.kind ?? "");
  const theirs = (name: keyof Values) => <TheirValue name={name} current={current} typed={values[name] ?? ""} label={labels.conflictTheirs} />;
  return (
    <form action={action} ref={formRef} noValidate key={version}>
      <VersionedFormHead state={state} done={labels.saved} id={values.id} version={version} />
      <TextAreaField name="text" id="edit-text" label={labels.text} errors={errors} defaultValue={values.text} lang="vi" />
      {theirs("text")}
      <Field name="gloss" label={labels.gloss} errors={errors} defaultValue={values.gloss} lang="en" />
      {theirs("gloss")}
      <ClaimantField defaultValue={values.claimantName} defaultKind={values.claimantKind} errors={errors} labels={claimantLabels} />
      {theirs("claimantName")}
      <Field name="madeAt" label={labels.madeAt} errors={errors} defaultValue={values.madeAt} />
      <div onChange={(e) => e.target instanceof HTMLSelectElement && setKind(e.target.value)}>
        <SelectField name="kind" label={labels.kind} options={kinds} errors={errors} defaultValue={values.kind} />
      </div>
      <Field name="tags" label={labels.tags} errors={errors} defaultValue={values.tags} />
      <AttributeFields kind={kind} values={values} errors={errors} labels={ledgerLabels} quotes={quotes} />
      <SubmitButton pendingLabel={labels.saving}>{labels.save}</SubmitButton>
    </form>
  );
}

export function ExternalEvidenceForm({ claimId, stances, labels, dateHint }: { claimId: string; stances: Option[]; labels: Labels; dateHint: string }) {
  const [state, action] = useActionState<FormState<Record<string, string>> | null, FormData>(addEvidenceAction, null);
  const formRef = useFocusFirstError(state);
  const values = state && !state.ok ? state.values : {};
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const key = useResultKey(state);
  return (
    <form action={action} ref={formRef} noValidate key={key}>
      <FormDone state={state} message={labels.evidenceAdded} />
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="kind" value="external" />
      <SelectField name="stance" label={labels.stance} options={stances} errors={errors} defaultValue={values.stance} placeholder={labels.chooseStance} />
      <Field name="url" label={labels.url} type="url" errors={errors} defaultValue={values.url} />
      <Field name="title" label={labels.refTitle} errors={errors} defaultValue={values.title} />
      <Field name="publisher" label={labels.publisher} errors={errors} defaultValue={values.publisher} />
      <div className="row">
        <Field name="publishedAt" label={labels.publishedAt} errors={errors} defaultValue={values.publishedAt} />
        <Field name="retrievedAt" label={labels.retrievedAt} type="date" hint={dateHint} errors={errors} defaultValue={values.retrievedAt} />
      </div>
      <Field name="note" label={labels.note} errors={errors} defaultValue={values.note} />
      <SubmitButton pendingLabel={labels.saving}>{labels.addEvidence}</SubmitButton>
    </form>
  );
}

export function LinkClaimForm({ claimId, linkTypes, labels }: { claimId: string; linkTypes: Option[]; labels: Labels }) {
  const [target, setTarget] = useState<{ id: string; text: string } | null>(null);
  const [state, action] = useActionState<FormState<Record<string, string>> | null, FormData>(linkClaimsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // Once linked, the search starts again under the answer, for the next link (the list above shows the new one).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state?.ok) setTarget(null);
  }
  return (
    <details open={!!target || !!state?.ok}>
      <summary>{labels.linkTo}</summary>
      {!target ? (
        <>
          <FormDone state={state} message={labels.linked} />
          <ClaimPicker id="link-search" label={labels.linkTo} hint={labels.linkSearchHint} empty={labels.similarNone} excludeId={claimId}>
            {(claim) => (
              <button type="button" className="button secondary" onClick={() => setTarget({ id: claim.id, text: claim.text })}>
                {labels.chooseClaim}
              </button>
            )}
          </ClaimPicker>
        </>
      ) : (
        <form action={action} noValidate key={state?.ok ? "linked" : "editing"}>
          <FormMessage state={state} />
          <p>
            → <strong>{target.text}</strong>
          </p>
          <input type="hidden" name="fromClaimId" value={claimId} />
          <input type="hidden" name="toClaimId" value={target.id} />
          <SelectField name="type" label={labels.linkType} options={linkTypes} errors={errors} defaultValue="DENIES" />
          <Field name="note" label={labels.note} errors={errors} />
          <div className="row">
            <SubmitButton>{labels.link}</SubmitButton>
            <button type="button" className="button secondary" onClick={() => setTarget(null)}>
              {labels.chooseClaim}
            </button>
          </div>
        </form>
      )}
    </details>
  );
}
