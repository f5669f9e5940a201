// Admin pages: admins only (others get 403).
import { requirePageActor } from "@/lib/auth/session";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requirePageActor("account.list");
  return <>{children}</>;
}
