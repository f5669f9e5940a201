// The workbench home: what needs you now (reviews, changes requested, notifications), your drafts, what was published.
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { format, formatDateTime } from "@/lib/i18n/locale";
import { getOwnAccountStatus } from "@/lib/accounts/get-own-account-status";
import { can } from "@/lib/auth/permissions";
import { getDeskQueues } from "@/lib/workflow/queues";
import { markNotificationsReadAction } from "@/app/actions/workflow";

export const generateMetadata = titleFor("desk");

function Queue({ title, empty, count, testId, children }: { title: string; empty: string; count: number; testId: string; children: React.ReactNode }) {
  return (
    <section className="card" data-testid={testId}>
      <h2>
        {title} <span className="count">{count}</span>
      </h2>
      {count === 0 ? <p className="empty">{empty}</p> : <ul className="queue">{children}</ul>}
    </section>
  );
}

export default async function DeskPage() {
  const actor = await requirePageActor();
  const [{ locale, t }, status] = await Promise.all([getDictionary(), getOwnAccountStatus(actor)]);
  const q = t.queues;
  const queues = can(actor, "claim.read") ? await getDeskQueues(actor) : null;
  return (
    <>
      <h1>{t.desk.title}</h1>
      <p>{format(t.desk.welcome, { name: actor.name, role: t.roles[actor.role] })}</p>
      {status.mustChangePassword && (
        <div className="notice warn" role="status">
          {t.desk.mustChangePassword}{" "}
          <Link href="/account/password" className="button secondary">
            {t.desk.changePasswordNow}
          </Link>
        </div>
      )}
      {queues && (
        <div className="queues">
          {queues.notifications.length > 0 && (
            <section className="card" id="notifications" data-testid="notifications">
              <h2>
                {q.notifications} <span className="count">{queues.notifications.length}</span>
              </h2>
              <ul className="queue">
                {queues.notifications.map((n) => (
                  <li key={n.id}>
                    {q.kinds[n.kind]}: <Link href={`/desk/claims/${n.claim.id}`}>{n.claim.text}</Link> <span className="muted">{formatDateTime(locale, n.createdAt)}</span>
                  </li>
                ))}
              </ul>
              <form action={markNotificationsReadAction}>
                {queues.notifications.map((n) => (
                  <input key={n.id} type="hidden" name="id" value={n.id} />
                ))}
                <button className="button secondary" type="submit">
                  {q.markRead}
                </button>
              </form>
            </section>
          )}
          <Queue title={t.assignment.queue} empty={t.assignment.queueEmpty} count={queues.assignedClaims.length + queues.assignedReviews.length} testId="queue-assigned">
            {queues.assignedReviews.map((p) => (
              <li key={p.id}>
                <span className="badge">{t.assignment.toReview}</span> <Link href={`/desk/claims/${p.claim.id}`}>{p.claim.text}</Link> <span className="muted">{format(q.by, { name: p.proposedBy.name })}</span>
              </li>
            ))}
            {queues.assignedClaims.map((c) => (
              <li key={c.id}>
                <Link href={`/desk/claims/${c.id}`}>{c.text}</Link> <span className="badge">{t.claims.states[c.state]}</span>
              </li>
            ))}
          </Queue>
          {queues.reviews && (
            <Queue title={q.awaiting} empty={q.awaitingEmpty} count={queues.awaitingReview.length} testId="queue-review">
              {queues.awaitingReview.map((p) => (
                <li key={p.id}>
                  <Link href={`/desk/claims/${p.claim.id}`}>{p.claim.text}</Link>{" "}
                  <span className="muted">
                    {t.workflow.kinds[p.kind]}
                    {p.verdict ? ` · ${t.verdicts[p.verdict]}` : ""} · {format(q.by, { name: p.proposedBy.name })}
                  </span>
                </li>
              ))}
            </Queue>
          )}
          <Queue title={q.changes} empty={q.changesEmpty} count={queues.changesRequested.length} testId="queue-changes">
            {queues.changesRequested.map((p) => (
              <li key={p.id}>
                <Link href={`/desk/claims/${p.claim.id}`}>{p.claim.text}</Link>
                {p.review?.note && (
                  <span className="muted">
                    {" "}
                    — {p.review.reviewer.name}: {p.review.note}
                  </span>
                )}
              </li>
            ))}
          </Queue>
          <Queue title={q.drafts} empty={q.draftsEmpty} count={queues.drafts.length} testId="queue-drafts">
            {queues.drafts.map((c) => (
              <li key={c.id}>
                <Link href={`/desk/claims/${c.id}`}>{c.text}</Link> <span className="badge">{t.claims.states[c.state]}</span>
              </li>
            ))}
          </Queue>
          <Queue title={q.published} empty={q.publishedEmpty} count={queues.recentlyPublished.length} testId="queue-published">
            {queues.recentlyPublished.map((r) => (
              <li key={r.id}>
                <Link href={`/claims/${r.claim.slug}`}>{r.claim.text}</Link>{" "}
                <span className="muted">
                  {r.verdict ? t.verdicts[r.verdict] : ""} · {format(t.workflow.revision, { number: r.number })} · {formatDateTime(locale, r.publishedAt)}
                </span>
              </li>
            ))}
          </Queue>
        </div>
      )}
      <section className="card">
        <h2>{t.desk.whatYouCan}</h2>
        <p>{t.desk.roleText[actor.role]}</p>
      </section>
    </>
  );
}
