// 403: signed in, but the role does not allow this page.
import Link from "next/link";
import { getDictionary } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { t } = await getDictionary();
  return (
    <div className="card narrow">
      <h1>{t.errors.forbiddenTitle}</h1>
      <p>{t.errors.forbiddenText}</p>
      <Link href="/desk">{t.nav.desk}</Link>
    </div>
  );
}
