// Quotes that lost their anchor when a source's text was corrected: nothing is dropped silently.
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listOrphanedAnchors } from "@/lib/sources/edit-source-body";
import { getDictionary, titleFor } from "@/lib/i18n/server";

export const generateMetadata = titleFor("reanchor");

export default async function ReanchorPage() {
  const actor = await requirePageActor("claim.read");
  const [{ t }, orphans] = await Promise.all([getDictionary(), listOrphanedAnchors(actor)]);
  const rows = [
    ...orphans.appearances.map((a) => ({ ...a, kind: t.claims.appearances })),
    ...orphans.evidence.map((e) => ({ ...e, kind: t.claims.evidence })),
  ];
  return (
    <>
      <h1>{t.reader.orphansTitle}</h1>
      <p className="muted">{t.reader.orphansIntro}</p>
      {rows.length === 0 ? (
        <p className="empty">{t.reader.orphansEmpty}</p>
      ) : (
        <ul className="quotes">
          {rows.map((row) => (
            <li key={row.id} data-testid="orphan">
              <blockquote>
                <mark>{row.exact}</mark>
              </blockquote>
              {row.kind} · <Link href={`/desk/claims/${row.claim.id}`}>{row.claim.text}</Link> · <Link href={`/sources/${row.source?.id}`}>{row.source?.title ?? t.sources.untitled}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
