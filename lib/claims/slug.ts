// Stable, readable claim addresses: the first words of the claim, folded to ASCII, plus a short unique tail.
import { randomBytes } from "node:crypto";
import { foldDiacritics } from "@/lib/sources/normalize";

export function slugBase(text: string, maxWords = 8): string {
  const words = foldDiacritics(text)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, maxWords);
  return words.join("-").slice(0, 80).replace(/-+$/, "") || "claim";
}

export function slugSuffix(): string {
  return randomBytes(3).toString("hex");
}

export function makeSlug(text: string, suffix: () => string = slugSuffix): string {
  return `${slugBase(text)}-${suffix()}`;
}

/** Draws of a tail before giving up: with 16.7 million tails, only a broken suffix source takes more than one or two. */
const SLUG_ATTEMPTS = 8;

/**
 * The address a claim is first published under. Its slug was made from its first draft, which research may have
 * reworded entirely (and which no reviewer saw): it is kept when made of the same first words as the wording the
 * reviewer approved (`text`), and replaced by one made of that wording otherwise, with a tail no other claim's address
 * (current or old: `taken`) has.
 */
export async function firstPublishedSlug(taken: (slug: string) => Promise<boolean>, current: string, text: string, suffix: () => string = slugSuffix): Promise<string> {
  if (current.replace(/-[0-9a-f]{6}$/, "") === slugBase(text)) return current;
  // The new slug's tail is random, and another claim (or another claim's old address) may already hold it: the
  // unique index would fail the statement, and with it the reviewer's whole transaction. Draw again until free.
  for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
    const slug = makeSlug(text, suffix);
    if (!(await taken(slug))) return slug;
  }
  // Only a broken suffix source gets here; the draft's address is not published in its place (see above).
  throw new Error(`No free slug for "${slugBase(text)}" after ${SLUG_ATTEMPTS} draws.`);
}
