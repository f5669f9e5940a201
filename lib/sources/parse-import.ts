// The import entry point: decodes an uploaded file and parses its text into one ParsedSource per article.
import { BIDI_CONTROLS, withoutImportControls } from "../bidi-controls";
import { cleanArticle, galleryCaptionsAsText, type Block } from "./clean";
import { withoutVersionTag } from "./promo-lines";
import type { DatePrecision } from "./dates";
import { htmlToImportText } from "./html";
import { checkHtmlLimits, HTML_LIMITS } from "./html-limits";
import { datelineWire, detectLanguage, extractMetadata, leadAgency } from "./metadata";
import { sharedCopyFields } from "./share-copy";
import { canonicalText, collapseSpaceRuns, hashNormalizedParts, normalizeText } from "./normalize";
import { splitDossier } from "./split";
import { agreeOutletLines, applyBlockRoles, listLines, roleLookup, type RoledLine, type RoleOverride } from "./line-roles";
import { profileFinder, type OutletProfileRules } from "./outlet-profiles";
import { outletInLanguage, type LineRole } from "./layout-model";
import { bodyWarningCodes, fieldWarnings, warningFromText, warningText, type SourceWarning } from "./warnings";
import { legacyDecoder } from "./charset";
import { clippingText } from "./clipping";
import { withoutChatStamps } from "./chat-copy";
import { withoutPrintFurniture } from "./print-copy";
import { withoutDoubledPaste } from "./doubled-paste";
import { withoutServiceChrome } from "./archive-copy";
import { withoutMailChrome } from "./mail-copy";
import { creditedOriginal, isAggregator, withoutLeadingFlags } from "./relay-post";
import { looksLikeWebArchive, readWebArchive, WEB_ARCHIVE_FILE } from "./web-archive";
import { EMAIL_FILE, emailImportText, htmlForward, looksLikeEmail, readEmail, subjectTitle, withPageTitle } from "./email";
import { documentText, looksLikeOldDocument, looksLikeZip, type DocumentRefusal } from "./office";
import { lookAlikeHostOf, withLookAlikeHostInAscii } from "@/lib/http/readable-host";

export type { Block } from "./clean";

export interface ParsedSource {
  title: string | null;
  publishedAt: string | null;
  datePrecision: DatePrecision | null;
  agency: string | null;
  outlet: string | null;
  author: string | null;
  /** The original address of the article, when the capture states it. */
  url: string | null;
  language: string;
  headings: string[];
  captions: string[];
  /** Cleaned text without captions; paragraphs (headings included) separated by "\n\n". */
  body: string;
  blocks: Block[];
  /** The warnings in English (the command line's language): warningText() of each of warningCodes. */
  warnings: string[];
  /** The warnings as codes with parameters: what is stored, and translated when shown. */
  warningCodes: SourceWarning[];
  /** Its header and footer lines with the role each was given, for the preview to list and correct. */
  lines: RoledLine[];
  sourceFile: string;
  /** normalizedHash(body): equal for the same article whatever its whitespace or page furniture. */
  contentHash: string;
  dossierTitle: string | null;
  /** 1-based position in the dossier's table of contents. */
  dossierIndex: number | null;
  /** The slice of the imported text this source came from, exactly as imported. */
  raw: string;
}

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportErrorReason =
  | "empty"
  | "binary"
  | "too-large"
  | "encoding"
  | "archive"
  | "unsupported"
  | "too-deep"
  | "too-many-elements"
  | "timeout"
  | "out-of-memory"
  | "no-body"
  | "old-format"
  | "damaged"
  | "unpacks-too-large"
  | "no-document"
  | "tables-too-deep";
/**
 * A file that cannot be imported; `message` is one line naming the file and the reason, in English (the CLI's
 * language); `reason` and `params` let a screen say it in the reader's language.
 */
/**
 * Refusals of an import file. `instanceof` holds across copies of this module: Next bundles instrumentation.ts (which
 * starts the process's parse pool, kept on globalThis) apart from the routes, so an error the pool raises comes from
 * another copy of this class than the one a route imports.
 */
const IMPORT_FILE_ERROR = Symbol.for("claimdesk.ImportFileError");
export class ImportFileError extends Error {
  readonly [IMPORT_FILE_ERROR] = true;

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[IMPORT_FILE_ERROR] === true;
  }

  constructor(
    readonly reason: ImportErrorReason,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = "ImportFileError";
  }
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: text of mostly Latin letters has a zero high byte in
 * most code units, so zeros crowd the odd offsets (little-endian) or the even ones (big-endian) and never the other.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = n / 2;
  if (odd / units >= 0.25 && even / units < 0.02) return "utf-16le";
  if (even / units >= 0.25 && odd / units < 0.02) return "utf-16be";
  return null;
}

function controlRatio(text: string): number {
  const sample = text.slice(0, 65536);
  const controls = sample.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  return sample.length === 0 ? 0 : controls / sample.length;
}

const HTML_FILE = /\.(?:html?|xhtml)$/i;

/** The charset a page declares in its first bytes (<meta charset>, http-equiv, <?xml encoding?>), or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1] ?? null;
}

/**
 * Bytes of an uploaded file → text. Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM;
 * throws ImportFileError for empty, oversized, binary or undecodable input. HTML pages (.html, .htm,
 * .xhtml) may also be in the legacy charset they declare, and come back as the article text htmlToImportText() finds;
 * so do pages saved as one file (.mhtml, .mht: lib/sources/web-archive.ts), with the address they were saved from.
 * Saved e-mails (.eml, or any file that opens with an e-mail's headers: lib/sources/email.ts) give their best body,
 * Word and OpenDocument files (.docx, .odt: lib/sources/office.ts) their paragraphs, headings and tables.
 * The text comes back without direction controls (lib/bidi-controls.ts), as every typed input is read: a page's
 * character references (`&#x202E;`), an e-mail's encoded words and a document's runs decode to them too, and left in
 * a title, a byline or a caption one reversed the rest of its line wherever the desk shows it. A byte-order mark
 * left inside the text (a file converted twice, two files joined) is dropped too: it shows nothing, and inside a word
 * it made the word another for search and matching ("ph\uFEFFủ nhận" is not "phủ nhận"). So are the control characters
 * no text needs (an escape, a bell, DEL, C1 codes: `withoutImportControls`), which a page's `&#x1B;` decodes to too.
 */
export function decodeImportFile(bytes: Buffer | Uint8Array, fileName: string): string {
  const read = readImportFile(bytes, fileName);
  const text = "text" in read ? read.text : pageText(read.page.markup, fileName, read.page.savedFrom);
  return withoutImportControls(text.replace(BIDI_CONTROLS, "").replace(STRAY_BYTE_ORDER_MARKS, ""));
}

const STRAY_BYTE_ORDER_MARKS = /\uFEFF/g;

/** A page's markup, decoded, and the address it was saved from (a page saved as one file names it). */
export type ImportPage = { markup: string; savedFrom: string | null };

/**
 * The page decodeImportFile reads, before its article text is taken from it: null for a file that is not a page (a
 * text file, a document, an e-mail). The article text is a function of the page and the file's name alone, so two
 * files that give the same page give the same text.
 */
export function importPage(bytes: Buffer | Uint8Array, fileName: string): ImportPage | null {
  const read = readImportFile(bytes, fileName);
  return "page" in read ? read.page : null;
}

/** decodeImportFile up to a page's markup: the text of a file that is not a page, or the page to take the text from. */
function readImportFile(bytes: Buffer | Uint8Array, fileName: string): { text: string } | { page: ImportPage } {
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new ImportFileError("too-large", `${fileName}: file is ${mb} MB, over the 20 MB import limit`, { file: fileName, mb });
  }
  if (bytes.length === 0) throw new ImportFileError("empty", `${fileName}: file is empty`, { file: fileName });
  if (!EMAIL_FILE.test(fileName) && (WEB_ARCHIVE_FILE.test(fileName) || looksLikeWebArchive(bytes))) {
    const page = readWebArchive(bytes);
    if (!page) throw new ImportFileError("archive", `${fileName}: a saved web page file with no page in it; not imported`, { file: fileName });
    return { page: { markup: decodeText(page.html, fileName, true, page.charset), savedFrom: page.location } };
  }
  if (looksLikeZip(bytes)) return { text: officeText(bytes, fileName) };
  if (looksLikeOldDocument(bytes)) {
    throw new ImportFileError("old-format", `${fileName}: an old Word document (.doc), .rtf or another format this import cannot read; save it as .docx, .html or .txt`, { file: fileName });
  }
  if (EMAIL_FILE.test(fileName) || looksLikeEmail(bytes)) return { text: emailText(bytes, fileName) };
  const html = HTML_FILE.test(fileName);
  const text = decodeText(bytes, fileName, html, null);
  return html ? { page: { markup: text, savedFrom: null } } : { text };
}

/** Bytes → text (see decodeImportFile); a page's charset is `charset` when its container names one, else its own. */
function decodeText(bytes: Uint8Array, fileName: string, html: boolean, charset: string | null): string {
  let text: string;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  const bomless = utf16 ? null : utf16WithoutBom(bytes);
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new ImportFileError("encoding", `${fileName}: not valid ${utf16.toUpperCase()} text despite its byte-order mark`, { file: fileName, encoding: utf16.toUpperCase() });
    }
  } else if (bomless) {
    try {
      text = new TextDecoder(bomless, { fatal: true }).decode(bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1));
    } catch {
      throw new ImportFileError("encoding", `${fileName}: looks like ${bomless.toUpperCase()} text without a byte-order mark, but does not decode as such`, { file: fileName, encoding: bomless.toUpperCase() });
    }
  } else {
    if (bytes.includes(0)) throw new ImportFileError("binary", `${fileName}: binary file (contains NUL bytes), not text`, { file: fileName });
    // A byte-order mark decides the encoding of a page, as in browsers; without one the page's own declaration must say UTF-8.
    const declared = (html || charset !== null) && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ? (charset ?? declaredCharset(bytes)) : null;
    const bad = firstInvalidUtf8(bytes);
    if (declared !== null && !/^utf-?8$/i.test(declared) && bad >= 0) {
      // A page in the charset it declares (windows-1252, windows-1258, Shift_JIS, EUC-KR, GBK…) reads as a browser reads
      // it. Bytes that are valid UTF-8 are read as UTF-8 whatever the page says (a template's stale declaration).
      const decoder = legacyDecoder(declared);
      if (!decoder) {
        // Named as a charset label can be written (a web archive's header gives up to 4,000 characters of anything).
        const shown = declared.length > 40 || /[^\w.:-]/.test(declared) ? `${declared.slice(0, 40).replace(/[^\w.:-]/g, "?")}…` : declared;
        throw new ImportFileError("encoding", `${fileName}: page declares charset ${shown}, not UTF-8; save it as UTF-8`, { file: fileName, encoding: shown });
      }
      text = decoder.decode(bytes);
    } else if (bad >= 0) {
      throw new ImportFileError("encoding", `${fileName}: not valid UTF-8 (bad byte at offset ${bad}); save it as UTF-8 or UTF-16 with a BOM`, { file: fileName, encoding: "UTF-8" });
    } else {
      text = new TextDecoder("utf-8").decode(bytes);
    }
  }
  if (text.includes("\u0000") || controlRatio(text) > 0.02) {
    throw new ImportFileError("binary", `${fileName}: binary file (too many control characters), not text`, { file: fileName });
  }
  if (text.trim().length === 0) throw new ImportFileError("empty", `${fileName}: file contains only whitespace`, { file: fileName });
  return text;
}

/** A page's article text (htmlToImportText), after the limits that keep its parse fast. */
function pageText(text: string, fileName: string, savedFrom: string | null): string {
  // Before any DOM parse: deep nesting or a flood of elements makes parsing far slower than the page is long.
  const breach = checkHtmlLimits(text, HTML_LIMITS);
  if (breach?.limit === "depth") {
    throw new ImportFileError("too-deep", `${fileName}: HTML nests elements more than ${breach.max} deep; not imported`, { file: fileName, max: breach.max });
  }
  if (breach) throw new ImportFileError("too-many-elements", `${fileName}: HTML has more than ${breach.max} elements; not imported`, { file: fileName, max: breach.max });
  // A stray byte-order mark is gone before the page is read, whose spaces (\s) it is one of (see decodeImportFile).
  const article = htmlToImportText(text.replace(STRAY_BYTE_ORDER_MARKS, ""), fileName, savedFrom);
  if (article.trim().length === 0) throw new ImportFileError("empty", `${fileName}: HTML page has no text`, { file: fileName });
  return article;
}

/** A saved e-mail's text (lib/sources/email.ts): its best body read like a page or a text file, in the charset it names. */
function emailText(bytes: Uint8Array, fileName: string): string {
  const message = readEmail(bytes);
  const body = message?.body;
  if (!message || !body || body.bytes.length === 0) throw new ImportFileError("no-body", `${fileName}: an e-mail with no text or HTML body; not imported`, { file: fileName });
  const decoded = decodeText(body.bytes, fileName, body.html, body.charset);
  // an HTML forward's own header block names the forwarded message's subject and sender
  const forward = body.html ? htmlForward(decoded) : null;
  const title = subjectTitle(forward?.subject ?? null) ?? subjectTitle(message.subject);
  const text = body.html ? pageText(withPageTitle(decoded, title), fileName, null) : decoded;
  const article = emailImportText(message, text, body.html, forward?.from ?? null, body.html ? decoded : null);
  if (article.trim().length === 0) throw new ImportFileError("empty", `${fileName}: the e-mail has no text`, { file: fileName });
  return article;
}

function documentRefusal(file: string, refusal: DocumentRefusal): ImportFileError {
  if (refusal.reason === "damaged") return new ImportFileError("damaged", `${file}: a damaged or unsupported document archive (${refusal.detail}); not imported`, { file });
  if (refusal.reason === "unpacks-too-large") return new ImportFileError("unpacks-too-large", `${file}: the document unpacks to more than ${refusal.mb} MB; not imported`, { file, mb: refusal.mb });
  if (refusal.reason === "tables-too-deep") return new ImportFileError("tables-too-deep", `${file}: the document nests tables more than ${refusal.max} deep; not imported`, { file, max: refusal.max });
  return new ImportFileError("no-document", `${file}: a zip archive with no Word (.docx) or OpenDocument (.odt) text in it; not imported`, { file });
}

/** A Word (.docx) or OpenDocument (.odt) document's text (lib/sources/office.ts), or its refusal. */
function officeText(bytes: Uint8Array, fileName: string): string {
  const result = documentText(bytes);
  if (!result.ok) throw documentRefusal(fileName, result.refusal);
  if (result.text.trim().length === 0) throw new ImportFileError("empty", `${fileName}: the document has no text`, { file: fileName });
  return result.text;
}

interface Context {
  fileName: string;
  raw: string;
  /** Known title (dossier article), or undefined to look for one in the text. */
  title: string | undefined;
  dossierTitle: string | null;
  dossierIndex: number | null;
  related: string[];
  warnings: string[];
  /** The imported text holds Cyrillic letters somewhere (else the homoglyph check is skipped). */
  cyrillic: boolean;
  roleFor: ((plain: string) => LineRole | undefined) | undefined;
}

export interface ParseOptions {
  /** Roles given to lines (by an editor in the preview, or an outlet profile), by line shape; later ones win. */
  roles?: readonly RoleOverride[];
  /**
   * Outlet profiles that may apply: each article is read with the profile of the outlet it names, if any, its roles
   * first and `roles` after (an editor's correction wins over a profile's).
   */
  profiles?: readonly OutletProfileRules[];
}

/**
 * The cleaned article once the roles given to its lines are applied (furniture out, captions in or out); the
 * paragraphs a role was given are pushed onto `roled`, for the preview to list.
 */
function withBlockRoles(cleaned: ReturnType<typeof cleanArticle>, roleFor: Context["roleFor"], roled: RoledLine[]): ReturnType<typeof cleanArticle> {
  if (!roleFor) return cleaned;
  const blocks = applyBlockRoles(cleaned.blocks, roleFor, roled);
  return {
    blocks,
    headings: blocks.filter((b) => b.kind === "heading").map((b) => b.text),
    captions: blocks.filter((b) => b.kind === "caption").map((b) => b.text),
    body: blocks.filter((b) => b.kind !== "caption").map((b) => b.text).join("\n\n"),
  };
}

/** Footer lines marked as captions (the footer scan takes them out of the body): caption blocks at the article's end. */
function withFooterCaptions(cleaned: ReturnType<typeof cleanArticle>, captions: readonly string[] | undefined): ReturnType<typeof cleanArticle> {
  if (!captions?.length) return cleaned;
  return { ...cleaned, blocks: [...cleaned.blocks, ...captions.map((text) => ({ kind: "caption" as const, text }))], captions: [...cleaned.captions, ...captions] };
}

/**
 * One article to read: its normalised text is made when first needed (`make`), so that a streamed preview reads the
 * first articles before the last ones are even normalised.
 */
type Article = { text: string | null; make: () => string; ctx: Context };
type Metadata = ReturnType<typeof extractMetadata>;

const textOf = (article: Article): string => (article.text ??= article.make());
const metadataOf = (article: Article): Metadata => extractMetadata(textOf(article), { findTitle: article.ctx.title === undefined, roleFor: article.ctx.roleFor });

/**
 * The line printed right below the headline, where a standfirst stands: a line of the header read as text right
 * under the title, or the text's first line when the header ends with the title.
 */
function lineBelowHeadline(meta: Metadata): string | null {
  const header = meta.lines?.filter((l) => l.region === "header") ?? [];
  const t = header.findIndex((l) => l.role === "title");
  if (t < 0) return null;
  const next = header[t + 1];
  if (next !== undefined) return next.role === "body" ? next.text : null;
  const first = /^\s*(\S[^\n]*)/.exec(meta.body.slice(0, 2000));
  return first?.[1]?.trim() ?? null;
}

/** One source from the normalised text of one article (normalizeText()) and its metadata. */
function buildSource(text: string, ctx: Context, meta: Metadata): ParsedSource | null {
  // a gallery without other text keeps its captions as its text (clean.ts), unless an editor's roles say otherwise
  const belowHeadline = lineBelowHeadline(meta);
  const read = withFooterCaptions(cleanArticle(meta.body, { relatedTitles: ctx.related, writer: meta.author, belowHeadline }), meta.captions);
  const roled: RoledLine[] = [];
  const cleaned = withBlockRoles(galleryCaptionsAsText(read), ctx.roleFor, roled);
  // a share sheet's "Headline - Site" and a social post's link card (share-copy.ts)
  const shared = ctx.title === undefined ? sharedCopyFields(text, meta.title, meta.url, meta.outlet) : { title: ctx.title, outlet: meta.outlet };
  const title = withoutVersionTag(withoutLeadingFlags(shared.title));
  if (cleaned.body.length === 0 && title === null) return null;
  const paragraphs = cleaned.blocks.filter((b) => b.kind === "paragraph");
  const lead = paragraphs[0]?.text ?? "";
  // (a standfirst without a full stop run into the lead's block, "Những gì đáng chú ý …" / "Theo bản tin của …", or
  // kept as a paragraph of its own over it: the lead's own first sentence names the teller)
  const leadProper = !belowHeadline ? lead : lead.startsWith(`${belowHeadline} `) ? lead.slice(belowHeadline.length + 1) : lead === belowHeadline && paragraphs.length > 1 && !/[.!?…]["”’»)]?$/u.test(lead) ? (paragraphs[1]?.text ?? lead) : lead;
  const language = detectLanguage(cleaned.body || (title ?? ""));
  // a portal's repost names the outlet it credits (lib/sources/relay-post.ts), not the portal
  const named = outletInLanguage(isAggregator(shared.outlet) ? (creditedOriginal(text) ?? shared.outlet) : shared.outlet, language);
  // a look-alike host ("www.rеuters.com", a Cyrillic е) is not the outlet the page names ("Reuters"): the import lends
  // no name to it, whoever the page says it is, and says why the outlet is empty (the editor may type one they trust)
  const url = meta.url !== null ? withLookAlikeHostInAscii(meta.url) : null;
  const lookAlike = url !== null ? lookAlikeHostOf(url) : null;
  const outlet = lookAlike === null ? named : null;
  const warningCodes = [
    ...(lookAlike !== null && named !== null ? [{ code: "lookAlikeAddress" as const, params: { outlet: named, host: lookAlike } }] : []),
    ...[...ctx.warnings, ...meta.warnings].map(warningFromText),
    ...fieldWarnings({ title, publishedAt: meta.publishedAt, body: cleaned.body }),
    ...bodyWarningCodes(cleaned.body, meta.publishedAt, ctx.cyrillic),
  ];
  return {
    title,
    publishedAt: meta.publishedAt,
    datePrecision: meta.datePrecision,
    agency: meta.agency ?? leadAgency(leadProper) ?? datelineWire(lead, meta.outlet),
    outlet,
    author: meta.author,
    // an address is kept whole or not at all: a source's address holds at most 2,000 characters (urlSchema)
    // a look-alike host ("www.rеuters.com", a Cyrillic е) in its ASCII form, as browsers show it (lib/http/readable-host.ts)
    url: url !== null && url.length <= 2000 ? url : null,
    language,
    headings: cleaned.headings,
    captions: cleaned.captions,
    body: cleaned.body,
    blocks: cleaned.blocks,
    warnings: warningCodes.map(warningText),
    warningCodes,
    // the line the outlet was read from listed as the outlet's, whatever the header's model first took it for
    lines: agreeOutletLines(listLines(meta.lines ?? [], cleaned.blocks, roled), outlet, ctx.roleFor),
    sourceFile: ctx.fileName,
    // Equal to normalizedHash(body): block texts are already NFC, trimmed and single-spaced (a table's rows apart,
    // one line each: their line breaks fold to the space the body's hash reads them as).
    contentHash: hashNormalizedParts(cleaned.blocks.filter((b) => b.kind !== "caption").map((b) => (b.text.includes("\n") ? b.text.replace(/\n/g, " ") : b.text))),
    dossierTitle: ctx.dossierTitle,
    dossierIndex: ctx.dossierIndex,
    raw: ctx.raw,
  };
}

/** Parse imported text: one source for a single article, one per table-of-contents entry for a dossier. */
export function parseImport(text: string, fileName: string, options: ParseOptions = {}): ParsedSource[] {
  return parseImportWithProfiles(text, fileName, options).sources;
}

/**
 * parseImport, also saying which of `options.profiles` were applied (in their order). The text is split, normalised
 * and cleaned once. A profile is chosen by the outlet an article names, and its roles change how that article's
 * header and footer read; so an article whose outlet has a profile has its metadata scan (its header and footer
 * lines) run twice: once to find the outlet, once with the profile's roles.
 */
export function parseImportWithProfiles(text: string, fileName: string, options: ParseOptions = {}): { sources: ParsedSource[]; applied: OutletProfileRules[] } {
  const steps = parseImportInSteps(text, fileName, options);
  steps.next();
  const sources: ParsedSource[] = [];
  const applied = new Set<string>();
  for (let step = steps.next(); !step.done; step = steps.next()) {
    const { source, profile } = step.value as ParseStep;
    if (source) sources.push(source);
    if (profile) applied.add(profile.outletKey);
  }
  return { sources, applied: (options.profiles ?? []).filter((p) => applied.has(p.outletKey)) };
}

/** What a parse knows once the text is split: how many articles it holds. */
export type ParsePlan = { articles: number };
/**
 * One article read: its source, or null when it held no text to keep (`read` counts articles, kept or not), and the
 * outlet profile it was read with, if any.
 */
export type ParseStep = { read: number; source: ParsedSource | null; profile: OutletProfileRules | null };

/**
 * parseImportWithProfiles one article at a time, for a preview that shows the first articles while the rest are read:
 * yields the plan first (once the text is split), then each article in order, read with its outlet's profile.
 * The sources are those parseImportWithProfiles returns (it is built on this), the same objects in the same order.
 */
export function* parseImportInSteps(input: string, fileName: string, options: ParseOptions = {}): Generator<ParsePlan | ParseStep, void, void> {
  // A web clipper's note: its front matter read as a saved page's header lines (lib/sources/clipping.ts)
  // and a chat's copy: its messages' stamps dropped (lib/sources/chat-copy.ts)
  // and a copy through an archive, a cache or a translator: the service's block at the top dropped, the original's
  // address kept (lib/sources/archive-copy.ts)
  // and a mail program's page with a forward open: the program's lines, the forwarder's and the forward's header
  // block dropped (lib/sources/mail-copy.ts)
  // and a page printed to PDF: the print's header and footer lines dropped (lib/sources/print-copy.ts)
  // and a page pasted twice: the second copy dropped (lib/sources/doubled-paste.ts)
  // A pasted text is read without the control characters a file's decoding drops (decodeImportFile).
  const text = withoutDoubledPaste(withoutChatStamps(clippingText(withoutPrintFurniture(withoutMailChrome(withoutServiceChrome(withoutImportControls(input)))))));
  const editorRoles = options.roles ?? [];
  const roleFor = roleLookup(editorRoles);
  const canonical = canonicalText(text);
  const lineSafe = canonical === text; // lines need no more than trimming and space collapsing
  const cyrillic = /[\u0400-\u04FF]/.test(canonical);
  const split = splitDossier(text, lineSafe);
  const articles: Article[] = [];
  if (!split) {
    const whole = collapseSpaceRuns(canonical);
    articles.push({ text: whole, make: () => whole, ctx: { fileName, raw: text, title: undefined, dossierTitle: null, dossierIndex: null, related: [], warnings: [], cyrillic, roleFor } });
  } else {
    // Any line repeating a dossier title inside an article is a related-story link (one array: cleanArticle caches its folding).
    const related = [...split.tocTitles, ...split.segments.map((s) => s.headingTitle)];
    for (const seg of split.segments) {
      articles.push({
        text: null,
        make: () => {
          const slice = text.slice(seg.bodyStart, seg.end);
          return lineSafe ? collapseSpaceRuns(slice) : normalizeText(slice);
        },
        ctx: { fileName, raw: text.slice(seg.start, seg.end), title: seg.title, dossierTitle: split.dossierTitle, dossierIndex: seg.index, related, warnings: seg.warnings, cyrillic, roleFor },
      });
    }
  }
  // Which profile an article is read with is decided as it is read (one lookup by the outlet it names), so the first
  // cards never wait for a scan of the whole text; an outlet's profile applies to the articles naming that outlet.
  const findProfile = options.profiles?.length ? profileFinder(options.profiles, editorRoles) : null;
  yield { articles: articles.length };
  let first = true;
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    let meta = metadataOf(article);
    const found = findProfile?.(meta.outlet) ?? null;
    if (found) {
      article.ctx.roleFor = found.roleFor;
      meta = metadataOf(article);
    }
    const source = buildSource(textOf(article), article.ctx, meta);
    // The dossier's own warnings go on its first source.
    if (split && source && first) {
      const dossierWarnings = split.warnings.map((w) => warningFromText(`dossier: ${w}`));
      source.warningCodes.unshift(...dossierWarnings);
      source.warnings.unshift(...dossierWarnings.map(warningText));
    }
    if (source) first = false;
    // An article read is let go: a 20 MB file's would otherwise stay whole until the last one is read.
    articles[i] = undefined as unknown as Article;
    yield { read: i + 1, source, profile: found?.profile ?? null };
  }
}
