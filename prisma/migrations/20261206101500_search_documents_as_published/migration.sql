-- Published free text leaves local addresses out (lib/public/published-text.ts), and the public search documents are
-- written from it at each approval; those written before still hold the words of such addresses. SQL cannot read
-- Markdown as the page does: once this migration is applied, the runner's callers write every document again from
-- its claim's latest revision and refill the vocabulary (lib/public/rewrite-search-documents.ts). Nothing to change here.
SELECT 1;
