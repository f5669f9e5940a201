"use client";
import { useActionState } from "react";
import { createClaimantAction, mergeClaimantsAction } from "@/app/actions/claims";
import { Field, FormMessage, SelectField, SubmitButton, useFocusFirstError } from "@/app/components/form";
import type { Dictionary } from "@/lib/i18n/vi";

type Option = { value: string; label: string };

export function CreateClaimantForm({ kinds, labels }: { kinds: Option[]; labels: Dictionary["claimants"] }) {
  const [state, action] = useActionState(createClaimantAction, null);
  const formRef = useFocusFirstError(state);
  const values = state && !state.ok ? state.values : {};
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} ref={formRef} noValidate>
      <FormMessage state={state} />
      <div className="row">
        <Field name="name" label={labels.name} errors={errors} defaultValue={values.name} />
        <SelectField name="kind" label={labels.kind} options={kinds} errors={errors} defaultValue={values.kind ?? "PERSON"} />
        <div className="grow">
          <Field name="aliases" label={labels.aliases} errors={errors} defaultValue={values.aliases} />
        </div>
        <div className="field">
          <SubmitButton>{labels.create}</SubmitButton>
        </div>
      </div>
    </form>
  );
}

export function MergeClaimantForm({ fromId, options, labels }: { fromId: string; options: Option[]; labels: Dictionary["claimants"] }) {
  const [state, action] = useActionState(mergeClaimantsAction, null);
  if (!options.length) return null;
  return (
    <form action={action} className="row">
      <input type="hidden" name="fromId" value={fromId} />
      <select name="intoId" aria-label={labels.mergeInto}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <SubmitButton className="button secondary">{labels.merge}</SubmitButton>
      {state && !state.ok && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
