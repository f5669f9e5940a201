// The reader's locale on the server: on public pages the language in the URL (proxy.ts passes it on, see
// lib/public/locale-path.ts); elsewhere the remembered choice, else Vietnamese (the desk's default).
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, dictionaryFor, isLocale, type Locale } from "./locale";
import { PUBLIC_LOCALE_HEADER } from "@/lib/public/locale-path";

/** The public page's language from its URL, or null on workbench pages. */
export const getPublicLocale = cache(async (): Promise<Locale | null> => {
  const fromUrl = (await headers()).get(PUBLIC_LOCALE_HEADER);
  return isLocale(fromUrl) ? fromUrl : null;
});

export const getLocale = cache(async (): Promise<Locale> => {
  const fromUrl = await getPublicLocale();
  if (fromUrl) return fromUrl;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
});

export async function getDictionary() {
  const locale = await getLocale();
  return { locale, t: dictionaryFor(locale) };
}
