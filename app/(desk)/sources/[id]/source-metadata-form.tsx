"use client";
// Corrects a source's details. A save over someone else's newer save shows both and keeps what was typed.
import { useActionState } from "react";
import { updateSourceAction, type SourceFormState } from "@/app/actions/sources";
import { Field, SubmitButton, TheirValue, useFocusFirstError, versionedForm, VersionedFormHead } from "@/app/components/form";
import type { Dictionary } from "@/lib/i18n/vi";

type Values = { id: string; version: string; title: string; publishedAt: string; agency: string; outlet: string; author: string; language: string; url: string };
type Labels = Dictionary["reader"] & { title: string; date: string; outlet: string; agency: string; language: string };

export function SourceMetadataForm({ initial, labels }: { initial: Values; labels: Labels }) {
  const [state, action] = useActionState<SourceFormState | null, FormData>(updateSourceAction, null);
  const formRef = useFocusFirstError(state);
  // After a conflict the next save is made over the version now stored.
  const { values, version, errors, current } = versionedForm(state, initial);
  const fields: [keyof Values, string, string?][] = [
    ["title", labels.title],
    ["publishedAt", labels.date, labels.publishedAtHint],
    ["outlet", labels.outlet],
    ["agency", labels.agency],
    ["author", labels.author],
    ["language", labels.language],
    ["url", labels.url],
  ];
  return (
    <form action={action} ref={formRef} noValidate key={version}>
      <VersionedFormHead state={state} done={labels.saved} id={values.id} version={version} />
      {fields.map(([name, label, hint]) => (
        <div key={name}>
          <Field name={name} label={label} hint={hint} defaultValue={values[name]} errors={errors} />
          <TheirValue name={name} current={current} typed={values[name]} label={labels.conflictTheirs} />
        </div>
      ))}
      <SubmitButton pendingLabel={labels.saving}>{labels.save}</SubmitButton>
    </form>
  );
}
