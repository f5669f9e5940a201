// The public search document of a claim, written at each approval from what the public will see.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { foldForMatch } from "@/lib/sources/normalize";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";

/**
 * Folded words of the snapshot's text, gloss, summary and claimant, plus the claimant's other names, so
 * "trieu tien" finds "Triều Tiên" and "Kim Jong-un" finds a claim whose snapshot says "Kim Jong Un".
 */
export function searchDocument(snapshot: RevisionSnapshot, aliases: string[]): string {
  return [snapshot.text, snapshot.gloss, snapshot.summary, snapshot.claimant?.name, ...aliases]
    .filter((part): part is string => !!part)
    .map(foldForMatch)
    .filter(Boolean)
    .join(" ");
}

/** Called inside the approving transaction, so the search index and the published revision never disagree. */
export async function writeSearchDocument(tx: Tx, claimId: string, snapshot: RevisionSnapshot): Promise<void> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { claimant: { select: { aliases: { select: { alias: true }, orderBy: { alias: "asc" } } } } } });
  const folded = searchDocument(snapshot, claim.claimant?.aliases.map((a) => a.alias) ?? []);
  // Raw SQL: Prisma cannot write a tsvector column.
  await tx.$executeRaw`
    UPDATE "Claim" SET "searchFolded" = ${folded}, "searchVector" = to_tsvector('simple', ${folded}),
      "publicKind" = ${snapshot.kind}::"ClaimKind", "publicClaimant" = ${snapshot.claimant?.name ?? null}
    WHERE id = ${claimId}::uuid`;
}
