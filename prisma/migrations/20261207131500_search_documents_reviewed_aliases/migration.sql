-- A claim's public search document now holds its claimant's aliases as its published revision recorded them (frozen
-- with the proposal and shown to the reviewer), not as the claimant has them when the document is written: an alias
-- is never reviewed itself, so one an editor added (or merged in) made a published claim found by any word. The
-- documents written before hold the aliases of their day; they are written again from their revisions by the start
-- that applies this migration (a revision published before aliases were recorded is found by none).
INSERT INTO "PendingUpkeep" ("task") VALUES ('rewrite-search-documents') ON CONFLICT DO NOTHING;
