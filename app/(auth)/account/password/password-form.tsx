"use client";
import { useActionState } from "react";
import { changePasswordAction } from "@/app/actions/accounts";
import { Field, FormMessage, SubmitButton, useFocusFirstError } from "@/app/components/form";
import type { Dictionary } from "@/lib/i18n/vi";

export function PasswordForm({ labels }: { labels: Dictionary["password"] }) {
  const [state, action] = useActionState(changePasswordAction, null);
  const formRef = useFocusFirstError(state);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : {};
  return (
    <form action={action} ref={formRef} noValidate>
      <FormMessage state={state} />
      <Field name="currentPassword" type="password" label={labels.current} autoComplete="current-password" required errors={errors} defaultValue={values.currentPassword} />
      <Field name="newPassword" type="password" label={labels.next} hint={labels.nextHint} autoComplete="new-password" required minLength={12} errors={errors} defaultValue={values.newPassword} />
      <Field name="confirmPassword" type="password" label={labels.confirm} autoComplete="new-password" required errors={errors} defaultValue={values.confirmPassword} />
      <SubmitButton>{labels.submit}</SubmitButton>
    </form>
  );
}
