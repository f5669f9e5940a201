"use client";
// Correcting the cleaned text; the answer says how each anchored quote was found again.
import { useActionState } from "react";
import { editSourceBodyAction, type BodyFormState } from "@/app/actions/sources";
import { FormMessage, SubmitButton } from "@/app/components/form";
import { format } from "@/lib/i18n/locale";
import type { Dictionary } from "@/lib/i18n/vi";

export function SourceBodyForm({ id, bodyVersion, body, labels }: { id: string; bodyVersion: number; body: string; labels: Dictionary["reader"] }) {
  const [state, action] = useActionState<BodyFormState | null, FormData>(editSourceBodyAction, null);
  const text = state && !state.ok ? (state.values.body ?? body) : body;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <details open={!!state && !state.ok}>
      <summary>{labels.editText}</summary>
      <form action={action} noValidate key={state?.ok ? `v${state.bodyVersion}` : `v${bodyVersion}`}>
        {state?.ok && state.tally && (
          <p className="notice ok" role="status">
            {format(labels.reanchored, { version: state.bodyVersion ?? "", ...state.tally })}
          </p>
        )}
        <FormMessage state={state} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="bodyVersion" value={state?.ok ? String(state.bodyVersion) : String(bodyVersion)} />
        <div className="field">
          <label htmlFor="source-body">{labels.editText}</label>
          <textarea id="source-body" name="body" rows={16} defaultValue={text} aria-describedby="source-body-hint" aria-invalid={errors?.body ? true : undefined} />
          <span className="hint" id="source-body-hint">
            {labels.editTextHint}
          </span>
          {errors?.body && <p className="error">{errors.body.join(" ")}</p>}
        </div>
        <SubmitButton>{labels.saveText}</SubmitButton>
      </form>
    </details>
  );
}
