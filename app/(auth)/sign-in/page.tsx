// Sign-in page for newsroom staff.
import { redirect } from "next/navigation";
import { getSessionActor } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/paths";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { SignInForm } from "./sign-in-form";

export const generateMetadata = titleFor("signIn");

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionActor()) redirect(callbackUrl);
  const { t } = await getDictionary();
  return (
    <div className="card narrow">
      <h1>{t.signIn.title}</h1>
      {params.signedOut ? (
        <p className="notice ok" role="status">
          {t.signIn.signedOut}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} labels={t.signIn} />
    </div>
  );
}
