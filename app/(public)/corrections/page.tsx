// The public corrections log: every reviewed change to a published verdict, with its reason.
import Link from "next/link";
import { listCorrections } from "@/lib/public/published-claims";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { format, formatDateTime } from "@/lib/i18n/locale";
import { verdictName } from "@/app/components/verdict";
import { localeHref } from "@/lib/public/locale-path";

export const generateMetadata = titleFor("corrections");

export default async function CorrectionsPage() {
  const [{ locale, t }, corrections] = await Promise.all([getDictionary(), listCorrections()]);
  const c = t.correctionsLog;
  return (
    <>
      <h1>{c.title}</h1>
      <p>{c.intro}</p>
      {corrections.length === 0 ? (
        <p className="empty">{c.empty}</p>
      ) : (
        <div className="scroll-x">
          <table className="table" data-testid="corrections-log">
            <thead>
              <tr>
                <th scope="col">{c.date}</th>
                <th scope="col">{c.claim}</th>
                <th scope="col">{c.change}</th>
                <th scope="col">{c.reason}</th>
              </tr>
            </thead>
            <tbody>
              {corrections.map((row) => (
                <tr key={`${row.slug}-${row.revision}`}>
                  <td>{formatDateTime(locale, row.createdAt)}</td>
                  <td lang="vi">
                    <Link href={localeHref(locale, `/claims/${row.slug}`)}>{row.text}</Link>
                  </td>
                  <td>
                    {t.workflow.kinds[row.kind]}: {format(t.claimPage.correctionLine, { old: verdictName(t.verdicts, row.oldVerdict), new: verdictName(t.verdicts, row.newVerdict) })}
                  </td>
                  <td>{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
