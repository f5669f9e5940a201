// Articles kept with a web clipper come as Markdown with the page's details in front: YAML front matter (Obsidian Web
// Clipper, Joplin, Hugo-style notes: title, source, author, published…) or MarkDownload's "# Title" and "> ## Excerpt"
// block above a rule. Those details are written as the header lines the reader of saved pages writes (`# title`, the
// date, `Tác giả: …`, `Site: …`, `Link: …`), so the rest of the import reads them as it reads any saved page; the
// clipper's own fields (tags, description, the day it was clipped) are dropped. Any other text is returned as it is.

import { lookupOutlet } from "./layout-model";
import { absoluteHttp } from "./web-archive";
import { VIETNAMESE_LETTER } from "./normalize";

const FRONT_MATTER_KEYS = {
  title: ["title", "headline", "name"],
  url: ["source", "url", "link", "source_url", "sourceurl", "canonical", "original", "original_url", "permalink"],
  author: ["author", "authors", "byline", "creator", "by"],
  published: ["published", "date", "date_published", "datepublished", "pubdate", "published_at", "publish_date", "publishdate", "published_time"],
  site: ["site", "site_name", "sitename", "publisher", "outlet", "source_name", "publication"],
} as const;

type Field = keyof typeof FRONT_MATTER_KEYS;
const FIELD_OF = new Map<string, Field>(Object.entries(FRONT_MATTER_KEYS).flatMap(([field, keys]) => keys.map((key) => [key, field as Field] as const)));

/** A YAML scalar as a clipper writes one: quotes undone, a wiki link's brackets dropped ("[[Minh Châu]]"). */
function scalar(raw: string): string {
  let v = raw.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    v = v.startsWith('"') ? v.slice(1, -1).replace(/\\"/g, '"').replace(/\\\\/g, "\\") : v.slice(1, -1).replace(/''/g, "'");
  }
  return v
    .replace(/\[\[(?:[^\]|]{0,200}\|)?([^\]]{1,200})\]\]/g, "$1")
    .replace(/^\[([^\]]{1,200})\]\((?:[^)]{0,2000})\)$/, "$1")
    .trim();
}

/** The fields of a front matter block (its lines between the two "---"), the first value of each. */
function frontMatterFields(block: string): Partial<Record<Field, string[]>> {
  const out: Partial<Record<Field, string[]>> = {};
  let current: Field | null = null;
  for (const line of block.split("\n")) {
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && current) {
      const value = scalar(item[1] ?? "");
      if (value) (out[current] ??= []).push(value);
      continue;
    }
    const pair = /^([A-Za-z][\w-]{0,40})\s*:\s?(.*)$/.exec(line);
    if (!pair) {
      if (!/^\s/.test(line)) current = null;
      continue;
    }
    const field = FIELD_OF.get((pair[1] as string).toLowerCase().replace(/-/g, "_")) ?? null;
    current = field && out[field] === undefined ? field : null;
    if (!current) continue;
    const rest = (pair[2] ?? "").trim();
    if (rest.startsWith("[") && rest.endsWith("]") && !rest.startsWith("[[")) {
      // a flow list: [a, "b"]
      out[current] = rest
        .slice(1, -1)
        .split(",")
        .map(scalar)
        .filter(Boolean);
    } else if (rest && rest !== "|" && rest !== ">") out[current] = [scalar(rest)];
    else out[current] = [];
  }
  return out;
}

function header(fields: Partial<Record<Field, string[]>>): string[] {
  const first = (field: Field): string | null => fields[field]?.find((v) => v.length > 0 && v.length <= 2000) ?? null;
  const lines: string[] = [];
  const title = first("title");
  const site = first("site");
  // a page's <title> kept whole ("Headline - Tạp chí …"): the site after its separator, when no site field names it
  if (title) lines.push(...(site ? [`# ${title.replace(/\s+/g, " ")}`] : pageTitleLines(title.replace(/\s+/g, " "))));
  const published = first("published");
  if (published) lines.push(published);
  const authors = (fields.author ?? []).filter((a) => a.length <= 80).slice(0, 6);
  if (authors.length) lines.push(`Tác giả: ${authors.join(", ")}`);
  if (site && site.length <= 80) lines.push(`Site: ${site}`);
  const url = first("url");
  if (absoluteHttp(url ?? undefined)) lines.push(`Link: ${url}`);
  return lines;
}

const MAX_FRONT_MATTER = 20_000;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The text with a clipper's front matter (or MarkDownload's title and excerpt) made header lines, or the text itself
 * when it opens with neither. Only the first 20,000 characters are looked at for the block's end.
 */
export function clippingText(text: string): string {
  return withPictureCaptions(clippedPage(text));
}

/** A picture a clipper kept as Markdown, alone on its line: "![alt](https://…)". */
const MARKDOWN_PICTURE = /^!\[[^\]\n]{0,500}\]\([^)\s]{1,2000}(?:\s"[^"\n]{0,300}")?\)$/;
/** A line set wholly in italics, one emphasis around it: "*…*" or "_…_" (never bold's "**"). */
const ITALIC_LINE = /^(?:\*(?!\*)([^*\n]{10,400})\*|_(?!_)([^_\n]{10,400})_)$/;
/** A caption that names its picture's source already: "… Ảnh: Reuters", "… Photo: AP". */
const LABELLED_CREDIT = /(?:Ảnh|Hình|Nguồn|Photo|Image|Picture|Credit|Source)\s?:/iu;

/**
 * A clipper writes a picture's caption as a line in italics right below the picture ("![](…)", a blank line,
 * "*Vladimir Putin and Kim Jong Un … (Kremlin.ru)*"): such a line is labelled as the caption it is ("Photo: …",
 * "Ảnh: …", as the saved-page reader marks a figure's caption), unless it names its source with a label already.
 */
function withPictureCaptions(text: string): string {
  if (!text.includes("![")) return text;
  const lines = text.split("\n");
  let picture = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    if (MARKDOWN_PICTURE.test(line)) {
      picture = true;
      continue;
    }
    const italic = picture ? ITALIC_LINE.exec(line) : null;
    picture = false;
    const caption = italic ? (italic[1] ?? italic[2] ?? "").trim() : "";
    if (!caption || LABELLED_CREDIT.test(caption)) continue;
    lines[i] = `${VIETNAMESE_LETTER.test(caption) ? "Ảnh" : "Photo"}: ${caption}`;
  }
  return lines.join("\n");
}

function clippedPage(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.startsWith("---", start)) {
    const open = /^---[ \t]*\r?\n/.exec(text.slice(start, start + 8));
    if (!open) return text;
    const from = start + open[0].length;
    const close = /^---[ \t]*$|^\.\.\.[ \t]*$/m.exec(text.slice(from, from + MAX_FRONT_MATTER));
    if (!close) return text;
    const block = text.slice(from, from + close.index).replace(/\r\n?/g, "\n");
    const fields = frontMatterFields(block);
    // Front matter only when it names what a page is (a title or an address), not a rule that opens a note.
    if (!fields.title?.length && !fields.url?.length) return text;
    // the blank lines a clipper leaves under its block are no picture's gap above the first paragraph
    const rest = text.slice(from + close.index + close[0].length).replace(/^(?:[ \t]*\r?\n){1,20}/, "");
    // MarkDownload writes its front matter (the clip's time, the address, the byline) above its title and excerpt
    const excerpt = fields.title?.length ? null : MARKDOWNLOAD_TITLE.exec(rest.slice(0, MAX_FRONT_MATTER));
    if (excerpt) fields.title = [excerpt[1] as string];
    // the note's own "# title" under its front matter (Joplin's export) is the title said again, not a sub-heading
    const again = fields.title?.[0] ? new RegExp(`^# ${escapeRegExp(fields.title[0])}[ \\t]*(?:\\r?\\n|$)`).exec(rest.slice(0, 2100)) : null;
    return `${header(fields).join("\n\n")}\n\n${excerpt ? rest.slice(excerpt[0].length) : again ? rest.slice(again[0].length) : rest}`;
  }
  const excerpt = MARKDOWNLOAD_TITLE.exec(text.slice(start, start + MAX_FRONT_MATTER));
  if (excerpt) return `${pageTitleLines(excerpt[1] as string).join("\n\n")}\n\n${text.slice(start + excerpt[0].length)}`;
  return notionPage(text, start) ?? text;
}

/** MarkDownload: "# Title", a blank line, "> ## Excerpt" and its quoted lines, then a rule. */
const MARKDOWNLOAD_TITLE = /^# ([^\r\n]{1,500})\r?\n\r?\n> ## Excerpt\r?\n(?:>[^\r\n]{0,5000}\r?\n){1,40}(?:\r?\n)?---[ \t]*\r?\n/;

/** A Notion page's property line: a name of one to four words, a colon, its value. */
const PROPERTY = /^([A-Za-z][A-Za-z]{0,20}(?: [A-Za-z]{1,20}){0,3}):[ \t]([^\r\n]{1,2000})$/;

/**
 * A page clipped to Notion and exported as Markdown: "# Title", a blank line, then the database's properties one a
 * line ("Created: December 5, 2026 10:12 AM", "Tags: …", "URL: https://…") down to a blank line. Read only when one
 * of them is the page's address; the properties a clipper fills for itself (the day it was clipped, tags, status) are
 * dropped, the title, address, author and publication date written as header lines. Null when not so.
 */
function notionPage(text: string, start: number): string | null {
  const head = /^# ([^\r\n]{1,500})\r?\n\r?\n((?:[^\r\n]{1,2100}\r?\n){1,20})\r?\n/.exec(text.slice(start, start + MAX_FRONT_MATTER));
  if (!head) return null;
  const fields: Partial<Record<Field, string[]>> = { title: [(head[1] as string).trim()] };
  for (const line of (head[2] as string).split(/\r?\n/)) {
    if (!line) continue;
    const property = PROPERTY.exec(line);
    if (!property) return null;
    const field = FIELD_OF.get((property[1] as string).toLowerCase().replace(/ /g, "_"));
    if (field && !fields[field]) fields[field] = [scalar(property[2] as string)];
  }
  if (!absoluteHttp(fields.url?.[0])) return null;
  return `${header(fields).join("\n\n")}\n\n${text.slice(start + head[0].length)}`;
}

/**
 * A publication's name by its kind, as a title's suffix gives it ("Tạp chí Thông tin và Truyền thông", "Báo Kinh tế
 * Sài Gòn"): never a headline's end, which goes on with a verb or a clause after its dash.
 */
const PUBLICATION = /^(?:Báo|Tạp chí|Tuần báo|Nhật báo|Đài|Cổng thông tin)(?: điện tử)? \p{Lu}[\p{L}\d&.'’-]{0,20}(?: [\p{L}\d&.'’-]{1,20}){0,7}$/u;

/**
 * A page's <title> as a clipper copies it: "Headline | Site" gives the headline and the site; after " - " or " – " only
 * a site the lexicon knows is split off (headlines hold dashes: "Nga - Triều Tiên ký …").
 */
export function pageTitleLines(title: string): string[] {
  const cut = (separator: string): [string, string] | null => {
    const at = title.lastIndexOf(separator);
    if (at < 15) return null;
    const site = title.slice(at + separator.length).trim();
    return (site.length >= 2 && site.length <= 40 && site.split(/\s+/).length <= 5) || PUBLICATION.test(site.normalize("NFC")) ? [title.slice(0, at).trim(), site] : null;
  };
  const piped = cut(" | ");
  const dashed = piped ? null : (cut(" - ") ?? cut(" – ") ?? cut(" — "));
  const parts = piped ?? (dashed && (lookupOutlet(dashed[1]) || PUBLICATION.test(dashed[1].normalize("NFC"))) ? dashed : null);
  return parts ? [`# ${parts[0]}`, `Site: ${parts[1]}`] : [`# ${title}`];
}
