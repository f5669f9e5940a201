-- Hand-written: an expression index, which Prisma's schema language cannot express.

-- Duplicate suggestions pick their candidates by the typed words before ranking them by trigrams
-- (lib/claims/suggest-similar.ts): at 100,000 claims the trigram index alone cannot prune common words.
-- fastupdate off: a pending list is read in full by every lookup until a vacuum merges it (after the
-- benchmark's 100,000 inserts it tripled the suggestions' p95); an insert updates the index at once instead.
CREATE INDEX "Claim_textFolded_words_idx" ON "Claim" USING GIN (to_tsvector('simple', "textFolded")) WITH (fastupdate = off);
