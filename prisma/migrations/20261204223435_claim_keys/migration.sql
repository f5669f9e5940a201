-- CreateTable
CREATE TABLE "ClaimKey" (
    "key" TEXT NOT NULL,
    "claimId" UUID NOT NULL,

    CONSTRAINT "ClaimKey_pkey" PRIMARY KEY ("key","claimId")
);

-- CreateIndex
CREATE INDEX "ClaimKey_claimId_idx" ON "ClaimKey"("claimId");

-- AddForeignKey
ALTER TABLE "ClaimKey" ADD CONSTRAINT "ClaimKey_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the keys are kept by triggers, in the transaction that changes a claim.

-- A text's matching keys: its words as matching_fold folds them, split at anything not a letter or digit ("KN-23":
-- kn, 23; "13/9/2023": 13, 9, 2023), of two characters or more, and each pair of neighbouring words ("dan_duoc"),
-- as lib/matching/keywords.ts makes a sentence's keys (which pairs only words that are not stop words: a subset).
CREATE FUNCTION "matching_keys"(t text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT DISTINCT k FROM (
      SELECT w, lead(w) OVER (ORDER BY n) AS nx
      FROM regexp_split_to_table("matching_fold"(t), '[^[:alnum:]]+') WITH ORDINALITY AS s(w, n)
      WHERE w <> ''
    ) s, LATERAL (VALUES (w), (CASE WHEN length(nx) >= 2 THEN w || '_' || nx END)) v(k)
    WHERE k IS NOT NULL AND length(w) >= 2
  $$;

-- The keys of these claims afresh: the words and pairs of the folded wording and the gloss (what the claim itself
-- says; its quotes are found through "Appearance_exact_words_idx"). A merged claim has none (matching suggests only
-- canonical claims).
CREATE FUNCTION "claim_keys_refresh"(ids uuid[]) RETURNS void
  LANGUAGE sql
  AS $$
    DELETE FROM "ClaimKey" WHERE "claimId" = ANY(ids);
    INSERT INTO "ClaimKey" ("key", "claimId")
      SELECT DISTINCT k, c.id FROM "Claim" c
      CROSS JOIN LATERAL (SELECT c."textFolded" UNION ALL SELECT c.gloss) t(x)
      CROSS JOIN LATERAL "matching_keys"(t.x) k
      WHERE c.id = ANY(ids) AND c."mergedIntoId" IS NULL;
  $$;

-- Statement-level triggers with transition tables: a bulk insert refreshes its claims in one statement; an update
-- refreshes only the claims whose wording, gloss or merge changed.
CREATE FUNCTION "claim_keys_on_claim"() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM "claim_keys_refresh"(ARRAY(SELECT id FROM new_rows));
    ELSE
      PERFORM "claim_keys_refresh"(ARRAY(
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n."textFolded" IS DISTINCT FROM o."textFolded" OR n.gloss IS DISTINCT FROM o.gloss OR n."mergedIntoId" IS DISTINCT FROM o."mergedIntoId"));
    END IF;
    RETURN NULL;
  END $$;

CREATE TRIGGER "claim_keys_claim_insert" AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_keys_on_claim"();
CREATE TRIGGER "claim_keys_claim_update" AFTER UPDATE ON "Claim" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_keys_on_claim"();

-- Retrieval reads the commonest keys from ANALYZE's statistics to leave them out (lib/matching/retrieve.ts): a
-- longer list than the default 100 keeps more of them known.
ALTER TABLE "ClaimKey" ALTER COLUMN "key" SET STATISTICS 1000;

-- The claims already in the desk.
INSERT INTO "ClaimKey" ("key", "claimId")
  SELECT DISTINCT k, c.id FROM "Claim" c
  CROSS JOIN LATERAL (SELECT c."textFolded" UNION ALL SELECT c.gloss) t(x)
  CROSS JOIN LATERAL "matching_keys"(t.x) k
  WHERE c."mergedIntoId" IS NULL;
