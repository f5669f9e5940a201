// The document shell shared by every page: language, font, header and footer.
import type { Metadata } from "next";
import "@fontsource-variable/inter";
import "./globals.css";
import { headers } from "next/headers";
import { getDictionary, getPublicLocale } from "@/lib/i18n/server";
import { alternateHrefs } from "@/lib/public/locale-path";
import { siteUrl } from "@/lib/public/site";
import { SiteHeader } from "./components/site-header";
import { FocusKeeper } from "./components/focus-keeper";

/** The site's name after each page's title, and its description in the page's language. */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary();
  return {
    title: { default: t.app.name, template: `%s · ${t.app.name}` },
    description: t.app.tagline,
    alternates: { types: { "application/atom+xml": "/feed.xml" } },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [{ locale, t }, publicLocale, requestHeaders] = await Promise.all([getDictionary(), getPublicLocale(), headers()]);
  // A public page exists in both languages (lib/public/locale-path.ts): each names the other, and Vietnamese is
  // the default for other languages. React places these <link>s in the document's head.
  const base = siteUrl(requestHeaders);
  const alternates = publicLocale ? alternateHrefs(requestHeaders.get("x-claimdesk-path") ?? "/") : null;
  return (
    <html lang={locale}>
      <body>
        {alternates && (
          <>
            <link rel="alternate" hrefLang="vi" href={`${base}${alternates.vi}`} />
            <link rel="alternate" hrefLang="en" href={`${base}${alternates.en}`} />
            <link rel="alternate" hrefLang="x-default" href={`${base}${alternates.vi}`} />
          </>
        )}
        <a className="skip" href="#main">
          {t.nav.skip}
        </a>
        <SiteHeader />
        <main id="main">{children}</main>
        <FocusKeeper />
        <footer className="site-footer">
          <div>
            {t.app.tagline} · <a href="/feed.xml">{t.feed.subscribe}</a>
          </div>
        </footer>
      </body>
    </html>
  );
}
