// HTML import: parses a saved news page (linkedom), finds its article (Readability) and writes it as parseImport's plain text.
// (a pattern inside a function writes a property escape in brackets, [\p{Lu}]: regex-literals.test.ts says why)
import { relayedCredit } from "./relayed-source";
import { crewWriter, isCrewBox, isCrewLine } from "./crew-credits";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { closestOf, readingOnce, selectAll, selectOne, treeChanged } from "./dom-selectors";
import { cleanArticle, isFurnitureLine, isKeyPointsLabel, tableRowLine } from "./clean";
import { dateFromAttribute, findDate, parseDate, parseDateLine, type ParsedDate } from "./dates";
import { isRatingOnly, isSummaryBoxLabel } from "./fact-check-notices";
import { INITIALS_THEN_NAME, namesAsPrinted, properName, stationInFull, wireInCredit } from "./outlet-clues";
import { domainSpells, GALLERY_COUNT, hostOf, mastheadByForm, sourceWithAge, isCaptionLine, isCreditOnly, isFurniture, withoutRanks, withoutRelativeTail, isSection, isUpdateLine, isWireCreditedCaption, looseDateLine, lookupOutlet, posterBeforeStamp, provinceOfPaperAndStation, readByline, readDateLine, writerAfterStamp } from "./layout-model";
import { detectLanguage, institutionMasthead, isWireAgency, lookupAgency, namesNoWriter, PAPER_OWNER } from "./metadata";
import { foldForMatch } from "./normalize";
import { caseless } from "./caseless";
import { mastheadOverSiteName } from "./site-masthead";
import { isPlatformName } from "./platform-outlet";
import { creditedOriginal, isAggregator } from "./relay-post";
import { archiveTodaySource, isBrowserTranslated, unproxiedAddress } from "./archive-copy";
import { relayedPagePost } from "./page-post";
import { appSourceElement, appSourceName, isAppAddress, isAppPage, originalAddress, readerHeadline } from "./app-page";

/** Never article text, or hidden. Scripts go too, except JSON-LD, which Readability reads (dates, bylines) and then drops; and an archive's toolbar. */
const FURNITURE =
  "script:not([type='application/ld+json']),style,noscript,template,iframe,object,embed,svg,canvas,form,button,select,textarea,nav,aside," +
  "footer,menu,dialog,[hidden],[aria-hidden='true'],[style*='display:none'],[style*='display: none'],[style*='visibility:hidden']," +
  "[role='navigation'],[role='complementary'],[role='contentinfo'],[role='menu'],[role='menubar'],[role='alert'],[role='alertdialog'],[role='dialog']," +
  // the Wayback Machine's toolbar over a saved capture ("INTERNET ARCHIVE", "9 captures", "About this capture")
  "#wm-ipp-base,#wm-ipp,#donato";
/**
 * Class or id words of share bars, related-story boxes (a columnist's other pieces too: "same-author", "more-from-author"),
 * breadcrumbs and a broadcaster's or a paper's ticker over the page ("ticker", "news-ticker", "breaking-bar").
 */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:share|sharing|social|related|relate|breadcrumbs?|video|lienquan|tinlienquan|most|trending|popular|newsletter|subscribe|subscription|promo|donate|donation|consent|gdpr|author-?box|author-?bio|bio|same-?author|more-?from-?(?:author|columnist|writer)|cung-?tac-?gia|ticker|news-?ticker|breaking-?bar)(?:$|[\s_-])/i;
/**
 * A reader poll or quiz by its class ("poll-widget", "poll", "wp-poll", "quiz", "survey-box", "binh-chon"): its question
 * and buttons; a poll's chart or results ("poll-chart", "poll-results", "exit-poll") are the article's figures.
 */
const POLL_NAME = /(?:^|\s)(?:(?:wp|td|js|jeg|vc)[-_])?(?:poll|quiz|survey|binhchon|binh-chon|thamdo|tham-do)(?:-?(?:widget|box|form|question|wrapper|container|block|module))?(?:$|\s)/i;
/**
 * A promotion box by its first words, whatever its class: newsletter sign-ups, app and channel invitations, appeals
 * for support ("Subscribe to our newsletter", "A Message from The Moscow Times:", "Join ST's Telegram channel", "Your
 * support helps us to tell the story", "Support HKFP | Policies & Ethics | …"), and an AI summary's box ("AI summary", "Quick
 * Reads").
 */
const PROMO_TEXT =
  /^(?:subscribe to|sign up for|sign up to|get the news|join (?:\S+ ){0,3}(?:telegram|whatsapp|newsletter|channel)|a message from|enjoying this article|support (?:us|our|the)\b|become a \S+ (?:member|supporter)|your (?:support|contribution|donation)s? (?:helps?|makes?|keeps?|allows?|lets?)\b|help (?:us )?keep (?:\S+ ){1,4}free\b|support \S+ \||đăng ký nhận|nhận bản tin|tải ứng dụng|theo dõi (?:\S+ ){0,3}trên|ai(?:-generated)? summary|summary (?:is|was) (?:ai|generated)|quick reads|tóm tắt (?:bằng|bởi) ai)/i;
/**
 * An app's download banner by its class or id ("app-download", "download-app", "app-banner", "smart-banner",
 * "smartbanner", "open-app", "install-app", "tai-app"): the app's name, its pitch and the "Mở trong ứng dụng" button.
 */
const APP_BANNER_NAME = /(?:^|[\s_])(?:app[-_]?(?:download|banner|install|open)|(?:download|open|install|get|tai)[-_]?app|smart[-_]?banner)(?:$|[\s_-])/i;
export const isAppBannerName = (name: string): boolean => APP_BANNER_NAME.test(name);
const SKIP = new Set("script style noscript template head title meta link svg iframe object embed canvas button select textarea input".split(" "));
const BLOCK = new Set(
  "address article blockquote body center dd details div dl dt fieldset figcaption figure header hgroup hr html li main ol p pre section summary table tbody td tfoot th thead tr ul".split(" "),
);
const CAPTION_NAME = /(?:^|[\s_-])(?:caption|wp-caption-text|cutline|(?:image|img|photo|pic|picture|figure)[-_]?(?:desc|description|legend|note))(?:$|[\s_-])/i;
const LEFTOVER = /<\/?[a-z][^<>]*>|&(?:[a-z][a-z\d]*|#\d+|#x[\da-f]+);/i;

interface Block {
  kind: "paragraph" | "heading" | "caption" | "lines";
  text: string;
}

const isElement = (n: Node): n is Element => n.nodeType === 1;
const tidy = (s: string): string => s.replace(/\s+/g, " ").trim(); // \s covers NBSP and the other Unicode spaces

/** Text an entity or tag survived in (double-escaped pages): decoded once more, tags (and script bodies) dropped. */
function plain(doc: Document, s: string): string {
  if (!LEFTOVER.test(s)) return tidy(s);
  const box = doc.createElement("div");
  box.innerHTML = s;
  for (const el of selectAll(box, "script,style")) el.remove();
  return tidy((box.textContent ?? "").replace(/<\/?[a-z][^<>]*>/gi, " "));
}

/**
 * The first letter or digit of an element's text, looked for in its first 40 nodes (a budget: no wrapper's whole
 * subtree is walked for each of its siblings); "" when there is none so near its start, or when a space or a mark
 * comes first.
 */
function firstCharacter(el: Element): string {
  const stack: Node[] = [el];
  for (let nodes = 0; stack.length > 0 && nodes < 40; nodes++) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? "";
      if (text) return /^[\p{L}\p{N}]/u.exec(text)?.[0] ?? "";
    } else if (isElement(node) && !SKIP.has(node.localName)) {
      if (node.localName === "br" || BLOCK.has(node.localName)) return "";
      const kids = node.childNodes;
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k] as Node);
    }
  }
  return "";
}

/**
 * Two inline elements side by side with no text between them are two boxes of the page (a byline's name and its
 * date, "<span>Ngọc Linh</span><span>Thứ Năm, 03/12/2026</span>"; a menu's links; a cookie notice's buttons), which
 * the page's style sets apart: a word ends where the first one ends when the second starts a new word. A word split
 * across two spans keeps its small letters ("<span>Ngu</span><span>yễn</span>"), a text node after an element stays
 * glued to it (a drop capital, "<span>T</span>he"), and so do a footnote's or a formula's figures ("H<sub>2</sub>O").
 */
function boxesApart(before: string, child: Element): boolean {
  if (!child.previousSibling || !isElement(child.previousSibling) || /^(?:sub|sup|wbr)$/.test(child.localName)) return false;
  const last = /[\p{Ll}\p{N}.!?:;,)\]]$/u.exec(before)?.[0];
  if (last === undefined) return false;
  const first = firstCharacter(child);
  // a capital after a small letter, a figure or a stop ("Linh|Thứ", "20:15|Chia sẻ", "cookie.|Chấp nhận"); a figure
  // only after a small letter ("Pinned|1:05pm"): figures and stops around figures are one number ("3.|5", "12|34")
  return /^[\p{Lu}\p{Lt}]/u.test(first) || (/[\p{Ll}]/u.test(last) && /^[\p{N}]/u.test(first));
}

/** One-line text of an element: links keep their text, block children are kept apart by a space. */
function inline(node: Node, skip?: (el: Element) => boolean): string {
  let out = "";
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += (child.nodeValue ?? "").replace(/\s+/g, " ");
    else if (isElement(child) && !SKIP.has(child.localName) && !skip?.(child)) {
      if (boxesApart(out, child)) out += " ";
      out += child.localName === "br" || BLOCK.has(child.localName) ? ` ${inline(child, skip)} ` : inline(child, skip);
    }
  }
  return out;
}

const isList = (el: Element): boolean => /^(?:ul|ol|dl)$/.test(el.localName);

/** A figure holding a table and no picture (WordPress's "wp-block-table"): its figcaption is the table's title. */
const tableFigure = (el: Element): boolean => el.localName === "figure" && selectOne(el, "table") !== null && !selectOne(el, "img, picture, video");

/** A picture's figure: its credit line (if any) and its figcaptions as caption blocks; none for a quote's figure. */
function figureBlocks(figure: Element): Block[] {
  if (!selectOne(figure, "img, picture, video") && selectOne(figure, "blockquote, p, table")) return [];
  const captions = Array.from(selectAll(figure, "figcaption"), (c) => inline(c));
  return [inline(figure, (el) => el.localName === "figcaption"), ...captions].map((text) => ({ kind: "caption", text }));
}

/** List items (and those of nested lists) as one line each. */
function listLines(list: Element, out: string[]): string[] {
  for (const item of Array.from(list.children)) {
    if (isList(item)) listLines(item, out);
    else {
      out.push(inline(item, isList));
      for (const sub of selectAll(item, "ul,ol,dl")) if (sub.parentElement && closestOf(sub.parentElement, "ul,ol,dl") === list) listLines(sub, out);
    }
  }
  return out;
}

/**
 * A list of links (related stories, "Read more", a tag cloud) rather than of facts: two items or more, each of them a
 * link and nothing else ("<li><a>Headline</a></li>"). A list of sentences that hold a link is text.
 */
function linkList(list: Element): boolean {
  const items = selectAll(list, "li, dt, dd").filter((item) => tidy(inline(item, isList)));
  if (items.length < 2) return false;
  // each item read without its sub-lists (their items are read on their own): no text is read twice
  return items.every((item) => !tidy(inline(item, (el) => isList(el) || el.localName === "a")));
}

/**
 * A paragraph all in bold, short and with no full stop, is a sub-heading as the page shows it (an interview's
 * question, "<p><strong>Nông dân tăng diện tích tái canh</strong></p>"), when something follows it to head: the last
 * one of its block heads nothing, and is the writer's signature or the credit set in bold ("<p><strong>Kim
 * Phượng</strong></p>" under "(Theo Reuters)").
 */
function boldParagraph(el: Element): boolean {
  if (el.localName !== "p" || el.children.length !== 1) return false;
  if (!followedByText(el)) return false;
  const b = el.children[0] as Element;
  if (b.localName !== "strong" && b.localName !== "b") return false;
  const text = tidy(el.textContent ?? "");
  return text.length >= 3 && text.length <= 160 && text === tidy(b.textContent ?? "") && !/[.:]$/.test(text);
}

/** Whether any sibling after the element holds text. */
function followedByText(el: Element): boolean {
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) if (tidy(next.textContent ?? "")) return true;
  return false;
}

/** The rows of a table (those of its own, not of a table nested in a cell), each as its cells. */
function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const take = (tr: Element): void => {
    rows.push(Array.from(tr.children).filter((c) => c.localName === "td" || c.localName === "th"));
  };
  for (const part of Array.from(table.children)) {
    if (part.localName === "tr") take(part);
    else if (/^(?:thead|tbody|tfoot)$/.test(part.localName)) for (const tr of Array.from(part.children)) if (tr.localName === "tr") take(tr);
  }
  return rows;
}

/** A cell of figures: "120,000", "-3.5 %", "$1.2bn", "45 tấn" (with a digit, see figureCell). */
const FIGURE_CELL = /^[-+−–]?[\d.,\s%‰$€£¥₫]+(?:tấn|tỷ|triệu|nghìn|đồng|USD|VND|bn|m|k|kg|km|t)?$/iu;
const figureCell = (t: string): boolean => /\d/.test(t) && FIGURE_CELL.test(t);

/**
 * A table's rows as its cells' text, header row first, when it holds data (figures, a list of names, a tally); null
 * when it lays the page out. A data table is told apart from a layout table by general features: it is not marked
 * role="presentation", holds no table, no cell holds paragraphs of text (over 300 characters, or two <p>s or a
 * heading), it has two columns or more, and it has header cells (<th>, <thead>) or a caption, or two rows or more
 * most of which have the same number of cells, or figures in its cells. A table whose every cell is a link is a menu.
 */
function dataTableRows(table: Element, holdsTable: ReadonlySet<Element>): string[][] | null {
  if (/^(?:presentation|none)$/i.test(table.getAttribute("role") ?? "") || holdsTable.has(table)) return null;
  const rows = tableRows(table).filter((cells) => cells.length > 0);
  if (rows.length === 0 || rows.length > 2000) return null;
  const widths = rows.map((cells) => cells.length);
  const widest = Math.max(...widths);
  if (widest < 2) return null;
  let links = 0;
  let cells = 0;
  let figures = 0;
  const text: string[][] = [];
  for (const row of rows) {
    const line: string[] = [];
    for (const cell of row) {
      if (selectOne(cell, "h1, h2, h3, article, section, figure, ul ul") || selectAll(cell, "p").length > 2) return null;
      const t = tidy(inline(cell));
      if (t.length > 300) return null;
      line.push(t);
      if (!t) continue;
      cells++;
      if (figureCell(t)) figures++;
      if (!tidy(inline(cell, (el) => el.localName === "a"))) links++;
    }
    text.push(line);
  }
  if (cells === 0 || links === cells) return null;
  const headed = selectOne(table, "th, thead, caption") !== null;
  const even = rows.length >= 2 && widths.filter((w) => w === widest).length >= Math.ceil(rows.length * 0.6);
  if (!headed && !even && figures === 0) return null;
  return text.filter((line) => line.some(Boolean));
}

/** A data table's caption (its title as the page shows it), or "" when it has none. */
function tableTitle(table: Element): string {
  const caption = Array.from(table.children).find((c) => c.localName === "caption");
  return caption ? tidy(inline(caption)) : "";
}

/** Walk a container into blocks: paragraphs, h2–h4 headings, figure captions, list and table lines. */
function toBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  // the tables that hold a table (layout tables): each table marks only the nearest table above it
  const holdsTable = new Set<Element>();
  const titles = new Set<Element>();
  for (const table of selectAll(root, "table")) {
    const outer = table.parentElement ? closestOf(table.parentElement, "table") : null;
    if (outer) holdsTable.add(outer);
  }
  let buf = ""; // the paragraph being read: source line breaks are spaces, <br> is "\n"
  const add = (...found: Block[]): void => {
    if (buf.trim()) blocks.push({ kind: "paragraph", text: buf });
    buf = "";
    blocks.push(...found.filter((b) => b.text.trim()));
  };
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) buf += (child.nodeValue ?? "").replace(/\s+/g, " ");
      if (!isElement(child) || SKIP.has(child.localName)) continue;
      const tag = child.localName;
      if (titles.has(child)) continue; // a table's figcaption, read as its title
      if (boxesApart(buf, child)) buf += " ";
      if (tag === "br") buf += "\n";
      else if (/^h[1-4]$/.test(tag) || boldParagraph(child)) add({ kind: "heading", text: inline(child) });
      else if (tableFigure(child)) {
        const captions = selectAll(child, "figcaption").filter((c) => closestOf(c, "figure") === child);
        for (const c of captions) titles.add(c);
        add(...captions.map((c) => ({ kind: "heading" as const, text: inline(c) })));
        walk(child);
        add();
      } else if (tag === "figcaption" || CAPTION_NAME.test(child.getAttribute("class") ?? "")) add({ kind: "caption", text: inline(child) });
      else if (tag === "figure" && figureBlocks(child).length > 0) add(...figureBlocks(child));
      else if (isList(child)) {
        // a list of facts: one "* " line an item (the import text's list item, which no rule reads as furniture
        // by position); a list of links alone is related stories
        const items = linkList(child) ? [] : listLines(child, []).map(tidy).filter(Boolean);
        add(...(items.length > 0 ? [{ kind: "lines" as const, text: items.map((item) => `* ${item}`).join("\n") }] : []));
      }
      else if (tag === "table") {
        const rows = dataTableRows(child, holdsTable);
        if (rows) add({ kind: "heading", text: tableTitle(child) }, { kind: "lines", text: rows.map(tableRowLine).join("\n") });
        else {
          add();
          walk(child); // a layout table: its cells are boxes of the page, read like <div>s
          add();
        }
      }
      else if (tag === "pre") add({ kind: "lines", text: child.textContent ?? "" });
      else if (BLOCK.has(tag) || /^h[56]$/.test(tag)) {
        add();
        walk(child);
        add();
      } else walk(child);
    }
  };
  walk(root);
  add();
  return blocks;
}

/** The innermost element holding both a and b. */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/**
 * Readability drops most figures (they score no text): put their captions back before the paragraph that follows
 * them. The figures looked at are those of the article's container, widened to take in the page's headline when it
 * stands outside it (a lead picture between the headline and the text); a caption standing alone (a <figcaption>
 * outside any <figure>) counts as a figure. Past the last paragraph, only figures of the narrow container are kept,
 * or figures whose every caption carries a picture's credit: cards of related stories below the article are not its
 * pictures.
 */
function restoreFigures(page: Document, blocks: Block[]): Block[] {
  const texts = new Set(blocks.map((b) => tidy(b.text)));
  const matched: Element[] = selectAll(page, "p").filter((p) => texts.has(tidy(inline(p))));
  if (matched.length === 0) {
    // text in <div>s split by <br> (no <p> at all): the innermost element holding the first paragraph stands for it
    // (found from the text node that opens it, so no element's whole text is read)
    // (a paragraph of text, not a date or a label Readability kept above it)
    const probe = tidy(blocks.find((b) => b.kind === "paragraph" && tidy(b.text).length >= 60)?.text ?? "").slice(0, 30);
    let inner: Element | null = null;
    if (probe.length >= 20) {
      for (const el of selectAll(page, "div, td, section").slice(0, 20000)) {
        if (Array.from(el.childNodes).some((n) => n.nodeType === 3 && tidy(n.nodeValue ?? "").startsWith(probe))) {
          inner = el;
          break;
        }
      }
    }
    if (inner) matched.push(inner);
  }
  const holder = matched[0] && matched[0].localName !== "p" ? matched[0] : null;
  const before: Block[] = []; // captions of pictures above a <br>-split text holder: before its first paragraph
  const first = matched[0];
  const last = matched[matched.length - 1];
  let narrow = (first ? closestOf(first, "article, main, [role='main']") : null) ?? first?.parentElement ?? null;
  if (narrow && last && !narrow.contains(last)) narrow = commonAncestor(narrow, last) ?? narrow; // a standfirst above the text's own box
  const h1s = selectAll(page, "h1");
  const h1 = h1s.length === 1 ? h1s[0] : undefined;
  const scope = narrow && h1 && !narrow.contains(h1) ? (commonAncestor(narrow, h1) ?? narrow) : narrow;
  const pending: Block[] = [];
  let pendingInNarrow = true;
  for (const el of scope ? selectAll(scope, "figure, figcaption, p, h2, h3, h4") : []) {
    if (el.localName === "figure" || (el.localName === "figcaption" && !closestOf(el, "figure"))) {
      const found = el.localName === "figure" ? figureBlocks(el) : [{ kind: "caption" as const, text: inline(el) }];
      const fresh = found.filter((b) => tidy(b.text) && !texts.has(tidy(b.text)));
      if (fresh.length > 0 && holder && !holder.contains(el) && (el.compareDocumentPosition(holder) & 4) !== 0) before.push(...fresh);
      else if (fresh.length > 0) {
        pending.push(...fresh);
        pendingInNarrow &&= narrow?.contains(el) === true;
      }
    } else if (pending.length > 0 && !closestOf(el, "figure")) {
      const at = blocks.findIndex((b) => tidy(b.text) === tidy(inline(el)));
      if (at >= 0) {
        blocks.splice(at, 0, ...pending.splice(0));
        pendingInNarrow = true;
      }
    }
  }
  if (before.length > 0) {
    const at = blocks.findIndex((b) => b.kind === "paragraph");
    blocks.splice(at < 0 ? blocks.length : at, 0, ...before);
  }
  // a gallery set below the text's own box ("More Images") whose every caption carries a picture's credit: the story's
  // pictures, not cards of related stories (a card's line is a headline, never credited)
  const credited = pending.length > 0 && pending.every((b) => isCaptionLine(tidy(b.text)) || isWireCreditedCaption(tidy(b.text)));
  return pendingInNarrow || credited ? blocks.concat(pending) : blocks;
}

const STANDFIRST_NAME = /(?:^|[\s_-])(?:sapo|summary|standfirst|dek|deck|lede|lead|excerpt|intro|chapeau|subtitle|description)(?:$|[\s_-])/i;
/**
 * A journal's abstract box, when it opens with its label ("Tóm tắt: Bài viết phân tích …", "Abstract: This article
 * …"): a standfirst too. A box of that name without the label is a news site's summary of points, furniture.
 */
const ABSTRACT_NAME = /(?:^|[\s_-])(?:abstract|tomtat|tom-tat)(?:$|[\s_-])/i;
const ABSTRACT_LABEL = /^(?:tóm tắt|abstract)\s*:?\s/i;

/**
 * A standfirst (the dek, "sapo", "Summary" box) marked by its class between the headline and the text, which
 * Readability dropped as a box apart from the text's own: put back as the first paragraph, without a "Summary" label.
 */
function restoreStandfirst(page: Document, blocks: Block[]): Block[] {
  const texts = new Set(blocks.map((b) => tidy(b.text)));
  const first = selectAll(page, "p").find((p) => texts.has(tidy(inline(p))));
  if (!first) return blocks;
  // elements in document order, counted: linkedom's compareDocumentPosition answers "preceding" both ways for an
  // element nested one level deeper than the other's box (a standfirst inside the headline's box, "<div
  // class=item-header><h1>…</h1><p class=summary>" above "<div class=item-text><p>…": IRNA's), so the order is read here
  const all = selectAll(page, "*");
  const firstAt = all.indexOf(first);
  for (const [at, el] of all.entries()) {
    // (or a fact-check's summary box, named by its label: "<div><h3>IN SHORT:</h3><p>…</p></div>", "Quick Take"; or a
    // journal's abstract, its class and its label: "Tóm tắt:", "Abstract")
    const name = el.getAttribute("class") ?? "";
    const named = el.hasAttribute("class") && (STANDFIRST_NAME.test(name) || (ABSTRACT_NAME.test(name) && ABSTRACT_LABEL.test(tidy(el.textContent ?? ""))));
    if (!named && !summaryBox(el)) continue;
    if (closestOf(el, "figure, header, nav, footer, aside, a") || selectOne(el, "h1, figure, img")) continue;
    if (at > firstAt) break; // past the text's first paragraph: no standfirst
    const parts = Array.from(selectAll(el, "p"), (p) => tidy(inline(p))).filter(Boolean);
    // nor a label the lexicon knows ("Why We Wrote This"), nor a journal's keywords under its abstract ("Từ khóa: …");
    // an abstract's own label goes ("Tóm tắt: Bài viết phân tích …")
    const text = (parts.length > 0 ? parts : [tidy(inline(el))])
      .filter((t) => !/^(?:summary|tóm tắt|in brief|key points|sapo|abstract)\s*:?$/i.test(t) && !(t.length <= 60 && isFurniture(t)) && !(t.length <= 300 && isFurnitureLine(t)))
      .map((t) => t.replace(/^\**(?:tóm tắt|abstract)\s*:\**\s*(?=[\p{L}])/iu, ""))
      .join(" ");
    if (text.length < 40 || text.length > 600 || texts.has(text) || blocks.some((b) => tidy(b.text).includes(text))) return blocks;
    return [{ kind: "paragraph", text }, ...blocks];
  }
  return subtitleBelowHeadline(page, blocks, texts, first);
}

/**
 * A live page's or a story's key points ("Key points", "Key Highlights", "Điểm chính" over a list of sentences), which
 * Readability drops as a box of more list items than paragraphs: put back after the paragraph above it in the page
 * (or before the first below it). A list of links under the label is no summary (linkList) and stays out.
 */
function restoreKeyPoints(page: Document, blocks: Block[]): Block[] {
  const label = selectAll(page, "h2, h3, h4, strong").find((el) => !closestOf(el, "nav, aside, footer, header") && isKeyPointsLabel(tidy(el.textContent ?? "")));
  const box = label?.parentElement;
  const list = box ? Array.from(box.children).find((el) => el.localName === "ul" || el.localName === "ol") : undefined;
  if (!list || linkList(list)) return blocks;
  const items = Array.from(list.children, (li) => tidy(inline(li, isList))).filter(Boolean);
  const texts = new Set(blocks.map((b) => tidy(b.text)));
  if (items.length < 2 || items.some((item) => blocks.some((b) => b.text.includes(item)))) return blocks;
  // after the last paragraph above the list, else before the first below it (elements counted in document order)
  const all = selectAll(page, "*");
  const listAt = all.indexOf(list);
  const isKept = (el: Element): boolean => el.localName === "p" && texts.has(tidy(inline(el)));
  const above = all.slice(0, listAt).findLast(isKept);
  const below = above ? undefined : all.slice(listAt + 1).find(isKept);
  const at = above ? blocks.findLastIndex((b) => tidy(b.text) === tidy(inline(above))) + 1 : below ? blocks.findIndex((b) => tidy(b.text) === tidy(inline(below))) : -1;
  if (at < 0) return blocks;
  // the label goes with them: the cleaner knows the points under it for the page's summary, not a list of links
  const head = { kind: "heading" as const, text: tidy(label?.textContent ?? "") };
  return [...blocks.slice(0, at), head, { kind: "lines" as const, text: items.map((item) => `* ${item}`).join("\n") }, ...blocks.slice(at)];
}

/**
 * A live page's entries, each stamped with its own <time> ("<div class=live-entry><time>22:10</time><p>…</p></div>"),
 * and the short lines the page prints after the last of them inside the same box: the update's credit ("Nguồn: TTXVN",
 * "(Reuters)"), its sign-off. Readability keeps the entries and drops a short line without a full stop beside them: put
 * back after the text, for the cleaner to read as the credit it is (or drop as furniture). Only what stands in the
 * entries' own box up to its first heading, list or box of links: the page's "Read more" boxes after it stay out.
 */
function restoreLiveTail(page: Document, blocks: Block[]): Block[] {
  const texts = new Set(blocks.filter((b) => b.kind === "paragraph").map((b) => tidy(b.text)));
  const stamped = selectAll(page, "time")
    .map((t) => t.parentElement)
    .filter((entry): entry is HTMLElement => entry !== null && entry.localName !== "p" && selectAll(entry, "p").some((p) => texts.has(tidy(inline(p)))));
  const last = stamped.at(-1);
  if (stamped.length < 2 || !last || new Set(stamped.map((e) => e.parentElement)).size !== 1) return blocks;
  const tail: Block[] = [];
  for (let el = last.nextElementSibling; el !== null; el = el.nextElementSibling) {
    if (/^(?:h[1-6]|ul|ol|dl|aside|nav|footer|section|form|figure|table)$/.test(el.localName) || selectOne(el, "h2, h3, h4, ul, ol, a, time")) break;
    const text = tidy(inline(el));
    if (!text) continue;
    if (text.length > 200 || texts.has(text) || tail.length >= 3) break;
    tail.push({ kind: "paragraph", text });
  }
  return tail.length > 0 ? [...blocks, ...tail] : blocks;
}

/**
 * A video or bulletin page's credit box right after the text's box ("<div class=video-credit>BTV: Quang Huy</div>",
 * "<div class=credits><p>BTV: …</p><p>Biên tập: …</p><p>Kỹ thuật: …</p></div>", "Editor: Mark Lewis"): Readability keeps
 * the summary or the transcript and drops the short box beside it. Put back after the text, one line a credit, for the
 * text reader to tell the writer from the crew. Only the first box after the text's last paragraph (or after a box
 * holding it, three boxes up at most), and only when every line of it is a role and a name.
 */
function restoreCreditBox(page: Document, blocks: Block[]): Block[] {
  const texts = new Set(blocks.filter((b) => b.kind === "paragraph").map((b) => tidy(b.text)));
  if (texts.size === 0) return blocks;
  const last = selectAll(page, "p").filter((p) => texts.has(tidy(inline(p)))).at(-1);
  let el: Element | null = last ?? null;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    let next = el.nextElementSibling;
    while (next && !tidy(next.textContent ?? "")) next = next.nextElementSibling;
    if (!next) continue;
    if (/^(?:h[1-6]|ul|ol|dl|nav|footer|form|figure|table|header)$/.test(next.localName) || selectOne(next, "a, h2, h3, h4, ul, ol, img")) return blocks;
    const parts = Array.from(next.children).filter((c) => /^(?:p|div|span|li)$/.test(c.localName));
    const lines = (parts.length > 1 ? parts.map((c) => tidy(inline(c))) : [tidy(inline(next))]).filter(Boolean);
    if (!isCrewBox(lines) || lines.some((line) => texts.has(line))) return blocks;
    return [...blocks, ...lines.map((text): Block => ({ kind: "paragraph", text }))];
  }
  return blocks;
}

/** A box opening with a fact-check summary's label ("IN SHORT:", "Quick Take", "What was claimed") over its paragraphs. */
function summaryBox(el: Element): boolean {
  const head = el.firstElementChild;
  return el.localName === "div" && head !== null && /^(?:h[2-6]|strong|b|span|div)$/.test(head.localName) && selectOne(el, "p") !== null && isSummaryBoxLabel(tidy(head.textContent ?? ""));
}

/**
 * A newsletter's or blog platform's subtitle with no class to say so (Beehiiv, some Ghost and Substack themes): the
 * heading right after the page's only headline, before the text's first paragraph, a sentence's length. Put back as
 * the first paragraph too; a short heading there ("Related", a section's name) is no subtitle.
 */
function subtitleBelowHeadline(page: Document, blocks: Block[], texts: Set<string>, first: Element): Block[] {
  const headlines = selectAll(page, "h1");
  const next = headlines.length === 1 ? headlines[0]?.nextElementSibling : null;
  if (!next || !/^h[2-4]$/.test(next.localName) || next.hasAttribute("class") || selectOne(next, "a, img")) return blocks;
  // before the text's first paragraph, in the page's order
  const order = selectAll(page, "h2, h3, h4, p");
  if (order.indexOf(next) < 0 || order.indexOf(next) > order.indexOf(first)) return blocks;
  const text = tidy(inline(next));
  if (text.length < 40 || text.length > 300 || texts.has(text) || isFurniture(text) || blocks.some((b) => tidy(b.text).includes(text))) return blocks;
  return [{ kind: "paragraph", text }, ...blocks];
}

/**
 * A form around the whole page (ASP.NET Web Forms wraps every page in one "aspnetForm", some portals do the same) is
 * no form a reader fills in: a form that holds the headline or paragraphs of text (two or more, 300 characters or
 * more) gives way to its content, so that the article inside it is not dropped with the sign-up and comment forms.
 */
function unwrapPageForms(doc: Document): void {
  for (const form of selectAll(doc, "form")) {
    const paras = Array.from(selectAll(form, "p"), (p) => (p.textContent ?? "").trim()).filter((t) => t.length >= 40);
    const text = paras.reduce((n, t) => n + t.length, 0);
    if (!selectOne(form, "h1") && (paras.length < 2 || text < 300)) continue;
    for (const input of selectAll(form, "input[type='hidden']")) input.remove();
    form.replaceWith(...Array.from(form.childNodes));
  }
}

/**
 * An author box right under the text's last paragraph that holds only the signature ("Bảo Ngọc (theo Reuters)",
 * "Minh Anh (t/h)"): the story's sign-off, which the text's reader takes as its writer and its source, not a writer's
 * bio box (a picture, a post, several lines).
 */
function signatureBox(el: Element, name: string): boolean {
  if (!/author-?box/i.test(name) || el.previousElementSibling?.localName !== "p" || selectOne(el, "img, p, ul, a")) return false;
  const text = tidy(el.textContent ?? "");
  return text.length >= 4 && text.length <= 60 && !/\d/.test(text) && readByline(text) !== null;
}

/** Whether the element right before `el` (or before its wrapper) is or holds a link to the site's home page ("/", rel=home). */
function homeLinkAbove(el: Element): boolean {
  const home = (a: Element): boolean => a.localName === "a" && (a.getAttribute("href") === "/" || /(?:^|\s)home(?:\s|$)/i.test(a.getAttribute("rel") ?? ""));
  for (const at of [el, el.parentElement]) {
    const prev = at?.previousElementSibling;
    if (prev && (home(prev) || selectAll(prev, "a").slice(0, 3).some(home))) return true;
  }
  return false;
}

/** A forum post's body by its class: XenForo's "message-body" / "bbWrapper", vBulletin's "postbody" / "post_message". */
const FORUM_POST_BODY = /(?:^|\s)(?:message-body|message-content|messagecontent|bbwrapper|postbody|post_message)(?:\s|$)/i;

function dropFurniture(doc: Document): void {
  unwrapPageForms(doc);
  for (const el of selectAll(doc, FURNITURE)) el.remove();
  for (const el of selectAll(doc, "[class],[id]")) {
    const name = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if ((FURNITURE_NAME.test(name) || POLL_NAME.test(name) || APP_BANNER_NAME.test(name)) && !/^(?:html|body|article|main)$/.test(el.localName) && !selectOne(el, "h1")) {
      // a clip at the story's head keeps its caption, even one long enough to read as a video page's description
      if (leadClip(el) && keepInlineVideoCaption(el, name)) continue;
      if (signatureBox(el, name)) continue;
      if (!videoPagePart(el, name) && !keepInlineVideoCaption(el, name)) el.remove();
    }
  }
  // a forum post's signature right under the post's body ("<div class=message-body>…</div><div class=signature>Quê
  // hương là chùm khế ngọt.</div>", XenForo's, vBulletin's and phpBB's): the poster's motto, never the post's credit (a
  // news page's "signature" box holds its writer or the wire's sign-off, and stays)
  for (const el of selectAll(doc, '[class~="signature" i], [class*="message-signature" i], [class*="signaturecontainer" i]')) {
    const post = el.previousElementSibling?.getAttribute("class") ?? "";
    if (FORUM_POST_BODY.test(post) && closestOf(el, '[class~="message" i], [class*="postbit" i], [class~="post" i]')) el.remove();
  }
  // a site's tagline under its name's link to the home page, outside any post ("<h1 class=title><a href=/>Nhật ký
  // quốc tế</a></h1><p class=description>Ghi chép …</p>", a blog template's header): the site's, not the story's
  for (const el of selectAll(doc, '[class~="description" i], [class*="descriptionwrapper" i], [class*="site-description" i], [class*="tagline" i]')) {
    if (closestOf(el, 'article, main, [class~="post" i], [class~="hentry" i], [class*="post-body" i], [class*="entry" i]')) continue;
    // (a video page's description of paragraphs under its title is the story told, never a site's tagline)
    if (selectAll(el, "p").length >= 2 || (el.textContent ?? "").length > 300) continue;
    if (homeLinkAbove(el)) el.remove();
  }
  // a related story's link in a box of its own between the text's paragraphs
  for (const el of selectAll(doc, "div")) if (inlineRelatedLink(el)) el.remove();
  // a pull quote: a line of the text printed again large between its paragraphs ("pullquote", "pull-quote", "quote--pull")
  for (const el of selectAll(doc, "[class]")) if (PULL_QUOTE_NAME.test(el.getAttribute("class") ?? "") && !selectOne(el, "p ~ p, h1")) el.remove();
  // and a pull quote with no such name: a short blockquote whose words the text's own paragraphs say already
  for (const el of repeatedQuotes(doc)) el.remove();
  // promotion boxes inside the article column: a short container whose text opens with a sign-up or an appeal
  if (doc.body) for (const el of promoBoxes(doc.body, [])) el.remove();
}

/**
 * A related story's link set in a box of its own between the text's paragraphs, whatever its class ("<p>…</p><div
 * class=…><a href=https://soha.vn/198261201.htm>Tàu Nga liên tục ra vào cảng Rajin</a></div><p>…</p>"): a div that
 * holds one link to another page and nothing else, its words a headline's (no sentence end), a paragraph on each side.
 * A paragraph that is a link is the text's; so is a box with words beside its link.
 */
function inlineRelatedLink(el: Element): boolean {
  if (el.previousElementSibling?.localName !== "p" || el.nextElementSibling?.localName !== "p") return false;
  const links = selectAll(el, "a[href]");
  if (links.length !== 1 || selectOne(el, "img, figure, p, ul, ol, table")) return false;
  const link = links[0] as Element;
  const href = link.getAttribute("href") ?? "";
  const text = tidy(el.textContent ?? "");
  if (!/^(?:https?:)?\/\/?[^#\s]{3,}|^\/[^/#\s][^#\s]{2,}/i.test(href) || tidy(link.textContent ?? "") !== text) return false;
  return text.length >= 12 && text.length <= 150 && text.split(" ").length >= 3 && !/[.!?…:;]["”’»)]?$/u.test(text);
}

/** A picture (or none: a video's caption alone) and the line that captions it, made one figure. */
function figureOf(doc: Document, img: Element | null, caption: string): Element {
  const figure = doc.createElement("figure");
  const cap = doc.createElement("figcaption");
  cap.textContent = caption;
  if (img) figure.append(img);
  figure.append(cap);
  return figure;
}

/**
 * A video set in the text (a paragraph on one side, a paragraph, picture or sub-heading on the other), named furniture
 * only by the word "video", keeps its caption: the player
 * goes and the caption stays as a picture's would ("<p>…</p><div class=video-detail><div class=player></div><p
 * class=video-caption>Ông Kim thị sát nhà máy. Video: KCTV</p></div><p>…</p>"). A box of videos beside the text, or
 * one with no caption, goes whole. Returns whether the video was replaced by its caption.
 */
function keepInlineVideoCaption(el: Element, name: string): boolean {
  if (!/video/i.test(name) || FURNITURE_NAME.test(name.replace(/video/gi, " "))) return false;
  const inText = (sibling: Element | null): boolean => /^(?:p|figure|h2|h3|blockquote)$/.test(sibling?.localName ?? "");
  const betweenParagraphs = inText(el.previousElementSibling) && inText(el.nextElementSibling) && (el.previousElementSibling?.localName === "p" || el.nextElementSibling?.localName === "p");
  if (!betweenParagraphs && !leadClip(el)) return false;
  const caption = selectOne(el, 'figcaption, [class*="caption" i]');
  const text = tidy(caption?.textContent ?? "");
  if (!caption || text.length < 10 || text.length > 300 || selectOne(caption, "a, ul, ol")) return false;
  el.replaceWith(figureOf(el.ownerDocument, null, text));
  return true;
}

/**
 * A broadcaster's clip at the head of its story, between the headline's block and the text (RTÉ's, 7NEWS's, a
 * provincial station's `<figure class=video>` under the sapo): one player inside the article, with one caption and no
 * list or second caption, as a box of other videos never is.
 */
function leadClip(el: Element): boolean {
  if (!closestOf(el, "article") || !selectOne(el, "video, iframe, [class*='player' i]")) return false;
  if (selectOne(el, "ul, ol, h1, h2, h3") || selectAll(el, 'figcaption, [class*="caption" i]').length !== 1) return false;
  const siblings = Array.from(el.parentElement?.children ?? []);
  const at = siblings.indexOf(el);
  return siblings.some((sibling, k) => k < at && sibling.localName === "h1");
}

/**
 * A video page's headline ("video-title"), description ("video-desc" beside the headline) and credit ("video-credit":
 * a role and a name, "BTV: Quang Huy"): named for the video, not a box of other videos. Only the word "video" names
 * them furniture; the description stands beside the page's h1 and holds article text (a paragraph of twelve words or
 * more that ends its sentence), where a box of videos holds titles and "Xem video".
 */
function videoPagePart(el: Element, name: string): boolean {
  if (FURNITURE_NAME.test(name.replace(/video/gi, " "))) return false;
  if (el.localName === "h1") return true; // the video's headline ("video-title")
  if (isCrewBox([tidy(el.textContent ?? "")])) return true; // its credit ("video-credit": "BTV: Quang Huy")
  if (!Array.from(el.parentElement?.children ?? []).some((sibling) => sibling.localName === "h1")) return false;
  return selectAll(el, "p").some((p) => {
    const t = tidy(p.textContent ?? "");
    return t.length >= 80 && t.split(" ").length >= 12 && /[.!?…]["”’»)]?$/.test(t);
  });
}

/** At most this many blockquotes are compared with the text (a page of quotes is a page of quotes). */
const MAX_QUOTES_COMPARED = 20;
/**
 * A pull quote set as a plain blockquote (Đối ngoại Nhân dân's "<blockquote class=quote>“Hoạt động thường lệ, không
 * nhằm vào bất kỳ quốc gia nào”</blockquote>" under the text saying "… là hoạt động thường lệ, không nhằm vào bất kỳ
 * quốc gia nào."): one short paragraph of five words or more, its quote marks and ellipses aside, that a paragraph
 * outside it says word for word. A quote the text does not repeat (a statement, a post, a letter) stays.
 */
function repeatedQuotes(doc: Document): Element[] {
  const quotes = selectAll(doc, "blockquote").slice(0, MAX_QUOTES_COMPARED).filter((q) => !selectOne(q, "p ~ p, h1, h2, img, iframe, ul, ol"));
  if (quotes.length === 0) return [];
  const said = ` ${selectAll(doc, "p").filter((p) => !closestOf(p, "blockquote")).map((p) => foldForMatch(tidy(p.textContent ?? ""))).join(" | ")} `;
  return quotes.filter((q) => {
    const words = foldForMatch(tidy(q.textContent ?? "").replace(/[“”"‘’'«»…]|\.{3}/g, " "));
    return words.length <= 200 && words.split(" ").length >= 5 && said.includes(` ${words} `);
  });
}

/** A pull quote's class: "pullquote", "pull-quote", "pull_quote", "quote-pull", "blockquote--pull", "article__pullquote". */
const PULL_QUOTE_NAME = /(?:^|[\s_-])(?:pull[-_]?quote|quote[-_]{1,2}pull|blockquote[-_]{1,2}pull)(?:$|[\s_-])/i;

const PROMO_BOX = new Set(["div", "aside", "section"]);

/**
 * The promotion boxes under `node`, found in one pass from the leaves up: each element's text length and first
 * words are built from its children's, so no element's text is read twice (a page's wrappers nest deep).
 */
function promoBoxes(node: Node, found: Element[]): Element[] {
  summarize(node, found);
  return found;
}
function summarize(node: Node, found: Element[]): { length: number; head: string; h1: boolean } {
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? "";
    return { length: text.length, head: text.length > 200 ? text.slice(0, 200) : text, h1: false };
  }
  if (!isElement(node) || SKIP.has(node.localName)) return { length: 0, head: "", h1: false };
  let length = 0;
  let head = "";
  let h1 = node.localName === "h1";
  for (const child of Array.from(node.childNodes)) {
    const c = summarize(child, found);
    length += c.length;
    if (head.length < 120) head += ` ${c.head}`;
    h1 ||= c.h1;
  }
  if (PROMO_BOX.has(node.localName) && !h1 && length <= 600) {
    const text = tidy(head);
    if (text.length > 0 && PROMO_TEXT.test(text)) found.push(node);
  }
  return { length, head, h1 };
}

/**
 * A layout table holding one picture and its caption (VnExpress's "tplCaption", many CMSs' image tables) is a
 * figure: the picture, and the text of its other cells as the figcaption.
 */
function imageTablesToFigures(doc: Document): void {
  for (const table of selectAll(doc, "table")) {
    if (selectAll(table, "img, picture").length !== 1 || selectAll(table, "tr").length > 3 || selectOne(table, "table table")) continue;
    if (selectOne(table, "th, thead, caption")) continue; // a data table with a picture in a cell (a party's logo)
    const img = selectOne(table, "img, picture") as Element;
    const text = tidy(inline(table));
    if (text.length === 0 || text.length > 300) continue;
    table.replaceWith(figureOf(doc, img, text));
  }
}

/**
 * A picture alone in a cell of a layout table (an e-mail's, an old CMS's), with a short line in italics or small type
 * after it in the same cell ("<td><img><br><i>Cầu Hữu Nghị nối hai bờ sông Tumen.</i></td>"): that line is its
 * caption. The cell must be its row's only one (a data table's cell beside others, a logo and a party's name, is left
 * alone), and hold no heading, paragraph or link of its own.
 */
function cellCaptions(doc: Document): void {
  for (const img of selectAll(doc, "td img").slice(0, 100)) {
    const cell = closestOf(img, "td");
    if (!cell || closestOf(img, "a") || cell.parentElement?.children.length !== 1 || selectOne(cell, "table, h1, h2, h3, p, a, figure")) continue;
    if (selectAll(cell, "img").length !== 1) continue;
    const small = smallText(cell, 250);
    if (!small || small.text.length < 10 || /:$/.test(small.text)) continue;
    // set as a caption is: the whole line in italics or small type (a teaser's blurb beside a thumbnail is not)
    const styled = selectOne(cell, "i, em, small, cite");
    if (!styled || tidy(styled.textContent ?? "") !== small.text) continue;
    cell.replaceChildren(figureOf(doc, img, small.text));
  }
}

/**
 * A paragraph or centred block holding one picture and, after a line break, a short line set in italics or small type
 * and nothing else ("<p align=center><img><br><font><i>Hình minh họa</i></font></p>", an old hand-written page's
 * way): that line is the picture's caption. Pictures in links, headers and footers are left alone.
 */
function blockCaptions(doc: Document): void {
  for (const img of selectAll(doc, "p > img, center > img, div > img").slice(0, 100)) {
    const block = img.parentElement;
    if (!block || closestOf(img, "a, header, nav, footer") || selectAll(block, "img").length !== 1 || selectOne(block, "a, h1, h2, h3, p, table, figure")) continue;
    if (!selectOne(block, "br")) continue;
    const small = smallText(block, 200);
    if (!small || small.text.length < 6 || /:$/.test(small.text)) continue;
    const styled = selectOne(block, "i, em, small, cite");
    if (!styled || tidy(styled.textContent ?? "") !== small.text) continue;
    block.replaceWith(figureOf(doc, img, small.text));
  }
}

/** A lead paragraph marked up as a heading (a sentence of some length in an h2–h4) is a paragraph. */
function leadHeadingsToParagraphs(doc: Document): void {
  for (const h of selectAll(doc, "h2, h3, h4")) {
    const text = tidy(h.textContent ?? "");
    if (text.length < 100 || !/[.!?…]["”’»)]?$/.test(text)) continue;
    const p = doc.createElement("p");
    while (h.firstChild) p.appendChild(h.firstChild);
    h.replaceWith(p);
  }
}

/**
 * A caption marked by its class only ("PhotoCMS_Caption", "image__caption") becomes a <figcaption>: Readability
 * rewrites a <div> holding one <p> into that <p>, and the class that told it was a caption would be lost.
 */
function captionsToFigcaptions(doc: Document): void {
  for (const el of selectAll(doc, "[class]")) {
    if (el.localName === "figcaption" || !CAPTION_NAME.test(el.getAttribute("class") ?? "") || closestOf(el, "figcaption")) continue;
    if (selectOne(el, "p p, h1, h2, h3, img, figure") || tidy(el.textContent ?? "").length > 400) continue;
    const cap = doc.createElement("figcaption");
    cap.textContent = tidy(inline(el));
    el.replaceWith(cap);
  }
}

const ALT_NOISE = /^(?:blank|image|img|photo|picture|pic|ảnh|hình|hình ảnh|logo|icon|avatar|banner|thumbnail|untitled|null|undefined|no title)$/i;
const COUNTER = /(?:^|\s)\d{1,3}\s?\/\s?\d{1,3}(?=\s|$)/g;
/** A picture's alt text that describes it (a sentence of four words or more), not a file name, a placeholder or the headline. */
function describes(alt: string, titles: readonly string[]): string {
  const a = tidy(alt);
  if (a.length < 20 || a.length > 250 || a.split(" ").length < 4 || ALT_NOISE.test(a) || /\.(?:jpe?g|png|gif|webp|avif)$/i.test(a)) return "";
  const f = a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return titles.some((t) => t === f) ? "" : a;
}

/**
 * The text of a small element and the number of pictures in it, or null when it holds more than `max` characters or
 * 40 nodes: read with a budget, so no wrapper's whole subtree is read for every picture of a page.
 */
function smallText(el: Element, max: number): { text: string; images: number } | null {
  let text = "";
  let images = 0;
  let nodes = 0;
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (++nodes > 40) return null;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? "";
      if (text.length > max * 2) return null;
    } else if (isElement(node) && !SKIP.has(node.localName)) {
      if (node.localName === "img") images++;
      const kids = node.childNodes;
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k] as Node);
      if (BLOCK.has(node.localName)) text += " ";
    }
  }
  const t = tidy(text);
  return t.length <= max ? { text: t, images } : null;
}

/** Does an element hold nothing but `child` (no other element, no text of its own)? Reads its own children only. */
function onlyHolds(el: Element, child: Element): boolean {
  for (const n of Array.from(el.childNodes)) {
    if (n === child) continue;
    if (n.nodeType === 3 ? (n.nodeValue ?? "").trim().length > 0 : isElement(n) && !SKIP.has(n.localName)) return false;
  }
  return true;
}

/**
 * A picture with no <figcaption> still has its caption, in the forms pages print it: the short text of a gallery
 * slide holding it ("1/4" and a sentence), a short line without end punctuation in the element right below it, or its
 * alt text when that describes it. Each becomes a <figure> with that <figcaption> (a figure without one gets its
 * alt text, its credit line after it). Pictures in links, headers, logos, tables and a byline's box (the writer's
 * headshot) are left alone. At most 200
 * pictures, each read within a small budget of nodes.
 */
function picturesToFigures(doc: Document): void {
  const titles = [...Array.from(selectAll(doc, "h1"), (h) => smallText(h, 300)?.text ?? ""), doc.title ?? "", selectOne(doc, 'meta[property="og:title"]')?.getAttribute("content") ?? ""].map((t) =>
    t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim(),
  );
  const make = (img: Element, text: string): Element => figureOf(doc, img, text);
  for (const img of selectAll(doc, "img").slice(0, 200)) {
    // (a writer's headshot in the byline's box is no picture of the story: "Graham Marsh" beside the photo is the byline)
    if (!img.parentElement || closestOf(img, "header, nav, footer, aside, a, h1, h2, h3, table, [class*='logo' i], [id*='logo' i], [class*='author' i], [class*='byline' i], [class*='headshot' i], [class*='avatar' i]")) continue;
    if (ratingBadge(img)) continue;
    const alt = describes(img.getAttribute("alt") ?? "", titles);
    const fig = closestOf(img, "figure");
    if (fig) {
      if (!alt || selectOne(fig, "figcaption")) continue;
      const inside = smallText(fig, 400);
      if (!inside || inside.images !== 1) continue;
      const cap = doc.createElement("figcaption");
      cap.textContent = inside.text && inside.text.length <= 120 ? `${alt} ${inside.text}` : alt; // its credit line after it
      for (const child of Array.from(fig.children)) if (!child.contains(img)) child.remove();
      fig.appendChild(cap);
      continue;
    }
    // the picture's own wrappers, up to the outermost one that holds nothing else
    let box: Element = img;
    for (let up = 0; up < 6 && box.parentElement && /^(?:span|picture|p|div|center)$/.test(box.parentElement.localName) && onlyHolds(box.parentElement, box); up++) box = box.parentElement;
    const slide = box.parentElement && /^(?:div|li)$/.test(box.parentElement.localName) ? box.parentElement : null;
    // (small elements only are searched: smallText read them within its budget first)
    const slideSmall = slide ? smallText(slide, 250) : null;
    const slideText = slide && slideSmall && !selectOne(slide, "h1, h2, h3, article, section") ? slideSmall : null;
    const below = box.nextElementSibling;
    const belowSmall = below && /^(?:p|div|em|i|span)$/.test(below.localName) ? smallText(below, 200) : null;
    const belowText = below && belowSmall && !selectOne(below, "img, strong, b, h2, h3") ? belowSmall : null;
    if (slide && slideText && slideText.images === 1 && slideText.text.length >= 10) {
      // a gallery slide: its picture, its counter ("1/4") and its caption
      slide.replaceWith(make(img, tidy(slideText.text.replace(COUNTER, " "))));
    } else if (below && belowText && belowText.text.length >= 10 && (!/[.!?…:;]["”’»)]?$/.test(belowText.text) || (belowText.text.length <= 250 && italicOnly(below))) && /^[\p{Lu}]/u.test(belowText.text)) {
      below.remove();
      box.replaceWith(make(img, belowText.text));
    } else if (alt) box.replaceWith(make(img, alt));
  }
}

/** A verdict image's path: "/verdicts/false.svg", "/ratings/mostly-false.png", "truth-o-meter/…". */
const RATING_IMAGE_PATH = /\/(?:verdicts?|ratings?|rulings?|truth-?o-?meter|meter)[/_-]/i;

/**
 * A fact-check's rating badge (an image whose alt text is the rating alone, "False", "Incorrect", or whose path is a
 * verdict image's with no other alt text) is no picture: with the box around it that holds only the rating's words
 * ("Verdict" / "False") it goes, so the paragraph beside it is never read as its caption. Reports whether it went.
 */
function ratingBadge(img: Element): boolean {
  const alt = tidy(img.getAttribute("alt") ?? "");
  if (!(isRatingOnly(alt) || (alt.split(" ").length <= 3 && RATING_IMAGE_PATH.test(img.getAttribute("src") ?? "") && (alt === "" || isRatingOnly(alt))))) return false;
  let box: Element = img;
  for (let up = 0; up < 3 && box.parentElement && box.parentElement.localName !== "body"; up++) {
    const words = smallText(box.parentElement, 60);
    if (!words || words.images !== 1 || !(words.text === "" || isRatingOnly(words.text))) break;
    box = box.parentElement;
  }
  box.remove();
  return true;
}

/** An element set wholly in italics: an <em> or <i>, or one holding nothing but one ("<p><em>…</em></p>"). */
function italicOnly(el: Element): boolean {
  if (/^(?:em|i)$/.test(el.localName)) return true;
  const only = el.children.length === 1 ? el.firstElementChild : null;
  return only !== null && /^(?:em|i)$/.test(only.localName) && tidy(only.textContent ?? "") === tidy(el.textContent ?? "");
}

function load(html: string, beforeCleaning?: (doc: Document) => void): Document {
  const page = /<html[\s>]/i.test(html) ? html : /<body[\s>]/i.test(html) ? `<html>${html}</html>` : `<html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  // The parser cuts a text at every character reference ("Kim&#8217;s", "&nbsp;"): one text node again, as a browser
  // has it, so what reads a text node (a paragraph's opening words) reads the whole of it.
  document.documentElement?.normalize();
  oneChannelPost(document);
  telegraphChannel(document);
  relayedPagePost(document);
  beforeCleaning?.(document);
  dropFurniture(document);
  imageTablesToFigures(document);
  cellCaptions(document);
  blockCaptions(document);
  picturesToFigures(document);
  captionsToFigcaptions(document);
  leadHeadingsToParagraphs(document);
  return document;
}

/**
 * A Telegram channel's web preview (t.me/s/…) holds the posts around the one linked, each in its own message box with
 * its time and address: the article is the longest post. The others go; the page's address becomes that post's own
 * (the preview's canonical is the channel's), the channel's name the site's (og:site_name says "Telegram"), and the
 * post's opening bold line, set apart by a blank line as a channel writes a headline, becomes the page's headline.
 */
/** A channel's language tag after its name: " [English]", " (RU)", " [Tiếng Việt]". */
const CHANNEL_LANGUAGE_TAG = /\s[[(](?:English|Eng|EN|Русский|RU|Українська|UA|Tiếng Việt|VN|VI|Français|FR|Deutsch|DE|Español|ES|中文|한국어|日本語)[\])]$/u;
function oneChannelPost(doc: Document): void {
  const posts = selectAll(doc, ".tgme_widget_message_wrap");
  // (one post alone too, a channel's page saved at its latest post: its channel's name and its headline)
  if (posts.length < 1 || posts.length > 200) return;
  const size = (el: Element): number => (selectOne(el, ".tgme_widget_message_text")?.textContent ?? "").length;
  const kept = posts.reduce((a, b) => (size(b) > size(a) ? b : a));
  if (size(kept) < 200) return;
  for (const p of posts) if (p !== kept) p.remove();
  const own = selectOne(kept, "a.tgme_widget_message_date")?.getAttribute("href") ?? "";
  if (/^https:\/\/t\.me\/[\w]{3,64}\/\d{1,9}$/.test(own)) for (const link of selectAll(doc, 'link[rel="canonical"], meta[property="og:url"]')) link.setAttribute(link.localName === "link" ? "href" : "content", own);
  // (a post kept without its own address: the channel's address is the app's, never the article's; the post's link
  // to the publisher's page, read from the text, is)
  else for (const link of selectAll(doc, 'link[rel="canonical"], meta[property="og:url"]')) if (CHANNEL_PAGE.test(link.getAttribute(link.localName === "link" ? "href" : "content") ?? "")) link.remove();
  // the channel is the publication: its name where the platform's stands as the site's
  // (its language's tag after the name, "Ukraine NOW [English]", is no part of it)
  const channel = tidy(selectOne(doc, ".tgme_header_title, .tgme_channel_info_header_title")?.textContent ?? selectOne(kept, ".tgme_widget_message_owner_name")?.textContent ?? "").replace(CHANNEL_LANGUAGE_TAG, "");
  const site = selectOne(doc, 'meta[property="og:site_name"]');
  if (channel && site?.getAttribute("content") === "Telegram") site.setAttribute("content", channel);
  const text = selectOne(kept, ".tgme_widget_message_text");
  const bold = text?.firstElementChild;
  if (!text || !bold || selectOne(doc, "h1") || !/^(?:b|strong)$/.test(bold.localName) || text.firstChild !== bold || bold.nextSibling?.nodeName !== "BR" || bold.nextSibling.nextSibling?.nodeName !== "BR") return;
  const headline = doc.createElement("h1");
  headline.textContent = bold.textContent ?? "";
  text.parentElement?.insertBefore(headline, text);
  bold.nextSibling.nextSibling.remove();
  bold.nextSibling.remove();
  bold.remove();
}

/**
 * A Telegraph page (telegra.ph) signed with a Telegram channel, the author's link going to t.me/<channel>: the channel
 * published it, so its name is the site's (og:site_name says "Telegraph"), and no person is named as the author.
 */
function telegraphChannel(doc: Document): void {
  const site = selectOne(doc, 'meta[property="og:site_name"]');
  const author = selectOne(doc, ".tl_article_header address a[rel=author], header address a[rel=author]");
  const name = tidy(author?.textContent ?? "");
  if (site?.getAttribute("content") !== "Telegraph" || !name || !/^https:\/\/t\.me\/[\w]{3,64}\/?$/.test(author?.getAttribute("href") ?? "")) return;
  site.setAttribute("content", name);
  for (const el of selectAll(doc, 'meta[property="article:author"], meta[name="author"]')) el.remove();
  for (const el of selectAll(doc, "address a[rel=author]")) el.remove();
}

/**
 * The page's own address: <link rel="canonical">, else og:url (absolute http(s) only), else a <base href> that is
 * more than a site's root (a search engine's cache copy keeps the original's there). An archive's address around the
 * original ("https://web.archive.org/web/20261203142207/https://…") gives the original.
 */
function pageUrl(doc: Document): string | null {
  // (a clipper's export names the page it clipped: Evernote's <meta name="source-url">)
  // (a journal's article page names its own address in its citation tags: <meta name="citation_abstract_html_url">)
  for (const [selector, name] of [['link[rel="canonical"]', "href"], ['meta[property="og:url"]', "content"], ['meta[name="citation_abstract_html_url"]', "content"], ['meta[name="source-url"]', "content"], ["base[href]", "href"]] as const) {
    const v = unproxiedAddress(unwrapArchived(selectOne(doc, selector)?.getAttribute(name)?.trim() ?? ""));
    if (/^https?:\/\/\S+$/i.test(v) && (selector !== "base[href]" || /^https?:\/\/[^/]+\/[^?#\s]{8,}/i.test(v)) && !ACCOUNT_PAGE.test(v)) return v;
  }
  return originLink(doc) ?? printedAddress(doc);
}
/**
 * A messaging app's page of a whole channel ("https://t.me/s/thoidaiso_vn"), dropped when one post of it is the article
 * ({@link oneChannelPost}); a post's own address on the channel ("https://t.me/ukrainenowenglish/51234") is the post's.
 */
const CHANNEL_PAGE = /^https?:\/\/(?:www\.)?(?:t|telegram)\.me\/(?:s\/)?\w{3,64}\/?$/i;
/** An official account's page on Zalo ("https://zalo.me/s/…/article/…"): the app's address, never the article's. */
const ACCOUNT_PAGE = /^https?:\/\/(?:www\.)?(?:oa\.)?zalo\.me\/s\//i;

/** A print view's or a read-later copy's line with the article's address: "Địa chỉ bài viết: https://…", "Printed from: https://…". */
const PRINTED_ADDRESS = /^(?:địa chỉ bài viết|địa chỉ bài báo|đường dẫn bài viết|link bài viết|url bài viết|bài viết được in từ|printed from|article url|source url|url)\s*:\s*(https?:\/\/\S{4,300})$/i;
function printedAddress(doc: Document): string | null {
  for (const el of selectAll(doc, "p, div, span, li, td")) {
    if (el.childElementCount > 2) continue;
    const t = el.textContent ?? "";
    if (t.length > 400 || !/https?:\/\//.test(t)) continue;
    const m = PRINTED_ADDRESS.exec(tidy(t));
    if (m?.[1]) return m[1].replace(/[).,]+$/, "");
  }
  return null;
}

/**
 * A read-later export's or a print view's link to the original, printed as its site's host ("<a
 * href=https://www.example.com/2026/12/story/>www.example.com</a>"): among the page's first links, one whose text is
 * the host of its address and whose address has a path of an article's length.
 */
function originLink(doc: Document): string | null {
  for (const a of selectAll(doc, "a[href]").slice(0, 40)) {
    const href = a.getAttribute("href")?.trim() ?? "";
    const host = /^https?:\/\/([^/?#\s]+)\/[^?#\s]{12,}$/i.exec(href)?.[1]?.toLowerCase();
    if (host && tidy(a.textContent ?? "").toLowerCase().replace(/^www\./, "") === host.replace(/^www\./, "")) return href;
  }
  return null;
}

/** An archive's address of a page: the Wayback Machine's "/web/<timestamp>[im_]/<url>", archive.today's "/<id>/<url>". */
const ARCHIVED = /^https?:\/\/(?:web\.archive\.org\/web\/\d{4,14}(?:[a-z]{2}_)?\/|archive\.(?:today|ph|is|li|md|vn|fo)\/(?:\d{4,14}\/|[A-Za-z\d]{4,8}\/))(https?:\/\/\S+)$/i;
export const unwrapArchived = (address: string): string => ARCHIVED.exec(address)?.[1] ?? address;

/** The first value a date field ("datePublished", "uploadDate") has in any of the page's JSON-LD scripts, or "". */
function jsonLdDateField(doc: Document, field: RegExp): string {
  for (const script of selectAll(doc, 'script[type="application/ld+json"]')) {
    const m = field.exec(script.textContent ?? "");
    if (m?.[1]) return m[1];
  }
  return "";
}

/**
 * The article's datePublished in the page's JSON-LD (a NewsArticle, possibly inside @graph), or "". A video page's
 * VideoObject has no datePublished: its upload date is the page's.
 */
const jsonLdDate = (doc: Document): string =>
  jsonLdDateField(doc, /"datePublished"\s*:\s*"([^"]{8,40})"/) || jsonLdDateField(doc, /"uploadDate"\s*:\s*"([^"]{8,40})"/);

/**
 * The writer's post or institution printed after the name on the byline's line: "Jonas Berg, Research Fellow for
 * Defence and Military Analysis", "Jane Roe, a senior fellow at …", "ThS. Đặng Minh Khôi - Viện Nghiên cứu Nam Á, Tây Á
 * và Châu Phi". The byline is the name.
 */
const POST_OR_PLACE_AFTER_NAME =
  /(?:,\s+(?:an?\s+)?(?:(?:senior|junior|non-?resident|visiting|associate|assistant|deputy|research|contributing|chief|managing|distinguished)\s+){0,3}(?:fellow|professor|director|editor|correspondent|analyst|researcher|scholar|lecturer|adviser|advisor|chair|president)\b[^\n]{0,160}|\s[-–—]\s(?:viện|trường|học viện|đại học|khoa|university|institute|centre|center|school|faculty|department)\s[^\n]{2,120})$/iu;

/** A name inside a longer text with a letter right before or after it: glued to the words around it. */
function gluedIn(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at >= 0 && (/[\p{L}]/u.test(text[at - 1] ?? "") || /[\p{L}]/u.test(text[at + name.length] ?? ""));
}

/**
 * The words of a writer's post before its title ("Senior", "Foreign Affairs", "Home Affairs", "Asia", "Climate"), as
 * a byline prints them after the name: "Harriet Cole Foreign Affairs Correspondent".
 */
const POST_WORDS = "senior|chief|deputy|assistant|associate|managing|staff|special|political|foreign|diplomatic|defence|defense|security|business|economics|health|science|legal|court|education|investigative|sports|digital|news|national|regional|international|affairs|world|home|asia|europe|africa|crime|environment|technology|climate|energy|transport|community|local|global|media";
const POST_TITLES = "Editor|Correspondent|Reporter|Writer|Columnist|Analyst";
/**
 * A writer's post printed after the name, without a comma or after one: "Senior Political Writer", "Staff Reporter",
 * "Correspondent", ", Business Reporter" (the post's words whole, never its last word alone).
 */
const POST_AFTER_NAME = new RegExp(`(?<=\\p{L}),?\\s(?:(?:${POST_WORDS})\\s){0,3}(?:${POST_TITLES})$`, "iu");

/**
 * A Vietnamese writer's post after the name, in an element of its own or not: "Minh KhôiBiên tập viên Thế giới", "Lê Thu
 * Hà Nhà báo, bình luận viên quốc tế" (an author box prints the name and the post in two spans).
 */
const VI_POST_AFTER_NAME = /(?<=\p{L})\s?(?:Biên tập viên|Phóng viên|Nhà báo|Bình luận viên|Cộng tác viên|Chuyên gia|Nhà nghiên cứu|Giảng viên)(?:[\s,].{0,60})?$/u;

/** Where a post printed in its own element meets the name without a space: "TupouPolitical Reporter". */
const GLUED_POST = new RegExp(`(\\p{Ll})(?=(?:(?:${POST_WORDS.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => bar + c.toUpperCase())}) ){0,3}(?:${POST_TITLES})$)`, "u");

/** A writer's e-mail address in square brackets, parentheses or angle brackets at the end of a byline, after the name. */
const ADDRESS_AFTER_NAME = /(?<=[\p{L}.])\s*[[(<]\s?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s?[\])>]\s*$/u;
/** A byline without what sits glued to it in the page: a date, a weekday, an e-mail, a role line ("Vai trò, …"). */
function cleanByline(byline: string): string {
  // a broadcaster's crew line ("BTV: A - PV: B", "Phóng viên: B"): the reporter, never the presenter
  if (isCrewLine(byline.trim())) return crewWriter(byline.trim()) ?? "";
  // a stamp, then its writer after "by" ("Published Dec 4, 2026 3:15 PM by Jane Doe"): the name after it
  const stamped = /^(?:published|posted|updated|first published)\s.{4,60}?\s(?:by|bởi)\s+(\S.{1,80})$/iu.exec(byline.trim());
  if (stamped?.[1] && findDateIn(byline) > 0) byline = stamped[1];
  const glued = /([\p{Ll}]|[\p{Lu}]{2,})(?=Updated|Published|Cập nhật|Vai trò|Role|Thứ|Chủ nhật|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/gu;
  // (an app's label in front, "Story by" in Microsoft Start's Vietnamese, and its times after bullets: "Câu chuyện của
  // Bảo Ngọc • 5 giờ • 2 phút đọc")
  // (and a blog's or a portal's poster: Blogger's "Posted by X", "Được đăng bởi X", Drupal's "Submitted by X")
  let b = withoutRelativeTail(byline.replace(/^(?:story by|reporting by|câu chuyện của|posted by|submitted by|(?:được )?(?:đăng|viết) bởi|gửi bởi)\s+/iu, ""))
    .replace(glued, "$1 ").replace(/\s(?:Updated|Published|Posted|Last Updated|Cập nhật)\b.*$/u, "").replace(/(?:Vai trò|Role)\s*,.*$/i, "").replace(/^(?:tác giả|author)\s*,\s*/i, "");
  const d = findDateIn(b);
  if (d > 0) b = b.slice(0, d);
  // the clock printed before the day, cut off with it ("Nhóm PV | 10:05, 12/08/2026"): the name alone
  if (d > 0) b = b.replace(/\s*[|•·–—-]\s*\d{1,2}[:h]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?[,\s]*$/u, "");
  b = b.replace(/(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[,\s]*$/i, "");
  // (the day's short name after a bullet, its date cut off: "Thandeka Mokoena · Northern Cape Herald · Mon, …")
  if (d > 0) b = b.replace(/\s[·•|]\s(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?[,\s]*$/, "");
  // a reader's source line, the writer first and the site's masthead after a bullet ("Thandeka Mokoena · Northern Cape
  // Herald"): the writer alone
  const writerThenSite = /^(.{3,60}?)\s[·•]\s(.{3,60})$/u.exec(b.trim());
  if (writerThenSite && mastheadByForm(writerThenSite[2] as string) && !mastheadByForm(writerThenSite[1] as string)) b = writerThenSite[1] as string;
  b = b.replace(/\s*\d+\s*(?:giây|phút|giờ|ngày|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\s*(?:trước|ago)$/i, ""); // "Dian Septiari4 hours ago"
  // a wire's writer and the colleague "with" them, where ("Hana KIM with Léa MARCHAND in Moscow"): the writer
  b = b.replace(/^([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){1,3})\s+with\s+[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){1,3}(?:\s+in\s+[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,3})?$/u, "$1");
  // the writer's address in brackets after the name ("BY KWON DA-SOM [kwon.dasom@joongang.co.kr]", "Jane Doe
  // (jdoe@harbourtimes.example)"): the name alone; an address standing for the name is no one's
  b = b.replace(ADDRESS_AFTER_NAME, "");
  if (/@/.test(b)) return "";
  // a desk's or an account's code run together with its number ("APP58-04", "desk12"): no one's name
  if (/^[\p{L}]{2,12}\d{1,4}(?:[-_/]\d{1,4})?$/u.test(b.trim())) return "";
  // a wire and the place it filed from after a dot or a bar ("Agence France-Presse . Seoul", "Reuters | Dhaka"): the
  // wire alone, which the reader of the byline credits as the agency
  const filed = /^([\p{Lu}][\p{L}&.' -]{1,40}?)\s[.|·]\s[\p{Lu}][\p{L}' -]{1,30}$/u.exec(b.trim())?.[1];
  if (filed && isWireAgency(lookupAgency(filed) ?? "")) b = filed;
  // the site's domain after a slash or bar ("Surin Murugiah / theedgemalaysia.com"), the writer's post after the name
  // without a comma ("Justus Wanga Senior Political Writer"): the name alone
  // a post in an element of its own glued to the name ("Grace TupouPolitical Reporter"): a space between them first
  b = b.replace(/\s*[/|]\s*(?:www\.)?[a-z\d-]{2,40}(?:\.[a-z\d-]{2,12}){1,3}$/i, "").replace(GLUED_POST, "$1 ").replace(POST_AFTER_NAME, "").replace(VI_POST_AFTER_NAME, "");
  // the post after a comma or the institution after a dash ("Jonas Berg, Research Fellow for …"): the name alone
  const bare = b.replace(POST_OR_PLACE_AFTER_NAME, "");
  if (bare !== b && bare.trim().includes(" ")) b = bare;
  const name = withoutRanks(tidy(b.replace(/[,|·•\s-]+$/, ""))); // "Thiếu tá, ThS. Y Phương": the writer's name
  // a stamp's cue left alone once its date is cut off ("Published Dec 4, 2026 3:15 PM by The Maritime Executive"): no one
  return /^(?:published|posted|updated|last updated|first published|cập nhật|đăng|đăng lúc|ngày đăng)$/iu.test(name) ? "" : name;
}

const full = (d: ParsedDate | null): ParsedDate | null => (d && d.precision !== "month-day" ? d : null);

/**
 * The publication date: machine-readable times first (meta, Readability's, <time datetime>), then the byline and
 * printed datelines ("Đăng ngày: 17/09/2023 - 11:41"). Clues are read now, before Readability detaches elements.
 */
const PUBLISHED_CUE = /^(?:đăng lúc|đăng ngày|ngày đăng|đăng|xuất bản|published|posted|first published)\b/i;

/** The machine time of a post's hAtom "published" element (`.hentry .published[title]`), ISO only; "" when none. */
function hAtomPublished(doc: Document): string {
  // (the stamp's own element names it, whatever the post's: "<abbr class=published title=…>" under a template's post)
  const t = selectOne(doc, ".hentry .published[title], .h-entry .dt-published[title], abbr.published[title]")?.getAttribute("title") ?? "";
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(t) ? t : "";
}

/**
 * The issue date a Dublin Core header gives (Plone and other CMSs), or "": "DC.date.issued" / "dcterms.issued" first,
 * then the creation date, then a bare "DC.date"; the name in any case. A "DC.date.modified" is no publication date.
 */
function dublinCoreIssued(doc: Document): string {
  const metas = Array.from(selectAll(doc, "meta[name][content]"), (el) => [(el.getAttribute("name") ?? "").toLowerCase(), el.getAttribute("content") ?? ""] as const);
  for (const names of [["dc.date.issued", "dcterms.issued"], ["dc.date.created", "dcterms.created"], ["dc.date", "dcterms.date"]]) {
    const hit = metas.find(([name, content]) => names.includes(name) && content.trim());
    if (hit) return hit[1];
  }
  return "";
}

/** `footerEdition`: the edition the saved page's footer names (footerEditionDate, read before the footer is dropped). */
/**
 * Stamps a page prints in parts or under a test hook rather than a class: a <time> whose day, clock and update note
 * are child elements ("<time><span>December 4, 2026</span><span>7:48 AM GMT+9</span><span>Updated 3 hours
 * ago</span></time>": its parts before the update note, read as one line, as its text glues them), and an element a
 * CMS marks for its tests as the timestamp ('data-qa="timestamp"', 'data-testid="date-line"').
 */
function printedStampParts(doc: Document): string[] {
  const out: string[] = [];
  for (const el of selectAll(doc, "time").slice(0, 20)) {
    if (el.childElementCount < 2 || el.childElementCount > 6) continue;
    const parts: string[] = [];
    for (const child of Array.from(el.children)) {
      const t = tidy(child.textContent ?? "");
      if (t.length === 0 || t.length > 40 || isUpdateLine(t)) break;
      parts.push(t);
    }
    if (parts.length >= 2) out.push(parts.join(" "));
  }
  for (const el of selectAll(doc, '[data-qa*="timestamp" i], [data-qa*="date" i], [data-testid*="timestamp" i], [data-testid*="date" i]').slice(0, 10)) {
    const t = tidy(el.textContent ?? "");
    if (t.length > 0 && t.length <= 80) out.push(t);
  }
  return out;
}

function dateFinder(doc: Document, footerEdition: ParsedDate | null = null): (publishedTime: string, byline: string) => ParsedDate | null {
  // (the page's dated elements read in one walk; the finder it returns asks later, of the page as it is then)
  return readingOnce(doc, () => datesPrinted(doc, footerEdition));
}

function datesPrinted(doc: Document, footerEdition: ParsedDate | null): (publishedTime: string, byline: string) => ParsedDate | null {
  const attr = (selector: string, name: string): string => selectOne(doc, selector)?.getAttribute(name) ?? "";
  // The article's own date first: JSON-LD datePublished, article:published_time, then a <time> inside the article;
  // a <time> elsewhere (the header's "today", a related-story card) comes last.
  const meta = [jsonLdDate(doc), attr('meta[property="article:published_time"]', "content"), attr('meta[itemprop="datePublished"]', "content"), attr('meta[name="pubdate"], meta[name="publishdate"], meta[name="publish-date"]', "content"), dublinCoreIssued(doc)];
  const times = ['[itemprop="datePublished"][datetime], time[pubdate][datetime]', "article time[datetime]", "main time[datetime]"].map((q) => attr(q, "datetime"));
  // a blog post's hAtom stamp: the full time in the title of its "published" element (Blogger's "lúc <abbr
  // class=published title=2026-12-04T07:45:00-08:00>07:45</abbr>" under the post, its day in a date header above)
  times.push(hAtomPublished(doc));
  // a day and its time in elements side by side ("<span class=date>December 3, 2026</span> <span class=time>4:05 PM</span>") read as one
  const printed = Array.from(selectAll(doc, 'time, [class*="date"], [class*="time"], [class*="publish"], [id*="date" i], [id*="time" i]'), (el) => {
    const t = tidy(el.textContent ?? "");
    const sibling = t.length <= 60 ? el.nextElementSibling : null;
    const next = sibling ? (smallText(sibling, 12)?.text ?? "") : "";
    return next.length <= 12 && /^\d{1,2}:\d{2}(?:\s?(?:AM|PM|a\.m\.|p\.m\.))?$/i.test(next) ? `${t} ${next}` : t;
  });
  printed.push(...printedStampParts(doc));
  // The lines right below the headline, whatever their class ("<div class=info>03/12/202616:05:00(Xem: 1234)</div>"),
  // and a line too long to read whole by its parts ("<span>Published 13 September 2023 10:02pm</span> <span>Updated
  // 14 September 2023 6:15am</span><span>Source: Reuters</span>"); never the text's own paragraphs
  for (let el = selectOne(doc, "h1")?.nextElementSibling ?? null, n = 0; el && n < 3; el = el.nextElementSibling, n++) {
    const t = smallText(el, 80)?.text ?? "";
    if (t.length > 0) printed.push(t);
    else if (el.childElementCount > 1 && !selectOne(el, ":scope > p")) {
      for (const part of Array.from(el.children).slice(0, 6)) {
        const pt = smallText(part, 80)?.text ?? "";
        if (pt.length > 0) printed.push(pt);
      }
    }
  }
  // and the info bar right above it, each of its parts alone (a section's label and the date side by side: "<a>News
  // in English</a><span>2026.12.03 14:20</span>")
  for (let el = selectOne(doc, "h1")?.previousElementSibling ?? null, n = 0; el && n < 2; el = el.previousElementSibling, n++) {
    for (const part of [el, ...Array.from(el.children).slice(0, 6)]) {
      const t = smallText(part, 80)?.text ?? "";
      if (t.length > 0) printed.push(t);
    }
    // and its lines parted by <br> ("Arms Control Today<br>December 2026": the journal's name over the issue's month)
    if (selectOne(el, ":scope > br")) {
      for (const node of Array.from(el.childNodes).slice(0, 12)) {
        const t = node.nodeType === 3 ? tidy(node.nodeValue ?? "") : "";
        if (t.length > 0 && t.length <= 80) printed.push(t);
      }
    }
  }
  // A time kept in a data attribute that a script prints (an empty element on a saved page): ISO or Unix time, the
  // article's own (inside the article or its header) before any other.
  const dataTimes: ParsedDate[] = [];
  const DATA = "[data-time],[data-timestamp],[data-date],[data-datetime],[data-published],[data-publish-time],[data-publishdate],[data-pubdate],[data-utime],[data-created]";
  const scoped = selectAll(doc, `article ${DATA.split(",").join(", article ")}, main ${DATA.split(",").join(", main ")}`);
  for (const el of [...scoped, ...selectAll(doc, DATA)].slice(0, 40)) {
    for (const a of Array.from(el.attributes)) {
      if (!/^data-(?:time|timestamp|date|datetime|published|publish-time|publishdate|pubdate|utime|created)$/.test(a.name)) continue;
      const d = full(dateFromAttribute(a.value));
      if (d) dataTimes.push(d);
    }
  }
  // A date no dated element holds, printed with its cue wherever the page puts it (a mobile page's "Đăng lúc 07:10 -
  // 08/03/2025" in an info bar under the text): short elements whose text starts with a publication cue.
  // Near-leaf elements only (at most two child elements), so no wrapper's whole text is read.
  const cued: string[] = [];
  for (const el of selectAll(doc, "span, p, div, li, small")) {
    if (el.childElementCount > 2) continue;
    const t = el.textContent ?? "";
    if (t.length <= 80 && PUBLISHED_CUE.test(t.trim())) cued.push(tidy(t));
  }
  return (publishedTime, byline) => {
    const machine = [...meta, publishedTime, ...times].map((value) => (value.trim() ? full(parseDate(value)) : null));
    for (const d of machine) {
      if (!d) continue;
      // a machine date that is the update the page prints ("Cập nhật: 04/12/2026 08:00" as JSON-LD's datePublished):
      // the earlier date the page prints without an update's label
      const first = d.precision === "minute" ? publishedBeforeUpdate(printed, d.publishedAt.slice(0, 16)) : null;
      if (first) return first;
      // A time in UTC (Yoast's JSON-LD) that another of the page's own times states in its local zone: the local one,
      // as the page prints it (15:48Z and 22:48+07:00 are the same moment; the editor reads 22:48).
      if (/(?:Z|[+-]00:?00)$/.test(d.publishedAt)) {
        const at = Date.parse(d.publishedAt);
        const local = machine.find((o) => o && !/(?:Z|[+-]00:?00)$/.test(o.publishedAt) && /[+-]\d{2}:?\d{2}$/.test(o.publishedAt) && Date.parse(o.publishedAt) === at);
        if (local) return local;
        // the same minute printed in the page's zone ("Thu 3 Dec 2026 at 4:05pm" for 05:05Z): a whole number of
        // quarter hours away, at most 14 hours: the time the reader sees
        // (the lines that are no update first: "Updated: December 3 2026, 9:20am" beside "7:05am" for 07:05Z is another
        // moment, and an update's line is read only when the page prints no other time: "Updated December 04, 2026
        // 4:12 AM" for 12:12Z)
        const lines = [byline, ...printed];
        for (const text of [...lines.filter((t) => !isUpdateLine(t)), ...lines.filter((t) => isUpdateLine(t))]) {
          const p = text.length <= 100 ? full(parseDateLine(text) ?? readDateLine(text)) : null;
          if (!p || p.precision !== "minute") continue;
          // the same moment printed with its zone ("Dec. 3, 2026, 4:05 AM EST" for 09:05Z): the time the reader sees
          if (/[+-]\d{2}:?\d{2}$/.test(p.publishedAt)) {
            if (Date.parse(p.publishedAt) === at) return p;
            // or printed month first ("Published on 12/03/2026 at 06:31 am EST" for 11:31Z on 3 December): read day
            // first it is months away; the reading that makes it the same moment is the page's
            const turned = monthDayTurned(p.publishedAt, text);
            if (turned !== null && Date.parse(turned) === at) return { ...p, publishedAt: turned };
            continue;
          }
          // a numeric date printed month first ("Published: 12.04.26, 14:33" for 12:33Z on 4 December, Ynetnews'): read
          // day first it is months away; the reading that makes it the same moment is the page's
          for (const printedAt of [p.publishedAt, monthDayTurned(p.publishedAt, text)]) {
            if (printedAt === null) continue;
            const shift = Date.parse(`${printedAt}Z`) - at;
            // the page prints the time in UTC (a British page in winter: "7:05am" for 07:05Z): that is the time
            if (shift === 0 && printedAt === p.publishedAt) return d;
            // with the zone that makes it the same moment, so the instant is not lost ("13:40" for 03:40Z: 13:40+10:00)
            if (isZoneOffset(shift)) return { ...p, publishedAt: `${printedAt}${zoneOffset(shift)}` };
          }
        }
      }
      // a day alone (a Dublin Core "DC.date", a sitemap-style meta) that the page prints with its time ("Ngày cập nhật
      // 05/12/2026 - 09:45"): the printed minute of that same day, a publication line before an update's
      if (d.precision === "day") {
        const sameDay = (updated: boolean): ParsedDate | null => {
          for (const text of [byline, ...printed, ...cued]) {
            if (text.length > 100 || (!updated && isUpdateLine(text))) continue;
            const p = full(parseDateLine(text) ?? readDateLine(text));
            if (p?.precision !== "minute") continue;
            if (p.publishedAt.slice(0, 10) === d.publishedAt.slice(0, 10)) return p;
            // printed month first ("3:12 PM 12/04/2026" for JSON-LD's "2026-12-04"): the reading that makes it that day
            const turned = monthDayTurned(p.publishedAt, text);
            if (turned?.slice(0, 10) === d.publishedAt.slice(0, 10)) return { ...p, publishedAt: turned };
          }
          return null;
        };
        const timed = sameDay(false) ?? sameDay(true);
        if (timed) return timed;
      }
      return d;
    }
    // Printed dates: the byline, then dated elements in page order, in the forms a header prints them ("07:45 |
    // 03/06/2025", "2025.05.27 3:30pm"); a publication date before an "Updated …" one wherever each stands.
    // "Riyaz ul Khaliq |03.12.2026 - Update : 03.12.2026": a byline and its date between bars, each part read alone
    const readOne = (text: string): ParsedDate | null => full(parseDateLine(text) ?? readDateLine(text));
    const read = (text: string, updated: boolean): ParsedDate | null => {
      if (text.length > 100) return null;
      const d = updated || !isUpdateLine(text) ? readOne(text) : null;
      if (d || !PARTS.test(text)) return d;
      for (const part of text.split(PARTS).map((p) => p.trim())) {
        const p = part && (updated || !isUpdateLine(part)) ? readOne(part) : null;
        if (p) return p;
      }
      return null;
    };
    const lines = [byline, ...printed];
    for (const [i, text] of lines.entries()) {
      const d = read(text, false);
      if (!d) continue;
      // a day alone (the site's "today" in its header, "Thứ Năm, ngày 03/12/2026") gives way to a time printed further
      // on, that day's or an earlier one's (the article's "Thứ Năm, 03/12/2026 - 15:40" under "Thứ bảy, 05/12/2026"):
      // the site's today is never before the article
      if (d.precision === "day") {
        for (const later of lines.slice(i + 1)) {
          const t = read(later, false);
          if (t?.precision === "minute" && t.publishedAt.slice(0, 10) <= d.publishedAt.slice(0, 10)) return t;
        }
        const update = updateBelowToday(lines.slice(i + 1), d, read);
        if (update) return update;
      }
      return d;
    }
    // no publication date anywhere: the update's ("TOI News Desk / TIMESOFINDIA.COM / Updated: Dec 3, 2026, 11:20 IST")
    for (const text of lines) {
      const d = read(text, true);
      if (d) return d;
    }
    for (const text of cued) {
      const d = full(readDateLine(text) ?? looseDateLine(text)?.date ?? null);
      if (d) return d;
    }
    // a page with one <time datetime> only (a post's web view, no article element): its time
    const lone = selectAll(doc, "time[datetime]");
    return dataTimes[0] ?? (lone.length === 1 ? full(parseDate(lone[0]?.getAttribute("datetime") ?? "")) : null) ?? footerEdition;
  };
}

/** A zone's offset from UTC in milliseconds as ISO 8601 writes it: 36000000 → "+10:00", -16200000 → "-04:30". */
/** A numeric day and month both 12 or under, as printed between dots, slashes or dashes ("12.04.26"). */
const NUMERIC_DAY_MONTH = /(?<![\d./-])(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?![\d./-])/;

/**
 * `publishedAt` ("2026-04-12T14:33") with its month and day turned round ("2026-12-04T14:33") when `text` printed it as
 * a numeric date that a day-first reading gave ("12.04.26"); null when the text prints no such date.
 */
function monthDayTurned(publishedAt: string, text: string): string | null {
  const m = text.length <= 100 ? NUMERIC_DAY_MONTH.exec(text) : null;
  if (!m) return null;
  const [first, second] = [Number(m[1]), Number(m[2])];
  if (first > 12 || second > 12 || first === second) return null;
  const pad = (n: number): string => String(n).padStart(2, "0");
  if (publishedAt.slice(5, 10) !== `${pad(second)}-${pad(first)}`) return null;
  return `${publishedAt.slice(0, 5)}${pad(first)}-${pad(second)}${publishedAt.slice(10)}`;
}

/**
 * Whether a shift is one a time zone has: whole hours up to 14, or the half and three-quarter hours some zones keep
 * (India's +05:30, Nepal's +05:45, Newfoundland's -03:30, the Chathams' +12:45). A gap of 2 h 15 min between two
 * times of a page is no zone: one of them is another moment (the update beside the publication).
 */
function isZoneOffset(ms: number): boolean {
  if (ms === 0 || Math.abs(ms) > 14 * 3600_000 || ms % 900_000 !== 0) return false;
  const minutes = Math.abs(ms) / 60_000;
  const part = minutes % 60;
  if (part === 0) return true;
  const hours = Math.floor(minutes / 60);
  if (part === 30) return ms > 0 ? [3, 4, 5, 6, 9, 10].includes(hours) : [3, 9].includes(hours);
  return part === 45 && ms > 0 && [5, 8, 12, 13].includes(hours);
}

function zoneOffset(ms: number): string {
  const minutes = Math.abs(ms) / 60_000;
  return `${ms < 0 ? "-" : "+"}${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * The story's update printed below the site's "today" when the page prints no other time ("Thứ Sáu, 04/12/2026" in
 * the header, "Cập nhật lúc 11:30, Thứ Năm, 03/12/2026" under the headline): a story is updated after it is
 * published, so its update's day, on or before the visit's, is nearer the publication than the visit is.
 */
function updateBelowToday(later: readonly string[], today: ParsedDate, read: (text: string, updated: boolean) => ParsedDate | null): ParsedDate | null {
  for (const text of later) {
    const t = isUpdateLine(text) ? read(text, true) : null;
    if (t?.precision === "minute" && t.publishedAt.slice(0, 10) <= today.publishedAt.slice(0, 10)) return t;
  }
  return null;
}

/**
 * The edition a page's footer names when nothing else dates it: the paper's name and a full date on one short line
 * ("Post-Courier, Friday, December 4, 2026"), as small dailies print their edition under every story. A copyright
 * line ("© 2026 …") or a date alone (a clock) is not one.
 */
function footerEditionDate(doc: Document): ParsedDate | null {
  for (const el of selectAll(doc, "footer p, footer span, footer div, footer li").slice(0, 60)) {
    if (el.childElementCount > 2) continue;
    const t = tidy(el.textContent ?? "");
    if (t.length < 12 || t.length > 80 || /©|\(c\)|copyright|all rights/i.test(t)) continue;
    const named = /^([\p{Lu}][\p{L}'’.&-]*(?:\s[\p{Lu}][\p{L}'’.&-]*){0,3}),\s/u.exec(t);
    if (!named || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(named[1] ?? "")) continue;
    const d = full(parseDateLine(t.slice(named[0].length)) ?? readDateLine(t.slice(named[0].length)));
    if (d) return d;
  }
  return null;
}

/**
 * When the page prints `minute` as its update ("Cập nhật: 04/12/2026 08:00", "Updated Dec 4, 2026 8:00 AM"), the
 * earliest time it prints without an update's label before that minute, or null.
 */
function publishedBeforeUpdate(printed: readonly string[], minute: string): ParsedDate | null {
  const dated = printed.filter((t) => t.length <= 100).map((t) => ({ update: isUpdateLine(t), d: full(parseDateLine(t) ?? readDateLine(t)) }));
  if (!dated.some((x) => x.update && x.d?.publishedAt.slice(0, 16) === minute)) return null;
  const earlier = dated.filter((x) => !x.update && x.d?.precision === "minute" && x.d.publishedAt.slice(0, 16) < minute).map((x) => x.d as ParsedDate);
  return earlier.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))[0] ?? null;
}

const findDateIn = (s: string): number => findDate(s)?.index ?? -1;
/**
 * Where a byline line parts: bars, slashes and dots between spaces ("TOI News Desk / TIMESOFINDIA.COM / Updated: …"),
 * a wide space, a source label after the date ("2026年12月03日16:20  Nguồn: …"), or an update's label after it ("Thu Dec 3,
 * 2026 08:00 PM Last update on: …").
 */
const PARTS = /\s*\|\s*|\s[/·•]\s|\s{2,}|\s(?=(?:nguồn|source|theo)\s?:)|\s(?=(?:last )?update[ds]?(?: on| at)?\s?:|(?:ngày )?cập nhật\s?:)/iu;

/**
 * A wire named only by a credit element near the headline ("<div class=credit>Jiji Press</div>") or by the logo of
 * the provider a portal shows above the story ("<div class=caas-attr><img alt=AFP>"), or "". Pictures' credits
 * (inside a figure or a caption) are not it.
 */
function printedWire(page: Document): string {
  const credits = Array.from(selectAll(page, '[class~="credit"], [class*="source"], [class*="agency"], [class*="provider"]'), (el) => [el, el.textContent ?? ""] as const);
  const logos = Array.from(selectAll(page, '[class*="attr"] img[alt], [class*="provider"] img[alt], [class*="source"] img[alt], [class*="byline"] img[alt]'), (img) => [img, img.getAttribute("alt") ?? ""] as const);
  const inPicture = (el: Element): boolean => closestOf(el, "figure, figcaption, [class*='caption'], [class*='photo'], [class*='image']") !== null;
  for (const [el, raw] of [...credits, ...logos]) {
    const text = tidy(raw);
    if (inPicture(el) || text.length > 40) continue;
    const wire = lookupAgency(text.replace(/^(?:source|nguồn|theo|credit)\s*:?\s*/i, ""));
    if (wire && isWireAgency(wire)) return wire;
    // a broadcaster relayed in its credit's box, named with the original's date or in full ("Phát thanh Quốc tế Pháp |
    // 05.12.2026", "TASS – Thông tấn xã Nga")
    const relayed = relayedCredit(text)?.agency;
    if (relayed) return relayed;
  }
  return "";
}

/**
 * A wire a byline, source or publisher element credits beside a name, a desk or a place ("By Sofia Ricci with AP",
 * "AFP, SEOUL", "BNS/TBT Staff, VILNIUS"), or "". Pictures' credits and related lists are not it.
 */
function bylineElementWire(page: Document, byline = ""): string {
  const sel = '[class*="byline" i], [class*="author" i], [class*="contributor" i], [class*="source" i], [class*="publisher" i], [class~="name"]';
  const wire = (name: string): string | null => {
    const found = lookupAgency(name);
    return found && isWireAgency(found) ? found : null;
  };
  const outside = "figure, figcaption, aside, footer, nav, [class*='caption' i], [class*='photo' i], [class*='related' i], [class*='comment' i]";
  for (const el of selectAll(page, sel).slice(0, 30)) {
    if (closestOf(el, outside)) continue;
    // (its lines parted by <br> kept apart: "By Daniel Moreau<br>Associated Press")
    const found = wireInCredit(tidy(inline(el)).replace(/^(?:by|bởi|theo)\s+/i, ""), wire);
    if (found) return found;
  }
  return byline ? wireBesideName(page, byline, wire, outside) : "";
}

/**
 * The wire a byline's box prints on its own under or beside the writer's name, whatever the box's classes: Gannett's
 * "<div><a>Min-jun Park</a><div>Associated Press</div></div>". The first element printing the name alone is the name;
 * its parent printing nothing else but a wire (a comma or a bar between) credits that wire.
 */
function wireBesideName(page: Document, byline: string, wire: (name: string) => string | null, outside: string): string {
  const name = byline.trim();
  if (name.length < 3 || name.length > 60) return "";
  for (const el of selectAll(page, "body a, body span, body div, body p, body strong, body b").slice(0, 3000)) {
    if (el.childElementCount > 0 || tidy(el.textContent ?? "") !== name) continue;
    const parent = el.parentElement;
    if (!parent || closestOf(parent, outside)) return "";
    // the parent's words but the name's, its "By" and the marks between: "Associated Press", ", Associated Press"
    const rest = tidy(Array.from(parent.childNodes, (c) => (c === el ? " " : ` ${c.textContent ?? ""} `)).join(""))
      .replace(/^(?:by|bởi)\s+/i, "")
      .replace(/^[\s,|·•–—-]+|[\s,|·•–—-]+$/g, "");
    return rest.length <= 40 ? (wire(rest) ?? "") : "";
  }
  return "";
}

/** A wire agency printed as the page's byline ("Reuters" under the headline), or "". */
function printedAgencyByline(page: Document): string {
  for (const el of selectAll(page, '[class*="byline"], [class*="author"], [rel="author"]')) {
    const text = tidy(el.textContent ?? "").replace(/^(?:by|bởi|theo)\s+/i, "");
    if (text.length <= 40 && lookupAgency(text)) return text;
  }
  return "";
}

/**
 * Is this the outlet's name in initials ("GNLM" for "Global New Light Of Myanmar", "MDT" for "Macau Daily Times", "UNB
 * NEWS" for "United News of Bangladesh"): two to six capitals, the first letters of the name's words, with or without
 * its small words ("of", "the", "and"), and "News" or "Online" after them?
 */
function outletInitials(printed: string, siteName: string): boolean {
  const part = printed.replace(/\s(?:news|online)$/i, ""); // "UNB NEWS" on United News of Bangladesh's pages
  if (!/^[\p{Lu}]{2,6}$/u.test(part) || !siteName) return false;
  const words = siteName.split(/\s+/).filter((w) => /^[\p{Script=Latin}]/u.test(w));
  const initials = (ws: string[]): string => ws.map((w) => w[0] ?? "").join("").toUpperCase();
  return initials(words) === part || initials(words.filter((w) => !/^(?:of|the|and|for|in|on|a)$/i.test(w))) === part;
}

/**
 * The first author element of the page outside related lists and footers ("Bài viết: Lee Da-som", "Sok Chenda"),
 * when it holds a person's name: capitalised words, no digits, not the outlet's own name; else "".
 */
function printedAuthor(page: Document, siteName: string): string {
  // (and a blog post's footer's hCard, "Đăng bởi <span class=fn>X</span> lúc …", as Blogger's templates print it)
  const sel = '[class*="author" i], [class*="byline" i], [class*="writer" i], [class*="reporter" i], [rel="author"], [itemprop="author"], [class~="signature" i], .post-footer .fn, .vcard .fn';
  for (const el of selectAll(page, sel).slice(0, 30)) {
    if (closestOf(el, 'aside, footer, nav, [class*="related" i], [class*="most" i], [class*="comment" i]')) continue;
    // (a blog's or a portal's poster too: Blogger's "Posted by X", "Được đăng bởi X", Drupal's "Submitted by X")
    // (the writer's address in brackets after the name, "BY KWON DA-SOM [kwon.dasom@joongang.co.kr]", left out)
    const text = tidy(el.textContent ?? "").replace(ADDRESS_AFTER_NAME, "").replace(/^(?:by|bởi|tác giả|bài viết|bài và ảnh|author|written by|posted by|submitted by|(?:được )?(?:đăng|viết) bởi|gửi bởi|(?:staff )?reporter|phóng viên(?: của)? báo|phóng viên)\s*:?\s+/iu, "");
    if (!text || text.length > 60 || /\d/.test(text) || (siteName && text.toLowerCase().includes(siteName.toLowerCase()))) continue;
    // one name, or two or three joined by commas, "and", "và" ("By Jae-won Choi and Ha-eun Song")
    if (/^[\p{Lu}][\p{L}'’.-]*(?:(?:\s|,\s|\s(?:and|và|&)\s)[\p{Lu}][\p{L}'’.-]*){1,8}$/u.test(text) && !lookupOutlet(text)) return text;
  }
  return "";
}

/** A name as a byline prints it: two to four words in capitals ("Irina Sokolova", "Park Eun-ju"). */
const WRITER_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/**
 * A writer's label, alone in a board's cell or before the name: "Text", "Author", "Tác giả", "Текст", and a
 * broadcaster's English service's "Reporter : Lee Ha-eun" beside its stamp.
 */
const WRITER_LABEL = /^(?:text|words|author|writer|reporter|tác giả|phóng viên|текст|автор)$/iu;
/** A date's label in a board's cell: "Date", "Posted", "Ngày đăng". */
const DATE_LABEL = /^(?:date|posted|published|ngày(?: đăng)?|дата)$/iu;
/** The page's elements that may print a label and its value, outside the boxes around the article. */
const labelledCells = (page: Document): Element[] =>
  selectAll(page, "body span, body div, body p, body td, body th, body li, body dd")
    .slice(0, 400)
    .filter((el) => el.childElementCount <= 2 && !closestOf(el, "aside, footer, nav, [class*='related' i], [class*='comment' i]"));
const cellAfter = (el: Element): string => (/^t[dh]$/.test(el.localName) ? tidy(el.nextElementSibling?.textContent ?? "") : "");

/**
 * The writer a page prints under a label, in an element of its own or a board's row ("Text: Irina Sokolova" beside the
 * date, "Author | Park Eun-ju" in a research institute's table), where no byline element says it: the name, or "".
 */
function labelledWriter(page: Document): string {
  for (const el of labelledCells(page)) {
    const t = tidy(el.textContent ?? "");
    if (t.length > 60) continue;
    const label = /^([^:]{3,12}):\s*(.+)$/u.exec(t);
    const name = label?.[1] && WRITER_LABEL.test(label[1].trim()) ? (label[2] ?? "") : WRITER_LABEL.test(t) ? cellAfter(el) : "";
    if (name && WRITER_NAME.test(name) && !lookupOutlet(name)) return name;
  }
  return "";
}

/** The date a board's row prints beside its label ("Date | 2025.04.30"), or null. */
function labelledDate(page: Document): ParsedDate | null {
  for (const el of labelledCells(page)) {
    if (!/^t[dh]$/.test(el.localName) || !DATE_LABEL.test(tidy(el.textContent ?? ""))) continue;
    const d = full(parseDateLine(cellAfter(el)));
    if (d) return d;
  }
  return null;
}

/** "By James Okafor | December 4, 2026": a byline and the date on one line, a bar, a dot or a dash between. */
const BYLINE_WITH_DATE = /^(?:By|by|BY|Bởi|bởi)\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s{0,3}[|•·–—]\s{0,3}(\S[^|•·]{5,40})$/u;
/**
 * The same without "By", as Vietnamese templates print it: a newsroom's team or reporter code, or a name of capitalised
 * words, then a bar and the stamp ("Nhóm PV | 10:05, 12/08/2026", "Minh Khang | 13/08/2026 17:25").
 */
const NAME_BAR_DATE = /^((?:Nhóm PV|Nhóm phóng viên|PV|CTV|BTV)|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s{0,3}\|\s{0,3}(\d[^|•·]{5,40})$/u;

/**
 * A plain element (no author class) near the top of the page that prints the byline and the date on one line, the
 * date readable: the name and the line. Null when the page prints none.
 */
function bylineWithDate(page: Document, siteName = ""): { name: string; line: string } | null {
  for (const el of selectAll(page, "body div, body p, body span").slice(0, 300)) {
    if (el.childElementCount > 3 || closestOf(el, "aside, footer, nav, [class*='related' i], [class*='comment' i]")) continue;
    const t = tidy(el.textContent ?? "");
    if (t.length > 100) continue;
    const m = BYLINE_WITH_DATE.exec(t) ?? NAME_BAR_DATE.exec(t);
    if (m?.[1] && m[2] && (parseDateLine(m[2]) ?? readDateLine(m[2])) && !lookupOutlet(m[1]) && !isSection(m[1]) && !(siteName && foldForMatch(m[1]) === foldForMatch(siteName))) return { name: m[1], line: t };
    // the writer labelled before the stamp, a bar or a dash between: "Tác giả: Vũ Đình Phong – 18/11/2026 22:10"
    const posted = posterBeforeStamp(t);
    if (posted && readDateLine(posted.stamp) && !lookupOutlet(posted.name) && !(siteName && foldForMatch(posted.name) === foldForMatch(siteName))) return { name: posted.name, line: t };
    // the writer the template labels after the stamp: "Ngày đăng: 15/08/2026 · Người viết: Ngọc Ánh"
    const labelled = writerAfterStamp(t);
    if (labelled !== null && readDateLine(t) && !lookupOutlet(labelled) && !(siteName && foldForMatch(labelled) === foldForMatch(siteName))) return { name: labelled, line: t };
  }
  return null;
}

/**
 * The page's byline element that prints exactly the names of `joined` ("A, B") in its own words ("A và B", "By A and
 * B", "A in Seoul and B in Berlin", "A, B, and C"), or `joined`. A byline element is named so by its class, or by the
 * data attribute a CMS tests it by (`data-qa="byline"`, `data-testid="AuthorByline"`).
 */
function printedByline(page: Document, joined: string): string {
  const names = joined.split(/\s*,\s*/).filter(Boolean);
  for (const el of selectAll(page, '[class*="byline"], [class*="author"], [data-qa*="byline" i], [data-testid*="byline" i]')) {
    const text = tidy(el.textContent ?? "");
    if (text.length > 160 || text === joined) continue;
    const printed = namesAsPrinted(text, names, (name) => lookupAgency(name) !== null || lookupOutlet(name) !== null);
    if (printed) return printed;
  }
  return joined;
}

/**
 * A multimedia page's credits line, the words' credit before the pictures' or the design's ("Nội dung: Minh Hà - Đồ
 * họa: Quang Huy", "Bài: Thanh Hà | Thiết kế: Minh Đức", "Thực hiện: A; Ảnh: B"): the words' writer, when the page's
 * byline names that writer among others; else null.
 */
const CREDITS_LINE = new RegExp(String.raw`^${caseless("(?:nội dung|bài|bài viết|thực hiện)")}\s?:\s?([\p{Lu}][\p{L}.'’ -]{1,40}?)\s?[-–|;,]\s?${caseless("(?:đồ họa|đồ hoạ|thiết kế|trình bày|ảnh|kỹ thuật)")}\s?:`, "u");
function creditedWriter(page: Document, byline: string): string | null {
  const folded = foldForMatch(byline);
  for (const el of selectAll(page, "body p, body div, body span").slice(0, 600)) {
    if (el.childElementCount > 2) continue;
    const text = tidy(el.textContent ?? "");
    if (text.length > 120 || !text.includes(":")) continue;
    const writer = CREDITS_LINE.exec(text)?.[1]?.trim();
    if (writer && writer !== byline && folded.includes(foldForMatch(writer))) return writer;
  }
  return null;
}

/**
 * The site's name without what is not its name: its own initials after it ("Vietnam Investment Review - VIR", "Hong
 * Kong Free Press HKFP"), an edition after an acronym ("RT International", "CNA English").
 */
function withoutInitials(site: string, printedWhole: readonly string[] = []): string {
  // a tagline after the name ("38 North: Informed Analysis of North Korea") or the publisher ("The Japan News by The
  // Yomiuri Shimbun"): the name alone
  const tagline = /^([^:]{2,30}):\s+\S+(?:\s+\S+){2,}$/.exec(site)?.[1];
  if (tagline && tagline.split(/\s+/).length <= 4) return tagline;
  const publisher = /^(.{2,40}?)\s+by\s+(?:the\s+)?[\p{Lu}][\p{L}&.'’ -]{2,40}$/u.exec(site)?.[1];
  if (publisher) return publisher;
  const spelled = dashTagline(site);
  if (spelled) return spelled;
  const m = /^(.{6,}?)(?:\s+[-|–—])?\s+([\p{Lu}]{2,6})$/u.exec(site);
  if (m?.[1] && m[2]) {
    const initials = m[1].split(/\s+/).map((w) => w[0] ?? "").join("").toUpperCase();
    if (initials === m[2] || initials.replace(/[^A-Z]/g, "") === m[2]) return m[1];
  }
  // (a site that prints the edition in its own masthead or rights line, "© 2026 EMTV Online", names itself so)
  const edition = /^([\p{Lu}]{2,5})\s+(?:International|English|Global|Online)$/u.exec(site);
  if (edition?.[1] && !printedWhole.some((n) => n.toLowerCase() === site.toLowerCase())) return edition[1];
  return site;
}

/**
 * A site's name and a tagline after a dash that speaks the name out ("NK News - North Korea News": the tagline repeats
 * a word of the name, or its first words' initials are one of the name's words): the name alone. A name of at most
 * three words and a tagline of three words or more; a tagline that shares nothing with the name stays ("VOV - Đài
 * Tiếng nói Việt Nam" is one name in two forms).
 */
function dashTagline(site: string): string | null {
  const m = /^(\S+(?:\s\S+){0,2})\s[-–—|]\s(\S+(?:\s\S+){2,7})$/u.exec(site);
  if (!m?.[1] || !m[2]) return null;
  const nameWords = m[1].split(/\s+/);
  const tagWords = m[2].split(/\s+/);
  const repeats = nameWords.some((w) => w.length >= 3 && tagWords.some((t) => t.toLowerCase() === w.toLowerCase()));
  const initials = nameWords.some((w) => /^[\p{Lu}]{2,4}$/u.test(w) && tagWords.slice(0, w.length).map((t) => t[0] ?? "").join("") === w);
  return repeats || initials ? m[1] : null;
}

/** What a credit says its names did, before them: "Bài, ảnh:", "Ảnh và bài:", "Tin, ảnh:", "Text and photos:". */
const WORK_LABEL = /^(?:(?:bài|tin|ảnh|video),?\s(?:và\s)?(?:bài|ảnh|video)|text and photos?|words and pictures|story and photos?)\s*:\s*/iu;

/** A byline as a header line extractMetadata reads: "Tác giả: …", an agency as is; none for an outlet, a date or a time ("21:40"). */
function bylineLine(byline: string): string | null {
  const name = byline.replace(/^(?:(?:written|reported) by|by|bởi|tác giả|author|bài(?: và ảnh)?)\s*:?\s+/i, "").replace(WORK_LABEL, "");
  if (!name || name.length > 80 || !/[\p{L}]/u.test(name) || parseDateLine(name) || /^(?:VOA|BBC|RFI|RFA|DW)\b/.test(name) || isFurniture(name)) return null; // a desk's credit ("Star Business Report") is no byline
  if (/^\([^()]{2,60}\)$/.test(name)) return name; // a credit in brackets ("(TTXVN/Vietnam+)"): read as the text's credit line, no one's name
  return lookupAgency(name) ? name : `Tác giả: ${name}`;
}

/** cleanArticle keeps a line after an image gap as a caption only when it looks like one; else it is marked "Ảnh:". */
function asCaption(text: string): string {
  const probe = cleanArticle(`Đoạn văn.\n\n\n${text}\n\nĐoạn văn.`).blocks;
  if (probe.some((b) => b.kind === "caption")) return text;
  return detectLanguage(text) === "vi" || /[\u0300-\u036f\u1ea0-\u1ef9đĐ]/.test(text) ? `Ảnh: ${text}` : `Photo: ${text}`; // an English caption is not marked in Vietnamese
}

/** The publisher's name in the page's JSON-LD ("publisher": {"@type": "Organization", "name": …}), or "". */
function jsonLdPublisher(doc: Document): string {
  for (const script of selectAll(doc, 'script[type="application/ld+json"]')) {
    const m = /"publisher"\s*:\s*\[?\s*\{[^{}]{0,300}?"name"\s*:\s*"([^"]{2,80})"/.exec(script.textContent ?? "");
    if (m?.[1]) return tidy(m[1]);
  }
  return "";
}

/** The provider's name in a portal's JSON-LD ("provider": {"@type": "Organization", "name": …}), or "". */
function jsonLdProvider(doc: Document): string {
  for (const script of selectAll(doc, 'script[type="application/ld+json"]')) {
    const m = /"provider"\s*:\s*\[?\s*\{[^{}]{0,300}?"name"\s*:\s*"([^"]{2,80})"/.exec(script.textContent ?? "");
    if (m?.[1]) return tidy(m[1]);
  }
  return "";
}

/**
 * The names the page's JSON-LD gives as its authors typed as an organisation ("author": {"@type": "Organization",
 * "name": "公視新聞網"}, a NewsMediaOrganization, a list of them), at most six: a newsroom, a channel or its owner in
 * any script, never a writer. Persons and untyped authors are not listed.
 */
const LD_AUTHOR = /"author"\s*:\s*(\[[^\]]{0,2000}\]|\{[^{}]{0,600}\})/g;
const LD_ORGANIZATION = /"@type"\s*:\s*"(?:Organization|NewsMediaOrganization|Corporation|GovernmentOrganization|NGO|EducationalOrganization|RadioStation|TelevisionStation|RadioChannel|TelevisionChannel|MediaOrganization)"/;
function jsonLdOrganizationAuthors(doc: Document): string[] {
  const names: string[] = [];
  for (const script of selectAll(doc, 'script[type="application/ld+json"]').slice(0, 20)) {
    const source = script.textContent ?? "";
    if (!source.includes('"author"')) continue;
    for (const [, authors] of source.matchAll(LD_AUTHOR)) {
      for (const [entry] of (authors ?? "").matchAll(/\{[^{}]{0,600}\}/g)) {
        const name = LD_ORGANIZATION.test(entry) ? /"name"\s*:\s*"([^"]{2,80})"/.exec(entry)?.[1] : undefined;
        if (name) names.push(tidy(name));
        if (names.length >= 6) return names;
      }
    }
  }
  return names;
}

/** Does the page name a portal (MSN, NewsBreak …) as its site, in og:site_name or in a part of its <title>? */
function portalPage(doc: Document): boolean {
  const og = selectOne(doc, 'meta[property="og:site_name"], meta[name="og:site_name"]')?.getAttribute("content") ?? "";
  return [og, ...tidy(doc.title ?? "").split(/\s[|–—-]\s/u)].some((n) => isAggregator(tidy(n)));
}

/** The text of a page's elements that hold no other element, a line each (at most 3,000 of them). */
function leafLines(doc: Document): string {
  const lines: string[] = [];
  for (const el of selectAll(doc, "body *").slice(0, 20000)) {
    if (el.childElementCount > 0 || /^(?:script|style|noscript|template)$/i.test(el.tagName)) continue;
    const t = tidy(el.textContent ?? "");
    if (t) lines.push(t);
    if (lines.length >= 3000) break;
  }
  return lines.join("\n");
}

/** A name written as a domain: "Snopes.com", "Chinadaily.com.cn". */
const DOMAIN_FORM = /^[\w-]+(?:\.[\w-]+)+$/;

/** Of `names`, the first (no domain) whose letters are exactly the domain's first label ("The Boston Globe" for "BostonGlobe.com"). */
function labelNamed(domain: string, names: readonly string[]): string | null {
  const label = domain.toLowerCase().replace(/^www\./, "").split(".")[0] ?? "";
  if (label.length < 3) return null;
  return names.find((n) => n.length > 0 && n.length <= 60 && !DOMAIN_FORM.test(n) && foldForMatch(n).replace(/^the /, "").replace(/[^a-z\d]/g, "") === label) ?? null;
}

/**
 * The parts of the page's credits and byline lines outside its footer ("Brandon Prairie Courier · Reuters", "By Jane
 * Doe, The Harbour Post"), each a name to weigh: parted by a middle dot, a bar, a bullet, a dash or a comma, "By" aside.
 */
function creditParts(doc: Document): string[] {
  const parts: string[] = [];
  for (const el of selectAll(doc, '[class*="credits" i], [class*="byline" i]').slice(0, 4)) {
    const line = closestOf(el, "footer, [class*='footer' i]") ? "" : tidy(el.textContent ?? "");
    if (line.length > 120) continue;
    for (const part of line.split(/\s[·|•–—-]\s|,\s/u)) if (part.trim()) parts.push(part.trim().replace(/^by\s+/iu, ""));
  }
  return parts;
}

/**
 * The periodical, newsletter or series the page's JSON-LD says the article is part of ("isPartOf": {"@type":
 * "CreativeWorkSeries", "name": …}), or "": on a platform's page, the publication the post belongs to.
 */
function jsonLdPartOf(doc: Document): string {
  for (const script of selectAll(doc, 'script[type="application/ld+json"]')) {
    const m = /"isPartOf"\s*:\s*\[?\s*\{[^{}]{0,300}?"name"\s*:\s*"([^"]{2,80})"/.exec(script.textContent ?? "");
    if (m?.[1] && !isPlatformName(m[1])) return tidy(m[1]);
  }
  return "";
}

/** "Trang chủ báo điện tử tỉnh Lai Châu", "Logo The Hankyoreh": a logo's alt text as the name it shows. */
function logoName(alt: string): string {
  const name = tidy(alt)
    .replace(/^(?:về trang chủ|trang chủ|home(?:page)?|logo|go to)(?=[\s:|-]|$)[\s:|-]*/iu, "")
    .replace(/(?:^|[\s:|-]+)(?:logo|trang chủ|home(?:page)?)$/iu, "")
    .replace(/^(?:báo điện tử|báo)\s+(?:của\s+)?(?:tỉnh|thành phố|tp\.?)\s+/i, "Báo ")
    .replace(/^báo điện tử\s+/i, "Báo ")
    .trim();
  // a long alt that names the owner after a dash ("Tạp chí Quê hương - Ủy ban Nhà nước về người Việt Nam ở nước
  // ngoài"): the name before it
  const named = name.length > 60 ? (/^(.{2,60}?)\s[-–—|]\s/u.exec(name)?.[1] ?? name) : name;
  return named.length >= 2 && named.length <= 60 && /[\p{L}]{2}/u.test(named) ? named : "";
}

/** "© 2026 Khmer Times. All rights reserved.", "Bản quyền thuộc về Báo Lai Châu": the owner a copyright line names, or "". */
export function copyrightName(line: string): string {
  const at = /[©ⓒⒸ]|\(c\)|copyright\b|bản quyền(?=[\s©ⓒⒸ])/iu.exec(line);
  if (!at) return "";
  // the markers, years and "by" before the owner, in any order ("© Bản quyền thuộc về X", "Copyright © 2026, X")
  const rest = line
    .slice(at.index, at.index + 140)
    .replace(/^(?:\s*(?:[©ⓒⒸ]|\(c\)|copyright\b|bản quyền(?:\s+thuộc(?:\s+về)?)?(?=[\s©ⓒⒸ])|by\b|(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?|,))+\s*/iu, "");
  const m = /^([^|\n]{2,90})/u.exec(rest);
  const who = (m?.[1] ?? "")
    .split(/\.\s|\s[-–—|]\s(?!truyền hình\s)|,\s(?!truyền hình\s)|\s*\bAll rights\b|\s+(?:mọi|tất cả(?: các)?) quyền\b/iu)[0] // "Báo và Phát thanh, Truyền hình X", "Đài Phát thanh - Truyền hình X" are one name
    ?.replace(/[.\s]+$/, "")
    .replace(/\s+(?:Media\s+)?(?:Company|Co\.?,?\s*Ltd|Co|Ltd|Limited|Inc|LLC|Corp|Corporation|JSC|GmbH|PCL|DAC|PLC|Pty|Oy|AB|AG)\.?$/i, "")
    // the span of years after the name ("© Nezavisimaya Gazeta 1990-2025"), as before it; a single number stays, a
    // name may end in one ("Radio 2000")
    .replace(/\s+(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}$/u, "")
    .trim();
  // (at most seven words, a dash between two of them no word: "Đài Phát thanh - Truyền hình Đà Nẵng")
  return who && who.length <= 60 && /[\p{L}]{2}/u.test(who) && who.split(/\s+/).filter((w) => !/^[-–—]$/.test(w)).length <= 7 ? who : "";
}

interface PrintedNames {
  logos: string[];
  owners: string[];
  /** The headings a masthead box prints as text ("<div class="masthead"><h2>Báo Đảng bộ quận X</h2>"), outside the article. */
  mastheads: string[];
  /** The site's name set as text in a logo's link in the header ("<a class="logo">The Sentinel</a>"). */
  textLogos: string[];
  /** The names the masthead's boxes print by their form ({@link namedBoxes}), read where no metadata names the site. */
  boxes: string[];
}

/**
 * The paper a footer names over its owner: "BÁO CÔNG AN ĐÀ NẴNG - Cơ quan của Công an thành phố Đà Nẵng" → "Báo Công
 * An Đà Nẵng" (a name set in capitals, each word capitalised), or "".
 */
function paperAboveOwner(line: string): string {
  const name = /^((?:báo|tạp chí)\s[^-–—|]{2,50}?)\s[-–—|]\s(?:cơ quan|cơ quan chủ quản)\s/iu.exec(line)?.[1] ?? "";
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|\s)([\p{Ll}])/gu, (_, space: string, first: string) => space + first.toUpperCase()) : name;
}

/**
 * The names a page prints for itself in its header and footer, read before those are dropped as furniture: the logo's
 * alt text, and the owner each copyright line names (one line per short leaf-most part of a footer box).
 */
function printedNames(doc: Document): PrintedNames {
  const logos = selectAll(doc, '[class*="logo" i] img[alt], [id*="logo" i] img[alt], a[href="/"] img[alt], header img[alt], img[src*="logo" i][alt], img[class*="logo" i][alt]')
    .filter((img) => !closestOf(img, ".skiptranslate")) // Google Translate's own bar and hover card, left in a translated page
    .map((img) => logoName(img.getAttribute("alt") ?? ""))
    .filter(Boolean)
    .slice(0, 5);
  for (const name of textMastheads(doc)) if (logos.length < 6 && !logos.includes(name)) logos.push(name);
  for (const name of homeLinkLogos(doc)) if (logos.length < 6 && !logos.includes(name)) logos.push(name);
  const owners: string[] = [];
  // (a box called "foot" alone is a footer as much: "<div class="foot">Bản quyền thuộc về …</div>")
  for (const box of selectAll(doc, 'footer, [class*="footer" i], [id*="footer" i], [class~="foot" i], [id="foot" i], [class*="copyright" i]').slice(0, 12)) {
    for (const el of [box, ...selectAll(box, "p, div, span, li, small").slice(0, 60)]) {
      const text = tidy(el.textContent ?? "");
      if (text.length > 200 || selectOne(el, "p, div, li")) continue;
      const who = copyrightName(text) || paperAboveOwner(text);
      if (who && !owners.includes(who)) owners.push(who);
    }
  }
  // (the boxes are read only where no metadata names the site: the only pages that ask them)
  // (and where the name is a platform's: "Zalo", "Telegram" name no publisher)
  const site = tidy(selectOne(doc, 'meta[property="og:site_name"], meta[name="og:site_name"], meta[name="SiteName"], meta[name="sitename"]')?.getAttribute("content") ?? "");
  const named = site !== "" && !isPlatformName(site);
  return { logos, owners, mastheads: mastheadHeadings(doc), textLogos: textLogos(doc), boxes: named ? [] : namedBoxes(doc) };
}

/** The text of a masthead box's heading, outside the article and the footer (at most three, six words each). */
function mastheadHeadings(doc: Document): string[] {
  const names: string[] = [];
  for (const el of selectAll(doc, '[class*="masthead" i] h1, [class*="masthead" i] h2, [class*="masthead" i] h3').slice(0, 3)) {
    if (closestOf(el, "article, footer, [class*='footer' i]")) continue;
    const text = tidy(el.textContent ?? "");
    if (text.length >= 4 && text.length <= 60 && !/\d/.test(text) && text.split(" ").length <= 8) names.push(text);
  }
  return names;
}

/** A logo's link that holds the site's name as text, no picture, outside the footer: its words (at most six, no digit). */
function textLogos(doc: Document): string[] {
  const names: string[] = [];
  for (const el of selectAll(doc, 'a[class*="logo" i], [class*="logo" i] > a').slice(0, 6)) {
    if (selectOne(el, "img, svg, picture") || closestOf(el, "footer")) continue;
    const name = logoName(el.textContent ?? "");
    if (name && name.split(/\s+/).length <= 6 && !/\d/.test(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * A news app's source line over the headline in its saved view ("<div class="source">Tạp chí … · 2 giờ trước</div>",
 * {@link sourceWithAge}): the source's name, and the address of the original where the page links that name ("Nguồn:
 * <a href="https://…">Tạp chí …</a>"); null where the page prints none.
 */
function sourceOverHeadline(page: Document): { name: string; href: string | null } | null {
  const h1 = selectOne(page, "h1");
  if (!h1) return null;
  // (the line stands right before the headline: the h1's elder siblings, or its box's, three boxes up at most)
  const before: Element[] = [];
  for (let node: Element | null = h1, up = 0; node && up < 3; node = node.parentElement, up++) {
    for (let sib = node.previousElementSibling, k = 0; sib && k < 3; sib = sib.previousElementSibling, k++) before.push(sib);
  }
  for (const el of before) {
    if (el.childElementCount > 2 || closestOf(el, "nav, footer, a")) continue;
    const text = el.textContent ?? "";
    const name = text.length <= 200 ? sourceWithAge(tidy(text)) : null;
    if (name === null) continue;
    const link = selectAll(page, "a[href]").slice(0, 600).find((a) => foldForMatch(tidy(a.textContent ?? "")) === foldForMatch(name) && /^https?:\/\/[^/\s]+\/\S{4,}/i.test(a.getAttribute("href") ?? ""));
    return { name, href: link?.getAttribute("href")?.trim() ?? null };
  }
  return null;
}

/** The first h2 of a page's content, outside its header, menus, sidebars and footer, of a headline's length; else null. */
function contentH2(page: Document): string | null {
  for (const h2 of selectAll(page, "h2").slice(0, 20)) {
    if (closestOf(h2, "header, nav, aside, footer, [class*='sidebar' i], [class*='menu' i], [class*='footer' i]")) continue;
    const text = tidy(h2.textContent ?? "");
    if (text.length >= 15 && text.length <= 250) return text;
  }
  return null;
}

/** A box's class or id that says it holds the site's name where a logo stands: a masthead, a banner, a brand, a logo, a print view's header. */
// (and a portal's top bar, "CỔNG THÔNG TIN ĐIỆN TỬ" beside its body's name: "top", "topbar", "header-top", "site-header")
// (and a platform's account header over a post, "oa-header", "account-name", "channel-name": the account's name)
const NAME_BOX = /masthead|banner|brand|logo|print-head|(?:^|[\s_-])(?:top|top-?bar|header-top|site-header)(?=[\s_-]|$)|(?:^|[\s_-])(?:oa|account|channel|profile)[-_]?(?:name|header|title)(?=[\s_-]|$)/i;
/**
 * The page's masthead boxes ({@link NAME_BOX}) among its first elements, in document order, before its headline or its
 * article (a walk of at most 300 elements: the header is at the top).
 */
/** A portal's label with no body's name after it: "CỔNG THÔNG TIN ĐIỆN TỬ", "Trang thông tin điện tử". */
const PORTAL_LABEL_ALONE = /^(?:cổng thông tin(?: điện tử)?|cổng giao tiếp điện tử|trang thông tin(?: điện tử)?(?: tổng hợp)?)$/iu;
function nameBoxesAtTop(doc: Document): Element[] {
  const boxes: Element[] = [];
  let el: Element | null = doc.body?.firstElementChild ?? null;
  for (let seen = 0; el && seen < 300 && boxes.length < 12; seen++) {
    const named = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    const box = named.length > 1 && NAME_BOX.test(named);
    if (box) boxes.push(el);
    else if (/^(?:H1|ARTICLE|MAIN)$/.test(el.tagName)) break;
    // depth first: the first child, else the next sibling of this element or of its nearest ancestor that has one
    let next: Element | null = el.firstElementChild;
    for (let up: Element | null = el; !next && up && up !== doc.body; up = up.parentElement) next = up.nextElementSibling;
    el = next;
  }
  return boxes;
}
/**
 * The site's name a masthead box prints as text or as its picture's alt text, outside the footer and the article: a
 * Vietnamese body's, paper's or association's name by its form ("HỌC VIỆN CHÍNH TRỊ – HÀNH CHÍNH KHU VỰC TÂY BẮC BỘ",
 * "Tổng Lãnh sự quán Đại Hàn Dân Quốc tại Hải Phòng", "Hội Hữu nghị Việt – Nga tỉnh Bình Lãng"). A name set in capitals
 * is spelt as the page writes it in running case elsewhere (its footer, its picture's alt), else as it is printed.
 */
function namedBoxes(doc: Document): string[] {
  const names: string[] = [];
  const pageText = (): string => (doc.body?.textContent ?? "").slice(0, 200_000).replace(/\s+/g, " ");
  let text: string | null = null;
  for (const box of nameBoxesAtTop(doc)) {
    // (a box holding the article, its sub-heads or a page's worth of text is a wrapper, no masthead)
    if (closestOf(box, "footer, article, nav, [class*='footer' i], a:not([href='/'])") || selectOne(box, "h2, article") || (box.textContent ?? "").length > 400) continue;
    const leaves = box.childElementCount === 0 ? [box] : selectAll(box, "*").filter((el) => el.childElementCount === 0).slice(0, 12);
    for (const leaf of leaves) {
      // (a link to another page inside the box is a menu's, never the name: a logo's link goes home)
      const link = closestOf(leaf, "a")?.getAttribute("href")?.trim();
      if (link !== undefined && !/^(?:https?:\/\/[^/?#\s]+)?\/?(?:index\.(?:html?|php|aspx?))?$/i.test(link)) continue;
      const said = leaf.tagName === "IMG" ? (leaf.getAttribute("alt") ?? "") : (leaf.textContent ?? "");
      const name = tidy(said);
      if (name.length < 6 || name.length > 80 || !(institutionMasthead(name) || mastheadByForm(name) || ASSOCIATION_NAME.test(name) || capitalsName(name))) continue;
      // (a portal's label alone, "CỔNG THÔNG TIN ĐIỆN TỬ" beside the body's name, names no one)
      if (PORTAL_LABEL_ALONE.test(name)) continue;
      let spelt = name;
      if (!/[\p{Ll}]/u.test(name)) {
        text ??= pageText();
        const lower = text.toLowerCase();
        const key = name.toLowerCase();
        // (the first ten times the page prints it: the first is often the box itself)
        for (let at = lower.length === text.length ? lower.indexOf(key) : -1, k = 0; at >= 0 && k < 10; at = lower.indexOf(key, at + key.length), k++) {
          const other = text.slice(at, at + name.length);
          if (/[\p{Ll}]/u.test(other)) {
            spelt = other;
            break;
          }
        }
      }
      if (!names.some((n) => foldForMatch(n) === foldForMatch(spelt))) names.push(spelt);
    }
    if (names.length >= 3) break;
  }
  return names;
}
/** An association's name, its kind first: "Hội Hữu nghị Việt – Nga tỉnh Bình Lãng", "Liên hiệp các Hội Khoa học", "Hiệp hội Cảng biển". */
const ASSOCIATION_NAME = /^(?:Hội|Hiệp hội|Liên hiệp|Liên đoàn|Liên minh|Mặt trận|Đoàn Thanh niên)\s[\p{Lu}][^\d.,:;!?|]{2,70}$/u;
/** A name in capitals with its kind first: "BÁO ĐIỆN TỬ ĐỒNG THÁP MƯỜI", "VIỆN NGHIÊN CỨU …", "HỘI HỮU NGHỊ …". */
const capitalsName = (name: string): boolean =>
  !/[\p{Ll}\d.,:;!?|]/u.test(name) && /^(?:BÁO|TẠP CHÍ|TUẦN BÁO|ĐÀI|CỔNG THÔNG TIN|TRANG THÔNG TIN|VIỆN|TRƯỜNG|HỌC VIỆN|ĐẠI HỌC|SỞ|BỘ|HỘI|HIỆP HỘI|TRUNG TÂM|TỔNG LÃNH SỰ QUÁN|ĐẠI SỨ QUÁN)\s\S/u.test(name) && name.split(/\s+/).length <= 14;

/**
 * A picture in a link to the site's home page written in full ("<a href="http://www.saigonbao.com/"><img
 * alt="Sài Gòn Báo"></a>", an old hand-written page's masthead), or to its index file: its alt text is the logo's name.
 */
function homeLinkLogos(doc: Document): string[] {
  const names: string[] = [];
  for (const img of selectAll(doc, "a[href] img[alt]").slice(0, 40)) {
    const href = closestOf(img, "a")?.getAttribute("href")?.trim() ?? "";
    if (!/^(?:https?:\/\/[^/?#\s]+)?\/?(?:index\.(?:html?|php|aspx?))?$/i.test(href) || href === "" || closestOf(img, "footer")) continue;
    if (/^https?:\/\/(?:[\w-]+\.)*(?:facebook|twitter|x|youtube|instagram|zalo|tiktok|linkedin|google|apple|t|telegram|pinterest|reddit|threads)\.(?:com|me|net|org)\/?$/i.test(href)) continue; // a network's icon
    const name = logoName(img.getAttribute("alt") ?? "");
    if (name && !names.includes(name)) names.push(name);
    if (names.length >= 2) break;
  }
  return names;
}

/**
 * The site's name set as text where a logo stands (WordPress's "site-title", a "site-name", a navbar's "brand"): "Thời
 * Báo" in `<p class="site-title"><a href="/">Thời Báo</a></p>`. Short, no digits, at most six words.
 */
function textMastheads(doc: Document): string[] {
  const names: string[] = [];
  for (const el of selectAll(doc, '[class~="site-title"], [class~="site-name"], [id="site-title"], [id="site-name"], [class~="navbar-brand"], [class~="site-logo"]').slice(0, 6)) {
    if (selectOne(el, "img, p, div, li, nav")) continue;
    const text = tidy(el.textContent ?? "");
    if (text.length >= 2 && text.length <= 50 && !/\d/.test(text) && text.split(" ").length <= 6) names.push(text);
  }
  return names;
}

/**
 * The party committee a Vietnamese paper's full name says it belongs to, before the place it shares with its site's
 * name: "Đảng bộ tỉnh", "Đảng bộ quận", "Đảng bộ" ("Báo Đảng bộ quận X", folded).
 */
const PARTY_OWNER = /^dang bo (?:(?:tinh|thanh pho|quan|huyen|thi xa) )?/;

/**
 * An online edition's site name ("Quê hương Online", "X điện tử") as the paper's own, when the logo or the copyright
 * line prints the paper with its kind ("Tạp chí Quê hương", "Báo X"), or the masthead prints the party paper's full name
 * for the same place ("Báo Đảng bộ quận X" over the site name "Báo X điện tử"); else null.
 */
function paperOfEdition(site: string, printed: PrintedNames): string | null {
  const edition = /^(.{2,40}?)\s+(?:online|điện tử)$/iu.exec(site)?.[1];
  if (!edition) return null;
  const key = (n: string): string => foldForMatch(n).replace(/^(?:bao|tap chi) /, "");
  const same = [...printed.logos, ...printed.owners].find((n) => /^(?:báo|tạp chí)\s/iu.test(n) && key(n) === key(edition));
  if (same) return same;
  // (a paper of another place, or a name that only ends with the place's last word, is another paper's)
  return printed.mastheads.find((n) => /^báo\s/iu.test(n) && PARTY_OWNER.test(key(n)) && key(n).replace(PARTY_OWNER, "") === key(edition)) ?? null;
}

/** A byline without the outlet after its names and a comma, and the place filed from after that: "A, Outlet - Place" → "A". */
export function withoutOutletAfterName(byline: string, outlet: string): string {
  const at = byline.toLowerCase().indexOf(`, ${outlet.toLowerCase()}`);
  if (at < 3 || outlet.length < 3) return byline;
  const rest = byline.slice(at + 2 + outlet.length);
  return /^(?:\s?[-–—,]\s?[\p{Lu}][\p{L}.'’ ]{1,30}(?:,\s?[\p{Lu}][\p{L}.]{1,12})?)?$/u.test(rest) ? byline.slice(0, at) : byline;
}

/**
 * A Vietnamese page's own name for a broadcaster's service, printed in its header or logo as "<the broadcaster, or its
 * initials> Tiếng Việt" ("RFA Tiếng Việt" for "Radio Free Asia"), when the lexicon knows it; else null.
 */
function vietnameseService(page: Document, site: string, printed: PrintedNames): string | null {
  if (!/^vi\b/i.test(page.documentElement?.getAttribute("lang") ?? "") || /tiếng việt/iu.test(site) || site.length > 60) return null;
  const words = site.split(/\s+/);
  const initials = words.length >= 2 ? words.map((w) => w[0] ?? "").join("").toUpperCase() : "";
  const leaves = selectAll(page, "header *, #header *, [class*='header'] *")
    .slice(0, 300)
    .filter((el) => el.childElementCount === 0)
    .map((el) => tidy(el.textContent ?? ""));
  for (const name of [...printed.logos, ...leaves]) {
    const m = /^(.{2,40}?)\s+Tiếng Việt$/iu.exec(name);
    if (!m?.[1] || lookupOutlet(name) === null) continue;
    const head = m[1].toLowerCase();
    if (head === site.toLowerCase() || head === initials.toLowerCase() || head === (words[0] ?? "").toLowerCase()) return name;
  }
  // a broadcaster's Vietnamese service named in full in the header, its brand's own words inside the broadcaster's name
  // ("Bắc Hải Radio" as the site name, "Đài Phát thanh Công cộng Bắc Hải – Ban Tiếng Việt" printed): the service
  // (only for a brand of that form: a site name that is the broadcaster's own name, "Đài Phát thanh Nhân dân Vân Nam",
  // stands)
  const own = foldForMatch(site).replace(BRAND_MEDIUM_WORDS, "").replace(/\s+/g, " ").trim();
  if (own.length >= 3 && own !== foldForMatch(site)) {
    for (const name of [...printed.logos, ...leaves]) {
      const m = name.length <= 100 ? SERVICE_IN_FULL.exec(name) : null;
      if (m?.[1] && ` ${foldForMatch(m[1])} `.includes(` ${own} `)) return name;
    }
  }
  return null;
}
/** A Vietnamese body's or outlet's name by its kind, the words after it mostly capitalised: "Truyền hình Cáp Thành phố Cần Phước", "Trung tâm Nghiên cứu …". */
const KIND_FIRST_NAME = /^(?:Báo|Tạp chí|Tuần báo|Nhật báo|Đài|Truyền hình|Trung tâm|Viện|Trường|Học viện|Đại học)\s[\p{Lu}]/u;
/**
 * The name a page's header prints in full where the site name is initials the lexicon does not know ("THTV" over the
 * logo's "Đài Phát thanh và Truyền hình Tây Hà", "AMSRC" over the brand's "Trung tâm Nghiên cứu An ninh Hàng hải Á
 * Châu"), on a Vietnamese page: the logo's, the brand's or the masthead's text, a name with its kind first; else null.
 * Initials the lexicon knows ("VTV", "VOV") stay as printed.
 */
function initialsInHeader(page: Document, og: string, printed: PrintedNames): string | null {
  if (!/^[\p{Lu}]{2,6}$/u.test(og) || lookupOutlet(og) !== null || !/^vi\b/i.test(page.documentElement?.getAttribute("lang") ?? "")) return null;
  const boxes = selectAll(page, 'header *, [class*="logo" i], [class*="brand" i], [class*="masthead" i] *, [class*="site-title" i]')
    .slice(0, 200)
    .filter((el) => el.childElementCount === 0 && !closestOf(el, "nav, footer"))
    .map((el) => tidy(el.textContent ?? ""));
  for (const name of [...printed.logos, ...printed.textLogos, ...boxes]) {
    if (name.length < 8 || name.length > 90 || /[\d|:;!?]/.test(name)) continue;
    if ((KIND_FIRST_NAME.test(name) || institutionMasthead(name) || mastheadByForm(name)) && properName(name)) return name;
  }
  return null;
}
/** A broadcaster's name, a dash, its Vietnamese service: "Đài Phát thanh Công cộng Bắc Hải – Ban Tiếng Việt", "Đài … - Chương trình tiếng Việt". */
const SERVICE_IN_FULL = /^(Đài\s\p{Lu}.{3,70}?)\s[–—-]\s(?:Ban|Chương trình|Trang|Phòng)\s(?:[Tt]iếng Việt|Việt ngữ)$/u;
/** A brand's medium words, folded, around its own words: "Radio", "TV", "Online", "News", "World". */
const BRAND_MEDIUM_WORDS = /\b(?:radio|tv|online|news|world|international|broadcasting)\b/g;

/**
 * The name a site's initials stand for, where the site name or its logo prints both ("YTV - Đài Phát thanh và Truyền
 * hình Yên Bái"; "HGTV" as the site name, "HGTV - Đài Phát thanh và Truyền hình Hậu Giang" as the logo): the name.
 * Initials the lexicon knows as an outlet's own name ("VOV - Đài Tiếng nói Việt Nam") stay as printed: null.
 */
export function spelledOutName(siteName: string, logos: readonly string[]): string | null {
  if (siteName.length > 120) return null;
  const both = INITIALS_THEN_NAME.exec(siteName);
  if (both?.[1] && both[2]) return lookupOutlet(both[1]) === null && properName(both[2]) ? both[2] : null;
  if (!/^[\p{Lu}\d]{2,6}$/u.test(siteName) || lookupOutlet(siteName) !== null) return null;
  for (const logo of logos) {
    const m = logo.length <= 120 ? INITIALS_THEN_NAME.exec(logo) : null;
    if (m?.[1] === siteName && m[2] && properName(m[2])) return m[2];
  }
  return null;
}

/** An og:site_name written as the site's address ("https://www.kwtx.com"): its domain, read as a domain site name is. */
function siteNameAsDomain(og: string): string {
  const m = og.length <= 120 ? /^https?:\/\/(?:www\.)?([\w-]+(?:\.[\w-]+)+)\/?$/i.exec(og) : null;
  return m?.[1] ?? og;
}

/**
 * Whether a site's label in lower case is a name's words cut short and run together ("sacbee": "The Sacramento Bee",
 * "stltoday" is no such cut of "St. Louis Post-Dispatch"): each word of the name, in order, gives the label's next
 * letters, at least its first; two words at least, a leading "The" left out.
 */
export function labelAbbreviates(label: string, name: string | null): boolean {
  if (name === null || label.length > 40 || name.length > 60) return false;
  const words = foldForMatch(name).split(" ").filter((w, i) => w.length > 0 && !(i === 0 && w === "the"));
  if (words.length < 2 || words.length > 5) return false;
  const from = (at: number, k: number): boolean => {
    if (k === words.length) return at === label.length;
    const word = words[k] as string;
    for (let n = Math.min(word.length, label.length - at); n >= 1; n--) if (label.startsWith(word.slice(0, n), at) && from(at + n, k + 1)) return true;
    return false;
  };
  return from(0, 0);
}

/**
 * The paper and station a province made in 2025 of its paper and its radio-television station, when the site name
 * is still the old paper's ("Báo Sơn La điện tử") and the logo, the publisher or the rights line print the new name
 * ("Báo và Phát thanh, Truyền hình Sơn La"): the new one. A name of another province's changes nothing.
 */
function stationOfPaper(og: string, names: readonly string[]): string | null {
  const paper = foldForMatch(og.replace(/\s+(?:điện tử|online)$/iu, "").replace(/^(?:báo|bao)\s+/iu, ""));
  for (const n of names) {
    const province = n ? provinceOfPaperAndStation(n) : null;
    if (province && foldForMatch(province) === paper) return lookupOutlet(n);
  }
  return null;
}

/** Whether `text`'s letters are mostly Latin (Vietnamese, English), read in its first 3,000 characters. */
function mostlyLatin(text: string): boolean {
  const sample = text.slice(0, 3000);
  const latin = sample.match(/[\p{Script=Latin}]/gu)?.length ?? 0;
  const letters = sample.match(/[\p{L}]/gu)?.length ?? 0;
  return letters > 0 && latin * 2 > letters;
}

/**
 * A name the metadata of a translated page gives in the original's script ("중앙일보", "Известия", "陈新") while the
 * page shows its text in a Latin script: not the name as the page reads. (The browser translates what the page
 * shows, never its <head>.)
 */
const untranslatedName = (name: string, latinPage: boolean): boolean => latinPage && /[\p{L}]/u.test(name) && !/[\p{Script=Latin}]/u.test(name);

/**
 * The outlet's name as a translated page shows it: the masthead's text (a logo link's words, the translation of its
 * name) or the owner its copyright line names, in the page's script; of two that hold one another, the shorter
 * ("Kommersant" in "Nhà xuất bản Kommersant", "Yomiuri Shimbun" in "Yomiuri Shimbun Online"). Empty when it prints none.
 */
function translatedSiteName(page: Document, printed: PrintedNames): string {
  const logos = [...printed.logos];
  for (const el of selectAll(page, 'a[class*="logo" i], [class*="logo" i] > a, h1[class*="logo" i] a').slice(0, 6)) {
    if (selectOne(el, "img, svg") || closestOf(el, "footer, .skiptranslate")) continue; // (the proxy's own bar is "skiptranslate")
    const name = logoName(el.textContent ?? "");
    if (name && name.split(/\s+/).length <= 6 && !/\d/.test(name) && !logos.includes(name)) logos.push(name);
  }
  const names = [...logos, ...printed.owners].filter((n) => /[\p{Script=Latin}]/u.test(n) && !/[\p{Script=Hangul}]|[\p{Script=Cyrillic}]|[\p{Script=Han}]/u.test(n));
  const first = names[0];
  if (!first) return "";
  const key = foldForMatch(first).replace(/^the /, "");
  const other = names.find((n) => n !== first && (foldForMatch(n).includes(key) || key.includes(foldForMatch(n).replace(/^the /, ""))));
  return other && other.length < first.length ? other : first;
}

/**
 * The outlet's name as the page gives it: og:site_name, the JSON-LD publisher, else the one of the names it prints for
 * itself (the <title>'s suffix after the headline, the logo's alt text, the copyright line) that the lexicon knows or
 * that the page's domain spells, else the <title>'s last suffix that is no section label ("… : News : The Hankyoreh"),
 * else the logo's or the copyright line's name as printed. Empty when the page names no outlet.
 */
function siteNameOf(page: Document, printed: PrintedNames, headline: string, url: string | null): string {
  const named = siteNamed(page, printed, headline, url);
  return OFFICIAL_SITE_OF.exec(named)?.[1] ?? named;
}
/** A publishing company's name: the brand, then the trade and the legal form ("SunStar Publishing Inc.", "X Newspapers Ltd"). */
const PUBLISHING_COMPANY = /^(\p{Lu}[\p{L}\d&'’.-]*(?:\s\p{Lu}[\p{L}\d&'’.-]*){0,3}),?\s(?:Publishing|Publications|Newspapers?|Media|Communications|Printing and Publishing)(?:\s(?:Company|Co\.?|Corp\.?|Corporation|Group))?,?\s(?:Inc|Ltd|Limited|LLC|Corp|Corporation|PLC|Pty Ltd|Co)\.?$/u;
/** A <title> that ends with the name after a bar or a dash ("Headline - SunStar"). */
function titleEndsWith(title: string, name: string): boolean {
  const t = title.toLowerCase();
  return t.endsWith(name.toLowerCase()) && /[|–—-]\s*$/u.test(t.slice(0, t.length - name.length));
}
/**
 * An official site names itself for whose site it is: "Official website of the President of Ukraine", "The official
 * portal of the Government of Canada": the office ("President of Ukraine"), as the page's own header names it.
 */
const OFFICIAL_SITE_OF = /^(?:the\s)?official\s(?:website|web site|site|portal|web portal|page)\sof\s(?:the\s)?([\p{L}].{2,80})$/iu;
/**
 * The publication a platform's title names between the writer and the platform: Medium's "Headline | by Jane Doe |
 * The Eastern Ledger | Medium", Substack's "Headline - by Jane Doe - Korea Watch Weekly"; never the writer's own part,
 * nor a personal post's month.
 */
function publicationInTitle(title: string): string | null {
  if (title.length > 300) return null;
  for (const bar of [" | ", " - "]) {
    const parts = title.split(bar).map((part) => part.trim());
    const by = parts.findIndex((part, i) => i > 0 && /^(?:by|bởi)\s\S/iu.test(part));
    const name = by > 0 ? parts[by + 1] : undefined;
    // (a personal post's title has the month there instead: "Headline | by Jane Doe | Dec, 2026 | Medium")
    if (name && name.length >= 2 && name.length <= 60 && !/\d/.test(name) && !isPlatformName(name) && (by + 2 === parts.length || (by + 3 === parts.length && isPlatformName(parts[by + 2] ?? null)))) return name;
  }
  return null;
}
function siteNamed(page: Document, printed: PrintedNames, headline: string, url: string | null): string {
  // og:site_name, or the site's name as a government CMS writes it in its own meta ("SiteName": TRS's sites in China);
  // a journal's article page without either names its journal in its citation tags (Open Journal Systems')
  const og = siteNameAsDomain(tidy(selectOne(page, 'meta[property="og:site_name"], meta[name="og:site_name"], meta[name="SiteName"], meta[name="sitename"]')?.getAttribute("content") ?? selectOne(page, 'meta[name="citation_journal_title"]')?.getAttribute("content") ?? ""));
  // a platform's page ("LinkedIn", "Medium" as the site): the newsletter or publication the post is part of, if it names one
  if (isPlatformName(og || jsonLdPublisher(page))) {
    const series = jsonLdPartOf(page) || publicationInTitle(tidy(selectOne(page, "title")?.textContent ?? ""));
    if (series) return series;
    // or the account's name a paper's kind opens, as its avatar or its name box prints it over the post (a Zalo
    // official account's "Báo Hòa Vang"): the paper posting on the platform
    const account = [...printed.logos, ...printed.boxes].find((n) => !isPlatformName(n) && mastheadByForm(n));
    if (account) return account;
  }
  if (og && /^[\w-]+(?:\.[\w-]+)+$/.test(og) && !lookupOutlet(og)) {
    // a site name that is the domain ("Haaretz.com", "BostonGlobe.com"): the publisher, logo or owner the domain's
    // label spells exactly, two sources agreeing ("Haaretz" over the owner's "Haaretz Daily Newspaper")
    const exact = labelNamed(og, [jsonLdPublisher(page), ...printed.logos, ...printed.owners]);
    if (exact) return exact;
    // else the name the page prints for itself that this domain spells ("DAWN.COM")
    const named = [...printed.owners, ...printed.logos].find((n) => !/^[\w-]+(?:\.[\w-]+)+$/.test(n) && domainSpells(n, og.toLowerCase()));
    if (named) return named;
    // or the JSON-LD publisher whose name the domain's label begins ("baotintuc.vn": "Báo Tin tức và Dân tộc", the
    // paper's name since it merged; a parent company's name spells no such label)
    const label = og.toLowerCase().split(".")[0] ?? "";
    const publisher = jsonLdPublisher(page);
    if (publisher && label.length >= 4 && foldForMatch(publisher).replace(/[^a-z\d]/g, "").startsWith(label)) return publisher;
    // or that publisher's name with the label as one of its words, printed as the logo or the home link's text too
    // ("spectator.sme.sk": "The Slovak Spectator", the paper's site on its publisher's domain)
    if (publisher && label.length >= 4 && foldForMatch(publisher).split(" ").includes(label) && [...printed.logos, tidy(selectOne(page, 'a[href="/"]')?.textContent ?? "")].some((n) => foldForMatch(n) === foldForMatch(publisher))) return publisher;
    // the page's own rights line or logo printing the name with its tail ("© 2026 FactCheck.org"): that is its name
    if ([...printed.owners, ...printed.logos].some((n) => n.toLowerCase() === og.toLowerCase())) return og;
    // the domain's label as the site writes it, in capitals or with a capital inside ("WRAL.com", "BostonGlobe.com"):
    // its name without the domain's tail; a label that is one plain word ("Canada.ca") may be a country's or a
    // department's portal, named by the lines the page prints for itself (the text's own scan reads them)
    const written = og.split(".")[0] ?? "";
    return written.length >= 3 && /^[\p{Lu}]{2,}$|[\p{Ll}][\p{Lu}]/u.test(written) ? written : og;
  }
  if (og && /^[\p{L}\d]{4,40}$/u.test(og)) {
    // a site name written as the domain's label ("nationthailand") or its words run together ("GulfToday"): the name
    // the page prints that spells it with its spaces and capitals ("Nation Thailand", "Gulf Today" in its logo or as
    // the publisher)
    const joined = foldForMatch(og);
    const spaced = [jsonLdPublisher(page), ...printed.logos, ...printed.owners].find((n) => n.includes(" ") && foldForMatch(n).replace(/ /g, "") === joined);
    if (spaced) return spaced;
    // or its words cut short ("sacbee": "The Sacramento Bee" in its copyright line or as the publisher)
    const cut = /^[a-z\d]+$/.test(og) ? [...printed.owners, jsonLdPublisher(page), ...printed.logos].find((n) => labelAbbreviates(og, n)) : undefined;
    if (cut) return cut;
  }
  if (og && /[\p{Script=Latin}]{2}/u.test(og) && /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(og)) {
    // a site name in two scripts on a Latin-script page ("Rti 中央廣播電臺" on a Vietnamese page): its Latin part
    const latinPage = !/^(?:zh|ja|ko)\b/i.test(page.documentElement?.getAttribute("lang") ?? "");
    const latin = og.replace(/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\s]+$/u, "").replace(/^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\s]+/u, "").trim();
    if (latinPage && latin.length >= 2 && !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(latin)) {
      // a foreign broadcaster's Vietnamese service, its language printed beside the logo ("Rti" / "Tiếng Việt")
      const vietnamese = /^vi\b/i.test(page.documentElement?.getAttribute("lang") ?? "") && selectAll(page, "header *").some((el) => el.childElementCount === 0 && /^tiếng việt$/iu.test(tidy(el.textContent ?? "")));
      return vietnamese ? `${latin} Tiếng Việt` : latin;
    }
  }
  if (og) {
    // a station's or a paper's initials with its name spelt out ("YTV - Đài Phát thanh và Truyền hình Yên Bái"), in the
    // site name or in the logo beside initials alone ("HGTV" over the logo's "HGTV - Đài …"): the name spelt out
    const spelt = spelledOutName(og, [...printed.logos, ...printed.textLogos]);
    if (spelt) return spelt;
    // initials beside words telling what the outlet is, no proper name ("ANTV - Truyền hình Công an nhân dân", as a
    // logo's "VTV4 - Kênh truyền hình đối ngoại quốc gia" is read): the initials, the name the page goes by
    const described = INITIALS_THEN_NAME.exec(og);
    if (described?.[1] && described[2] && !properName(described[2]) && /[\p{Ll}]/u.test(described[2]) && /[\p{Lu}]{2}/u.test(described[1])) return described[1];
  }
  if (og) {
    // initials as the site name ("THTV", "AMSRC") on a Vietnamese page whose header prints the body's name in full, its
    // kind first ("Đài Phát thanh và Truyền hình Tây Hà", "Trung tâm Nghiên cứu …"): the name printed
    const inFull = initialsInHeader(page, og, printed);
    if (inFull) return inFull;
  }
  if (og) {
    // a broadcaster's name on its Vietnamese service's page ("Radio Free Asia" where the header's link or the logo
    // reads "RFA Tiếng Việt"): the service, as it names itself
    const service = vietnameseService(page, og, printed);
    if (service) return service;
  }
  if (og) {
    // the masthead the page prints, where the site name extends it ("The Sentinel Assam" over the logo's "The
    // Sentinel") or is a tagline the address does not spell ("Be Korea-savvy" over "The Korea Bizwire")
    const masthead = mastheadOverSiteName({ siteName: og, logos: [...printed.logos, ...printed.textLogos], others: [jsonLdPublisher(page), ...printed.owners], host: url ? hostOf(url) : null });
    if (masthead) return masthead;
  }
  if (og) {
    // a site name in another language than the page's ("Anadolu Ajansı" on an English page that prints "© Anadolu
    // Agency"): the name the page prints in its own language, when one shares the site name's first word
    const lang = page.documentElement?.getAttribute("lang") ?? "";
    if (/^en\b/i.test(lang) && /[^\x00-\x7F]/.test(og)) {
      const first = og.split(/\s+/)[0]?.toLowerCase() ?? "";
      const english = [...printed.owners, ...printed.logos].find((n) => /^[\x20-\x7E]+$/.test(n) && n.split(/\s+/)[0]?.toLowerCase() === first && n.toLowerCase() !== og.toLowerCase());
      if (english) return english;
    }
    // the site's name with its tagline after a bar or a dash ("New Age | The Most Popular Outspoken English Daily in
    // Bangladesh"): the name; a tagline is a phrase of four words or more with a small word inside
    const tagged = /^(\S.{1,39}?)\s[|–—-]\s(\S.{10,119})$/u.exec(og);
    if (tagged?.[1] && tagged[2] && tagged[2].split(/\s+/).length >= 4 && /\s(?:the|of|in|and|for|with|to|from|on|your|our)\s/iu.test(` ${tagged[2]} `)) return paperOfEdition(tagged[1], printed) ?? tagged[1];
    // the publishing company as the site name ("SunStar Publishing Inc.", "Rappler Media Corp"): the paper it
    // publishes, when the page's address spells that name or its <title> ends with it
    const brand = PUBLISHING_COMPANY.exec(og)?.[1];
    if (brand && ((url && domainSpells(brand, hostOf(url) ?? "")) || titleEndsWith(tidy(page.title ?? ""), brand))) return brand;
    // "Tạp chí Thuế - Cục Thuế": the paper, its owner after the dash no part of its name
    const owned = PAPER_OWNER.exec(og)?.[1];
    return paperOfEdition(og, printed) ?? stationOfPaper(og, [jsonLdPublisher(page), ...printed.logos, ...printed.owners]) ?? owned ?? og;
  }
  // a blog's header: its h1 links home and names the blog, the post's title is printed below it
  const ogTitle = tidy(selectOne(page, 'meta[property="og:title"]')?.getAttribute("content") ?? "");
  if (homeLinkHeading(page, ogTitle)) return tidy(selectOne(page, "h1")?.textContent ?? "");
  const publisher = jsonLdPublisher(page);
  if (publisher) return publisher;
  // a portal's copy of another site's story names that site its JSON-LD's provider ("provider": {"name": "The Hauraki
  // Plains Gazette"}): the story's outlet, as the portal's source line prints it
  const provider = jsonLdProvider(page);
  if (provider) return provider;
  const docTitle = tidy(page.title ?? "");
  const suffixes: string[] = [];
  // (a page whose headline stands in no h1 and no og:title reads its <title>'s last part after a bar or a dash too)
  if (docTitle) {
    const at = headline ? docTitle.toLowerCase().indexOf(headline.toLowerCase()) : -1;
    // the headline whole inside the <title> after a label of the page's ("In bài viết: Headline"): what follows it only,
    // never a half of the headline after its own dash
    const tail = /\s[|–—-]\s(?!.*\s[|–—-]\s)(.{2,80})$/.exec(docTitle);
    // (without a headline, only a name with its kind first: "… - Trường Đại học Quan hệ Quốc tế Phương Đông", never a
    // headline's own half after its dash)
    const rest = at >= 0 ? docTitle.slice(at + headline.length) : headline || (tail?.[1] && KIND_FIRST_NAME.test(tail[1]) && properName(tail[1])) ? tail?.[0] ?? "" : "";
    // (an underscore parts them on the CMS of Chinese state media: "Headline_Tiếng Việt_Đài Phát thanh Quốc tế Trung Quốc")
    for (const part of rest.split(/\s+[|–—:-]\s+|\s*[|–—_]\s*|:\s+|-{2,}/)) {
      const t = part.trim();
      if (t.length >= 2 && t.length <= 60 && !isSection(t)) suffixes.push(t);
    }
  }
  // A page in a Latin-script language that names itself in another script too ("人民网" beside "Nhân Dân Nhật báo
  // Online"): the name its readers can read, when it prints one
  const latinPage = !/^(?:zh|ja|ko|ru|uk|th|ar)\b/i.test(page.documentElement?.getAttribute("lang") ?? "");
  const readable = (n: string): boolean => !latinPage || /[\p{Script=Latin}]{2}/u.test(n);
  const { logos, owners } = printed;
  // (a page with no site name in its metadata: the names its masthead boxes print too, a body's name in a banner,
  // after the logo's and the rights line's)
  const boxes = printed.boxes.filter((name) => ![...logos, ...owners].some((n) => foldForMatch(n) === foldForMatch(name)));
  const names = [...suffixes.slice().reverse(), ...logos, ...owners, ...boxes];
  const all = names.some(readable) ? names.filter(readable) : names;
  const known = all.find((n) => lookupOutlet(n) && !(wireCopyrightOnly(n, printed, suffixes) && all.some((o) => !wireCopyrightOnly(o, printed, suffixes))));
  if (known) return known;
  const host = url ? hostOf(url) : null;
  const spelt = host ? all.filter((n) => domainSpells(n, host)) : [];
  // the <title>'s suffix that opens with a name the domain spells ("CBC News" on cbc.ca) over the company that owns
  // the site ("CBC/Radio-Canada" in the copyright line)
  const named = suffixes.find((sfx) => spelt.some((n) => n !== sfx && sfx.toLowerCase().startsWith(`${n.toLowerCase()} `) && !/^(?:online|điện tử)$/iu.test(sfx.slice(n.length).trim())));
  if (named) return named;
  // the longest ("Báo Đại biểu Nhân dân" over "Đại biểu Nhân dân"), an edition word after it not counted and the name
  // without one first ("Báo An Giang" over "Báo An Giang Online")
  const core = (n: string): number => n.replace(/\s+(?:điện tử|online)$/iu, "").length;
  // (a name over a domain: "China Daily" in the logo over "Chinadaily.com.cn" in the <title>)
  const namesSpelt = spelt.some((n) => !DOMAIN_FORM.test(n)) ? spelt.filter((n) => !DOMAIN_FORM.test(n)) : spelt;
  if (namesSpelt.length > 0) {
    const longest = namesSpelt.reduce((a, b) => (core(b) > core(a) || (core(b) === core(a) && b.length < a.length) ? b : a));
    // the name the domain's label spells exactly, where the longest is that name with words after it: the owner's
    // company ("Snopes" in the logo over "Snopes Media Group" in the copyright line)
    const exact = host ? labelNamed(host, namesSpelt) : null;
    return exact && longest.toLowerCase().startsWith(`${exact.toLowerCase()} `) ? exact : longest;
  }
  // a reader view's credits line naming the site beside the wire ("Brandon Prairie Courier · Reuters" under the
  // domain): the part the page's domain spells whole, never the wire's nor a writer's
  const credited = host ? labelNamed(host, creditParts(page)) : null;
  if (credited) return credited;
  const last = suffixes.filter(readable)[suffixes.filter(readable).length - 1];
  // (a public body's portal may name itself at length: "… - Cổng thông tin điện tử tỉnh Quảng Ninh")
  // (and a station's or a school's name with its kind first: "… – Đài Tiếng Việt Đại Hồ Toronto")
  if (last && (last.split(/\s+/).length <= 5 || institutionMasthead(last) || OFFICIAL_SITE_OF.test(last) || (last.length <= 90 && KIND_FIRST_NAME.test(last) && properName(last)))) return last;
  return logos.find(readable) ?? owners.find(readable) ?? boxes.find(readable) ?? logos[0] ?? owners[0] ?? "";
}

/** The articleBody strings of a page's JSON-LD (an article's, possibly inside @graph), at most 8. */
function jsonLdBodies(doc: Document): string[] {
  const out: string[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (out.length >= 8 || depth > 4 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, 50)) walk(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.articleBody === "string") out.push(record.articleBody);
    if (record["@graph"] !== undefined) walk(record["@graph"], depth + 1);
  };
  for (const script of selectAll(doc, 'script[type="application/ld+json"]').slice(0, 20)) {
    const raw = script.textContent ?? "";
    if (!raw.includes('"articleBody"') || raw.length > 500_000) continue;
    try {
      walk(JSON.parse(raw), 0);
    } catch {
      // a script that is not JSON: nothing to read
    }
  }
  return out;
}

/**
 * The part of the article a page prints only in part (a paywall's teaser under the headline) that its JSON-LD
 * articleBody still holds: what follows the last printed paragraph, in the body that opens with the first printed one
 * (the article's own, not a related story's), as its lines give it. Nothing when the page prints the whole of it.
 */
function jsonLdRest(doc: Document, printed: readonly string[]): string[] {
  // the first paragraph of article size (a login link or a kicker left above it is no paragraph of the text)
  const first = printed.find((p) => p.length >= 40);
  if (!first) return [];
  for (const articleBody of jsonLdBodies(doc)) {
    const text = tidy(articleBody.replace(/<[^<>]{0,500}>/g, " "));
    const opens = text.indexOf(first);
    if (opens < 0 || opens > 300) continue;
    // the last printed paragraph the body holds (the five last looked up, each once: a long page stays linear)
    let end = opens + first.length;
    for (let k = printed.length - 1; k > Math.max(printed.indexOf(first), printed.length - 6); k--) {
      const p = printed[k] as string;
      const at = p.length >= 20 ? text.lastIndexOf(p) : -1;
      if (at > opens) {
        end = at + p.length;
        break;
      }
    }
    const rest = text.slice(end).trim();
    return rest.length >= 80 ? [rest] : [];
  }
  return [];
}

/**
 * A wire agency the page names only in a copyright line ("Copyright 2026 The Associated Press …" under its story on a
 * regional paper's site), not in its logo nor its <title>: the wire whose copy it carries, not the site.
 */
function wireCopyrightOnly(name: string, printed: PrintedNames, suffixes: readonly string[]): boolean {
  const agency = lookupAgency(name);
  return agency !== null && isWireAgency(agency) && printed.owners.includes(name) && !printed.logos.includes(name) && !suffixes.includes(name);
}

/**
 * A page's one h1 that is the site's name (a WordPress theme's "site-title", the story's headline in an h2 below it),
 * when the page's <title> or og:title holds a longer headline: no headline itself.
 */
function siteNameHeading(h1: string, siteName: string, docTitles: readonly string[]): boolean {
  const name = h1.toLowerCase();
  return siteName.length > 0 && name === siteName.toLowerCase() && docTitles.some((t) => t.length >= name.length + 10 && !t.startsWith(name));
}

/**
 * A page's one h1 that is a link to the site's home page (a blog's header: `<h1><a href="https://x.blogspot.com/">Dân
 * Làm Báo</a></h1>`, the post's title in an h3 below it), when og:title names another headline that the page prints
 * in a heading of its own: the site's name, no headline.
 */
function homeLinkHeading(page: Document, ogTitle: string): boolean {
  const h1 = selectOne(page, "h1");
  const link = h1 ? selectOne(h1, "a[href]") : null;
  if (!h1 || !link || tidy(link.textContent ?? "") !== tidy(h1.textContent ?? "")) return false;
  const href = link.getAttribute("href") ?? "";
  if (!/^(?:https?:\/\/[^/?#]+)?\/?$/i.test(href)) return false;
  const og = ogTitle.toLowerCase();
  if (og.length < 10 || og === tidy(h1.textContent ?? "").toLowerCase()) return false;
  return selectAll(page, "h2, h3").some((h) => tidy(h.textContent ?? "").toLowerCase() === og);
}

/**
 * The headline a translated page prints, when `title` (from the untranslated metadata) is not in its text: the first
 * h1 or h2 with words on it (15 to 300 characters) that is not the site's name, else the first element whose class
 * names a title; null when the title is printed or nothing qualifies.
 */
function translatedHeadline(page: Document, title: string, siteName: string): string | null {
  const text = tidy(page.body?.textContent ?? "");
  if (title && text.includes(title)) return null;
  for (const h of selectAll(page, "h1, h2").slice(0, 20)) {
    const words = tidy(h.textContent ?? "");
    if (words.length >= 15 && words.length <= 300 && words.toLowerCase() !== siteName.toLowerCase()) return words;
  }
  // a page that sets its headline in no heading (Rodong Sinmun's "<p class=news_Title>"): the first element named a
  // title, outside the header, footer and menus, with a headline's length
  for (const el of selectAll(page, '[class*="title" i]').slice(0, 20)) {
    if (closestOf(el, "header, footer, nav, aside, a") || selectOne(el, "p, div, li")) continue;
    const words = tidy(el.textContent ?? "");
    if (words.length >= 15 && words.length <= 300 && words.toLowerCase() !== siteName.toLowerCase()) return words;
  }
  return null;
}

/**
 * A page's one h1 that is its banner (a portal's "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH …" outside the article), when the
 * page's <title> or og:title is not it and the page prints that title word for word in an h2 or h3: no headline.
 */
function bannerHeading(page: Document, docTitles: readonly string[]): boolean {
  const h1 = selectOne(page, "h1");
  if (!h1 || closestOf(h1, "article, main")) return false;
  const text = tidy(h1.textContent ?? "").toLowerCase();
  const titles = docTitles.filter((t) => t.length >= 10);
  if (!text || titles.length === 0 || titles.some((t) => t.includes(text))) return false;
  return selectAll(page, "h2, h3").some((h) => titles.includes(tidy(h.textContent ?? "").toLowerCase()));
}

/** "VnExpress - Headline", "Tạp chí Ngân hàng - Headline": the site's name printed before the title, dropped. */
export function withoutLeadingSiteName(title: string, siteName: string): string {
  const m = /^([^-|–—]{2,60}?)\s+[-|–—]\s+(.{10,})$/.exec(title);
  if (!m?.[1] || !m[2] || !siteName) return title;
  const prefix = m[1].trim();
  const same = prefix.toLowerCase() === siteName.toLowerCase() || (lookupOutlet(prefix) !== null && lookupOutlet(prefix) === lookupOutlet(siteName));
  return same ? m[2].trim() : title;
}

/**
 * A byline that is a public body's account, not a writer ("Embassy Hanoi", "U.S. Embassy & Consulate in Vietnam",
 * "Consulate General Ho Chi Minh City", "Ministry of Foreign Affairs", "Press Office", "Đại sứ quán Hoa Kỳ Hà Nội",
 * "Tổng Lãnh sự quán …", "Bộ Ngoại giao", "Ban Biên tập", "Văn phòng …").
 */
const INSTITUTION_BYLINE =
  /^(?:(?:the )?(?:u\.?s\.? |united states |british |australian |russian |korean |japanese |german |french )?(?:embassy|consulate(?: general)?|permanent mission|ministry|department of|press office|press service|office of the)\b|(?:đại sứ quán|tổng lãnh sự quán|lãnh sự quán|bộ ngoại giao|ban biên tập|văn phòng|cơ quan đại diện)(?:\s|$))/iu;

/**
 * A title whose last " - ", " – ", " — " or " | " part is the site's name, told by the page itself: an element prints
 * the part before it alone (the headline) and no element prints the whole title but a heading that is the title.
 * Null when the page prints no such headline.
 */
function suffixedTitle(page: Document, title: string): { headline: string; site: string } | null {
  const m = /^(.{10,300}?)\s[-|–—]\s([^-|–—]{2,60})$/.exec(title);
  if (!m?.[1] || !m[2]) return null;
  const headline = m[1].trim();
  const site = m[2].trim();
  // a date after the dash is the headline's own ("Department Press Briefing – December 3, 2026"), never a site's name
  if (site.split(/\s+/).length > 8 || readDateLine(site)) return null;
  const fold = headline.toLowerCase();
  for (const el of selectAll(page, "body div, body p, body h1, body h2, body h3, body span, body strong, body b")) {
    if (el.childElementCount > 1) continue;
    const t = tidy(el.textContent ?? "");
    if (t.length === headline.length && t.toLowerCase() === fold) return { headline, site };
  }
  return null;
}

/**
 * A page without an h1 whose <title> opens with the site's name ("Học viện Chính trị khu vực III - Headline", "Sở Ngoại
 * vụ | Headline"), the headline printed alone in an element of its own: that headline (whatever dashes it holds, "Nga
 * - Triều Tiên"), and the name before it the site. Null when no element prints it.
 */
function prefixedTitle(page: Document, title: string): { headline: string; site: string } | null {
  const m = title.length <= 400 ? /^([^-|–—]{2,60}?)\s[-|–—]\s(.{10,300})$/.exec(title) : null;
  if (!m?.[1] || !m[2]) return null;
  // (a print view's label before it, "In bài viết - Headline", is no site's name)
  const site = /^(?:in bài viết|in bài|bản in|xem bản in|print|print this article|printer friendly)$/iu.test(m[1].trim()) ? "" : m[1].trim();
  const headline = m[2].trim();
  if (site.split(/\s+/).length > 10 || readDateLine(site)) return null;
  const fold = headline.toLowerCase();
  for (const el of selectAll(page, "body div, body p, body h2, body h3, body span, body strong, body b")) {
    if (el.childElementCount > 1) continue;
    const t = tidy(el.textContent ?? "");
    if (t.length === headline.length && t.toLowerCase() === fold) return { headline, site };
  }
  return null;
}

/** "Headline - VnExpress", "Headline | Reuters": the site's name dropped from a title. */
function withoutSiteName(title: string, siteName: string): string {
  const m = /^(.{10,}?)\s+[-|–—]\s+([^-|–—]{2,40})$/.exec(title);
  if (!m?.[1] || !m[2]) return title;
  const suffix = m[2].trim();
  const same = siteName && (suffix.toLowerCase() === siteName.toLowerCase() || (lookupOutlet(suffix) !== null && lookupOutlet(suffix) === lookupOutlet(siteName)));
  return same || lookupOutlet(suffix) ? m[1] : title;
}

/**
 * A saved HTML page → the plain text parseImport reads: "# title", a date line, a byline, then the article's
 * paragraphs (blank-line separated), "## **…**" sub-headings, figure captions after an image gap, list items as lines.
 * Falls back to the page body when Readability finds no article. Pure: linkedom never runs scripts or fetches.
 */
/** Chrome's and Internet Explorer's mark on a page saved whole: "<!-- saved from url=(0089)https://… -->", the address's length first. */
const SAVED_FROM_MARK = /<!--\s?saved from url=\((\d{4})\)(https?:\/\/[^\s<>"]{1,2000})/i;
/** SingleFile's header comment: "Page saved with SingleFile", then " url: https://… " on a line of its own. */
const SINGLE_FILE_MARK = /<!--\s{0,20}Page saved with SingleFile\s{0,20}\n\s{0,20}url:\s(https?:\/\/[^\s<>"]{1,2000})/;
/**
 * The address a saver wrote into the page it saved, for a page whose head names none (no canonical, no og:url): the
 * "saved from url" mark of a browser's "Webpage, Complete" or SingleFile's header comment. Read in the file's first
 * 4,000 characters, where the savers write it; never a comment elsewhere in the page.
 */
export function savedMarkAddress(html: string): string | null {
  const head = html.slice(0, 4000);
  const chrome = SAVED_FROM_MARK.exec(head);
  if (chrome) {
    const [, length, address] = chrome as unknown as [string, string, string];
    // the mark's length counts the address exactly: an address cut or run on past it is no mark
    return Number(length) === address.length ? address : null;
  }
  return SINGLE_FILE_MARK.exec(head)?.[1] ?? null;
}

/** `savedFrom`: the address the page was saved from (a web archive's), when the page names none itself. */
export function htmlToImportText(source: string, _fileName: string, savedFrom: string | null = null): string {
  // Composed first, as the text reader does: a page saved with decomposed accents (macOS) reads like any other, its
  // names, dates and labels matched by the same patterns.
  const html = source.normalize("NFC");
  let printed: PrintedNames = { logos: [], owners: [], mastheads: [], textLogos: [], boxes: [] };
  let edition: ParsedDate | null = null;
  let originalCredit: string | null = null;
  let sourceElement: string | null = null;
  const page = load(html, (raw) =>
    readingOnce(raw, () => {
      // (an app's element naming its source may be dropped as furniture by the cleaning: read before it)
      sourceElement = isAppPage(raw) ? appSourceElement(raw) : null;
      printed = printedNames(raw);
      edition = footerEditionDate(raw);
      // (a footer's credit line is furniture the cleaning drops; read only on a page that names a portal as its site)
      if (portalPage(raw)) originalCredit = creditedOriginal(leafLines(raw));
    }),
  ); // untouched by Readability
  const doc = page.cloneNode(true) as Document; // Readability's to change
  // (the kept page changes only where the article gave no text: its scans until then read one walk of it)
  return readingOnce(page, () => articleText(html, savedFrom, page, doc, printed, edition, originalCredit, sourceElement));
}

/** The import text of a loaded page (`page`, untouched by Readability) and its copy for Readability (`doc`). */
function articleText(html: string, savedFrom: string | null, page: Document, doc: Document, printed: PrintedNames, edition: ParsedDate | null, originalCredit: string | null, sourceElement: string | null): string {
  const h1s = Array.from(selectAll(page, "h1"), (h) => tidy(inline(h)));
  // Several h1s (a next article loaded below the first, a logo in an h1): the one the page's <title> or og:title opens with
  const ogTitle = tidy(selectOne(page, 'meta[property="og:title"]')?.getAttribute("content") ?? "");
  const docTitles = [ogTitle, tidy(page.title ?? "")].map((t) => t.toLowerCase());
  const namedH1 = h1s.length > 1 ? h1s.find((h) => h.length >= 10 && docTitles.some((t) => t.startsWith(h.toLowerCase()))) : undefined;
  const findDate = dateFinder(doc, edition);
  let article: ReturnType<Readability<Node>["parse"]> = null;
  try {
    article = new Readability<Node>(doc, { serializer: (node) => node, keepClasses: true }).parse();
  } catch {
    // a page Readability cannot handle: the body fallback below still imports it
  }
  let byline = cleanByline(tidy(article?.byline ?? ""));
  if (INSTITUTION_BYLINE.test(byline)) byline = ""; // an embassy's, a ministry's or an office's CMS account names no one
  // a journal's article page names its writers in its citation tags, one tag each (Open Journal Systems'): they stand
  // for a byline the page's markup glued to its label and the writer's institute ("Tác giảHồ Thị Mai LanTrường …")
  const cited = Array.from(selectAll(page, 'meta[name="citation_author"]'), (m) => tidy(m.getAttribute("content") ?? "")).filter(Boolean).slice(0, 6);
  if (cited.length > 0 && (!byline || cited.some((n) => gluedIn(byline, n)))) byline = cited.join(", ");
  // an app's view of an article (a portal's, a reader's, an archive's: lib/sources/app-page.ts) has the app's address
  // in its head: the article's is the one it links as the original, or its headline's link
  const appPage = isAppPage(page);
  const reader = appPage && h1s.length === 0 ? readerHeadline(page) : null;
  const ownUrl = pageUrl(page);
  // (a news app's source line over the headline, with the story's age: the source, and its link the original)
  const aged = sourceOverHeadline(page);
  const url = archiveTodaySource(html) ?? (appPage ? (originalAddress(page) ?? (ownUrl && !isAppAddress(ownUrl) ? ownUrl : null) ?? reader?.href ?? null) : (ownUrl ?? savedFrom ?? savedMarkAddress(html) ?? aged?.href ?? null));
  const printedSite = siteNameOf(page, printed, h1s.length === 1 ? (h1s[0] as string) : namedH1 ?? ogTitle, url);
  // A page translated before it was saved: its metadata keeps the original's script, the page shows its names translated
  const translated = isBrowserTranslated(html);
  const latinPage = translated && mostlyLatin(tidy(page.body?.textContent ?? ""));
  let siteName = withoutInitials(untranslatedName(printedSite, latinPage) ? translatedSiteName(page, printed) || printedSite : printedSite, [...printed.logos, ...printed.owners, ...printed.textLogos]);
  if (untranslatedName(byline, latinPage)) byline = "";
  // an edition's initials ("KED Global" read as "KED"): the name the page prints in full whose initials they are, its
  // edition words aside ("The Korea Economic Daily Global Edition" in the logo); initials alone ("CNN") stay as printed
  if (/^[\p{Lu}]{2,5}\s+(?:International|English|Global|Online)$/u.test(printedSite)) {
    const spelt = [...printed.logos, ...printed.owners]
      .map((n) => n.replace(/\s+(?:global|international|english|online)(?:\s+edition)?$/i, ""))
      .find((n) => n.split(/\s+/).length >= 2 && n.replace(/^the\s+/i, "").split(/\s+/).map((w) => w[0] ?? "").join("").toUpperCase() === siteName);
    if (spelt) siteName = spelt;
  }
  // a radio-television station's short mark as the site name ("TBTV", "DRT", "DaNangTV"): the station's full name, as
  // its publisher, logo or rights line prints it ("Đài Phát thanh và Truyền hình Thái Bình")
  // (the mark itself, as the JSON-LD's author, still names no one)
  const station = stationInFull(siteName, [jsonLdPublisher(page), ...printed.logos, ...printed.owners]);
  const stationMark = station ? siteName : "";
  if (station) siteName = station;
  // a portal's repost (MSN, NewsBreak): the original outlet the page credits in a line of its own ("Xem bài gốc trên
  // X", "Read the original article on X"), which the article's extract leaves out
  // (an app's own element naming the source, Flipboard's attribution, states it before any such line: "More stories
  // from World News" there names the app's magazine)
  if (isAggregator(siteName)) siteName = sourceElement ?? originalCredit ?? siteName;
  // The outlet as its own author (JSON-LD's publisher-as-author) names no one: a wire agency printed as the byline
  // does ("Reuters" under a Moscow Times headline), else there is no byline.
  if (byline && siteName && (byline.toLowerCase() === siteName.toLowerCase() || byline === stationMark || (lookupOutlet(byline) !== null && lookupOutlet(byline) === lookupOutlet(siteName)))) {
    byline = printedAgencyByline(page);
  }
  // A newsroom, a channel or its owner typed as an organisation in the JSON-LD's author ("公視新聞網" on PTS's Vietnamese
  // page, "VTV4" on VTV4's) names no writer, whatever its script; a wire so typed is still credited (its rules below),
  // and the page's printed byline or credit names the writer.
  if (byline && !isWireAgency(lookupAgency(byline) ?? "") && jsonLdOrganizationAuthors(page).some((name) => name.toLowerCase() === byline.toLowerCase())) byline = "";
  // "Dong Nguyen / Tuoi Tre News": the outlet after the name names no one
  if (byline && siteName) {
    const tail = /^(.{3,60}?)\s*[/|–—-]\s*([^/|–—-]{2,60})$/.exec(byline);
    if (tail?.[1] && tail[2] && (tail[2].trim().toLowerCase() === siteName.toLowerCase() || (lookupOutlet(tail[2]) !== null && lookupOutlet(tail[2]) === lookupOutlet(siteName)))) byline = tail[1].trim();
  }
  // "Dana Whitfield, Alaska Public Media - Washington, D.C.": the outlet after a comma (and the place filed from) names no one
  if (byline && siteName) byline = withoutOutletAfterName(byline, siteName);
  // The outlet's own team ("Novaya Gazeta Europe investigations team", "The Kyiv Independent news desk") names no one.
  if (byline && siteName && byline.toLowerCase().startsWith(siteName.toLowerCase()) && /\b(?:team|desk|staff|editors?|newsroom|reporters)$/i.test(byline)) byline = "";
  // The body a portal belongs to as its author ("Bộ Công an" on the "Cổng Thông tin điện tử Bộ Công an"): the
  // ministry's own name, no writer; the signature under the text names one.
  if (byline && siteName && institutionMasthead(siteName) && foldForMatch(siteName).endsWith(` ${foldForMatch(byline)}`)) byline = "";
  // A desk and a domain between slashes ("TOI News Desk / TIMESOFINDIA.COM /") name no one either, nor the outlet's
  // initials with the wires it drew on ("MDT/Agencies"), nor its initials alone ("GNLM" on the Global New Light Of Myanmar).
  const deskPart = (part: string): boolean => /^[\w-]+(?:\.[\w-]+)+$/.test(part) || /\b(?:news ?desk|desk|staff|team|bureau|newsroom)$/i.test(part) || /^(?:agencies|wires|news agencies|wire services)$/i.test(part) || outletInitials(part, siteName);
  if (byline && byline.split(/\s*\/\s*/).filter(Boolean).every(deskPart)) byline = "";
  // A CMS account's login as the author ("atlanticcouncil", "admin", "editor_02" in JSON-LD): one word without a capital,
  // or an account or desk the text's author lines refuse too ("Administrator", "Staff"), names no one as a page prints
  // a writer; the page's printed byline does.
  if (/^[\p{Ll}\d_.-]{2,40}$/u.test(byline) || namesNoWriter(byline)) byline = "";
  // A byline Readability dropped with the page header it stood in ("td-post-header"): the page's author element.
  if (!byline) byline = printedAuthor(page, siteName) || labelledWriter(page);
  if (outletInitials(byline, siteName)) byline = ""; // the outlet's initials printed as the byline ("UNB NEWS")
  // the site name's initials the page reads in full ("TBTV" as og:site_name and as the author, "Đài Phát thanh và Truyền
  // hình Thái Bình" the outlet): the outlet again, no one
  if (/^[\p{Lu}]{2,6}$/u.test(byline) && byline === tidy(selectOne(page, 'meta[property="og:site_name"]')?.getAttribute("content") ?? "")) byline = "";
  // The outlet's online desk ("ET Online", "Web Desk"), or a short form of the outlet's own name ("The Nation" on Nation
  // Thailand's pages), names no one.
  let deskLine = ""; // such a byline, left out of the text as well
  if (byline && /^(?:[\p{L}][\p{L}&.]*\s){0,2}(?:online|web desk|news desk|digital desk|bureau|news service)$/iu.test(byline)) [deskLine, byline] = [byline, ""];
  // (and a wire's bureau, "AFP Việt Nam", "AFP South Korea", "Reuters Seoul", in JSON-LD or the byline: the desk signs)
  // (the wire's own name, "Kyodo News", is no bureau: the rules for a wire's credit read it)
  // (and the wire and the city it filed from after a comma, as South Asian papers print it: "UNB, Dhaka", "PTI, New
  // Delhi"): the wire credited, no one's name
  let bureauWire = "";
  if (byline && lookupAgency(byline) === null && /^\S{2,12}\s[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,2}$/u.test(byline) && isWireAgency(lookupAgency(byline.split(" ")[0] ?? "") ?? "")) {
    // (on the wire's own site, "AFP Kiểm chứng" signed "AFP Việt Nam", the wire is the outlet, not a source)
    const bureau = lookupAgency(byline.split(" ")[0] ?? "") ?? "";
    if (lookupAgency(siteName.split(" ")[0] ?? "") !== bureau) bureauWire = bureau;
    [deskLine, byline] = [byline, ""];
  }
  if (byline && siteName) {
    const own = new Set(foldForMatch(siteName).split(" "));
    const words = foldForMatch(byline).replace(/^the /, "").split(" ");
    if (words.length <= 2 && words.every((w) => own.has(w))) [deskLine, byline] = [byline, ""];
  }
  // Several authors joined by commas (JSON-LD's list): the byline as the page prints the same names ("A và B").
  if (byline.includes(",")) byline = printedByline(page, byline);
  // The writer and the designer named together ("Minh Hà - Quang Huy") where the page's credits line tells which did
  // the words ("Nội dung: Minh Hà - Đồ họa: Quang Huy"): the writer.
  if (/\s[-–]\s|,\s|\s(?:và|and|&)\s/u.test(byline)) byline = creditedWriter(page, byline) ?? byline;
  // A byline and date printed as one plain line that Readability dropped ("By James Okafor | December 4, 2026" in a
  // clipper's note): the name, and the line read for the date
  // (the outlet's own name there, "By Ceylon Today | Published: …", names no one)
  const namedAndDated = byline ? null : bylineWithDate(page, siteName);
  if (namedAndDated) byline = namedAndDated.name;
  const date = findDate(article?.publishedTime ?? "", namedAndDated?.line ?? byline);
  let blocks = article?.content && isElement(article.content) ? restoreCreditBox(page, restoreLiveTail(page, restoreKeyPoints(page, restoreStandfirst(page, restoreFigures(page, toBlocks(article.content)))))) : [];
  if (!blocks.some((b) => b.kind !== "heading" && plain(doc, b.text))) {
    for (const header of selectAll(page, "header, [role='banner']")) if (!closestOf(header, "article, main")) header.remove();
    treeChanged(page);
    blocks = page.body ? toBlocks(page.body) : [];
  }
  // The page's one h1 is its headline; else Readability's title (og:title, or <title> without the site name).
  // a board's view whose one h1 is the site's name, a logo set as a heading, its <title> the same name: the headline is
  // the first h2 of its content ("<h1 class="logo">Tổng Lãnh sự quán …</h1>" over "<td><h2>headline</h2></td>")
  const boardHeadline = h1s.length === 1 && siteName && foldForMatch(h1s[0] as string) === foldForMatch(siteName) && docTitles.every((t) => foldForMatch(t) === foldForMatch(siteName) || t === "") ? contentH2(page) : null;
  let title = withoutSiteName(plain(doc, (h1s.length === 1 && !boardHeadline && !siteNameHeading(h1s[0] as string, siteName, docTitles) && !homeLinkHeading(page, ogTitle) && !bannerHeading(page, docTitles) && h1s[0]) || boardHeadline || namedH1 || article?.title || selectOne(doc, 'meta[property="og:title"]')?.getAttribute("content") || doc.title || ""), siteName);
  if (h1s.length === 0) title = withoutLeadingSiteName(title, siteName);
  // a reader's page is titled by the app ("(214) Inoreader"): the story's headline is its link to the story
  if (reader) title = reader.title;
  // A title with the site's name after it ("Headline - Bulletin of the Atomic Scientists", a clipper's note title) whose
  // headline the page prints on its own without the suffix: the printed headline, and the suffix the site.
  const printedHeadline = suffixedTitle(page, title) ?? (h1s.length === 0 ? prefixedTitle(page, tidy(page.title ?? "")) : null);
  if (printedHeadline) {
    title = printedHeadline.headline;
    if (!siteName) siteName = printedHeadline.site;
  }
  // an app's view names the source it shows the article from (its provider's, channel's or feed's element, or its
  // title's end on an archive's copy), not the app
  if (appPage && (!siteName || isAggregator(siteName) || isPlatformName(siteName))) siteName = sourceElement ?? appSourceName(page, title) ?? siteName;
  if (aged !== null) siteName = aged.name;
  // A post's web view (a channel on a messaging or social platform) has no h1 and is titled by its author, the
  // channel: the post's first heading is its headline, and the channel (its language tag aside, "Ukraine NOW
  // [English]") is the outlet, not an author.
  const firstHeading = blocks.find((b) => b.kind !== "caption");
  if (h1s.length === 0 && byline && title.toLowerCase() === byline.toLowerCase() && firstHeading?.kind === "heading") {
    const heading = plain(doc, firstHeading.text);
    if (heading.length >= 12 && heading.length <= 220) {
      siteName = byline.replace(/\s*[[(][\p{L} ]{2,20}[\])]$/u, "");
      title = heading;
      byline = "";
    }
  }
  // A headline the page sets in two elements, the second going on in lower case ("Marcos orders Coast Guard to inspect
  // ships" / "linked to Russia-North Korea trade"): the whole of it, when the page's <title> or og:title opens with it
  // A page saved after the browser translated it keeps its metadata in the original's language: the headline printed
  // on the page, in the language read, when the metadata's title is nowhere in the page's text.
  if (translated) title = translatedHeadline(page, title, siteName) ?? title;
  let headlineRest = "";
  if (h1s.length === 1 && title === h1s[0]) {
    const next = tidy(selectOne(page, "h1")?.nextElementSibling?.textContent ?? "");
    const whole = `${title} ${next}`.toLowerCase();
    if (next.length >= 3 && next.length <= 160 && /^[\p{Ll}]/u.test(next) && docTitles.some((t) => t.startsWith(whole))) {
      title = `${title} ${next}`;
      headlineRest = next;
    }
  }
  const repeated = new Set([title, byline, plain(doc, byline.replace(/^by\s+/i, "")), deskLine, headlineRest].filter(Boolean).map((t) => t.toLowerCase()));
  // (or the date a board's row prints beside its label, where no other date is read: "Date | 2025.04.30")
  let dateLine = date?.publishedAt ?? labelledDate(page)?.publishedAt ?? null;
  const body: string[] = [];
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const lines = block.text.split("\n").map((l) => plain(doc, l)).filter(Boolean);
    const text = lines.join(block.kind === "lines" ? "\n" : " ");
    if (!text || (block.kind !== "caption" && repeated.has(text.toLowerCase()))) continue; // title and byline left in the article
    if (block.kind === "caption" && GALLERY_COUNT.test(text)) continue; // a gallery's "1/12" inside its figure: no caption
    // a picture's credit alone in its figure ("Photo: Sergey Bobylev / TASS" under RBC's lead picture): no caption, and
    // no line for the text reader to join to the standfirst above it
    if (block.kind === "caption" && isCreditOnly(text)) continue;
    const d = block.kind === "paragraph" || block.kind === "heading" ? parseDateLine(text) : null;
    if (d) dateLine ??= full(d)?.publishedAt ?? null; // a dateline left in the article belongs in the header
    else if (block.kind === "heading") body.push(`\n\n## **${text}**`);
    else if (block.kind === "caption") body.push(`\n\n\n${asCaption(text)}`);
    else {
      body.push(`\n\n${block.kind === "paragraph" ? lines.join("\n") : text}`);
      if (block.kind === "paragraph") paragraphs.push(text);
    }
  }
  // the rest of a text the page prints only in part (a paywall's teaser), from its JSON-LD articleBody
  for (const rest of jsonLdRest(page, paragraphs)) body.push(`\n\n${rest}`);
  // a wire the page credits outside the byline, said as a credit line the header reads ("Theo: Jiji Press")
  // (or beside the names in a byline element, unless the byline kept says it: "The Brussels Times with Belga")
  const elementWire = bylineElementWire(page, byline);
  const wire = printedWire(page) || (elementWire && !byline.toLowerCase().includes(elementWire.toLowerCase()) ? elementWire : "") || bureauWire;
  const credit = wire && !lookupAgency(byline) ? `Theo: ${wire}` : "";
  const header = [title && `# ${title}`, dateLine, byline && bylineLine(plain(doc, byline)), credit, siteName && `Site: ${siteName}`, url && `Link: ${url}`].filter(
    (l): l is string => Boolean(l),
  );
  const text = header.join("\n\n") + body.join("");
  return text.trim() ? `${text.replace(/^\n+/, "")}\n` : "";
}
