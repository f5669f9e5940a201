"use client";
// The admin's account forms; each keeps its input and shows the server's answer beside it.
import { useActionState } from "react";
import { createAccountAction, changeRoleAction, setAccountActiveAction, unlockAccountAction } from "@/app/actions/accounts";
import { Field, FormMessage, SelectField, SubmitButton, useFocusFirstError } from "@/app/components/form";
import { format } from "@/lib/i18n/locale";
import type { Dictionary } from "@/lib/i18n/vi";

type Option = { value: string; label: string };

export function CreateAccountForm({ labels, roleOptions }: { labels: Dictionary["accounts"]; roleOptions: Option[] }) {
  const [state, action] = useActionState(createAccountAction, null);
  const formRef = useFocusFirstError(state);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : {};
  return (
    <>
      {state?.ok && state.oneTimePassword && (
        <div className="notice ok" role="status">
          {format(labels.created, { email: state.createdEmail ?? "" })} <span className="secret" data-testid="one-time-password">{state.oneTimePassword}</span>
        </div>
      )}
      <form action={action} ref={formRef} noValidate>
        <FormMessage state={state} />
        <div className="row">
          <Field name="email" type="email" label={labels.email} required errors={errors} defaultValue={values.email} />
          <Field name="name" label={labels.name} required errors={errors} defaultValue={values.name} />
          <SelectField name="role" label={labels.role} options={roleOptions} errors={errors} defaultValue={values.role ?? "EDITOR"} />
          <div className="field">
            <SubmitButton pendingLabel={labels.creating}>{labels.create}</SubmitButton>
          </div>
        </div>
      </form>
    </>
  );
}

export function RoleForm({ userId, role, roleOptions, label }: { userId: string; role: string; roleOptions: Option[]; label: string }) {
  const [state, action] = useActionState(changeRoleAction, null);
  return (
    <form action={action} className="row">
      <input type="hidden" name="userId" value={userId} />
      <label className="skip" htmlFor={`role-${userId}`}>
        {label}
      </label>
      {/* Keyed by the stored role: React resets a form after its action, and may do so before the new role
          arrives; a changed role then mounts a fresh select showing it. */}
      <select key={role} id={`role-${userId}`} name="role" defaultValue={role} aria-label={label}>
        {roleOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <SubmitButton className="button secondary">{label}</SubmitButton>
      {state && !state.ok && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}

export function UnlockForm({ userId, labels }: { userId: string; labels: Dictionary["accounts"] }) {
  const [state, action] = useActionState(unlockAccountAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton className="button secondary">{labels.unlock}</SubmitButton>
      {state && !state.ok && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}

export function ActiveForm({ userId, isActive, labels }: { userId: string; isActive: boolean; labels: Dictionary["accounts"] }) {
  const [state, action] = useActionState(setAccountActiveAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="isActive" value={isActive ? "false" : "true"} />
      <SubmitButton className={isActive ? "button danger" : "button secondary"}>{isActive ? labels.deactivate : labels.reactivate}</SubmitButton>
      {state && !state.ok && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
