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
-- đ to d, every run of other characters becomes one space) and weighted as lib/public/search-document.ts
-- weighs it (the claim's wording A, summary and claimant B). Later approvals write it through that module.
WITH parts AS (
  SELECT c."id", r."snapshot",
    concat_ws(' ', r."snapshot"->>'text', r."snapshot"->>'gloss') AS wording,
    concat_ws(' ', r."snapshot"->>'summary', r."snapshot"->'claimant'->>'name',
      (SELECT string_agg(a."alias", ' ' ORDER BY a."alias") FROM "ClaimantAlias" a WHERE a."claimantId" = c."claimantId")) AS context
  FROM "Claim" c JOIN "ClaimRevision" r ON r."claimId" = c."id" AND r."number" = c."revision"
  WHERE c."state" IN ('PUBLISHED', 'WITHDRAWN')
), doc AS (
  SELECT "id", "snapshot",
    btrim(regexp_replace(unaccent(lower(wording)), '[^[:alnum:]]+', ' ', 'g')) AS wording,
    btrim(regexp_replace(unaccent(lower(context)), '[^[:alnum:]]+', ' ', 'g')) AS context
  FROM parts
)
UPDATE "Claim" c SET
  "searchFolded" = btrim(doc.wording || ' ' || doc.context),
  "searchVector" = setweight(to_tsvector('simple', doc.wording), 'A') || setweight(to_tsvector('simple', doc.context), 'B'),
  "publicKind" = (doc."snapshot"->>'kind')::"ClaimKind",
  "publicClaimant" = doc."snapshot"->'claimant'->>'name'
FROM doc WHERE doc."id" = c."id";
