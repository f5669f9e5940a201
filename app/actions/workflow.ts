"use server";
// Workflow moves from the claim editor and the workbench home: research, proposals, reviews, notifications.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor, requestIp } from "@/lib/auth/session";
import type { FormState } from "@/lib/errors";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { withdrawProposal } from "@/lib/workflow/withdraw";
import { markNotificationsRead } from "@/lib/workflow/queues";
import { assignClaim, assignReviewer } from "@/lib/workflow/assignment";
import { localizedFormError } from "./localized-form-error";
import { formArgument, isUuid } from "@/lib/validation";

type Values = Record<string, string>;

function revalidateDesk(claimId: string) {
  revalidatePath(`/desk/claims/${claimId}`);
  revalidatePath("/desk");
}

export async function startResearchAction(_previous: FormState<Values> | null, formData: FormData): Promise<FormState<Values>> {
  formData = formArgument(formData);
  const values = { claimId: String(formData.get("claimId") ?? "") };
  try {
    await startResearch(await getActor(), values, { ip: await requestIp() });
  } catch (error) {
    return localizedFormError(error, values);
  }
  revalidateDesk(values.claimId);
  return { ok: true };
}

export async function proposeAction(_previous: FormState<Values> | null, formData: FormData): Promise<FormState<Values>> {
  formData = formArgument(formData);
  const values: Values = Object.fromEntries(["claimId", "kind", "verdict", "summary", "rationale", "reason", "shortText"].map((name) => [name, String(formData.get(name) ?? "")]));
  const evidenceIds = formData.getAll("evidenceIds").map(String);
  try {
    await proposeVerdict(await getActor(), { ...values, evidenceIds }, { ip: await requestIp() });
  } catch (error) {
    return localizedFormError(error, { ...values, evidenceIds: evidenceIds.join(",") });
  }
  revalidateDesk(values.claimId!);
  return { ok: true };
}

export async function reviewAction(_previous: FormState<Values> | null, formData: FormData): Promise<FormState<Values>> {
  formData = formArgument(formData);
  const values: Values = Object.fromEntries(["proposalId", "decision", "note"].map((name) => [name, String(formData.get(name) ?? "")]));
  try {
    const result = await reviewProposal(await getActor(), values, { ip: await requestIp() });
    revalidateDesk(result.claimId);
    if (result.revision) {
      // The public side shows the new revision at once.
      revalidatePath(`/claims/${result.slug}`);
      revalidatePath("/corrections");
      revalidatePath("/");
    }
  } catch (error) {
    return localizedFormError(error, values);
  }
  return { ok: true };
}

export async function withdrawProposalAction(_previous: FormState<Values> | null, formData: FormData): Promise<FormState<Values>> {
  formData = formArgument(formData);
  const values: Values = { proposalId: String(formData.get("proposalId") ?? "") };
  try {
    const result = await withdrawProposal(await getActor(), values, { ip: await requestIp() });
    revalidateDesk(result.claimId);
  } catch (error) {
    return localizedFormError(error, values);
  }
  return { ok: true };
}

/** `id`: each notification the desk listed (a form without them, from a page drawn before, marks none). */
export async function markNotificationsReadAction(formData?: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?callbackUrl=%2Fdesk");
  await markNotificationsRead(actor, { ids: formArgument(formData).getAll("id") });
  revalidatePath("/desk");
}

/**
 * Called by the claim editor once it is shown: the reader's notifications about this claim that the page was drawn
 * with (`ids`) are read. Without them nothing is marked (a notice sent after the page was drawn is unseen).
 */
export async function markClaimNotificationsReadAction(claimId: unknown, ids: unknown): Promise<void> {
  const actor = await getActor();
  if (!actor || typeof claimId !== "string" || !Array.isArray(ids)) return;
  if ((await markNotificationsRead(actor, { claimId, ids })) > 0) revalidatePath("/desk");
}

export async function assignClaimAction(_previous: FormState<Values> | null, formData: FormData): Promise<FormState<Values>> {
  formData = formArgument(formData);
  const values = { claimId: String(formData.get("claimId") ?? ""), userId: String(formData.get("userId") ?? "") };
  try {
    await assignClaim(await getActor(), values, { ip: await requestIp() });
  } catch (error) {
    return localizedFormError(error, values);
  }
  revalidateDesk(values.claimId);
  return { ok: true, values };
}

export async function assignReviewerAction(_previous: FormState<Values> | null, formData: FormData): Promise<FormState<Values>> {
  formData = formArgument(formData);
  const values = { claimId: String(formData.get("claimId") ?? ""), proposalId: String(formData.get("proposalId") ?? ""), userId: String(formData.get("userId") ?? "") };
  try {
    await assignReviewer(await getActor(), { proposalId: values.proposalId, userId: values.userId }, { ip: await requestIp() });
  } catch (error) {
    return localizedFormError(error, values);
  }
  if (isUuid(values.claimId)) revalidateDesk(values.claimId);
  return { ok: true, values };
}
