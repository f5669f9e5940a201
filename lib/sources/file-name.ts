// An uploaded file's name as the desk shows and keeps it. The browser sends whatever the file system (or a crafted
// request) held: path separators and "../" (a name is never a path here), control characters and NUL, direction
// overrides that make "txt.exe" read as "exe.txt", thousands of characters. The name is cleaned before anything is
// read or kept, once, and the preview says so in one line. A name an editor types is a text's name, not a file's: a
// control character in it is refused beside the field (schemas.ts), direction controls are dropped as from every
// input (lib/validation.ts), and "/" is an ordinary character there ("VnExpress 13/9"). Pure; every pattern is a
// single character class (linear).

/** The longest name kept, in UTF-16 units (as the name field's schema counts). */
export const FILE_NAME_MAX = 255;

/** Control characters: C0 and C1 (NUL, tab, newline, escape…), DEL, the line and paragraph separators. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
/**
 * Characters never kept in an upload's name: the control characters, the direction embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069, as lib/validation.ts drops them) and the byte-order mark. The marks U+200E/U+200F and
 * the zero-width joiners stay: they reorder nothing, and names in some scripts need them.
 */
export const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ufeff]/gu;
/** A character that shows: neither a format character (zero-width, marks) nor a space. */
const VISIBLE = /[^\p{Cf}\p{Z}]/u;
/** Separators of a path, on any system. */
const SEPARATOR = /[/\\]/u;
/** What a name's extension may be (it decides HTML or text): a dot and a few letters or digits at the end. */
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

/** Whether a name holds a control character (refused in a name an editor types). */
export const hasControlCharacters = (name: string) => CONTROL_CHARACTERS.test(name);

/**
 * `raw` as a name the desk keeps: its last path segment, without unsafe characters, its spaces collapsed and trimmed,
 * at most FILE_NAME_MAX characters (the end of the stem cut, the extension kept). `changed` when that differs from
 * `raw`; `fallback` stands for a name left empty (only spaces, controls, separators, "." or "..").
 */
export function cleanFileName(raw: string, fallback: string): { name: string; changed: boolean } {
  const segments = raw.split(SEPARATOR);
  let name = (segments[segments.length - 1] ?? "").normalize("NFC").replace(UNSAFE_NAME_CHARACTERS, "").replace(/\s+/gu, " ").trim();
  // Nothing visible left (only "." or "..", or format characters such as a zero-width space): no name.
  if (name === "." || name === ".." || !VISIBLE.test(name)) name = "";
  if (!name) name = fallback;
  if (name.length > FILE_NAME_MAX) {
    const extension = name.match(EXTENSION)?.[0] ?? "";
    let end = FILE_NAME_MAX - extension.length;
    const last = name.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--; // a cut never splits a surrogate pair
    name = name.slice(0, end).trimEnd() + extension;
  }
  return { name, changed: name !== raw };
}
