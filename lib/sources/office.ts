// Word documents (.docx, Office Open XML) and OpenDocument text (.odt) read into the text the import reads: the
// title ("# …") from the paragraph styled Title, or a first level-1 heading; other headings as sub-headings; the
// paragraphs in order, line breaks and tabs kept; a table one row a line, its cells between bars as a page's data
// table is written; hyperlinks' text kept; footnotes, comments, deleted and hidden text, headers and footers left out.
// The document's properties (docProps/core.xml) are weak: dc:title names the title only when the document prints it
// among its first paragraphs (a template's stale title otherwise); dc:creator is often the template's or the
// computer's owner, and dcterms:created when the file was made, so neither is read as the author or the date.

import { tableRowLine } from "./clean";
import { looksLikeZip, ZIP_LIMITS, ZipArchive, ZipError, type UnpackedCount, type ZipRefusal } from "./zip";

export { looksLikeZip };

export type DocumentRefusal = ZipRefusal | { reason: "no-document" } | { reason: "tables-too-deep"; max: number };

/**
 * How deep tables may nest in a document's cells. Each nested table's text is joined into its outer cell as it closes,
 * so text is copied once per level it sits under: 20,000 tables nested in a 6 KB .docx cost 8 s of a parse worker's
 * time, 30,000 its whole budget. Documents nest a table or two; a page's elements are bounded the same way (html-limits.ts).
 */
export const MAX_TABLE_DEPTH = 50;

/** A document whose tables nest deeper than MAX_TABLE_DEPTH, refused as soon as the reader meets the table too many. */
class TablesTooDeep extends Error {}
export type DocumentResult = { ok: true; text: string } | { ok: false; refusal: DocumentRefusal };

/** An OLE2 compound file (Word 97–2003 .doc, .xls, a password-protected .docx) or Rich Text (.rtf). */
export function looksLikeOldDocument(bytes: Uint8Array): boolean {
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
  return ole || Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "{\\rtf";
}

// ——— a linear XML tokenizer: tags and text, no DTD, no namespaces resolved (prefixes are read as written) ———

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const codePoint = (n: number): string => (n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : "");
const unescapeXml = (text: string): string =>
  text.includes("&") ? text.replace(ENTITY, (_m, dec?: string, hex?: string, name?: string) => (name ? (NAMED[name] as string) : codePoint(Number.parseInt(dec ?? hex ?? "", dec ? 10 : 16)))) : text;

type Tag = { name: string; attrs: string; open: boolean; close: boolean };

/** An attribute's value in a tag's attribute text (`w:val="Heading1"`), unescaped, or null. */
function attr(attrs: string, name: string): string | null {
  let at = attrs.indexOf(`${name}=`);
  while (at > 0 && !/\s/.test(attrs[at - 1] as string)) at = attrs.indexOf(`${name}=`, at + 1);
  if (at < 0) return null;
  const quote = attrs[at + name.length + 1];
  if (quote !== '"' && quote !== "'") return null;
  const end = attrs.indexOf(quote, at + name.length + 2);
  return end < 0 ? null : unescapeXml(attrs.slice(at + name.length + 2, end));
}

function walkXml(xml: string, onTag: (tag: Tag) => void, onText: (text: string) => void): void {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      onText(unescapeXml(xml.slice(i)));
      return;
    }
    if (lt > i) onText(unescapeXml(xml.slice(i, lt)));
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      i = end < 0 ? xml.length : end + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      onText(xml.slice(lt + 9, end < 0 ? xml.length : end));
      i = end < 0 ? xml.length : end + 3;
      continue;
    }
    const gt = xml.indexOf(">", lt + 1);
    if (gt < 0) return;
    i = gt + 1;
    if (xml[lt + 1] === "?" || xml[lt + 1] === "!") continue;
    const close = xml[lt + 1] === "/";
    const selfClosing = xml[gt - 1] === "/";
    const body = xml.slice(lt + (close ? 2 : 1), selfClosing ? gt - 1 : gt);
    let nameEnd = 0;
    while (nameEnd < body.length && !/[\s/]/.test(body[nameEnd] as string)) nameEnd++;
    const name = body.slice(0, nameEnd);
    const attrs = body.slice(nameEnd);
    if (close) onTag({ name, attrs: "", open: false, close: true });
    else onTag({ name, attrs, open: true, close: selfClosing });
  }
}

// ——— the document's blocks, whatever the format ———

type Block = { kind: "paragraph" | "heading" | "title"; text: string; level?: number } | { kind: "table"; rows: string[][] };

/** Collects paragraphs and tables: a cell's paragraphs go into its cell, a nested table's rows into the outer cell. */
class BlockBuilder {
  readonly blocks: Block[] = [];
  private tables: { rows: string[][]; row: string[] | null; cell: string[] | null }[] = [];

  paragraph(text: string, kind: "paragraph" | "heading" | "title", level?: number): void {
    const t = text.replace(/[ \u00a0]+\n/g, "\n").replace(/\n[ \u00a0]+/g, "\n").trim();
    if (!t) return;
    const table = this.tables[this.tables.length - 1];
    if (table?.cell) table.cell.push(t.replace(/\s+/g, " "));
    else this.blocks.push(kind === "paragraph" ? { kind, text: t } : { kind, text: t.replace(/\s+/g, " "), level });
  }

  openTable(): void {
    if (this.tables.length >= MAX_TABLE_DEPTH) throw new TablesTooDeep();
    this.tables.push({ rows: [], row: null, cell: null });
  }
  openRow(): void {
    const table = this.tables[this.tables.length - 1];
    if (table) table.row = [];
  }
  openCell(): void {
    const table = this.tables[this.tables.length - 1];
    if (table) table.cell = [];
  }
  closeCell(): void {
    const table = this.tables[this.tables.length - 1];
    if (table?.cell && table.row) table.row.push(table.cell.join(" "));
    if (table) table.cell = null;
  }
  closeRow(): void {
    const table = this.tables[this.tables.length - 1];
    if (table?.row) table.rows.push(table.row);
    if (table) table.row = null;
  }
  closeTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    const rows = table.rows.filter((r) => r.some((c) => c.trim()));
    const outer = this.tables[this.tables.length - 1];
    if (outer?.cell) {
      outer.cell.push(rows.map((r) => r.filter(Boolean).join(" ")).join(" "));
      return;
    }
    // a table of one column is a box of the page (a pull quote, a note): its cells read as paragraphs
    if (rows.every((r) => r.length <= 1)) for (const r of rows) this.paragraph(r[0] ?? "", "paragraph");
    else if (rows.length) this.blocks.push({ kind: "table", rows });
  }
}

const fold = (text: string): string => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/** The blocks as import text: "# title", paragraphs, "## **heading**", tables one "| a | b |" row a line. */
function blocksText(blocks: Block[], hintTitle: string | null): string {
  const first = blocks.findIndex((b) => b.kind !== "table");
  let titleAt = blocks.findIndex((b) => b.kind === "title");
  // no Title paragraph: a level-1 heading that opens the document, else the properties' title when it is printed
  if (titleAt < 0 && first >= 0 && blocks[first]?.kind === "heading" && (blocks[first] as { level?: number }).level === 1) titleAt = first;
  if (titleAt < 0 && hintTitle && fold(hintTitle).length >= 3) {
    const hint = fold(hintTitle);
    titleAt = blocks.slice(0, 5).findIndex((b) => b.kind !== "table" && fold(b.text) === hint);
  }
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (i === titleAt && b.kind !== "table") out.unshift(`# ${b.text}`);
    else if (b.kind === "table") out.push(b.rows.map((cells) => tableRowLine(cells.map((c) => c.replace(/\|/g, "/")))).join("\n"));
    else if (b.kind === "paragraph") out.push(b.text);
    else out.push(`## **${b.text}**`);
  });
  return out.length ? `${out.join("\n\n").normalize("NFC")}\n` : "";
}

// ——— Office Open XML ———

type StyleInfo = { name: string; outline: number | null; basedOn: string | null };

/** Paragraph styles by id: their names ("heading 1", "Title": English whatever the Word's language) and outline levels. */
function readStyles(xml: string | null): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  let current: (StyleInfo & { id: string }) | null = null;
  walkXml(
    xml,
    (tag) => {
      if (tag.name === "w:style" && tag.open) current = { id: attr(tag.attrs, "w:styleId") ?? "", name: "", outline: null, basedOn: null };
      else if (tag.name === "w:style" && tag.close && current) {
        styles.set(current.id, current);
        current = null;
      } else if (current && tag.open) {
        const val = attr(tag.attrs, "w:val");
        if (tag.name === "w:name" && val) current.name = val.toLowerCase();
        if (tag.name === "w:basedOn" && val) current.basedOn = val;
        if (tag.name === "w:outlineLvl" && val && /^\d$/.test(val)) current.outline = Number(val);
      }
    },
    () => {},
  );
  return styles;
}

/** A paragraph style's kind: the title, a heading of some level, or a paragraph (styles inherited, at most ten deep). */
function styleKind(id: string | null, styles: Map<string, StyleInfo>): { kind: "paragraph" | "heading" | "title"; level?: number } {
  let style = id ? styles.get(id) : undefined;
  for (let depth = 0; depth < 10; depth++) {
    const name = style?.name ?? (depth === 0 ? (id ?? "").toLowerCase() : "");
    if (name === "title") return { kind: "title" };
    const heading = /^heading\s?([1-9])$/.exec(name);
    if (heading) return { kind: "heading", level: Number(heading[1]) };
    if (style?.outline != null && style.outline < 9) return { kind: "heading", level: style.outline + 1 };
    if (!style?.basedOn) break;
    style = styles.get(style.basedOn);
  }
  return { kind: "paragraph" };
}

/** Elements whose content is not the document's text as it reads. */
const DOCX_SKIP = new Set(["mc:Fallback", "w:moveFrom", "w:del", "w:commentReference", "w:footnoteReference", "w:endnoteReference", "w:instrText", "w:delText"]);

function docxBlocks(xml: string, styles: Map<string, StyleInfo>): Block[] {
  const builder = new BlockBuilder();
  type Para = { text: string; style: string | null; outline: number | null };
  const paras: Para[] = [];
  let skip = 0;
  let inText = false;
  let hidden = false;
  let inRunProps = false;
  let inTabs = false;
  const para = (): Para | undefined => paras[paras.length - 1];
  walkXml(
    xml,
    (tag) => {
      const { name } = tag;
      if (DOCX_SKIP.has(name)) {
        if (tag.open && !tag.close) skip++;
        else if (!tag.open) skip = Math.max(0, skip - 1);
        return;
      }
      if (skip) return;
      if (tag.open) {
        switch (name) {
          case "w:p":
            if (!tag.close) paras.push({ text: "", style: null, outline: null });
            break;
          case "w:pStyle":
            if (para()) para()!.style = attr(tag.attrs, "w:val");
            break;
          case "w:outlineLvl": {
            const val = attr(tag.attrs, "w:val");
            if (para() && val && /^\d$/.test(val)) para()!.outline = Number(val);
            break;
          }
          case "w:r":
            hidden = false;
            break;
          case "w:rPr":
            inRunProps = !tag.close;
            break;
          case "w:vanish":
          case "w:webHidden":
            if (inRunProps && !/w:val="(?:0|false|off)"/.test(tag.attrs)) hidden = true;
            break;
          case "w:t":
            inText = !tag.close;
            break;
          case "w:tabs":
            inTabs = !tag.close;
            break;
          case "w:tab":
            if (!inTabs && para() && !hidden) para()!.text += "\t";
            break;
          case "w:br":
          case "w:cr":
            if (para() && !hidden) para()!.text += "\n";
            break;
          case "w:noBreakHyphen":
            if (para() && !hidden) para()!.text += "-";
            break;
          case "w:tbl":
            // an empty table written as one tag (<w:tbl/>) opens nothing that a closing tag would close
            if (!tag.close) builder.openTable();
            break;
          case "w:tr":
            builder.openRow();
            break;
          case "w:tc":
            builder.openCell();
            break;
        }
        return;
      }
      switch (name) {
        case "w:p": {
          const p = paras.pop();
          if (!p) break;
          const styled = styleKind(p.style, styles);
          const kind = p.outline !== null && p.outline < 9 && styled.kind === "paragraph" ? { kind: "heading" as const, level: p.outline + 1 } : styled;
          builder.paragraph(p.text, kind.kind, kind.level);
          break;
        }
        case "w:t":
          inText = false;
          break;
        case "w:rPr":
          inRunProps = false;
          break;
        case "w:tabs":
          inTabs = false;
          break;
        case "w:tc":
          builder.closeCell();
          break;
        case "w:tr":
          builder.closeRow();
          break;
        case "w:tbl":
          builder.closeTable();
          break;
      }
    },
    (text) => {
      if (inText && !skip && !hidden && para()) para()!.text += text;
    },
  );
  return builder.blocks;
}

/** docProps/core.xml's dc:title, or null. */
function coreTitle(xml: string | null): string | null {
  if (!xml) return null;
  let inTitle = false;
  let title = "";
  walkXml(
    xml,
    (tag) => {
      if (tag.name === "dc:title") inTitle = tag.open && !tag.close;
    },
    (text) => {
      if (inTitle) title += text;
    },
  );
  return title.trim() || null;
}

/** The main document part a package's relationships name ("word/document.xml" as Word writes it). */
function mainPart(zip: ZipArchive): string | null {
  const rels = zip.read("_rels/.rels")?.toString("utf8");
  let target: string | null = null;
  if (rels) {
    walkXml(
      rels,
      (tag) => {
        if (target === null && tag.name === "Relationship" && tag.open && /\/officeDocument$/.test(attr(tag.attrs, "Type") ?? "")) target = attr(tag.attrs, "Target");
      },
      () => {},
    );
  }
  const name = (target as string | null)?.replace(/^\//, "") ?? "word/document.xml";
  if (zip.has(name)) return name;
  return zip.has("word/document.xml") ? "word/document.xml" : null;
}

// ——— OpenDocument text ———

const ODT_SKIP = new Set(["text:note", "text:tracked-changes", "office:annotation", "text:bookmark-ref", "draw:frame"]);

function odtBlocks(xml: string): Block[] {
  const builder = new BlockBuilder();
  // automatic styles named after the paragraph style they are based on ("P1" on "Title")
  const parents = new Map<string, string>();
  type Para = { text: string; kind: "paragraph" | "heading" | "title"; level?: number };
  const paras: Para[] = [];
  let skip = 0;
  let inBody = false;
  walkXml(
    xml,
    (tag) => {
      const { name } = tag;
      if (name === "style:style" && tag.open) {
        const own = attr(tag.attrs, "style:name");
        const parent = attr(tag.attrs, "style:parent-style-name");
        if (own && parent) parents.set(own, parent);
      }
      if (name === "office:text") inBody = tag.open && !tag.close;
      if (!inBody) return;
      if (ODT_SKIP.has(name)) {
        if (tag.open && !tag.close) skip++;
        else if (!tag.open) skip = Math.max(0, skip - 1);
        return;
      }
      if (skip) return;
      const p = paras[paras.length - 1];
      if (tag.open) {
        if ((name === "text:p" || name === "text:h") && !tag.close) {
          const style = attr(tag.attrs, "text:style-name") ?? "";
          const styleName = (parents.get(style) ?? style).toLowerCase();
          const level = Number(attr(tag.attrs, "text:outline-level") ?? 1) || 1;
          paras.push(styleName === "title" ? { text: "", kind: "title" } : name === "text:h" ? { text: "", kind: "heading", level } : { text: "", kind: "paragraph" });
        } else if (name === "text:s" && p) p.text += " ".repeat(Math.min(100, Number(attr(tag.attrs, "text:c") ?? 1) || 1));
        else if (name === "text:tab" && p) p.text += "\t";
        else if (name === "text:line-break" && p) p.text += "\n";
        else if (name === "table:table" && !tag.close) builder.openTable();
        else if (name === "table:table-row") builder.openRow();
        else if (name === "table:table-cell" || name === "table:covered-table-cell") {
          builder.openCell();
          if (tag.close) builder.closeCell();
        }
        return;
      }
      if (name === "text:p" || name === "text:h") {
        const done = paras.pop();
        if (done) builder.paragraph(done.text, done.kind, done.level);
      } else if (name === "table:table-cell" || name === "table:covered-table-cell") builder.closeCell();
      else if (name === "table:table-row") builder.closeRow();
      else if (name === "table:table") builder.closeTable();
    },
    (text) => {
      const p = paras[paras.length - 1];
      if (inBody && !skip && p) p.text += text.replace(/[\r\n\t ]+/g, " ");
    },
  );
  return builder.blocks;
}

/**
 * A .docx or .odt file's text (see the top of this file), or why it cannot be read. `unpacked`, when given, is shared
 * with other documents read as one file (a saved e-mail's attachments): together they unpack no more than one may.
 */
export function documentText(bytes: Uint8Array, unpacked?: UnpackedCount): DocumentResult {
  try {
    const zip = new ZipArchive(bytes, ZIP_LIMITS, unpacked);
    const main = mainPart(zip);
    if (main) {
      const xml = (zip.read(main) as Buffer).toString("utf8");
      const dir = main.includes("/") ? main.slice(0, main.lastIndexOf("/") + 1) : "";
      const styles = readStyles(zip.read(`${dir}styles.xml`)?.toString("utf8") ?? null);
      const hint = coreTitle(zip.read("docProps/core.xml")?.toString("utf8") ?? null);
      return { ok: true, text: blocksText(docxBlocks(xml, styles), hint) };
    }
    const content = zip.read("content.xml");
    if (content && /^application\/vnd\.oasis\.opendocument\.text\b/.test(zip.read("mimetype")?.toString("latin1") ?? "application/vnd.oasis.opendocument.text")) {
      const styles = zip.read("styles.xml")?.toString("utf8") ?? "";
      // the named styles first (in styles.xml), so content.xml's automatic ones can say which they are based on
      return { ok: true, text: blocksText(odtBlocks(`${styles}${content.toString("utf8")}`), null) };
    }
    return { ok: false, refusal: { reason: "no-document" } };
  } catch (error) {
    if (error instanceof ZipError) return { ok: false, refusal: error.refusal };
    if (error instanceof TablesTooDeep) return { ok: false, refusal: { reason: "tables-too-deep", max: MAX_TABLE_DEPTH } };
    throw error;
  }
}
