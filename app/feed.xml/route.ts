// GET /feed.xml: an Atom feed of published verdicts, corrections and withdrawals, newest first.
import { listRecentRevisions } from "@/lib/public/published-claims";
import { atomFeed } from "@/lib/public/atom";
import { claimUrl, organisation, siteUrl } from "@/lib/public/site";
import { format } from "@/lib/i18n/locale";
import { vi } from "@/lib/i18n/vi";
import { verdictName } from "@/app/components/verdict";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const base = siteUrl();
  const revisions = await listRecentRevisions(50);
  const verdict = (v: string | null) => verdictName(vi.verdicts, v);
  const body = atomFeed({
    id: `${base}/feed.xml`,
    title: `${organisation().name}: ${vi.feed.title}`,
    link: base,
    self: `${base}/feed.xml`,
    author: organisation().name,
    entries: revisions.map((r) => ({
      id: `${claimUrl(r.slug, base)}#revision-${r.number}`,
      title: `${vi.workflow.kinds[r.kind]}: ${verdict(r.verdict)} — ${r.snapshot.text}`,
      link: claimUrl(r.slug, base),
      updated: r.publishedAt,
      summary: r.correction ? `${format(vi.claimPage.correctionLine, { old: verdict(r.correction.oldVerdict), new: verdict(r.verdict) })}. ${r.correction.reason}` : r.snapshot.summary,
    })),
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
