// The words of a claim's public search document, from a published snapshot: pure, so the approval (./search-document.ts)
// and a restore (lib/db/backup.ts, run outside the server) write the same document.
import { foldForMatch } from "@/lib/sources/normalize";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { publishedClaimant, publishedName, publishedText } from "./published-text";

const fold = (parts: (string | null | undefined)[]) =>
  parts
    .filter((part): part is string => !!part)
    .map(foldForMatch)
    .filter(Boolean)
    .join(" ");

/**
 * Folded words of the snapshot, so "trieu tien" finds "Triều Tiên" and "Kim Jong-un" finds "Kim Jong Un": the
 * claim's wording (text and gloss), and what is said around it (summary, claimant and the claimant's other names as
 * the revision recorded them: the reviewer saw those, and a revision that recorded none is found by none).
 * As published (./published-text.ts): a local address left out of the page is not found, nor offered as a spelling.
 */
export function searchDocument(snapshot: RevisionSnapshot): { wording: string; context: string } {
  const [text, gloss, summary] = [snapshot.text, snapshot.gloss, snapshot.summary].map((part) => publishedText(part));
  const aliases = snapshot.claimant ? (snapshot.claimantAliases ?? []) : [];
  return { wording: fold([text, gloss]), context: fold([summary, publishedClaimant(snapshot.claimant)?.name, ...aliases.map(publishedName)]) };
}

/**
 * Every word of every search document into the vocabulary, in one statement: for data loaded in bulk (the
 * migration that made the vocabulary ran the same backfill).
 */
export const FILL_VOCABULARY_SQL = `
  INSERT INTO "SearchWord" (word)
  SELECT word FROM ts_stat('SELECT "searchVector" FROM "Claim" WHERE "searchVector" IS NOT NULL')
  WHERE word ~ '^[a-z0-9]+$'
  ON CONFLICT DO NOTHING`;
