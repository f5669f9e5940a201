// The reader's locale on the server: on public pages the language in the URL (proxy.ts passes it on, see
// lib/public/locale-path.ts); elsewhere the remembered choice, else Vietnamese (the desk's default).
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import type { Metadata } from "next";
import { DEFAULT_LOCALE, LOCALE_COOKIE, dictionaryFor, isLocale, type Locale } from "./locale";
import type { Dictionary } from "./vi";
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

/** A page's `generateMetadata`: its title in the reader's language, as the rest of the page (the layout adds the name). */
export function titleFor(page: keyof Dictionary["pageTitles"]): () => Promise<Metadata> {
  return async () => ({ title: (await getDictionary()).t.pageTitles[page] });
}
