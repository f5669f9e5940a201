"use server";
// Admins correct or delete what the importer learnt about an outlet: thin edges over lib/sources/outlet-profile-store.
import { revalidatePath } from "next/cache";
import { getActor, requestIp } from "@/lib/auth/session";
import type { FormState } from "@/lib/errors";
import { deleteOutletProfile, updateOutletProfile } from "@/lib/sources/outlet-profile-store";
import { conflictValues, localizedFormError } from "./localized-form-error";
import { formArgument } from "@/lib/validation";

const FIELDS = ["id", "version", "furniture", "dateHints"] as const;
type ProfileValues = Record<(typeof FIELDS)[number], string>;
export type OutletProfileFormState = FormState<ProfileValues> & { current?: Partial<ProfileValues>; deleted?: boolean };

export async function updateOutletProfileAction(_previous: OutletProfileFormState | null, formData: FormData): Promise<OutletProfileFormState> {
  formData = formArgument(formData);
  const values = Object.fromEntries(FIELDS.map((field) => [field, String(formData.get(field) ?? "")])) as ProfileValues;
  try {
    const saved = await updateOutletProfile(await getActor(), values, { ip: await requestIp() });
    revalidatePath("/admin/outlet-profiles");
    return { ok: true, values: { ...values, version: String(saved.version), furniture: saved.furniture.join("\n"), dateHints: saved.dateHints.join("\n") } };
  } catch (error) {
    const result: OutletProfileFormState = await localizedFormError(error, values);
    result.current = conflictValues(error, FIELDS);
    return result;
  }
}

export async function deleteOutletProfileAction(_previous: OutletProfileFormState | null, formData: FormData): Promise<OutletProfileFormState> {
  formData = formArgument(formData);
  const values = { id: String(formData.get("id") ?? ""), version: String(formData.get("version") ?? "") };
  try {
    await deleteOutletProfile(await getActor(), values, { ip: await requestIp() });
    revalidatePath("/admin/outlet-profiles");
    return { ok: true, deleted: true };
  } catch (error) {
    return localizedFormError(error, values);
  }
}
