// The audit log: every change and sign-in, newest first, filterable.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { getDictionary } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/locale";
import { TableHead } from "@/app/components/table-head";
import { FilterForm } from "@/app/components/filter-form";

export const metadata: Metadata = { title: "Audit log" };

function summarise(value: unknown): string {
  return value === null || value === undefined ? "" : JSON.stringify(value, null, 1);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("audit.read");
  const params = await searchParams;
  const [{ locale, t }, { events, nextBefore, filter }] = await Promise.all([getDictionary(), listAuditEvents(actor, params)]);
  const olderQuery = new URLSearchParams(Object.entries({ ...params, before: nextBefore }).filter((e): e is [string, string] => !!e[1]));
  return (
    <>
      <h1>{t.audit.title}</h1>
      <FilterForm submit={t.audit.filter}>
        <div className="field">
          <label htmlFor="f-action">{t.audit.actionPrefix}</label>
          <input id="f-action" name="action" defaultValue={filter.action ?? ""} placeholder="auth." />
        </div>
        <div className="field">
          <label htmlFor="f-object">{t.audit.objectType}</label>
          <input id="f-object" name="objectType" defaultValue={filter.objectType ?? ""} placeholder="User" />
        </div>
        <div className="field">
          <label htmlFor="f-actor">{t.audit.actorEmail}</label>
          <input id="f-actor" name="actorEmail" type="email" defaultValue={filter.actorEmail ?? ""} />
        </div>
      </FilterForm>
      {events.length === 0 ? (
        <p className="empty">{t.audit.empty}</p>
      ) : (
        <table>
          <TableHead columns={[t.audit.when, t.audit.actor, t.audit.action, t.audit.object, t.audit.change, t.audit.ip]} />
          <tbody>
            {events.map((event) => (
              <tr key={event.id.toString()}>
                <td>{formatDateTime(locale, event.createdAt)}</td>
                <td>{event.actor?.email ?? t.audit.system}</td>
                <td>
                  <code>{event.action}</code>
                </td>
                <td>
                  {event.objectType}
                  {event.objectId ? <div className="muted">{event.objectId}</div> : null}
                </td>
                <td>
                  <pre>{[summarise(event.before), summarise(event.after)].filter(Boolean).join("\n→ ")}</pre>
                </td>
                <td>{event.ip}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextBefore && (
        <p>
          <Link href={`/admin/audit?${olderQuery.toString()}`}>{t.audit.older}</Link>
        </p>
      )}
    </>
  );
}
