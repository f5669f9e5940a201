// The claims part of the workbench shares one row of navigation: claims, claimants, quotes to re-anchor.
import { ClaimsSectionNav } from "@/app/components/section-nav";

export default function ClaimsSectionLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <ClaimsSectionNav />
      {children}
    </>
  );
}
