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

export function makeSlug(text: string): string {
  return `${slugBase(text)}-${randomBytes(3).toString("hex")}`;
}

/**
 * The address a claim is first published under. Its slug was made from its first draft, which research may have
 * reworded entirely (and which no reviewer saw): it is kept when made of the same first words as the wording the
 * reviewer approved (`text`), and replaced by one made of that wording otherwise.
 */
export function firstPublishedSlug(current: string, text: string): string {
  return current.replace(/-[0-9a-f]{6}$/, "") === slugBase(text) ? current : makeSlug(text);
}
