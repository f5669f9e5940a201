-- A claim's attribute values are kept composed (NFC) from now on (lib/claims/attributes.ts): a supplier or recipient
-- typed with combining marks looked the same as the name typed composed but was another string, and the ledger's
-- filters, read composed, missed its rows. The ledger's name arrays are composed as they are written, so a revision
-- published before (its snapshot stays as it was approved) is found too.
CREATE OR REPLACE FUNCTION "ledger_names"(list jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT COALESCE(array_agg(lower(normalize(n, NFC))), '{}') FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(list) = 'array' THEN list ELSE '[]'::jsonb END) n
$$;

-- Backfill: the ledger's arrays, and the working copies' values (not where they were read from, whose words are the
-- source's). A claim under review keeps its values until the review ends: what its reviewer reads does not change.
UPDATE "LedgerEntry" SET "suppliers" = "ledger_names"("attributes"->'supplier'), "recipients" = "ledger_names"("attributes"->'recipient')
WHERE "suppliers" IS DISTINCT FROM "ledger_names"("attributes"->'supplier') OR "recipients" IS DISTINCT FROM "ledger_names"("attributes"->'recipient');
UPDATE "Claim" c SET "attributes" = (SELECT jsonb_object_agg(k, CASE WHEN k = 'provenance' THEN v ELSE normalize(v::text, NFC)::jsonb END) FROM jsonb_each(c."attributes") x(k, v))
WHERE jsonb_typeof(c."attributes") = 'object' AND (c."attributes" - 'provenance')::text <> normalize((c."attributes" - 'provenance')::text, NFC)
  AND NOT EXISTS (SELECT 1 FROM "Proposal" p WHERE p."openClaimId" = c.id);
