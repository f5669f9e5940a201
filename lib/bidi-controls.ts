// Kept apart from lib/validation.ts so that the import's parse worker can read it without zod and the desk's errors.
import { CP1252_HIGH } from "./sources/charset";

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). Left unclosed in a claimant's
 * name, a title or a claim, one reversed or reordered the rest of the line wherever the text was shown (a name could
 * turn the verdict after it around); the desk's languages never need them, and the marks U+200E/U+200F stay.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Control characters an imported text has no use for: C0 but tab, line feed, carriage return, vertical tab and form
 * feed (the normalisation makes those line breaks and spaces), DEL, and C1 but NEL (a space there too). A saved
 * page's `&#x1B;` or `&#x7;`, a document's run or an e-mail's encoded word decodes to them; kept in a title, a byline
 * or an outlet they were stored and shown as they came, an escape sequence in the command line's output included.
 */
const IMPORT_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
const HAS_IMPORT_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;

/**
 * C1 controls in a text are nearly always Windows-1252 bytes read as Latin-1 (a file converted twice): U+0092 was a
 * right quotation mark, U+0096 a dash. Each becomes the character it stood for; the five codes Windows-1252 leaves
 * unused, and every other control above, are dropped.
 */
const c1Character = (control: string): string => {
  const code = control.charCodeAt(0);
  const character = code >= 0x80 ? CP1252_HIGH[code - 0x80]! : "";
  return character.charCodeAt(0) >= 0xa0 ? character : "";
};

/** An imported text without the control characters above (see IMPORT_CONTROLS), C1's read as Windows-1252's. */
export function withoutImportControls(text: string): string {
  return HAS_IMPORT_CONTROLS.test(text) ? text.replace(IMPORT_CONTROLS, c1Character) : text;
}
