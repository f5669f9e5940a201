"use client";
// One outlet profile's patterns, editable; a save over someone else's newer save shows both and keeps what was typed.
import { useActionState } from "react";
import { deleteOutletProfileAction, updateOutletProfileAction, type OutletProfileFormState } from "@/app/actions/outlet-profiles";
import { ActionAnswer, SubmitButton, TextAreaField, TheirValue, useFocusFirstError, versionedForm, VersionedFormHead } from "@/app/components/form";
import type { Dictionary } from "@/lib/i18n/vi";

type Values = { id: string; version: string; furniture: string; dateHints: string };
type Labels = Dictionary["outletProfiles"] & { conflictTheirs: string; saving: string };

export function OutletProfileForm({ initial, labels }: { initial: Values; labels: Labels }) {
  const [state, action] = useActionState<OutletProfileFormState | null, FormData>(updateOutletProfileAction, null);
  const [deleted, remove] = useActionState<OutletProfileFormState | null, FormData>(deleteOutletProfileAction, null);
  const formRef = useFocusFirstError(state);
  const { values, version, errors, current } = versionedForm(state, initial);
  if (deleted?.ok) {
    return (
      <p className="notice ok" role="status">
        {labels.deleted}
      </p>
    );
  }
  return (
    <>
      <form action={action} ref={formRef} noValidate key={version}>
        <VersionedFormHead state={state} done={labels.saved} id={values.id} version={version} />
        {(["furniture", "dateHints"] as const).map((name) => (
          <div key={name}>
            <TextAreaField name={name} label={labels[name]} hint={labels.patternHint} defaultValue={values[name]} errors={errors} rows={5} />
            <TheirValue name={name} current={current} typed={values[name]} label={labels.conflictTheirs} />
          </div>
        ))}
        <SubmitButton pendingLabel={labels.saving}>{labels.save}</SubmitButton>
      </form>
      <form action={remove}>
        <input type="hidden" name="id" value={values.id} />
        <input type="hidden" name="version" value={version} />
        <SubmitButton className="button secondary">{labels.delete}</SubmitButton>
        <ActionAnswer state={deleted} />
      </form>
    </>
  );
}
