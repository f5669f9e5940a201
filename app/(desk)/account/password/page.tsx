// Change your own password.
import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getDictionary } from "@/lib/i18n/server";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Password" };

export default async function PasswordPage() {
  await requirePageActor("account.changeOwnPassword");
  const { t } = await getDictionary();
  return (
    <div className="card narrow">
      <h1>{t.password.title}</h1>
      <PasswordForm labels={t.password} />
    </div>
  );
}
