// Every workbench page requires a live session (checked against the database on each request).
import { requirePageActor } from "@/lib/auth/session";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  await requirePageActor();
  return <>{children}</>;
}
