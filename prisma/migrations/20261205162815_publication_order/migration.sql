-- CreateTable
CREATE TABLE "PublicationOrder" (
    "revisionId" UUID NOT NULL,
    "position" BIGSERIAL NOT NULL,

    CONSTRAINT "PublicationOrder_pkey" PRIMARY KEY ("revisionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicationOrder_position_key" ON "PublicationOrder"("position");

-- AddForeignKey
ALTER TABLE "PublicationOrder" ADD CONSTRAINT "PublicationOrder_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ClaimRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Revisions published so far, in the order their approvals began (the best that is known of them).
INSERT INTO "PublicationOrder" ("revisionId", "position")
SELECT id, row_number() OVER (ORDER BY "publishedAt", "claimId", "number") FROM "ClaimRevision";
SELECT setval(pg_get_serial_sequence('"PublicationOrder"', 'position'), COALESCE((SELECT max("position") FROM "PublicationOrder"), 0) + 1, false);

-- A revision's position is taken as the last step of the transaction that publishes it (a deferred trigger runs at
-- commit), under a transaction-level advisory lock that is held until that commit ends: a second publication waits
-- for the first to commit before it takes the next number, so numbers rise in commit order, and a reader who sees a
-- position sees every smaller one too (a rolled-back transaction's number is a gap, never filled later).
CREATE FUNCTION "publication_order"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('publication-order'));
  INSERT INTO "PublicationOrder" ("revisionId") VALUES (NEW."id") ON CONFLICT ("revisionId") DO NOTHING;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "ClaimRevision_publication_order" AFTER INSERT ON "ClaimRevision" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "publication_order"();

-- Like the revisions it orders, append-only.
CREATE TRIGGER "PublicationOrder_append_only" BEFORE UPDATE OR DELETE ON "PublicationOrder" FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "PublicationOrder_no_truncate" BEFORE TRUNCATE ON "PublicationOrder" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"();
