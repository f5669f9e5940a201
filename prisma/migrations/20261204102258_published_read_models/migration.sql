-- CreateTable
CREATE TABLE "LedgerEntry" (
    "claimId" UUID NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "state" "ClaimState" NOT NULL,
    "verdict" "Verdict",
    "month" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "text" TEXT NOT NULL,
    "attributes" JSONB NOT NULL,
    "denies" JSONB NOT NULL,
    "suppliers" TEXT[],
    "recipients" TEXT[],
    "materiel" TEXT[],

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("claimId")
);

-- CreateTable
CREATE TABLE "PublishedLink" (
    "fromClaimId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "toSlug" TEXT NOT NULL,

    CONSTRAINT "PublishedLink_pkey" PRIMARY KEY ("fromClaimId","type","toSlug")
);

-- CreateIndex
CREATE INDEX "LedgerEntry_suppliers_idx" ON "LedgerEntry" USING GIN ("suppliers");

-- CreateIndex
CREATE INDEX "LedgerEntry_recipients_idx" ON "LedgerEntry" USING GIN ("recipients");

-- CreateIndex
CREATE INDEX "LedgerEntry_materiel_idx" ON "LedgerEntry" USING GIN ("materiel");

-- CreateIndex
CREATE INDEX "LedgerEntry_state_kind_month_verdict_idx" ON "LedgerEntry"("state", "kind", "month", "verdict");

-- CreateIndex
CREATE INDEX "LedgerEntry_month_publishedAt_claimId_idx" ON "LedgerEntry"("month" DESC, "publishedAt" DESC, "claimId");

-- CreateIndex
CREATE INDEX "PublishedLink_toSlug_idx" ON "PublishedLink"("toSlug");

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedLink" ADD CONSTRAINT "PublishedLink_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Both tables are derived from each public claim's latest published revision and written by the database
-- itself, so every path that publishes (approval, the benchmark's bulk loader, a restore) keeps them current.

-- The month a ledger item is about: its period's start, the meeting or signing date, when it was said, or else the
-- claim's first publication.
CREATE FUNCTION "ledger_month"(snapshot jsonb, first_published timestamptz) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN length(d) = 4 THEN d || '-01' ELSE left(d, 7) END
  FROM (SELECT COALESCE(
    NULLIF(snapshot->'attributes'->>'periodFrom', ''), NULLIF(snapshot->'attributes'->>'when', ''), NULLIF(snapshot->'attributes'->>'signedAt', ''),
    substring(snapshot->>'madeAt' FROM '^\d{4}(?:-\d{2})?'), to_char(first_published AT TIME ZONE 'UTC', 'YYYY-MM')) AS d) x
$$;

-- A list attribute's names, lower-cased, as the filters compare them (an absent or malformed field is no names).
CREATE FUNCTION "ledger_names"(list jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT COALESCE(array_agg(lower(n)), '{}') FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(list) = 'array' THEN list ELSE '[]'::jsonb END) n
$$;

-- Rewrites both read models of one claim from its current row and latest revision; a claim the public cannot see
-- (never published, or merged away) has none.
CREATE FUNCTION "refresh_published_read_models"(claim_id uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "LedgerEntry" WHERE "claimId" = claim_id;
  DELETE FROM "PublishedLink" WHERE "fromClaimId" = claim_id;
  INSERT INTO "LedgerEntry" ("claimId", "kind", "state", "verdict", "month", "publishedAt", "text", "attributes", "denies", "suppliers", "recipients", "materiel")
  SELECT c.id, (r.snapshot->>'kind')::"ClaimKind", c.state, r.verdict, "ledger_month"(r.snapshot, COALESCE(c."publishedAt", r."publishedAt")),
         COALESCE(c."publishedAt", r."publishedAt"), COALESCE(r.snapshot->>'text', ''), a.attributes - 'provenance',
         COALESCE((SELECT jsonb_agg(jsonb_build_object('slug', l->'claim'->>'slug', 'text', l->'claim'->>'text') ORDER BY o)
                   FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.snapshot->'links') = 'array' THEN r.snapshot->'links' ELSE '[]'::jsonb END) WITH ORDINALITY x(l, o)
                   WHERE l->>'type' = 'DENIES' AND l->>'direction' = 'from'), '[]'::jsonb),
         "ledger_names"(a.attributes->'supplier'), "ledger_names"(a.attributes->'recipient'),
         ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(a.attributes->'materiel') = 'array' THEN a.attributes->'materiel' ELSE '[]'::jsonb END))
  FROM "Claim" c JOIN "ClaimRevision" r ON r."claimId" = c.id AND r.number = c.revision
  CROSS JOIN LATERAL (SELECT CASE WHEN jsonb_typeof(r.snapshot->'attributes') = 'object' THEN r.snapshot->'attributes' ELSE '{}'::jsonb END AS attributes) a
  WHERE c.id = claim_id AND c.state IN ('PUBLISHED', 'WITHDRAWN') AND c."mergedIntoId" IS NULL;
  INSERT INTO "PublishedLink" ("fromClaimId", "type", "toSlug")
  SELECT DISTINCT c.id, l->>'type', l->'claim'->>'slug'
  FROM "Claim" c JOIN "ClaimRevision" r ON r."claimId" = c.id AND r.number = c.revision
  CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(r.snapshot->'links') = 'array' THEN r.snapshot->'links' ELSE '[]'::jsonb END) l
  WHERE c.id = claim_id AND c.state IN ('PUBLISHED', 'WITHDRAWN') AND c."mergedIntoId" IS NULL
    AND l->>'direction' = 'from' AND l->>'type' IS NOT NULL AND l->'claim'->>'slug' IS NOT NULL;
END $$;

-- A new revision (approval, correction, withdrawal) moves "revision" and "state" in the same UPDATE; a merge sets
-- "mergedIntoId". Fires after claim_workflow_guard has accepted the row.
CREATE FUNCTION "claim_published_read_models"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_published_read_models"(NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER "Claim_published_read_models" AFTER UPDATE OF "revision", "state", "mergedIntoId" ON "Claim" FOR EACH ROW
  WHEN (NEW."revision" > 0 AND (OLD."revision" IS DISTINCT FROM NEW."revision" OR OLD."state" IS DISTINCT FROM NEW."state" OR OLD."mergedIntoId" IS DISTINCT FROM NEW."mergedIntoId"))
  EXECUTE FUNCTION "claim_published_read_models"();

-- Claims published before this migration.
SELECT "refresh_published_read_models"(id) FROM "Claim" WHERE revision > 0;
