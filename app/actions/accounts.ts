"use server";
// Account management and own password: thin edges over lib/accounts data functions.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor, getSessionActor, requestIp } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/auth";
import type { FormState } from "@/lib/errors";
import { localizedFormError as formError } from "./localized-form-error";
import { createAccount } from "@/lib/accounts/create-account";
import { ADMIN_REMOVAL_HOLD_HOURS, cancelAdminRemoval, changeRole, setAccountActive, type PendingRemoval, type Unassigned } from "@/lib/accounts/update-account";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { unlockAccount } from "@/lib/accounts/unlock-account";
import { formArgument } from "@/lib/validation";
import { confirmAccountHeld } from "@/lib/accounts/confirm-account-held";
import { resetAccountPassword } from "@/lib/accounts/reset-account-password";

type CreateValues = { email: string; name: string; role: string };
export type CreateAccountState = FormState<CreateValues> & { oneTimePassword?: string; createdEmail?: string };

export async function createAccountAction(_previous: CreateAccountState | null, formData: FormData): Promise<CreateAccountState> {
  formData = formArgument(formData);
  const values = { email: String(formData.get("email") ?? ""), name: String(formData.get("name") ?? ""), role: String(formData.get("role") ?? "") };
  try {
    const { user, oneTimePassword } = await createAccount(await getActor(), values, { ip: await requestIp() });
    revalidatePath("/admin/accounts");
    return { ok: true, oneTimePassword, createdEmail: user.email, values: { role: values.role } };
  } catch (error) {
    return await formError(error, values);
  }
}

/**
 * The work a change took back from the account, for the admin's answer (none: nothing to say); or, for a removal of
 * an admin's rights that waits, whether it waits for a second admin ("asked") or for its hold ("held").
 */
function unassignedValues(unassigned: Unassigned, removal: PendingRemoval | null): Record<string, string> | undefined {
  if (removal) return { removal: removal.heldUntil ? "held" : "asked", hours: String(ADMIN_REMOVAL_HOLD_HOURS) };
  return unassigned.claims || unassigned.reviews ? { claims: String(unassigned.claims), reviews: String(unassigned.reviews) } : undefined;
}

export async function changeRoleAction(_previous: FormState | null, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = { userId: String(formData.get("userId") ?? ""), role: String(formData.get("role") ?? "") };
  try {
    const { unassigned, removal } = await changeRole(await getActor(), values, { ip: await requestIp() });
    revalidatePath("/admin/accounts");
    return { ok: true, values: unassignedValues(unassigned, removal) };
  } catch (error) {
    return await formError(error, values);
  }
}

export async function setAccountActiveAction(_previous: FormState | null, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = { userId: String(formData.get("userId") ?? ""), isActive: String(formData.get("isActive") ?? "") };
  try {
    const { unassigned, removal } = await setAccountActive(await getActor(), { userId: values.userId, isActive: values.isActive === "true" }, { ip: await requestIp() });
    revalidatePath("/admin/accounts");
    return { ok: true, values: unassignedValues(unassigned, removal) };
  } catch (error) {
    return await formError(error, values);
  }
}

export async function cancelAdminRemovalAction(_previous: FormState | null, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = { removalId: String(formData.get("removalId") ?? "") };
  try {
    await cancelAdminRemoval(await getActor(), values, { ip: await requestIp() });
    revalidatePath("/admin/accounts");
    return { ok: true };
  } catch (error) {
    return await formError(error, values);
  }
}

export async function unlockAccountAction(_previous: FormState | null, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = { userId: String(formData.get("userId") ?? "") };
  try {
    await unlockAccount(await getActor(), values, { ip: await requestIp() });
    revalidatePath("/admin/accounts");
    return { ok: true };
  } catch (error) {
    return await formError(error, values);
  }
}

export async function confirmAccountHeldAction(_previous: FormState | null, formData: FormData): Promise<FormState> {
  formData = formArgument(formData);
  const values = { userId: String(formData.get("userId") ?? "") };
  try {
    await confirmAccountHeld(await getActor(), values, { ip: await requestIp() });
    revalidatePath("/admin/accounts");
    return { ok: true };
  } catch (error) {
    return await formError(error, values);
  }
}

export type ResetPasswordState = FormState<{ userId: string }> & { oneTimePassword?: string };

export async function resetAccountPasswordAction(_previous: ResetPasswordState | null, formData: FormData): Promise<ResetPasswordState> {
  formData = formArgument(formData);
  const values = { userId: String(formData.get("userId") ?? "") };
  try {
    const { oneTimePassword } = await resetAccountPassword(await getActor(), values, { ip: await requestIp() });
    revalidatePath("/admin/accounts");
    return { ok: true, oneTimePassword };
  } catch (error) {
    return await formError(error, values);
  }
}

type PasswordValues = { currentPassword: string; newPassword: string; confirmPassword: string };

export async function changePasswordAction(_previous: FormState<PasswordValues> | null, formData: FormData): Promise<FormState<PasswordValues>> {
  formData = formArgument(formData);
  const values = {
    currentPassword: String(formData.get("currentPassword") ?? ""),
    newPassword: String(formData.get("newPassword") ?? ""),
    confirmPassword: String(formData.get("confirmPassword") ?? ""),
  };
  // The one action open to an account still on its one-time password.
  const actor = await getSessionActor();
  try {
    await changeOwnPassword(actor, values, { ip: await requestIp() });
  } catch (error) {
    return await formError(error, values);
  }
  // The change ended every session of this account. Issue this browser a fresh one, then load the
  // page anew so it renders with the new session cookie.
  await signIn("credentials", { email: actor?.email, password: values.newPassword, redirect: false });
  redirect("/account/password?changed=1");
}
