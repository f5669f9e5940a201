-- DropIndex
DROP INDEX "Source_fingerprint_idx";

-- CreateTable
CREATE TABLE "SourceLeadHash" (
    "hash" INTEGER NOT NULL,
    "sourceId" UUID NOT NULL,

    CONSTRAINT "SourceLeadHash_pkey" PRIMARY KEY ("hash","sourceId")
);

-- CreateIndex
CREATE INDEX "SourceLeadHash_sourceId_idx" ON "SourceLeadHash"("sourceId");

-- AddForeignKey
ALTER TABLE "SourceLeadHash" ADD CONSTRAINT "SourceLeadHash_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Near-duplicate candidates. A source's lead (its fingerprint) is cut into word 5-grams, each hashed to the first
-- 32 bits of its md5, and a fixed quarter of them is kept (hash % 4 = 0). Two leads that share most of their
-- 5-grams share most of the kept ones, so an import finds the sources sharing several kept hashes through the
-- primary key, one query per batch, and scores only those (store-sources.ts). The database alone computes the
-- hashes, for new leads (insert) and corrected ones (update), so they cannot disagree with the text.
CREATE FUNCTION "source_lead_hashes"(fingerprint text) RETURNS int[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT hash), '{}') FROM (
    SELECT ('x' || left(md5(gram), 8))::bit(32)::int AS hash FROM (
      SELECT word || ' ' || lead(word, 1) OVER w || ' ' || lead(word, 2) OVER w || ' ' || lead(word, 3) OVER w || ' ' || lead(word, 4) OVER w AS gram
      FROM regexp_split_to_table(fingerprint, '[^[:alnum:]]+') WITH ORDINALITY AS t(word, n)
      WHERE word <> ''
      WINDOW w AS (ORDER BY n)
    ) grams WHERE gram IS NOT NULL
  ) hashed WHERE hash % 4 = 0
$$;

CREATE FUNCTION "source_lead_hashes_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SourceLeadHash" ("hash", "sourceId")
  SELECT hash, inserted.id FROM inserted, unnest("source_lead_hashes"(inserted.fingerprint)) AS hash;
  RETURN NULL;
END $$;

CREATE FUNCTION "source_lead_hashes_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SourceLeadHash" WHERE "sourceId" = NEW.id;
  INSERT INTO "SourceLeadHash" ("hash", "sourceId") SELECT hash, NEW.id FROM unnest("source_lead_hashes"(NEW.fingerprint)) AS hash;
  RETURN NULL;
END $$;

-- One statement per imported batch (its rows as a transition table); row by row when an editor corrects a body.
CREATE TRIGGER "Source_lead_hashes_insert" AFTER INSERT ON "Source" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "source_lead_hashes_insert"();
CREATE TRIGGER "Source_lead_hashes_update" AFTER UPDATE OF fingerprint ON "Source" FOR EACH ROW WHEN (OLD.fingerprint IS DISTINCT FROM NEW.fingerprint) EXECUTE FUNCTION "source_lead_hashes_update"();

-- Backfill: the sources already stored.
INSERT INTO "SourceLeadHash" ("hash", "sourceId") SELECT hash, id FROM "Source", unnest("source_lead_hashes"(fingerprint)) AS hash;
