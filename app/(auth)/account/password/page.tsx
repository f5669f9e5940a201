// Change your own password.
import { requirePageActor } from "@/lib/auth/session";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { PasswordForm } from "./password-form";

export const generateMetadata = titleFor("password");

export default async function PasswordPage({ searchParams }: { searchParams: Promise<{ changed?: string; required?: string }> }) {
  // Outside the (desk) layout: the one page an account still on its one-time password may open.
  await requirePageActor("account.changeOwnPassword", { allowPendingPassword: true });
  const [{ t }, { changed, required }] = await Promise.all([getDictionary(), searchParams]);
  return (
    <div className="card narrow">
      <h1>{t.password.title}</h1>
      {required && !changed && (
        <p className="notice warn" role="status">
          {t.password.required}
        </p>
      )}
      {changed && (
        <p className="notice ok" role="status">
          {t.password.done}
        </p>
      )}
      <PasswordForm labels={t.password} />
    </div>
  );
}
