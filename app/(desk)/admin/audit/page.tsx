// The audit log: every change and sign-in, newest first, in the reader's language, objects named by their
// titles (ids on hover), the fields that changed with their old and new values, filters chosen from lists.
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, isAuditAction, isAuditObjectType } from "@/lib/audit/actions";
import { describeChange } from "@/lib/audit/describe-change";
import { readableAfter } from "@/lib/audit/refusal-text";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/locale";
import { TableHead } from "@/app/components/table-head";
import { FilterForm } from "@/app/components/filter-form";

export const generateMetadata = titleFor("audit");

function query(values: Record<string, string | undefined>): string {
  return new URLSearchParams(Object.entries(values).filter((e): e is [string, string] => !!e[1])).toString();
}

/** One filter: a labelled list whose first choice is "any". */
function SelectFilter(props: { id: string; name: string; label: string; any: string; value: string | undefined; options: { value: string; label: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""}>
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("audit.read");
  const params = await searchParams;
  const [{ locale, t }, { events, objects, people, nextBefore, filter }] = await Promise.all([getDictionary(), listAuditEvents(actor, params)]);
  const current = { actorId: filter.actorId, objectType: filter.objectType, action: filter.action, objectId: filter.objectId, actorEmail: filter.actorEmail };
  const isFiltered = Object.values(current).some(Boolean);
  const actionLabel = (code: string) => (isAuditAction(code) ? t.audit.actions[code] : code);
  return (
    <>
      <h1>{t.audit.title}</h1>
      <FilterForm submit={t.audit.filter} clear={isFiltered ? { href: "/admin/audit", label: t.audit.clear } : null}>
        <SelectFilter
          id="f-actor"
          name="actorId"
          label={t.audit.person}
          any={t.audit.anyone}
          value={filter.actorId}
          options={people.map((person) => ({ value: person.id, label: `${person.name} (${person.email})` }))}
        />
        <SelectFilter
          id="f-object"
          name="objectType"
          label={t.audit.objectType}
          any={t.audit.anyObject}
          value={filter.objectType}
          options={AUDIT_OBJECT_TYPES.map((type) => ({ value: type, label: t.audit.objectTypes[type] }))}
        />
        <SelectFilter
          id="f-action"
          name="action"
          label={t.audit.action}
          any={t.audit.anyAction}
          value={filter.action}
          options={AUDIT_ACTIONS.map((code) => ({ value: code, label: t.audit.actions[code] }))}
        />
        {filter.objectId && <input type="hidden" name="objectId" value={filter.objectId} />}
      </FilterForm>
      <p>
        <a href={`/admin/audit/csv?${query(current)}`} download>
          {t.audit.exportCsv}
        </a>
      </p>
      {events.length === 0 ? (
        <p className="empty">{t.audit.empty}</p>
      ) : (
        <div className="scroll-x">
          <table className="audit-log">
            <TableHead columns={[t.audit.when, t.audit.actor, t.audit.action, t.audit.object, t.audit.change, t.audit.ip]} />
            <tbody>
              {events.map((event) => {
                const named = event.objectId ? objects.get(`${event.objectType}:${event.objectId}`) : undefined;
                const changes = describeChange(event.before, readableAfter(event.action, event.after, t, locale));
                return (
                  <tr key={event.id.toString()} data-testid="audit-event">
                    <td>{formatDateTime(locale, event.createdAt)}</td>
                    <td title={event.actor?.email}>{event.actor ? event.actor.name || event.actor.email : t.audit.system}</td>
                    <td title={event.action}>{actionLabel(event.action)}</td>
                    <td>
                      <span className="muted">{isAuditObjectType(event.objectType) ? t.audit.objectTypes[event.objectType] : event.objectType}</span>
                      {event.objectId && (
                        <div title={event.objectId}>
                          {named?.href ? <Link href={named.href}>{named.label}</Link> : (named?.label ?? <code>{event.objectId.slice(0, 8)}</code>)}{" "}
                          <Link className="muted" href={`/admin/audit?${query({ objectType: event.objectType, objectId: event.objectId })}`} aria-label={t.audit.historyOf}>
                            ⟲
                          </Link>
                        </div>
                      )}
                    </td>
                    <td>
                      {changes.length > 0 && (
                        <dl className="changes">
                          {changes.map((row) => (
                            <div key={row.field}>
                              <dt>{row.field}</dt>
                              <dd>
                                {row.before !== null && (
                                  <>
                                    <del>{row.before}</del> →{" "}
                                  </>
                                )}
                                <ins>{row.after ?? "—"}</ins>
                              </dd>
                            </div>
                          ))}
                        </dl>
                      )}
                    </td>
                    <td>{event.ip}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {nextBefore && (
        <p>
          <Link href={`/admin/audit?${query({ ...current, before: nextBefore })}`}>{t.audit.older}</Link>
        </p>
      )}
    </>
  );
}
