-- A claimant's name is now published as other free text is (lib/public/published-text.ts, publishedName): a local
-- address or a password typed into it is left out of the public pages, and of its search document. The documents
-- written before hold the name as typed (its words are found by the public search, offered as spellings, and listed
-- as a claimant facet): they are written again from their revisions by the start that applies this migration.
INSERT INTO "PendingUpkeep" ("task") VALUES ('rewrite-search-documents') ON CONFLICT DO NOTHING;
