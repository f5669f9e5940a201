// Turns a data function's refusal into a form result in the reader's language.
import "server-only";
import { formError, isAppError, type Refusal } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { localizeMessage } from "@/lib/i18n/messages";
import { getSessionActor, requestIp, requestPath } from "@/lib/auth/session";
import { recordRefusal } from "@/lib/audit/record-refusal";

/** Every server action's refusals pass here: a FORBIDDEN one is recorded in the audit trail under the session's account. */
export async function localizedFormError<Values>(error: unknown, values: Partial<Values>): Promise<Refusal<Values>> {
  if (isAppError(error) && error.code === "FORBIDDEN") await recordRefusal((await getSessionActor())?.id, error, await requestIp(), await requestPath());
  const locale = await getLocale();
  return formError(error, values, (message) => localizeMessage(locale, message));
}

/** After a CONFLICT: the stored row's fields as form strings (lists joined by commas), for showing beside the typed ones. */
export function conflictValues(error: unknown, keys: readonly string[]): Record<string, string> | undefined {
  const current = isAppError(error) ? (error.details?.current as Record<string, unknown> | undefined) : undefined;
  if (!current) return undefined;
  return Object.fromEntries(
    keys.map((key) => {
      const value = current[key];
      return [key, Array.isArray(value) ? value.join(", ") : value == null ? "" : String(value)];
    }),
  );
}
