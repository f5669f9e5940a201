// Free text as the public site publishes it (a rationale, a summary, an evidence note, a correction's reason): links
// and addresses in it are published as published-claims.ts publishes a reference's address. A link to a local or
// private address ("[report](http://10.0.0.5/)", "<http://localhost:8080>", a definition "[1]: http://intranet/x")
// keeps its words without the address; a bare local address is left out; a user name and password are dropped from
// any address (lib/http/web-address.ts). The desk keeps what was typed; only what the public reads is changed.
// Links are found by the parser the pages render Markdown with (mdast-util-from-markdown, under react-markdown), so
// what a page would make a link of is what is judged, with its escapes and character references decoded.
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes, Parents } from "mdast";
import { isPublicWebAddress } from "@/lib/http/web-address";
import { isLookAlikeHost } from "@/lib/http/readable-host";
import type { AttributeProvenance, ClaimAttributes } from "@/lib/claims/attributes";

/** A base no address typed in a text names: what resolves to it stays on the page's own site (a fragment, a path). */
const BASE = new URL("https://published-text.invalid/");

/**
 * What an address in a text becomes: `undefined` to publish it as written (a fragment, a path on the site, a
 * mailto:, a public address), a string to publish instead (without its credentials, a look-alike host in its ASCII
 * form), null to leave it out (an address on a local network, or one no browser could read as an address on the
 * public web).
 */
export function publishedLinkTarget(address: string): string | null | undefined {
  let url: URL;
  try {
    url = new URL(address.trim(), BASE);
  } catch {
    return /^\s*(?:https?:|[\\/]{2})/i.test(address) ? null : undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.host === BASE.host) return undefined;
  if (!isPublicWebAddress(url.href)) return null;
  // A host imitating Latin letters ("www.rеuters.com", a Cyrillic е) in its ASCII form, as browsers show it.
  if (!url.username && !url.password && !isLookAlikeHost(url.hostname)) return undefined;
  url.username = "";
  url.password = "";
  return url.href;
}

/** Characters Markdown reads as syntax, escaped so words taken out of a link read as the same words. */
const escapeText = (text: string) => text.replace(/[\\`*_[\]<>!&]/g, "\\$&");
const title = (text: string | null | undefined) => (text ? ` "${text.replace(/["\\]/g, "\\$&")}"` : "");

type Span = { start: number; end: number };
const span = (node: Nodes): Span | null => {
  const [start, end] = [node.position?.start.offset, node.position?.end.offset];
  return start === undefined || end === undefined ? null : { start, end };
};

/** The Markdown source with its links rewritten (see the module comment). */
function rewriteLinks(source: string): string {
  // Emphasis is no part of a link, and its parse grows with the square of its markers (lib/markdown-budget.ts): off.
  const tree = fromMarkdown(source, { extensions: [{ disable: { null: ["attention"] } }] });
  // Definitions first: a reference to one left out keeps only its words, wherever it stands.
  const droppedDefinitions = new Set<string>();
  const collect = (node: Nodes) => {
    if (node.type === "definition" && publishedLinkTarget(node.url) === null) droppedDefinitions.add(node.identifier);
    if ("children" in node) for (const child of node.children) collect(child);
  };
  collect(tree);

  /** The source from `from` to `to`, with the nodes in it rewritten. */
  const rewrite = (nodes: Nodes[], from: number, to: number): string => {
    let out = "";
    let at = from;
    for (const node of nodes) {
      const where = span(node);
      if (!where) continue;
      const replacement = replace(node, where);
      if (replacement === undefined && !("children" in node)) continue;
      const before = source.slice(at, where.start);
      out += replacement === "" ? closeGap(out + before, source[where.end]).slice(out.length) : before;
      out += replacement ?? rewrite((node as Parents).children, where.start, where.end);
      at = where.end;
    }
    return out + source.slice(at, to);
  };
  const words = (node: Parents): string => {
    const [first, last] = [node.children[0], node.children.at(-1)];
    const [a, b] = [first && span(first), last && span(last)];
    return a && b ? rewrite(node.children, a.start, b.end) : "";
  };
  /** The node's new source, or undefined when it stays as written (its children rewritten). */
  const replace = (node: Nodes, where: Span): string | undefined => {
    switch (node.type) {
      case "link": {
        const target = publishedLinkTarget(node.url);
        const isAutolink = source[where.start] === "<";
        if (target === undefined) return undefined;
        if (target === null) return isAutolink ? "" : words(node);
        return isAutolink ? `<${target}>` : `[${words(node)}](<${target}>${title(node.title)})`;
      }
      case "image": {
        const target = publishedLinkTarget(node.url);
        if (target === undefined) return undefined;
        return target === null ? escapeText(node.alt ?? "") : `![${escapeText(node.alt ?? "")}](<${target}>${title(node.title)})`;
      }
      case "definition": {
        const target = publishedLinkTarget(node.url);
        if (target === undefined) return undefined;
        return target === null ? "" : `[${node.label ?? node.identifier}]: <${target}>${title(node.title)}`;
      }
      case "linkReference":
        return droppedDefinitions.has(node.identifier) ? words(node) : undefined;
      case "imageReference":
        return droppedDefinitions.has(node.identifier) ? escapeText(node.alt ?? "") : undefined;
      default:
        return undefined;
    }
  };
  return rewrite(tree.children, 0, source.length);
}

/** An address written out in the text, link or not: "http://…", "https://…", or with backslashes for slashes. */
const WRITTEN_ADDRESS = /\bhttps?:[\\/]{2}(?:\[[^\]\s]*\])?[^\s<>"'`)\]]*/gi;
/** The character references and escapes Markdown decodes in an address written as text. */
const decodeWritten = (text: string) =>
  text
    .replace(/&#(?:x([0-9a-f]{1,6})|(\d{1,7}));/gi, (whole, hex?: string, decimal?: string) => {
      const code = hex ? parseInt(hex, 16) : Number(decimal);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/&(amp|lt|gt|quot|apos|period|colon|sol|bsol);/gi, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", period: ".", colon: ":", sol: "/", bsol: "\\" })[name.toLowerCase()]!)
    .replace(/\\([!-/:-@[-`{-~])/g, "$1");

function rewriteWrittenAddresses(text: string): string {
  let out = "";
  let at = 0;
  for (const found of text.matchAll(WRITTEN_ADDRESS)) {
    const written = found[0];
    // Punctuation after an address ends the sentence, not the address.
    const [address, after] = [written.replace(/[.,;:!?]+$/, ""), /[.,;:!?]*$/.exec(written)![0]];
    const target = publishedLinkTarget(decodeWritten(address));
    const end = found.index + written.length;
    const before = text.slice(at, found.index);
    if (target === null) out = closeGap(out + before, after[0] ?? text[end]) + after;
    else out += before + (target ?? address) + after;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * The text before an address left out, joined to what follows it (`next`, its first character) as the sentence
 * reads without the address: the space before it goes when a space, a line's end or punctuation follows ("Xem
 * <http://10.0.0.5> nhé." reads "Xem nhé.", not "Xem  nhé.").
 */
function closeGap(before: string, next: string | undefined): string {
  return next === undefined || /[\s.,;:!?)\]]/.test(next) ? before.replace(/[ \t]+$/, "") : before;
}

/** Texts already published, newest last: the same revision is read on every view, by the page, the API and the feeds. */
const kept = new Map<string, string>();
const KEPT_CHARACTERS = 2_000_000;
let keptCharacters = 0;

/**
 * A text as the public reads it. Only a text that could name another site is parsed: an address that leaves the
 * page's own site holds a ":" (a scheme), two slashes or backslashes, or a character reference or escape for one.
 */
export function publishedText(text: string): string;
export function publishedText(text: string | null): string | null;
export function publishedText(text: string | null | undefined): string | null | undefined;
export function publishedText(text: string | null | undefined): string | null | undefined {
  if (!text || !/[:&\\]|\/\//.test(text)) return text;
  const found = kept.get(text);
  if (found !== undefined) return found;
  const published = rewriteWrittenAddresses(rewriteLinks(text));
  kept.set(text, published);
  keptCharacters += text.length;
  for (const [old] of kept) {
    if (keptCharacters <= KEPT_CHARACTERS || kept.size === 1) break;
    kept.delete(old);
    keptCharacters -= old.length;
  }
  return published;
}

/** An address's scheme, any ("postgres://" too), and what follows it up to an "@" or its path, captured (a scheme is
 * short: an unbounded one was read again from every word of a run such as "a.a.a.…", in time growing as its square). */
const ADDRESS_AUTHORITY = String.raw`\b[a-z][a-z0-9+.-]{0,31}:[\\/]{2}([^\s/\\?#@[\]<>"'\`]+)`;
/** The user name and password of an address written in a quote: "postgres://app:s3cret@db…". */
const QUOTED_CREDENTIALS = new RegExp(`${ADDRESS_AUTHORITY}@`, "gi");
/** Words cut by the start of a quote's context (its prefix) before an "@": the end of a user name and password, or of an e-mail's. */
const CUT_BEFORE_HOST = /^[^\s@/\\]+(?=@)/;
/** An address cut by the end of a quote's context before its "@" or its path: a password when a ":" is followed by more than a port's digits. */
const CUT_BEFORE_AT = new RegExp(`${ADDRESS_AUTHORITY}$`, "i");
/** What stands in a published quote for credentials left out: the elision mark quotes are edited with. */
export const ELIDED = "[…]";

/**
 * A quote as the public reads it (an appearance's exact words with the words around them, an evidence quote): as the
 * source wrote it, local and private addresses and intranet host names included, but for a user name and password in
 * an address, which become "[…]". A quote is evidence of what a source said: leaving words out of it, or publishing it
 * without the address a claim may be about ("the leak named http://wiki.corp.internal/…"), would misquote; and it is
 * published as text only (never a link: the page renders it as text, the API and the ledger as strings, ClaimReview
 * and the feeds not at all), so no reader's browser is sent to a local address, which is why free text loses its
 * local links (publishedText). Two people saw the quote before it was published. A password is never what a claim is
 * about and publishing it harms whoever approved it, so it alone goes, marked as an edited quote marks a cut.
 * `parts` are read as one text (prefix, exact, suffix: an address may run across them); each comes back with what
 * was left out of it, the mark standing where a cut begins.
 */
export function publishedQuote<T extends readonly string[]>(...parts: T): { -readonly [K in keyof T]: string } {
  const whole = parts.join("");
  const cuts: Span[] = [];
  // The words around a quote (a prefix and a suffix) are cut at a fixed length, through an address's credentials too:
  // a first word that ends at "@" (its scheme cut off), a last address with a password and no "@" yet.
  const lead = parts.length > 1 && parts[0] ? CUT_BEFORE_HOST.exec(whole) : null;
  if (lead) cuts.push({ start: 0, end: lead[0].length });
  for (const found of whole.matchAll(QUOTED_CREDENTIALS)) {
    const start = found.index + found[0].length - found[1]!.length - 1;
    cuts.push({ start, end: start + found[1]!.length });
  }
  const trail = parts.length > 1 && parts.at(-1) ? CUT_BEFORE_AT.exec(whole) : null;
  if (trail && /:(?!\d*$)/.test(trail[1]!)) cuts.push({ start: whole.length - trail[1]!.length, end: whole.length });
  if (!cuts.length) return [...parts] as { -readonly [K in keyof T]: string };
  let offset = 0;
  return parts.map((part) => {
    const [from, to] = [offset, offset + part.length];
    offset = to;
    let out = "";
    let at = from;
    for (const cut of cuts) {
      if (cut.end <= from || cut.start >= to) continue;
      out += whole.slice(at, Math.max(cut.start, from)) + (cut.start >= from ? ELIDED : "");
      at = Math.min(cut.end, to);
    }
    return out + whole.slice(at, to);
  }) as { -readonly [K in keyof T]: string };
}

/**
 * A short name as the public reads it (a claimant's name, a tag): as publishedText publishes free text, on one line;
 * null when nothing is left of it (a name that was only a local address).
 */
export function publishedName(name: string | null | undefined): string | null {
  const published = name ? publishedText(name).replace(/\s+/g, " ").trim() : "";
  return published || null;
}

/** A claim's claimant as the public reads it: its name as publishedName publishes it; none when nothing is left of it. */
export function publishedClaimant<T extends { name: string }>(claimant: T | null | undefined): T | null {
  const name = claimant ? publishedName(claimant.name) : null;
  return claimant && name ? { ...claimant, name } : null;
}

/** A claim's tags as the public reads them: each as publishedName publishes it, those left empty dropped. */
export function publishedTags(tags: readonly string[] | null | undefined): string[] {
  return [...new Set((tags ?? []).map(publishedName).filter((tag): tag is string => tag !== null))];
}

/**
 * A claim's structured attributes as the public reads them (the API's claim, the ledger, its CSV): each typed value
 * as publishedText publishes free text (each name of a list; a list left with none goes), a quantity's words too, and
 * the words each value was selected from, with their context, as publishedQuote publishes a quote.
 */
export function publishedAttributes(attributes: ClaimAttributes): ClaimAttributes {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(attributes as Record<string, unknown>)) {
    if (field === "provenance" && value !== null && typeof value === "object") {
      out[field] = Object.fromEntries(
        Object.entries(value as Record<string, AttributeProvenance>).map(([name, p]) => {
          const [prefix, exact, suffix] = publishedQuote(p.prefix ?? "", p.exact ?? "", p.suffix ?? "");
          return [name, { ...p, prefix, exact, suffix }];
        }),
      );
    } else if (typeof value === "string") out[field] = publishedText(value);
    else if (Array.isArray(value)) {
      const kept = value.map((v: unknown) => (typeof v === "string" ? publishedText(v).trim() : v)).filter((v) => v !== "");
      if (kept.length) out[field] = kept;
    } else if (value !== null && typeof value === "object" && typeof (value as { text?: unknown }).text === "string") {
      out[field] = { ...value, text: publishedText((value as { text: string }).text) };
    } else out[field] = value;
  }
  return out as ClaimAttributes;
}
