// What a published revision holds: the claim as the public sees it, frozen at approval.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Verdict } from "./verdicts";

type SourceRef = { title: string | null; outlet: string | null; url: string | null; publishedAt: string | null; language: string | null };

export type RevisionSnapshot = {
  text: string;
  gloss: string | null;
  claimant: { name: string; kind: string } | null;
  madeAt: string | null;
  kind: string;
  tags: string[];
  verdict: Verdict | null;
  summary: string;
  rationale: string;
  reason: string | null;
  appearances: { exact: string; prefix: string; suffix: string; source: SourceRef }[];
  evidence: { stance: string; note: string | null; quote: string | null; source: SourceRef | null; reference: { url: string; title: string | null; publisher: string | null; publishedAt: string | null } | null }[];
  links: { type: string; direction: "from" | "to"; claim: { slug: string; text: string } }[];
};

const sourceRef = { select: { title: true, outlet: true, url: true, publishedAt: true, language: true } } as const;

function publicSource(source: { title: string | null; outlet: string | null; url: string | null; publishedAt: Date | string | null; language: string | null }): SourceRef {
  const publishedAt = source.publishedAt instanceof Date ? source.publishedAt.toISOString() : source.publishedAt;
  return { title: source.title, outlet: source.outlet, url: source.url, publishedAt, language: source.language };
}

/**
 * Reads the claim and the evidence the proposal relies on inside the approving transaction. Links list only
 * published claims, so a snapshot never names a draft.
 */
export async function buildSnapshot(
  tx: Tx,
  claimId: string,
  proposal: { verdict: Verdict | null; summary: string; rationale: string; reason: string | null; evidenceIds: string[] },
  verdict: Verdict | null,
): Promise<RevisionSnapshot> {
  const published = { state: { in: ["PUBLISHED" as const, "WITHDRAWN" as const] } };
  // One relation per query: Prisma loads the relations of one include side by side, which the transaction's
  // single connection can only queue (pg warns that it will stop queueing).
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: { claimant: { select: { name: true, kind: true } } } });
  const appearances = await tx.appearance.findMany({ where: { claimId, status: "ANCHORED" }, include: { source: sourceRef }, orderBy: { createdAt: "asc" } });
  const evidence = await tx.evidence.findMany({ where: { claimId, id: { in: proposal.evidenceIds } }, include: { source: sourceRef }, orderBy: { createdAt: "asc" } });
  const linksFrom = await tx.claimLink.findMany({ where: { fromClaimId: claimId, toClaim: published }, include: { toClaim: { select: { slug: true, text: true } } } });
  const linksTo = await tx.claimLink.findMany({ where: { toClaimId: claimId, fromClaim: published }, include: { fromClaim: { select: { slug: true, text: true } } } });
  return {
    text: claim.text,
    gloss: claim.gloss,
    claimant: claim.claimant,
    madeAt: claim.madeAt,
    kind: claim.kind,
    tags: claim.tags,
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
      reference: e.url ? { url: e.url, title: e.title, publisher: e.publisher, publishedAt: e.publishedAt } : null,
    })),
    links: [
      ...linksFrom.map((l) => ({ type: l.type, direction: "from" as const, claim: l.toClaim })),
      ...linksTo.map((l) => ({ type: l.type, direction: "to" as const, claim: l.fromClaim })),
    ],
  };
}
