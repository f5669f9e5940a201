-- A claim's public text (its wording, gloss and summary) is indexed as published, and a look-alike host in an address
-- it holds ("https://www.rеuters.com/…" with a Cyrillic "е", and now Latin look-alikes such as "ɑpple" or "rẹuters")
-- is published in its ASCII form. The search documents written before still hold such hosts as typed, so the public
-- search found a claim by "reuters"-like words the page no longer shows; they are written again from their revisions
-- by the start that applies this migration, once across instances (lib/db/pending-upkeep.ts).
INSERT INTO "PendingUpkeep" ("task") VALUES ('rewrite-search-documents') ON CONFLICT DO NOTHING;
