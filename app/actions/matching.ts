"use server";
// Claim matching: thin edges over lib/matching data functions (the reader's margin and its button).
import { revalidatePath } from "next/cache";
import { getActor, requestIp } from "@/lib/auth/session";
import type { Refusal } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { acceptMatchSuggestion, dismissMatchSuggestion, matchSource } from "@/lib/matching/suggestions";
import { matchSourceSchema, suggestionActionSchema } from "@/lib/matching/schemas";
import { parseInput } from "@/lib/validation";
import { localizedFormError } from "./localized-form-error";

export type MatchingResult = { ok: true; stored?: number } | Omit<Refusal, "values">;

async function refusal(error: unknown): Promise<MatchingResult> {
  const { values: _none, ...rest } = await localizedFormError(error, {});
  return rest;
}

/**
 * A decision on a suggestion, its argument checked first: anyone signed in may call an action with any arguments
 * (`[]`, `[null]`, a 10 MB string), and the source's page refreshed is the one a valid id names.
 */
async function decideSuggestion(input: unknown, decide: (actor: Actor | null, input: { id: string }, ctx: { ip?: string }) => Promise<unknown>): Promise<MatchingResult> {
  let sourceId: string;
  try {
    const valid = parseInput(suggestionActionSchema, input);
    sourceId = valid.sourceId;
    await decide(await getActor(), { id: valid.id }, { ip: await requestIp() });
  } catch (error) {
    return refusal(error);
  }
  revalidatePath(`/sources/${sourceId}`);
  return { ok: true };
}

/** Accepts a suggestion: the sentence becomes an appearance of the claim, anchored like a manual quote. */
export async function acceptSuggestionAction(input: { id: string; sourceId: string }): Promise<MatchingResult> {
  return decideSuggestion(input, acceptMatchSuggestion);
}

/** Dismisses a suggestion for good (the same sentence is never suggested for the same claim again). */
export async function dismissSuggestionAction(input: { id: string; sourceId: string }): Promise<MatchingResult> {
  return decideSuggestion(input, dismissMatchSuggestion);
}

/** Runs matching for the source now (the reader's button). */
export async function matchSourceAction(input: { sourceId: string }): Promise<MatchingResult> {
  try {
    const { sourceId } = parseInput(matchSourceSchema, input);
    const { stored } = await matchSource(await getActor(), { sourceId }, { ip: await requestIp() });
    revalidatePath(`/sources/${sourceId}`);
    return { ok: true, stored };
  } catch (error) {
    return refusal(error);
  }
}
