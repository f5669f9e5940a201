-- CreateEnum
CREATE TYPE "MatchState" AS ENUM ('SUGGESTED', 'ACCEPTED', 'DISMISSED');

-- CreateTable
CREATE TABLE "MatchSuggestion" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "bodyVersion" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "explanation" JSONB NOT NULL,
    "state" "MatchState" NOT NULL DEFAULT 'SUGGESTED',
    "appearanceId" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MatchSuggestion_claimId_state_idx" ON "MatchSuggestion"("claimId", "state");

-- CreateIndex
CREATE INDEX "MatchSuggestion_sourceId_state_idx" ON "MatchSuggestion"("sourceId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "MatchSuggestion_sourceId_start_end_claimId_key" ON "MatchSuggestion"("sourceId", "start", "end", "claimId");

-- AddForeignKey
ALTER TABLE "MatchSuggestion" ADD CONSTRAINT "MatchSuggestion_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchSuggestion" ADD CONSTRAINT "MatchSuggestion_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchSuggestion" ADD CONSTRAINT "MatchSuggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: what Prisma's schema language cannot express.

-- Matching (lib/matching/retrieve.ts) finds candidate claims by the key words of a sentence in three places: the
-- claim's wording (the existing "Claim_textFolded_words_idx"), its gloss and the quotes of its appearances. Folded as
-- foldDiacritics() folds (unaccent maps đ to d; lower() after unaccent, so upper-case accented letters fold too);
-- unaccent() itself is only STABLE (its dictionary could change), so an index needs this IMMUTABLE wrapper.
CREATE FUNCTION "matching_fold"(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;

CREATE INDEX "Appearance_exact_words_idx" ON "Appearance" USING GIN (to_tsvector('simple', "matching_fold"("exact"))) WITH (fastupdate = off);
CREATE INDEX "Claim_gloss_words_idx" ON "Claim" USING GIN (to_tsvector('simple', "matching_fold"(coalesce("gloss", '')))) WITH (fastupdate = off);

ALTER TABLE "MatchSuggestion" ADD CONSTRAINT "MatchSuggestion_range_check" CHECK ("start" >= 0 AND "end" > "start");
ALTER TABLE "MatchSuggestion" ADD CONSTRAINT "MatchSuggestion_decided_check" CHECK (("state" = 'SUGGESTED') = ("decidedAt" IS NULL));
