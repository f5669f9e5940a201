-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "publicClaimant" TEXT,
ADD COLUMN     "publicKind" "ClaimKind",
ADD COLUMN     "searchFolded" TEXT,
ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_searchFolded_idx" ON "Claim" USING GIN ("searchFolded" gin_trgm_ops);

-- Backfill: claims published before this migration get their search document from their latest revision's
-- snapshot, folded the way foldForMatch() in lib/sources/normalize.ts folds it (lower case, unaccent maps
-- đ to d, every run of other characters becomes one space). The next approval of a claim rewrites its
-- document through lib/public/search-document.ts.
WITH doc AS (
  SELECT c."id", r."snapshot",
    btrim(regexp_replace(unaccent(lower(concat_ws(' ',
      r."snapshot"->>'text', r."snapshot"->>'gloss', r."snapshot"->>'summary', r."snapshot"->'claimant'->>'name',
      (SELECT string_agg(a."alias", ' ' ORDER BY a."alias") FROM "ClaimantAlias" a WHERE a."claimantId" = c."claimantId")))),
      '[^[:alnum:]]+', ' ', 'g')) AS folded
  FROM "Claim" c JOIN "ClaimRevision" r ON r."claimId" = c."id" AND r."number" = c."revision"
  WHERE c."state" IN ('PUBLISHED', 'WITHDRAWN')
)
UPDATE "Claim" c SET
  "searchFolded" = doc.folded,
  "searchVector" = to_tsvector('simple', doc.folded),
  "publicKind" = (doc."snapshot"->>'kind')::"ClaimKind",
  "publicClaimant" = doc."snapshot"->'claimant'->>'name'
FROM doc WHERE doc."id" = c."id";
