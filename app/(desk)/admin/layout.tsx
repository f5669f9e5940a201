// Admin pages: admins only (others get 403), with their own row of navigation.
import { requirePageActor } from "@/lib/auth/session";
import { getDictionary } from "@/lib/i18n/server";
import { SectionNav } from "@/app/components/section-nav";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requirePageActor("account.list");
  const { t } = await getDictionary();
  return (
    <>
      <SectionNav
        links={[
          { href: "/admin/accounts", label: t.nav.accounts },
          { href: "/admin/audit", label: t.nav.audit },
          { href: "/admin/outlet-profiles", label: t.nav.outletProfiles },
        ]}
      />
      {children}
    </>
  );
}
