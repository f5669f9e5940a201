// 404 for unknown addresses (and, later, for anything not published).
import Link from "next/link";
import { getDictionary } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getDictionary();
  return (
    <div className="card narrow">
      <h1>{t.errors.notFoundTitle}</h1>
      <p>{t.errors.notFoundText}</p>
      <Link href="/">{t.nav.home}</Link>
    </div>
  );
}
