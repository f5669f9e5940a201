// Line roles an editor corrects in the import preview (or an outlet profile remembers): keyed by a line's shape, so
// one correction applies wherever the same line recurs; applied by the parser to header, footer and body lines. Pure.
import type { Block } from "./clean";
import type { LineRole } from "./layout-model";
import { foldForMatch } from "./normalize";

export type { LineRole } from "./layout-model";

export { LINE_ROLES } from "./line-role-names";

/** A role given to every line of one shape. */
export type RoleOverride = { key: string; role: LineRole };

/**
 * A line of a source with its role, as the preview lists them: a header or footer line, or a paragraph of the body a
 * role (an editor's, or the outlet profile's) was given, kept or dropped.
 */
export type RoledLine = { text: string; key: string; role: LineRole; region: "header" | "footer" | "body" };

/** The most header and footer lines a preview lists for one source. */
const MAX_LISTED = 24;

/**
 * A line's shape: folded (lower case, no diacritics, punctuation as spaces) with each run of digits as "#", so
 * "5 phút trước" and "12 phút trước", or two date lines of one outlet, share a key.
 */
export function lineKey(text: string): string {
  return foldForMatch(text).replace(/\d+/g, "#").slice(0, 200);
}

/** The role lookup the parser takes: later overrides of a key win (an editor's over a profile's). */
export function roleLookup(overrides: readonly RoleOverride[]): ((plain: string) => LineRole | undefined) | undefined {
  if (!overrides.length) return undefined;
  const byKey = new Map(overrides.map((o) => [o.key, o.role]));
  return (plain) => byKey.get(lineKey(plain));
}

/**
 * Roles given to lines inside the text: furniture is dropped, a caption becomes a caption, a caption marked as
 * article text becomes a paragraph. Header and footer roles are applied by extractMetadata itself. Each block a
 * role was found for is pushed onto `roled` (for the preview to list).
 */
export function applyBlockRoles(blocks: readonly Block[], roleFor: ((plain: string) => LineRole | undefined) | undefined, roled?: RoledLine[]): Block[] {
  if (!roleFor) return [...blocks];
  const out: Block[] = [];
  for (const block of blocks) {
    const role = block.text.length <= 400 ? roleFor(block.text) : undefined;
    if (role !== undefined) roled?.push({ text: block.text, key: lineKey(block.text), role, region: "body" });
    if (role === "furniture" || role === "section") continue;
    if (role === "caption" && block.kind !== "caption") out.push({ kind: "caption", text: block.text });
    else if (role === "body" && block.kind === "caption") out.push({ kind: "paragraph", text: block.text });
    else out.push(block);
  }
  return out;
}

/** The most paragraphs of the text given a role a preview lists for one source (distinct shapes, beyond MAX_LISTED). */
const MAX_ROLED_LISTED = 400;

/**
 * The lines a preview lists for one source: its header and footer lines with their roles, then its last short
 * blocks (where page furniture the model missed sits), so each can be corrected in one step. Then every shape of
 * paragraph of the text a role was given (`roled`, from applyBlockRoles), dropped or kept: an outlet profile is
 * taught by any editor and applies to everyone's imports of the outlet, so nothing it cuts from an article's text
 * may go unseen, and a paragraph an editor brought back stays listed (which also lets the profile forget it).
 */
export function listLines(meta: { text: string; role: LineRole; region: "header" | "footer" }[], blocks: readonly Block[], roled: readonly RoledLine[] = []): RoledLine[] {
  // (in order, the first MAX_LISTED with a key and not listed before: a line's key is read only while the list is short)
  const listed: RoledLine[] = [];
  const seen = new Set<string>();
  const offer = (l: RoledLine): void => {
    const id = `${l.region}:${l.text}`;
    if (l.key.length > 0 && !seen.has(id)) {
      seen.add(id);
      listed.push(l);
    }
  };
  // a foot line the footer scan passed as furniture (a teaser it went on past) that the text still holds, the scan
  // having stopped below the furniture that would have cut it: listed as the body it is, so the preview shows the text
  const dropped = (l: { role: LineRole; region: string }): boolean => l.region === "footer" && (l.role === "furniture" || l.role === "section");
  // (the foot's lines are among the text's last blocks: only those are asked)
  const kept = meta.some(dropped) ? new Set(blocks.slice(-40).filter((b) => b.kind === "paragraph" && b.text.length <= 300).map((b) => b.text)) : null;
  for (const l of meta) {
    if (listed.length >= MAX_LISTED) break;
    const role: LineRole = kept !== null && dropped(l) && kept.has(l.text) ? "body" : l.role;
    if (l.text.length > 0) offer({ ...l, role, key: lineKey(l.text) });
  }
  if (listed.length < MAX_LISTED) {
    const tail: RoledLine[] = [];
    for (let i = blocks.length - 1; i >= 0 && tail.length < 4; i--) {
      const b = blocks[i] as Block;
      if (b.text.length > 140) break;
      tail.unshift({ text: b.text, key: lineKey(b.text), role: b.kind === "caption" ? "caption" : "body", region: "footer" });
    }
    for (const l of tail) if (listed.length < MAX_LISTED) offer(l);
  }
  if (roled.length === 0) return listed;
  // One entry per shape: its role is given by shape, so one select restores every paragraph of it.
  const keys = new Set(listed.map((l) => l.key));
  return [...listed, ...roled.filter((l) => l.key.length > 0 && !keys.has(l.key) && keys.add(l.key)).slice(0, MAX_ROLED_LISTED)];
}

/** The roles a header or footer line the outlet's name alone may have been read as before the outlet was known. */
const OUTLET_MISREAD: ReadonlySet<LineRole> = new Set<LineRole>(["section", "furniture", "byline"]);

/**
 * One reading of the outlet for the article's field and for the roles the preview lists: a header or footer line that
 * is the outlet's name alone ("Sổ tay Bắc Á" over a blog's post, "BÁO SƠN LA" atop a paper's page), read as a section,
 * furniture or a byline, is listed as the outlet's line. A line kept in the text, a wire's credit (a wire's own site)
 * and a role an editor gave a line stay as they are.
 */
export function agreeOutletLines(lines: readonly RoledLine[], outlet: string | null, roleFor: ((plain: string) => LineRole | undefined) | undefined): RoledLine[] {
  if (outlet === null) return [...lines];
  const name = foldForMatch(outlet);
  if (name.length === 0) return [...lines];
  return lines.map((l) =>
    l.region !== "body" && OUTLET_MISREAD.has(l.role) && foldForMatch(l.text) === name && roleFor?.(l.text) === undefined ? { ...l, role: "outlet" } : l,
  );
}
