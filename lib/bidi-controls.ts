// Kept apart from lib/validation.ts so that the import's parse worker can read it without zod and the desk's errors.

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). Left unclosed in a claimant's
 * name, a title or a claim, one reversed or reordered the rest of the line wherever the text was shown (a name could
 * turn the verdict after it around); the desk's languages never need them, and the marks U+200E/U+200F stay.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
