// The second row of navigation inside a part of the workbench (claims, admin): its pages, the current one marked.
import Link from "next/link";
import { headers } from "next/headers";
import { getDictionary } from "@/lib/i18n/server";

export async function SectionNav({ links }: { links: { href: string; label: string }[] }) {
  const [{ t }, requestHeaders] = await Promise.all([getDictionary(), headers()]);
  const path = (requestHeaders.get("x-claimdesk-path") ?? "").split("?")[0] ?? "";
  const current = links.filter((l) => path === l.href || path.startsWith(`${l.href}/`)).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav className="section-nav" aria-label={t.nav.section}>
      {links.map((link) => (
        <Link key={link.href} href={link.href} aria-current={link === current ? "page" : undefined}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}

/** The claims part of the workbench: claims, claimants and quotes that need re-anchoring. */
export async function ClaimsSectionNav() {
  const { t } = await getDictionary();
  return (
    <SectionNav
      links={[
        { href: "/desk/claims", label: t.nav.claims },
        { href: "/desk/claimants", label: t.nav.claimants },
        { href: "/desk/reanchor", label: t.nav.orphans },
      ]}
    />
  );
}
