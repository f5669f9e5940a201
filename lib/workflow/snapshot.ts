// What a published revision holds: the claim as the public sees it, frozen when the proposal is made.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Verdict } from "./verdicts";
import type { ClaimAttributes } from "@/lib/claims/attributes";
import { withoutCredentials } from "@/lib/http/web-address";

type SourceRef = { title: string | null; outlet: string | null; url: string | null; publishedAt: string | null; language: string | null };

export type RevisionSnapshot = {
  text: string;
  /** The editor's short wording for search engines (ClaimReview's claimReviewed); absent: the wording is cut. */
  shortText?: string | null;
  gloss: string | null;
  claimant: { name: string; kind: string } | null;
  /**
   * The claimant's other names as the reviewer saw them, which the public search finds the claim by (an alias is
   * typed by any editor and never reviewed itself); absent in revisions published before they were recorded, whose
   * claims are found by no alias.
   */
  claimantAliases?: string[];
  madeAt: string | null;
  kind: string;
  tags: string[];
  /** The kind's structured attributes (lib/claims/attributes.ts); absent in revisions published before they existed. */
  attributes?: ClaimAttributes;
  verdict: Verdict | null;
  summary: string;
  rationale: string;
  reason: string | null;
  appearances: { exact: string; prefix: string; suffix: string; source: SourceRef }[];
  /** A reference's `url` is always set in a stored revision; the public read leaves it null for a local address. */
  evidence: { stance: string; note: string | null; quote: string | null; source: SourceRef | null; reference: { url: string | null; title: string | null; publisher: string | null; publishedAt: string | null } | null }[];
  /** Other claims as their published revision (`revision`) words them; never a claim's working copy. */
  links: { type: string; direction: "from" | "to"; claim: { slug: string; text: string; revision?: number } }[];
};

const sourceRef = { select: { title: true, outlet: true, url: true, publishedAt: true, language: true } } as const;

function publicSource(source: { title: string | null; outlet: string | null; url: string | null; publishedAt: Date | string | null; language: string | null }): SourceRef {
  const publishedAt = source.publishedAt instanceof Date ? source.publishedAt.toISOString() : source.publishedAt;
  return { title: source.title, outlet: source.outlet, url: withoutCredentials(source.url), publishedAt, language: source.language };
}

type LinkedRow = { type: string; slug: string; text: string; revision: number };

/**
 * The claims linked from (or to) this one that the public can see, each with the wording of its latest published
 * revision: a linked claim's working copy may hold edits no reviewer approved.
 */
async function publishedLinks(tx: Tx, claimId: string): Promise<RevisionSnapshot["links"]> {
  const from = await tx.$queryRaw<LinkedRow[]>`
    SELECT l.type::text AS type, c.slug, r.snapshot->>'text' AS text, r.number AS revision
    FROM "ClaimLink" l JOIN "Claim" c ON c.id = l."toClaimId" JOIN "ClaimRevision" r ON r."claimId" = c.id AND r.number = c.revision
    WHERE l."fromClaimId" = ${claimId}::uuid AND c.state IN ('PUBLISHED', 'WITHDRAWN') AND c."mergedIntoId" IS NULL
    ORDER BY l."createdAt", l.id`;
  const to = await tx.$queryRaw<LinkedRow[]>`
    SELECT l.type::text AS type, c.slug, r.snapshot->>'text' AS text, r.number AS revision
    FROM "ClaimLink" l JOIN "Claim" c ON c.id = l."fromClaimId" JOIN "ClaimRevision" r ON r."claimId" = c.id AND r.number = c.revision
    WHERE l."toClaimId" = ${claimId}::uuid AND c.state IN ('PUBLISHED', 'WITHDRAWN') AND c."mergedIntoId" IS NULL
    ORDER BY l."createdAt", l.id`;
  const link = (direction: "from" | "to") => (l: LinkedRow) => ({ type: l.type, direction, claim: { slug: l.slug, text: l.text, revision: l.revision } });
  return [...from.map(link("from")), ...to.map(link("to"))];
}

/**
 * Freezes what approval will publish, inside the proposing transaction: the claim's wording, claimant and kind,
 * its anchored quotes with their sources' details as they are now, the evidence the proposal relies on, and links
 * to published revisions. Stored on the proposal; the reviewer reads it and approval copies it unchanged.
 */
export async function freezeSnapshot(
  tx: Tx,
  claimId: string,
  proposal: { summary: string; rationale: string; reason: string | null; evidenceIds: string[]; shortText?: string | null },
  verdict: Verdict | null,
): Promise<RevisionSnapshot> {
  // One relation per query: Prisma loads the relations of one include side by side, which the transaction's
  // single connection can only queue (pg warns that it will stop queueing).
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: { claimant: { select: { id: true, name: true, kind: true } } } });
  const aliases = claim.claimant ? await tx.claimantAlias.findMany({ where: { claimantId: claim.claimant.id }, select: { alias: true }, orderBy: { alias: "asc" } }) : [];
  const appearances = await tx.appearance.findMany({ where: { claimId, status: "ANCHORED" }, include: { source: sourceRef }, orderBy: { createdAt: "asc" } });
  const evidence = await tx.evidence.findMany({ where: { claimId, id: { in: proposal.evidenceIds } }, include: { source: sourceRef }, orderBy: { createdAt: "asc" } });
  return {
    text: claim.text,
    ...(proposal.shortText ? { shortText: proposal.shortText } : {}),
    gloss: claim.gloss,
    claimant: claim.claimant && { name: claim.claimant.name, kind: claim.claimant.kind },
    claimantAliases: aliases.map((a) => a.alias),
    madeAt: claim.madeAt,
    kind: claim.kind,
    tags: claim.tags,
    attributes: (claim.attributes ?? {}) as ClaimAttributes,
    verdict,
    summary: proposal.summary,
    rationale: proposal.rationale,
    reason: proposal.reason,
    appearances: appearances.map((a) => ({ exact: a.exact, prefix: a.prefix, suffix: a.suffix, source: publicSource(a.source) })),
    evidence: evidence.map((e) => ({
      stance: e.stance,
      note: e.note,
      quote: e.exact,
      source: e.source ? publicSource(e.source) : null,
      reference: e.url ? { url: withoutCredentials(e.url), title: e.title, publisher: e.publisher, publishedAt: e.publishedAt } : null,
    })),
    links: await publishedLinks(tx, claimId),
  };
}
