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
