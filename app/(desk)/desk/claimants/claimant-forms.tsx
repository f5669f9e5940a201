"use client";
import { useActionState, useState } from "react";
import { createClaimantAction, mergeClaimantsAction } from "@/app/actions/claims";
import { Field, FormMessage, SelectField, SubmitButton, useFocusFirstError, useResultKey, ActionAnswer } from "@/app/components/form";
import { ConfirmSubmit } from "@/app/components/confirm-submit";
import { format } from "@/lib/i18n/locale";
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
        <SelectField name="kind" label={labels.kind} options={kinds} errors={errors} defaultValue={values.kind} placeholder={labels.chooseKind} />
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

export function MergeClaimantForm({ fromId, fromName, options, labels }: { fromId: string; fromName: string; options: Option[]; labels: Dictionary["claimants"] }) {
  const [state, action] = useActionState(mergeClaimantsAction, null);
  // Each answer from the server puts the button back to its first, asking state.
  const answered = useResultKey(state);
  const [into, setInto] = useState("");
  if (!options.length) return null;
  const intoName = options.find((o) => o.value === into)?.label ?? "";
  return (
    <form action={action} className="row">
      <input type="hidden" name="fromId" value={fromId} />
      <select name="intoId" aria-label={labels.mergeInto} value={into} onChange={(event) => setInto(event.target.value)}>
        <option value="" disabled>
          {labels.chooseTarget}
        </option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ConfirmSubmit key={answered} label={labels.merge} question={format(labels.confirmMerge, { from: fromName, into: intoName })} confirmLabel={labels.merge} cancelLabel={labels.cancel} disabled={!into} />
      <ActionAnswer state={state} />
    </form>
  );
}
