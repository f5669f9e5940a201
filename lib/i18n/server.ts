// The reader's locale on the server: the remembered choice, else Vietnamese (the desk's default).
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, dictionaryFor, isLocale, type Locale } from "./locale";

export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
});

export async function getDictionary() {
  const locale = await getLocale();
  return { locale, t: dictionaryFor(locale) };
}
