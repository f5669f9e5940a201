// The public side's reads: published revisions only. A draft, a claim in review or a merged-away claim is not found.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { publishedAddress } from "@/lib/http/web-address";
import { withReadableHost } from "@/lib/http/readable-host";
import { publishedAttributes, publishedClaimant, publishedQuote, publishedTags, publishedText } from "./published-text";

const PUBLIC_STATES = ["PUBLISHED", "WITHDRAWN"] as const;

/**
 * Public claims (c) with the revision the public sees (r, the latest) and its place in commit order (o): the FROM and
 * WHERE of the lists below. Every committed revision has its place (a trigger writes it as its transaction commits).
 */
const PUBLIC_LATEST = Prisma.sql`"Claim" c JOIN "ClaimRevision" r ON r."claimId" = c.id AND r.number = c.revision
    JOIN "PublicationOrder" o ON o."revisionId" = r.id
    WHERE c.state IN ('PUBLISHED', 'WITHDRAWN') AND c."mergedIntoId" IS NULL`;

export type PublishedRevision = { number: number; kind: "VERDICT" | "CORRECTION" | "WITHDRAWAL"; verdict: string | null; publishedAt: Date; snapshot: RevisionSnapshot; proposedBy: string; approvedBy: string };

export type PublishedClaim = {
  id: string;
  slug: string;
  state: "PUBLISHED" | "WITHDRAWN";
  firstPublishedAt: Date;
  latest: PublishedRevision;
  revisions: PublishedRevision[];
  corrections: { createdAt: Date; kind: string; oldVerdict: string | null; newVerdict: string | null; reason: string; revision: number }[];
};

/**
 * A revision's snapshot as the public sees it, the one place the page, the API, the feeds and ClaimReview read it
 * through: its sources' and references' addresses without a user name and password, a look-alike host in its ASCII
 * form (lib/http/readable-host.ts), and none at all for an address
 * on a local network (an article captured from an intranet or a development server, a reference typed before such
 * addresses were refused). Revisions published before either rule may hold them; the revision itself keeps them.
 * The same for links and addresses typed into its free text (./published-text.ts): the rationale, the summary, the
 * evidence notes, the reason, and the claimant's name and the tags (publishedName). Its quotes are published as quoted,
 * but for credentials in an address (publishedQuote). The claimant's aliases it recorded feed the search only.
 */
export function publicSnapshot(snapshot: RevisionSnapshot): RevisionSnapshot {
  // A host imitating Latin letters ("rеuters.com" with a Cyrillic е) in its ASCII form, as browsers show it.
  const address = <T extends { url: string | null }>(s: T): T => ({ ...s, url: withReadableHost(publishedAddress(s.url)) });
  // A source's title and outlet are its own words, as its quotes are: as captured, but for credentials in an address.
  const source = <T extends { url: string | null; title: string | null; outlet: string | null }>(s: T): T => ({
    ...address(s),
    title: s.title && publishedQuote(s.title)[0],
    outlet: s.outlet && publishedQuote(s.outlet)[0],
  });
  // The claimant's aliases are for the search index only (./search-document.ts): the page and the API never listed them.
  const { claimantAliases: _aliases, ...published } = snapshot;
  return {
    ...published,
    text: publishedText(snapshot.text),
    ...(snapshot.shortText ? { shortText: publishedText(snapshot.shortText) } : {}),
    gloss: publishedText(snapshot.gloss),
    summary: publishedText(snapshot.summary),
    rationale: publishedText(snapshot.rationale),
    reason: publishedText(snapshot.reason),
    claimant: publishedClaimant(snapshot.claimant),
    tags: publishedTags(snapshot.tags),
    ...(snapshot.attributes ? { attributes: publishedAttributes(snapshot.attributes) } : {}),
    appearances: (snapshot.appearances ?? []).map((a) => {
      const [prefix, exact, suffix] = publishedQuote(a.prefix, a.exact, a.suffix);
      return { ...a, prefix, exact, suffix, source: source(a.source) };
    }),
    evidence: (snapshot.evidence ?? []).map((e) => ({
      ...e,
      quote: e.quote && publishedQuote(e.quote)[0],
      note: publishedText(e.note),
      source: e.source && source(e.source),
      reference: e.reference && { ...address(e.reference), title: publishedText(e.reference.title), publisher: publishedText(e.reference.publisher) },
    })),
  };
}

type LinkTarget = { asked: string; slug: string; text: string; revision: number };

/**
 * Links as the public may follow them now: each linked claim with the wording of its latest published revision,
 * reached through an old slug if it was renamed or merged, and no link at all to a claim the public cannot see.
 * Revisions approved before proposals were frozen hold the linked claim's working-copy wording; it is never shown.
 */
async function publicLinks(snapshots: RevisionSnapshot[]): Promise<(links: RevisionSnapshot["links"]) => RevisionSnapshot["links"]> {
  const slugs = [...new Set(snapshots.flatMap((s) => (s.links ?? []).map((l) => l.claim.slug)))];
  const rows = slugs.length
    ? await getDb().$queryRaw<LinkTarget[]>`
        SELECT DISTINCT ON (k.asked) k.asked, c.slug, r.snapshot->>'text' AS text, r.number AS revision
        FROM (SELECT id, slug AS asked, 0 AS rank FROM "Claim" WHERE slug = ANY(${slugs}::text[])
              UNION ALL SELECT "claimId", slug, 1 FROM "ClaimSlug" WHERE slug = ANY(${slugs}::text[])) k,
             ${PUBLIC_LATEST} AND c.id = k.id
        ORDER BY k.asked, k.rank`
    : [];
  const bySlug = new Map(rows.map((r) => [r.asked, r]));
  return (links) =>
    (links ?? []).flatMap((l) => {
      const target = bySlug.get(l.claim.slug);
      return target ? [{ ...l, claim: { slug: target.slug, text: publishedText(target.text), revision: target.revision } }] : [];
    });
}

/** A published claim by its slug; an old slug (renamed or merged) answers with the slug to redirect to. */
export async function getPublishedClaim(slug: string): Promise<{ claim: PublishedClaim } | { redirect: string } | null> {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  const db = getDb();
  const claim = await db.claim.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      state: true,
      publishedAt: true,
      mergedIntoId: true,
      revision: true,
      revisions: { orderBy: { number: "desc" }, select: { number: true, kind: true, verdict: true, publishedAt: true, snapshot: true, proposedBy: { select: { name: true } }, approvedBy: { select: { name: true } } } },
      // Newest first by revision: each correction's is a number after the one before, whatever clock stamped it.
      corrections: { orderBy: { revision: { number: "desc" } }, select: { createdAt: true, kind: true, oldVerdict: true, newVerdict: true, reason: true, revision: { select: { number: true } } } },
    },
  });
  // A claim merged into another keeps its row and its slug; the merge recorded that slug as the other claim's old one
  // (lib/claims/link-claims.ts), so it answers as any old slug does: the claim it now leads to, when that is public.
  if (!claim || claim.mergedIntoId) {
    const old = await db.claimSlug.findUnique({ where: { slug }, select: { claimId: true } });
    if (!old) return null;
    const target = await db.claim.findUnique({ where: { id: old.claimId }, select: { slug: true, state: true } });
    return target && (PUBLIC_STATES as readonly string[]).includes(target.state) ? { redirect: target.slug } : null;
  }
  // Prisma reads the claim's row, its revisions and its corrections in separate statements: an approval committed
  // between them added a revision (and its correction) the row's state and number did not name yet. The row decides.
  const published = claim.revisions.filter((r) => r.number <= claim.revision);
  if (claim.mergedIntoId || !(PUBLIC_STATES as readonly string[]).includes(claim.state) || !published.length) return null;
  const links = await publicLinks(published.map((r) => r.snapshot as RevisionSnapshot));
  const revisions = published.map((r) => {
    const snapshot = publicSnapshot(r.snapshot as RevisionSnapshot);
    return { number: r.number, kind: r.kind, verdict: r.verdict, publishedAt: r.publishedAt, snapshot: { ...snapshot, links: links(snapshot.links) }, proposedBy: r.proposedBy.name, approvedBy: r.approvedBy.name };
  });
  return {
    claim: {
      id: claim.id,
      slug: claim.slug,
      state: claim.state as PublishedClaim["state"],
      firstPublishedAt: claim.publishedAt ?? revisions.at(-1)!.publishedAt,
      latest: revisions[0]!,
      revisions,
      corrections: claim.corrections.filter((c) => c.revision.number <= claim.revision).map((c) => ({ createdAt: c.createdAt, kind: c.kind, oldVerdict: c.oldVerdict, newVerdict: c.newVerdict, reason: publishedText(c.reason), revision: c.revision.number })),
    },
  };
}

/** The latest published verdicts, newest revision first, as their latest revision shows them. */
export async function listLatestVerdicts(limit = 20) {
  const rows = await getDb().$queryRaw<{ slug: string; state: string; verdict: string | null; snapshot: RevisionSnapshot; publishedAt: Date }[]>`
    SELECT c.slug, c.state::text AS state, c.verdict::text AS verdict, r.snapshot, r."publishedAt"
    FROM ${PUBLIC_LATEST}
    ORDER BY o.position DESC LIMIT ${limit}`;
  return rows.map((r) => ({ slug: r.slug, state: r.state, verdict: r.verdict, text: publishedText(r.snapshot.text), summary: publishedText(r.snapshot.summary), claimant: publishedClaimant(r.snapshot.claimant)?.name ?? null, publishedAt: r.publishedAt }));
}

/**
 * The public corrections log, newest first by when each committed (its revision's place in "PublicationOrder"):
 * `before` a position gives the entries after one already seen, so a page is never shifted by a correction committed
 * meanwhile (it goes to the front). `position` is that place, for the next cursor.
 */
export async function listCorrections(limit = 100, before: bigint | null = null) {
  const rows = await getDb().$queryRaw<{ position: bigint; createdAt: Date; kind: PublishedRevision["kind"]; oldVerdict: string | null; newVerdict: string | null; reason: string; slug: string; text: string; revision: number }[]>`
    SELECT o.position, co."createdAt", co.kind::text AS kind, co."oldVerdict"::text AS "oldVerdict", co."newVerdict"::text AS "newVerdict", co.reason,
           c.slug, r.snapshot->>'text' AS text, r.number AS revision
    FROM "Correction" co
    JOIN "ClaimRevision" r ON r.id = co."revisionId"
    JOIN "PublicationOrder" o ON o."revisionId" = r.id
    JOIN "Claim" c ON c.id = co."claimId"
    WHERE ${before === null ? Prisma.sql`TRUE` : Prisma.sql`o.position < ${before}`}
    ORDER BY o.position DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, reason: publishedText(r.reason), text: publishedText(r.text) }));
}

/**
 * The oldest position (in commit order) the corrections log and the ClaimReview feed each hold, null while empty. A
 * publication only adds positions above every other, and a claim leaving the feed or moving up in it takes its old
 * one away, so neither ever goes down: one read long ago is never above the list's oldest (lib/public/api.ts).
 */
export async function oldestCorrectionPosition(): Promise<bigint | null> {
  const [row] = await getDb().$queryRaw<{ p: bigint | null }[]>`
    SELECT min(o.position) AS p FROM "Correction" co JOIN "PublicationOrder" o ON o."revisionId" = co."revisionId"`;
  return row?.p ?? null;
}

export async function oldestClaimReviewPosition(): Promise<bigint | null> {
  const [row] = await getDb().$queryRaw<{ p: bigint | null }[]>`SELECT min(o.position) AS p FROM ${PUBLIC_LATEST} AND c.state = 'PUBLISHED'`;
  return row?.p ?? null;
}

/** Published revisions, newest first (in commit order): each first verdict, correction and withdrawal, for the feed. */
export async function listRecentRevisions(limit = 50) {
  const rows = await getDb().$queryRaw<{ claimId: string; slug: string; number: number; kind: "VERDICT" | "CORRECTION" | "WITHDRAWAL"; verdict: string | null; publishedAt: Date; ageMs: number; snapshot: RevisionSnapshot; reason: string | null; oldVerdict: string | null; hasCorrection: boolean }[]>`
    SELECT c.id::text AS "claimId", c.slug, r.number, r.kind::text AS kind, r.verdict::text AS verdict, r."publishedAt", r.snapshot,
           (extract(epoch FROM clock_timestamp() - r."publishedAt") * 1000)::float8 AS "ageMs",
           co.reason, co."oldVerdict"::text AS "oldVerdict", co.id IS NOT NULL AS "hasCorrection"
    FROM "PublicationOrder" o
    JOIN "ClaimRevision" r ON r.id = o."revisionId"
    JOIN "Claim" c ON c.id = r."claimId"
    LEFT JOIN "Correction" co ON co."revisionId" = r.id
    WHERE c.state IN ('PUBLISHED', 'WITHDRAWN') AND c."mergedIntoId" IS NULL
    ORDER BY o.position DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({ claimId: r.claimId, slug: r.slug, number: r.number, kind: r.kind, verdict: r.verdict, publishedAt: r.publishedAt, ageMs: r.ageMs, snapshot: publicSnapshot(r.snapshot), correction: r.hasCorrection ? { reason: publishedText(r.reason!), oldVerdict: r.oldVerdict } : null }));
}

/** How many claims are public (each listed once by the sitemap). */
export async function countPublicClaims(): Promise<number> {
  const [count] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${PUBLIC_LATEST}`;
  return count?.n ?? 0;
}

/**
 * Public claims' addresses and when each last changed, for sitemap.xml: `limit` of them after `offset`, in the order
 * they were first published (a new one joins the last file; a correction moves none), and how many there are.
 */
export async function listPublicClaimUrls(offset: number, limit: number, listed: (total: number) => boolean = () => true): Promise<{ total: number; claims: { slug: string; updatedAt: Date }[] }> {
  return getDb().$transaction(
    async (tx) => {
      const [count] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${PUBLIC_LATEST}`;
      // A file past the end, or an index of files, lists no claim: the sorted scan is not run for it.
      if (!listed(count?.n ?? 0)) return { total: count?.n ?? 0, claims: [] };
      const claims = await tx.$queryRaw<{ slug: string; updatedAt: Date }[]>`
        SELECT c.slug, r."publishedAt" AS "updatedAt"
        FROM ${PUBLIC_LATEST}
        ORDER BY c."publishedAt", c.id OFFSET ${offset} LIMIT ${limit}`;
      return { total: count?.n ?? 0, claims };
    },
    { isolationLevel: "RepeatableRead" },
  );
}

/**
 * The sitemap files (`/sitemap.xml?page=N`) whose lists a publication of this claim changed, when the sitemap is an
 * index of files (`perFile` claims each, lib/public/sitemap-response.ts): the file listing the claim and every later
 * one, since a claim joining or leaving the list moves each claim after it by one place. None while one file is the
 * whole sitemap (`/sitemap.xml` itself).
 */
export async function sitemapFilesListing(slug: string, perFile: number): Promise<number[]> {
  const [row] = await getDb().$queryRaw<{ total: number; before: number }[]>`
    WITH x AS (SELECT id, "publishedAt" FROM "Claim" WHERE id = COALESCE((SELECT id FROM "Claim" WHERE slug = ${slug}), (SELECT "claimId" FROM "ClaimSlug" WHERE slug = ${slug})))
    SELECT (SELECT count(*)::int FROM ${PUBLIC_LATEST}) AS total,
      (SELECT count(*)::int FROM ${PUBLIC_LATEST} AND EXISTS (SELECT FROM x WHERE (c."publishedAt", c.id) < (x."publishedAt", x.id))) AS before`;
  const files = Math.ceil((row?.total ?? 0) / perFile);
  if (files <= 1) return [];
  const first = Math.min(files, Math.floor((row?.before ?? 0) / perFile) + 1);
  return Array.from({ length: files - first + 1 }, (_, i) => first + i);
}

/** How many public claims carry each verdict and each kind (as their latest revision states them). */
export async function countPublished(): Promise<{ verdicts: Record<string, number>; kinds: Record<string, number>; total: number }> {
  const rows = await getDb().$queryRaw<{ verdict: string | null; kind: string; n: number }[]>`
    SELECT r.verdict::text AS verdict, r.snapshot->>'kind' AS kind, count(*)::int AS n
    FROM ${PUBLIC_LATEST} AND c.state = 'PUBLISHED'
    GROUP BY 1, 2`;
  const verdicts: Record<string, number> = {};
  const kinds: Record<string, number> = {};
  for (const row of rows) {
    if (row.verdict) verdicts[row.verdict] = (verdicts[row.verdict] ?? 0) + row.n;
    kinds[row.kind] = (kinds[row.kind] ?? 0) + row.n;
  }
  return { verdicts, kinds, total: rows.reduce((sum, r) => sum + r.n, 0) };
}

/**
 * Published (not withdrawn) claims with their latest revision, the latest committed first (by its place in
 * "PublicationOrder"): the ClaimReview feed's rows. `before` a position continues after a row already seen; a claim
 * corrected meanwhile moves to the front, where the next poll finds it.
 */
export async function listClaimReviews(limit: number, before: bigint | null = null) {
  const rows = await getDb().$queryRaw<{ position: bigint; id: string; slug: string; firstPublishedAt: Date | null; verdict: string | null; publishedAt: Date; snapshot: RevisionSnapshot }[]>`
    SELECT o.position, c.id::text AS id, c.slug, c."publishedAt" AS "firstPublishedAt", r.verdict::text AS verdict, r."publishedAt", r.snapshot
    FROM ${PUBLIC_LATEST} AND c.state = 'PUBLISHED'
      ${before === null ? Prisma.empty : Prisma.sql`AND o.position < ${before}`}
    ORDER BY o.position DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({
    position: r.position,
    id: r.id,
    slug: r.slug,
    state: "PUBLISHED" as const,
    firstPublishedAt: r.firstPublishedAt ?? r.publishedAt,
    latest: { verdict: r.verdict, publishedAt: r.publishedAt, snapshot: publicSnapshot(r.snapshot) },
  }));
}

/** The link types a claim page lists as other claims' links to it ("duplicate of" merges instead). */
const LIVE_LINK_TYPES = ["DENIES", "CONTRADICTS", "CORROBORATES", "REPEATS"] as const;
export type LinkingClaim = { slug: string; text: string; type: (typeof LIVE_LINK_TYPES)[number]; verdict: string | null; publishedAt: Date };

/**
 * Published claims whose latest published revision links to this claim (denies, contradicts, corroborates or
 * repeats it), newest first, read live at each request: a denial published after this claim's last revision
 * appears without touching this claim's revisions. Only what the linking claims' reviewed revisions say counts,
 * under any address this claim has had (its slug now, or an old one). The revisions' links are found through
 * "PublishedLink", the database's index of them (kept by a trigger at each publication), not by reading every
 * published snapshot.
 */
export async function listLinkingClaims(claimId: string, slug: string): Promise<LinkingClaim[]> {
  const rows = await getDb().$queryRaw<LinkingClaim[]>`
    SELECT slug, text, type, verdict, "publishedAt" FROM (
      SELECT DISTINCT ON (c.id, pl.type) c.slug, r.snapshot->>'text' AS text, pl.type, r.verdict::text AS verdict, r."publishedAt"
      FROM "PublishedLink" pl
      JOIN "Claim" c ON c.id = pl."fromClaimId"
      JOIN "ClaimRevision" r ON r."claimId" = c.id AND r.number = c.revision
      WHERE pl."toSlug" IN (SELECT ${slug} UNION SELECT s.slug FROM "ClaimSlug" s WHERE s."claimId" = ${claimId}::uuid)
        AND pl.type = ANY(${[...LIVE_LINK_TYPES]}::text[])
        AND c.state = 'PUBLISHED' AND c."mergedIntoId" IS NULL AND c.id <> ${claimId}::uuid
    ) linking
    ORDER BY "publishedAt" DESC, slug, type
    LIMIT 200`;
  return rows.map((r) => ({ ...r, text: publishedText(r.text) }));
}

/**
 * The other public claims whose pages show this one: those it links to (their "linked later" section lists it) and
 * those linking to it (they show its wording), under any slug it has had. For refreshing shared caches on approval.
 */
export async function listRelatedPublicSlugs(slug: string): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ slug: string }[]>`
    WITH x AS (
      SELECT COALESCE((SELECT id FROM "Claim" WHERE slug = ${slug}), (SELECT "claimId" FROM "ClaimSlug" WHERE slug = ${slug})) AS id
    ), names AS (
      SELECT c.slug FROM "Claim" c, x WHERE c.id = x.id UNION SELECT s.slug FROM "ClaimSlug" s, x WHERE s."claimId" = x.id
    )
    SELECT DISTINCT c.slug FROM (
      SELECT t.id FROM "PublishedLink" pl, x, "Claim" t
      WHERE pl."fromClaimId" = x.id
        AND (t.slug = pl."toSlug" OR t.id IN (SELECT s."claimId" FROM "ClaimSlug" s WHERE s.slug = pl."toSlug"))
      UNION
      SELECT pl."fromClaimId" FROM "PublishedLink" pl WHERE pl."toSlug" IN (SELECT slug FROM names)
    ) related
    JOIN "Claim" c ON c.id = related.id
    WHERE c.state IN ('PUBLISHED', 'WITHDRAWN') AND c."mergedIntoId" IS NULL AND c.id <> (SELECT id FROM x)
    ORDER BY c.slug
    LIMIT 200`;
  return rows.map((r) => r.slug);
}
