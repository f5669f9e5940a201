// The audit log as CSV, with the same filters as the page: for an admin's spreadsheet or an auditor.
import { getActor } from "@/lib/auth/session";
import { clientIp } from "@/lib/auth/client-ip";
import { recordRefusal } from "@/lib/audit/record-refusal";
import { exportAuditEvents } from "@/lib/audit/list-audit-events";
import { isAuditAction } from "@/lib/audit/actions";
import { auditCsv } from "@/lib/audit/audit-csv";
import { readableAfter } from "@/lib/audit/refusal-text";
import { errorBody, httpStatus } from "@/lib/errors";
import { getDictionary } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/locale";
import { firstOfEach } from "@/lib/list-filters";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  try {
    const params = firstOfEach(new URL(request.url).searchParams);
    const [{ locale, t }, { events, objects, nextBefore }] = await Promise.all([getDictionary(), exportAuditEvents(actor, params)]);
    // Cut at the limit: the last line names the filter that reads on from there (the same filters, older events).
    const next = nextBefore === undefined ? undefined : new URL(request.url);
    next?.searchParams.set("before", nextBefore!);
    const csv = auditCsv(
      events.map((event) => ({
        id: event.id.toString(),
        createdAt: event.createdAt,
        actorEmail: event.actor?.email ?? "",
        action: event.action,
        actionLabel: isAuditAction(event.action) ? t.audit.actions[event.action] : event.action,
        objectType: event.objectType,
        objectId: event.objectId ?? "",
        objectLabel: event.objectId ? (objects.get(`${event.objectType}:${event.objectId}`)?.label ?? "") : "",
        before: event.before,
        after: readableAfter(event.action, event.after, t, locale),
        ip: event.ip ?? "",
      })),
      next && format(t.audit.exportCut, { count: new Intl.NumberFormat(locale).format(events.length), next: `${next.pathname}${next.search}` }, locale),
    );
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
        "Cache-Control": "no-store",
        ...(nextBefore === undefined ? {} : { "X-Audit-Next-Before": nextBefore }),
      },
    });
  } catch (error) {
    await recordRefusal(actor?.id, error, clientIp(request.headers), new URL(request.url).pathname);
    return Response.json(errorBody(error), { status: httpStatus(error), headers: { "Cache-Control": "no-store" } });
  }
}
