// GET /feed.xml: an Atom feed of published verdicts, corrections and withdrawals, newest first. Entry ids are
// permanent (claim id and revision number); links use the public origin. ETag and Last-Modified answer 304.
import { listRecentRevisions } from "@/lib/public/published-claims";
import { atomFeed, FEED_ID, revisionEntryId } from "@/lib/public/atom";
import { etagMatches, etagOf } from "@/lib/public/api-route";
import { claimUrl, organisation, siteUrl } from "@/lib/public/site";
import { publicCacheControl } from "@/lib/public/cache-policy";
import { COMMIT_OVERLAP_MS } from "@/lib/public/invalidate";
import { format } from "@/lib/i18n/locale";
import { vi } from "@/lib/i18n/vi";
import { verdictName } from "@/app/components/verdict";

export const dynamic = "force-dynamic";

/**
 * Whether If-Modified-Since (second precision) is at or after the feed's last change, and that change is old enough
 * that no approval begun before it can still commit (COMMIT_OVERLAP_MS): a revision's time is when its approval
 * began, so one committed after the newest could carry an older time and join the feed unseen behind a 304. Its age
 * (`ageMs`) is the database's clock's, which stamped that time: an instance whose clock ran a minute ahead read every
 * change as old enough at once.
 */
function notModifiedSince(ifModifiedSince: string | null, updated: Date, ageMs: number): boolean {
  if (!ifModifiedSince || !(ageMs >= COMMIT_OVERLAP_MS)) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(updated.getTime() / 1000) * 1000 <= since;
}

export async function GET(request: Request): Promise<Response> {
  const base = siteUrl(request.headers);
  const org = organisation(base);
  const revisions = await listRecentRevisions(50);
  const verdict = (v: string | null) => verdictName(vi.verdicts, v);
  const body = atomFeed({
    id: FEED_ID,
    title: `${org.name}: ${vi.feed.title}`,
    link: base,
    self: `${base}/feed.xml`,
    author: org.name,
    entries: revisions.map((r) => ({
      id: revisionEntryId(r.claimId, r.number),
      title: `${vi.workflow.kinds[r.kind]}: ${verdict(r.verdict)} — ${r.snapshot.text}`,
      link: claimUrl(r.slug, base),
      updated: r.publishedAt,
      summary: r.correction ? `${format(vi.claimPage.correctionLine, { old: verdict(r.correction.oldVerdict), new: verdict(r.verdict) })}. ${r.correction.reason}` : r.snapshot.summary,
    })),
  });
  const updated = revisions[0]?.publishedAt ?? new Date(0);
  const etag = etagOf(body);
  // Not X-Forwarded-Host/-Proto: caches key by the URL already (lib/public/cache-policy.ts), and with Next's own
  // values they made Vary longer than the 128 characters nginx keeps.
  const headers = { ETag: etag, "Last-Modified": updated.toUTCString(), "Cache-Control": publicCacheControl(), Vary: "Accept-Encoding" };
  // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch ? etagMatches(ifNoneMatch, etag) : notModifiedSince(request.headers.get("if-modified-since"), updated, revisions[0]?.ageMs ?? Infinity)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { headers: { ...headers, "Content-Type": "application/atom+xml; charset=utf-8" } });
}
