-- Work a migration asks of the start that applies it, written in the migration's own transaction and cleared only by
-- the transaction that finishes it (lib/db/pending-upkeep.ts). Every start does what is still written here, so a
-- process killed between a migration and its follow-up leaves the follow-up to the next start instead of losing it.
-- CreateTable
CREATE TABLE "PendingUpkeep" (
    "task" TEXT NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingUpkeep_pkey" PRIMARY KEY ("task")
);

-- 20261206101500_search_documents_as_published asked for every search document to be written again, and its
-- follow-up was decided from the names just applied: a desk whose start died in between never had it. Asked again
-- here for every desk (on a desk that had it, the rewrite writes the same documents once more).
INSERT INTO "PendingUpkeep" ("task") VALUES ('rewrite-search-documents');
