// A date as the article states it, shown in the reader's locale at the precision it has.
import { formatPublishedAt } from "@/lib/i18n/locale";
import type { Locale } from "@/lib/i18n/locale";

export function PublishedAt({ value, locale, empty }: { value: string | null; locale: Locale; empty: string }) {
  if (!value) return <>{empty}</>;
  return <time dateTime={value.startsWith("--") ? undefined : value}>{formatPublishedAt(locale, value)}</time>;
}
