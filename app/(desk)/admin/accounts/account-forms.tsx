"use client";
// The admin's account forms; each keeps its input and shows the server's answer beside it.
import { useActionState, useEffect, useRef, useState } from "react";
import { createAccountAction, changeRoleAction, setAccountActiveAction, unlockAccountAction, confirmAccountHeldAction, resetAccountPasswordAction, cancelAdminRemovalAction } from "@/app/actions/accounts";
import { Field, FormMessage, SelectField, SubmitButton, useFocusFirstError, useResultKey, ActionAnswer } from "@/app/components/form";
import { ConfirmSubmit } from "@/app/components/confirm-submit";
import { format } from "@/lib/i18n/locale";
import type { Dictionary } from "@/lib/i18n/vi";

type Option = { value: string; label: string };

/** The answer, and the work the change took back from the account when there was some. */
function withUnassigned(done: string, state: { ok: boolean; values?: Partial<Record<string, string>> } | null, labels: Dictionary["accounts"]): string {
  // A removal of an admin's rights that waits: for a second admin's same change, or for its hold.
  const removal = state?.ok ? state.values?.removal : undefined;
  if (removal === "asked") return labels.removalAsked;
  if (removal === "held") return format(labels.removalHeld, { hours: state?.values?.hours ?? "" });
  const claims = state?.ok ? state.values?.claims : undefined;
  const reviews = state?.ok ? state.values?.reviews : undefined;
  return claims !== undefined && reviews !== undefined ? `${done} ${format(labels.unassigned, { claims, reviews })}` : done;
}

export function CreateAccountForm({ labels, roleOptions }: { labels: Dictionary["accounts"]; roleOptions: Option[] }) {
  const [state, action] = useActionState(createAccountAction, null);
  const formRef = useFocusFirstError(state);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : {};
  const [hidden, setHidden] = useState<unknown>(null);
  // The submit button stays, but the new password is what the admin must act on: the keyboard goes to it, and once
  // it is hidden, back to the first field for the next account (a removed button would leave the focus nowhere).
  const createdRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.ok) createdRef.current?.focus();
  }, [state]);
  const hide = () => {
    setHidden(state);
    formRef.current?.querySelector<HTMLElement>("input:not([type=hidden]), select")?.focus();
  };
  return (
    <>
      {state?.ok && state.oneTimePassword && hidden !== state && (
        <div className="notice ok" role="status" tabIndex={-1} ref={createdRef} data-testid="account-created">
          {format(labels.created, { email: state.createdEmail ?? "" })} <span className="secret" data-testid="one-time-password">{state.oneTimePassword}</span>{" "}
          <button type="button" className="button secondary" onClick={hide}>
            {labels.copiedHide}
          </button>
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

export function RoleForm({ userId, email, role, roleOptions, labels }: { userId: string; email: string; role: string; roleOptions: Option[]; labels: Dictionary["accounts"] }) {
  const [state, action] = useActionState(changeRoleAction, null);
  // Each answer from the server puts the button back to its first, asking state.
  const answered = useResultKey(state);
  const [chosen, setChosen] = useState(role);
  const chosenLabel = roleOptions.find((o) => o.value === chosen)?.label ?? chosen;
  return (
    <form action={action} className="row">
      <input type="hidden" name="userId" value={userId} />
      <label className="skip" htmlFor={`role-${userId}`}>
        {labels.changeRole}
      </label>
      {/* Keyed by the stored role: React resets a form after its action, and may do so before the new role
          arrives; a changed role then mounts a fresh select showing it. */}
      <select key={role} id={`role-${userId}`} name="role" defaultValue={role} aria-label={labels.changeRole} onChange={(event) => setChosen(event.target.value)}>
        {roleOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ConfirmSubmit key={answered} label={labels.changeRole} question={format(labels.confirmRole, { email, role: chosenLabel })} confirmLabel={labels.confirm} cancelLabel={labels.cancel} disabled={chosen === role} />
      <ActionAnswer state={state} done={withUnassigned(format(labels.roleChanged, { email, role: roleOptions.find((o) => o.value === role)?.label ?? role }), state, labels)} />
    </form>
  );
}

export function UnlockForm({ userId, labels }: { userId: string; labels: Dictionary["accounts"] }) {
  const [state, action] = useActionState(unlockAccountAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton className="button secondary">{labels.unlock}</SubmitButton>
      <ActionAnswer state={state} done={labels.unlocked} />
    </form>
  );
}

/**
 * A new one-time password for an account whose person forgot theirs, asked once more first. The password is shown
 * once, as after creating an account: the keyboard goes to it, and once hidden, back to this row's reset button.
 */
export function ResetPasswordForm({ userId, email, labels }: { userId: string; email: string; labels: Dictionary["accounts"] }) {
  const [state, action] = useActionState(resetAccountPasswordAction, null);
  const answered = useResultKey(state);
  const [hidden, setHidden] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const shownRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.ok) shownRef.current?.focus();
  }, [state]);
  const hide = () => {
    setHidden(state);
    formRef.current?.querySelector<HTMLElement>("button")?.focus();
  };
  const refusal = state && !state.ok ? (state.fieldErrors.userId?.[0] ?? state.message) : null;
  return (
    <form action={action} ref={formRef} data-testid="reset-password">
      <input type="hidden" name="userId" value={userId} />
      <ConfirmSubmit key={answered} label={labels.resetPassword} question={format(labels.confirmResetQuestion, { email })} confirmLabel={labels.confirmReset} cancelLabel={labels.cancel} className="button secondary" />
      {state?.ok && state.oneTimePassword && hidden !== state && (
        <div className="notice ok" role="status" tabIndex={-1} ref={shownRef} data-testid="password-reset">
          {format(labels.passwordReset, { email })} <span className="secret" data-testid="one-time-password">{state.oneTimePassword}</span>{" "}
          <button type="button" className="button secondary" onClick={hide}>
            {labels.copiedHide}
          </button>
        </div>
      )}
      {refusal && (
        <p className="error" role="alert">
          {refusal}
        </p>
      )}
    </form>
  );
}

/** Another admin's word that the account is held by its own person; asks once more before it is recorded. */
export function ConfirmHeldForm({ userId, email, mayConfirm, labels }: { userId: string; email: string; mayConfirm: boolean; labels: Dictionary["accounts"] }) {
  const [state, action] = useActionState(confirmAccountHeldAction, null);
  const answered = useResultKey(state);
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      {mayConfirm && (
        <ConfirmSubmit key={answered} label={labels.confirmHeld} question={format(labels.confirmHeldQuestion, { email })} confirmLabel={labels.confirm} cancelLabel={labels.cancel} className="button secondary" />
      )}
      <ActionAnswer state={state} done={format(labels.heldConfirmed, { email })} />
    </form>
  );
}

/** Cancels a removal of an admin's rights still asked; asks once more first. */
export function CancelRemovalForm({ removalId, account, labels }: { removalId: string; account: string; labels: Dictionary["accounts"] }) {
  const [state, action] = useActionState(cancelAdminRemovalAction, null);
  const answered = useResultKey(state);
  return (
    <form action={action}>
      <input type="hidden" name="removalId" value={removalId} />
      <ConfirmSubmit key={answered} label={labels.cancelRemoval} question={format(labels.confirmCancelRemoval, { account })} confirmLabel={labels.confirm} cancelLabel={labels.cancel} className="button secondary" />
      <ActionAnswer state={state} done={labels.removalCancelled} />
    </form>
  );
}

export function ActiveForm({ userId, email, isActive, isSelf, labels }: { userId: string; email: string; isActive: boolean; isSelf: boolean; labels: Dictionary["accounts"] }) {
  const [state, action] = useActionState(setAccountActiveAction, null);
  // Each answer from the server puts the button back to its first, asking state.
  const answered = useResultKey(state);
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="isActive" value={isActive ? "false" : "true"} />
      {isActive ? (
        isSelf ? (
          <span className="muted">{labels.you}</span>
        ) : (
          <ConfirmSubmit key={answered} label={labels.deactivate} question={format(labels.confirmDeactivate, { email })} confirmLabel={labels.confirmDeactivateButton} cancelLabel={labels.cancel} className="button danger" />
        )
      ) : (
        <SubmitButton className="button secondary">{labels.reactivate}</SubmitButton>
      )}
      <ActionAnswer state={state} done={withUnassigned(format(isActive ? labels.reactivated : labels.deactivated, { email }), state, labels)} />
    </form>
  );
}
