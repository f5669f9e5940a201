// Public home: the latest published verdicts.
import Link from "next/link";
import { getDictionary } from "@/lib/i18n/server";

export default async function HomePage() {
  const { t } = await getDictionary();
  return (
    <>
      <h1>{t.home.title}</h1>
      <p className="empty">{t.home.empty}</p>
      <section className="card">
        <h2>{t.home.forDesk}</h2>
        <p>{t.home.forDeskText}</p>
        <Link className="button" href="/desk">
          {t.nav.desk}
        </Link>
      </section>
    </>
  );
}
