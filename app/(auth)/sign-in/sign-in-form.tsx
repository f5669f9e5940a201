"use client";
// The sign-in form: keeps the e-mail on a refusal and says why next to the field.
import { useActionState } from "react";
import { signInAction } from "@/app/actions/session";
import { Field, FormMessage, SubmitButton, useFocusFirstError } from "@/app/components/form";
import type { Dictionary } from "@/lib/i18n/vi";

export function SignInForm({ callbackUrl, labels }: { callbackUrl: string; labels: Dictionary["signIn"] }) {
  const [state, action] = useActionState(signInAction, null);
  const formRef = useFocusFirstError(state);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} ref={formRef} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        name="email"
        type="email"
        label={labels.email}
        autoComplete="username"
        required
        defaultValue={state?.values?.email ?? ""}
        key={`email-${state?.values?.email ?? ""}`}
        errors={errors}
        autoFocus
      />
      <Field name="password" type="password" label={labels.password} autoComplete="current-password" required errors={errors} />
      <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}
