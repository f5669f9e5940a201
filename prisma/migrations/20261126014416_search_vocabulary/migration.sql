-- DropIndex
DROP INDEX "Claim_searchFolded_idx";

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_state_publishedAt_idx" ON "Claim"("state", "publishedAt");

-- Backfill: the words of every search document already written.
INSERT INTO "SearchWord" (word)
SELECT word FROM ts_stat('SELECT "searchVector" FROM "Claim" WHERE "searchVector" IS NOT NULL')
WHERE word ~ '^[a-z0-9]+$'
ON CONFLICT DO NOTHING;
