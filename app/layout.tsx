// The document shell shared by every page: language, font, header and footer.
import type { Metadata } from "next";
import "@fontsource-variable/inter";
import "./globals.css";
import { getDictionary } from "@/lib/i18n/server";
import { SiteHeader } from "./components/site-header";

export const metadata: Metadata = {
  title: { default: "Claim desk", template: "%s · Claim desk" },
  description: "Fact-checking the Russia–North Korea story, claim by claim.",
  alternates: { types: { "application/atom+xml": "/feed.xml" } },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getDictionary();
  return (
    <html lang={locale}>
      <body>
        <a className="skip" href="#main">
          {t.nav.skip}
        </a>
        <SiteHeader />
        <main id="main">{children}</main>
        <footer className="site-footer">
          <div>
            {t.app.tagline} · <a href="/feed.xml">{t.feed.subscribe}</a>
          </div>
        </footer>
      </body>
    </html>
  );
}
