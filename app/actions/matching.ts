"use server";
// Claim matching: thin edges over lib/matching data functions (the reader's margin and its button).
import { revalidatePath } from "next/cache";
import { getActor, requestIp } from "@/lib/auth/session";
import type { Refusal } from "@/lib/errors";
import { acceptMatchSuggestion, dismissMatchSuggestion, matchSource } from "@/lib/matching/suggestions";
import { localizedFormError } from "./localized-form-error";

export type MatchingResult = { ok: true; stored?: number } | Omit<Refusal, "values">;

async function refusal(error: unknown): Promise<MatchingResult> {
  const { values: _none, ...rest } = await localizedFormError(error, {});
  return rest;
}

/** Accepts a suggestion: the sentence becomes an appearance of the claim, anchored like a manual quote. */
export async function acceptSuggestionAction(input: { id: string; sourceId: string }): Promise<MatchingResult> {
  try {
    await acceptMatchSuggestion(await getActor(), { id: input.id }, { ip: await requestIp() });
  } catch (error) {
    return refusal(error);
  }
  revalidatePath(`/sources/${input.sourceId}`);
  return { ok: true };
}

/** Dismisses a suggestion for good (the same sentence is never suggested for the same claim again). */
export async function dismissSuggestionAction(input: { id: string; sourceId: string }): Promise<MatchingResult> {
  try {
    await dismissMatchSuggestion(await getActor(), { id: input.id }, { ip: await requestIp() });
  } catch (error) {
    return refusal(error);
  }
  revalidatePath(`/sources/${input.sourceId}`);
  return { ok: true };
}

/** Runs matching for the source now (the reader's button). */
export async function matchSourceAction(input: { sourceId: string }): Promise<MatchingResult> {
  try {
    const { stored } = await matchSource(await getActor(), { sourceId: input.sourceId }, { ip: await requestIp() });
    revalidatePath(`/sources/${input.sourceId}`);
    return { ok: true, stored };
  } catch (error) {
    return refusal(error);
  }
}
