// A previewed file's text (an upload decoded, or a pasted text), kept with the preview's draft (ImportDraftFile)
// instead of travelling to the browser and back: the save and a re-read name the draft and the file. Only the
// draft's owner can name it; any other id (a stranger's draft, one replaced by a later preview, a made-up one) is
// answered as not found.
import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { Actor } from "@/lib/auth/permissions";

const keptFileSchema = z.object({ draftId: z.uuid(), fileIndex: z.number().int().min(0).max(1000) });

export const DRAFT_GONE = "This preview is no longer kept; preview the text again.";

/**
 * `input` with its `text` taken from the actor's draft when it names one (`draftId` and `fileIndex`): whatever
 * text it carried is ignored then. Input without a draft id is returned as it is.
 */
export async function withKeptTexts<T>(actor: Actor, inputs: readonly T[]): Promise<T[]> {
  const named = inputs.map((input) => (input && typeof input === "object" && "draftId" in input && input.draftId !== undefined ? parseInput(keptFileSchema, input) : null));
  const drafts = [...new Set(named.flatMap((n) => (n ? [n.draftId] : [])))];
  if (!drafts.length) return [...inputs];
  // A pasted text is written after the preview's answer, in the transaction that holds its draft's row lock: waiting
  // for that lock (FOR SHARE) waits for the text. A draft whose write was cut off has no text: "preview again".
  await getDb().$queryRaw`SELECT "id" FROM "ImportDraft" WHERE "id" = ANY(${drafts}::uuid[]) AND "ownerId" = ${actor.id}::uuid FOR SHARE`;
  const kept = await getDb().importDraftFile.findMany({
    // The owner is part of the query: a stranger's draft id finds nothing.
    where: { draftId: { in: drafts }, draft: { ownerId: actor.id }, OR: named.flatMap((n) => (n ? [{ draftId: n.draftId, fileIndex: n.fileIndex }] : [])) },
    select: { draftId: true, fileIndex: true, text: true },
  });
  const byKey = new Map(kept.map((k) => [`${k.draftId}:${k.fileIndex}`, k.text]));
  return inputs.map((input, i) => {
    const ref = named[i];
    if (!ref) return input;
    const text = byKey.get(`${ref.draftId}:${ref.fileIndex}`);
    if (text === undefined) throw new AppError("NOT_FOUND", DRAFT_GONE);
    const { draftId: _d, fileIndex: _f, ...rest } = input as Record<string, unknown>;
    return { ...rest, text } as T;
  });
}

export async function withKeptText<T>(actor: Actor, input: T): Promise<T> {
  return (await withKeptTexts(actor, [input]))[0]!;
}
