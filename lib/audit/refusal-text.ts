// A recorded refusal (action "auth.refused") as the audit screen and its CSV show it: the stored reason code and its
// params said in the reader's language. Rows written before codes were stored hold the English message under
// `reason`; those are shown through the message dictionary, so old rows stay readable in both languages. Pure.
import { REFUSAL_REASONS, type RefusalReason } from "@/lib/errors";
import { format, type Locale } from "@/lib/i18n/locale";
import { localizeMessage } from "@/lib/i18n/messages";
import type { Dictionary } from "@/lib/i18n/vi";

function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === "string" && (REFUSAL_REASONS as readonly string[]).includes(value);
}

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** The refusal's reason in the reader's language, or null when the event is no refusal or names none. */
export function refusalReasonText(after: unknown, t: Dictionary, locale: Locale): string | null {
  if (!after || typeof after !== "object" || Array.isArray(after)) return null;
  const stored = after as Record<string, unknown>;
  const params = stored.params && typeof stored.params === "object" ? (stored.params as Record<string, unknown>) : {};
  const permission = text(params.permission) ?? text(stored.permission) ?? "";
  if (isRefusalReason(stored.reason)) return format(t.audit.refusals[stored.reason], { permission });
  const message = text(stored.reason) ?? text(stored.message);
  if (!message) return null;
  const said = localizeMessage(locale, message);
  return permission ? `${said} (${permission})` : said;
}

/** An event's `after` as a person reads it: for a refusal, its reason in words and the page refused; others as stored. */
export function readableAfter(action: string, after: unknown, t: Dictionary, locale: Locale): unknown {
  if (action !== "auth.refused") return after;
  const reason = refusalReasonText(after, t, locale);
  if (reason === null) return after;
  const path = text((after as Record<string, unknown>).path);
  return { [t.audit.refusalFields.reason]: reason, ...(path ? { [t.audit.refusalFields.path]: path } : {}) };
}
