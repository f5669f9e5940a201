// An uploaded file's name as the desk shows and keeps it. The browser sends whatever the file system (or a crafted
// request) held: path separators and "../" (a name is never a path here), control characters and NUL, direction
// overrides that make "txt.exe" read as "exe.txt", thousands of characters. The name is cleaned before anything is
// read or kept, once, and the preview says so in one line; the same rule refuses such characters in a name an editor
// types (schemas.ts), so the save never meets one. Pure; every pattern is a single character class (linear).

/** The longest name kept, in UTF-16 units (as the name field's schema counts). */
export const FILE_NAME_MAX = 255;

/**
 * Characters never kept in a name: C0 and C1 controls (NUL, tab, newline…), DEL, the direction marks, embeddings,
 * overrides and isolates, zero-width characters and the byte-order mark, line and paragraph separators.
 */
export const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu;
/** Separators of a path, on any system. */
const SEPARATOR = /[/\\]/u;
/** What a name's extension may be (it decides HTML or text): a dot and a few letters or digits at the end. */
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

/** Whether a name an editor typed holds a character never kept in a name, or a path separator. */
export const hasUnsafeNameCharacters = (name: string) => new RegExp(UNSAFE_NAME_CHARACTERS.source, "u").test(name) || SEPARATOR.test(name);

/**
 * `raw` as a name the desk keeps: its last path segment, without unsafe characters, its spaces collapsed and trimmed,
 * at most FILE_NAME_MAX characters (the end of the stem cut, the extension kept). `changed` when that differs from
 * `raw`; `fallback` stands for a name left empty (only spaces, controls, separators, "." or "..").
 */
export function cleanFileName(raw: string, fallback: string): { name: string; changed: boolean } {
  const segments = raw.split(SEPARATOR);
  let name = (segments[segments.length - 1] ?? "").normalize("NFC").replace(UNSAFE_NAME_CHARACTERS, "").replace(/\s+/gu, " ").trim();
  if (name === "." || name === "..") name = "";
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
