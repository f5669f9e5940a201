// Turns a data function's refusal into a form result in the reader's language.
import "server-only";
import { formError, type FormState } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { localizeMessage } from "@/lib/i18n/messages";

export async function localizedFormError<Values>(error: unknown, values: Partial<Values>): Promise<FormState<Values>> {
  const locale = await getLocale();
  return formError(error, values, (message) => localizeMessage(locale, message));
}
