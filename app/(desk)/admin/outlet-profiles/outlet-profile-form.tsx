"use client";
// One outlet profile's patterns, editable; a save over someone else's newer save shows both and keeps what was typed.
import { useActionState, useEffect } from "react";
import { deleteOutletProfileAction, updateOutletProfileAction, type OutletProfileFormState } from "@/app/actions/outlet-profiles";
import { ActionAnswer, SubmitButton, TextAreaField, TheirValue, useFocusFirstError, useResultKey, versionedForm, VersionedFormHead } from "@/app/components/form";
import { ConfirmSubmit } from "@/app/components/confirm-submit";
import { format } from "@/lib/i18n/locale";
import type { Dictionary } from "@/lib/i18n/vi";
import { useAnnounceDeletion } from "./outlet-profile-list";

type Values = { id: string; version: string; furniture: string; dateHints: string };
type Labels = Dictionary["outletProfiles"] & { conflictTheirs: string; saving: string; cancel: string };

export function OutletProfileForm({ outlet, initial, labels }: { outlet: string; initial: Values; labels: Labels }) {
  const [state, action] = useActionState<OutletProfileFormState | null, FormData>(updateOutletProfileAction, null);
  const announce = useAnnounceDeletion();
  // Said as the answer arrives: the redrawn list comes with it, without this profile's section, so an effect here
  // would never run.
  const [deleted, remove] = useActionState<OutletProfileFormState | null, FormData>(async (previous, formData) => {
    const answer = await deleteOutletProfileAction(previous, formData);
    if (answer.ok) announce(format(labels.deletedOutlet, { outlet }));
    return answer;
  }, null);
  const formRef = useFocusFirstError(state);
  const { values, version, errors, current } = versionedForm(state, initial);
  // Each answer to a delete puts its button back to its first, asking state.
  const answered = useResultKey(deleted);
  // The form is drawn anew after a save (keyed by the version): the keyboard goes to its answer, not to the page's top.
  useEffect(() => {
    if (state?.ok) formRef.current?.querySelector<HTMLElement>('[role="status"]')?.focus();
  }, [state, formRef]);
  if (deleted?.ok) return null;
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
        <ConfirmSubmit key={answered} label={labels.delete} question={format(labels.confirmDelete, { outlet })} confirmLabel={labels.confirmDeleteButton} cancelLabel={labels.cancel} className="button secondary" />
        <ActionAnswer state={deleted} />
      </form>
    </>
  );
}
