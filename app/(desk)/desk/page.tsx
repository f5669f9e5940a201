// The workbench home: who you are, what your role may do, and what needs you now.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { getDictionary } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/locale";
import { getOwnAccountStatus } from "@/lib/accounts/get-own-account-status";

export const metadata: Metadata = { title: "Workbench" };

export default async function DeskPage() {
  const actor = await requirePageActor();
  const [{ t }, status] = await Promise.all([getDictionary(), getOwnAccountStatus(actor)]);
  return (
    <>
      <h1>{t.desk.title}</h1>
      <p>{format(t.desk.welcome, { name: actor.name, role: t.roles[actor.role] })}</p>
      {status.mustChangePassword && (
        <div className="notice warn" role="status">
          {t.desk.mustChangePassword}{" "}
          <Link href="/account/password" className="button secondary">
            {t.desk.changePasswordNow}
          </Link>
        </div>
      )}
      <section className="card">
        <h2>{t.desk.whatYouCan}</h2>
        <p>{t.desk.roleText[actor.role]}</p>
      </section>
    </>
  );
}
