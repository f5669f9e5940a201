// A cheap, linear pre-scan of an HTML page before any DOM parse: how deep its elements nest and how many
// there are. A DOM parser and Readability slow down far faster than the page grows on deep nesting or
// on a flood of tiny elements, so a page over either limit is refused before it reaches them.

export const HTML_LIMITS = { maxDepth: 200, maxElements: 50_000 } as const;
export type HtmlLimits = { maxDepth: number; maxElements: number };

/** What the scan found over a limit: the first limit crossed, and where. */
export type HtmlLimitBreach = { limit: "depth" | "elements"; max: number };

/** Elements that never hold content, so never nest. */
const VOID = new Set("area base br col embed hr img input keygen link meta param source track wbr".split(" "));
/** Elements whose content is text up to their own end tag (a `<div>` inside a script is not an element). */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext"]);
/** Elements an HTML parser closes when a sibling of the same group opens (`<li>a<li>b`, `<p>a<p>b`). */
const SIBLING_GROUP: Record<string, string> = { p: "p", li: "li", dt: "d", dd: "d", option: "option", tr: "tr", td: "cell", th: "cell" };
/** Openings that close an open `<p>`, as a parser does. */
const CLOSES_P = new Set(
  "address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul".split(" "),
);

const isNameChar = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 58 || code === 95;
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** Index just past the `>` that ends a tag opened before `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return -1;
}

const closers = new Map<string, RegExp>();
/** A global, case-insensitive search for the end tag of a raw-text element (one per name, reused). */
function rawTextEnd(name: string): RegExp {
  let re = closers.get(name);
  if (!re) closers.set(name, (re = new RegExp(`</${name}`, "gi")));
  return re;
}

/**
 * The first limit the page goes over, or null when it stays within both. One pass, no allocation per
 * character; the open-element stack never grows past maxDepth + 1, so closing tags cost at most that.
 */
export function checkHtmlLimits(html: string, limits: HtmlLimits = HTML_LIMITS): HtmlLimitBreach | null {
  const stack: string[] = [];
  let elements = 0;
  let i = html.indexOf("<");
  while (i >= 0 && i < html.length) {
    const next = html.charCodeAt(i + 1);
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      if (end < 0) break;
      i = html.indexOf("<", end + 3);
      continue;
    }
    if (next === 33 || next === 63) {
      // <!DOCTYPE …>, <![CDATA[…]]>, <?xml …?>
      const end = html.indexOf(">", i + 2);
      if (end < 0) break;
      i = html.indexOf("<", end + 1);
      continue;
    }
    const closing = next === 47;
    const nameStart = closing ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      i = html.indexOf("<", i + 1); // a lone "<" in text
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = tagEnd(html, nameEnd);
    if (end < 0) break;
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      i = html.indexOf("<", end);
      continue;
    }
    if (++elements > limits.maxElements) return { limit: "elements", max: limits.maxElements };
    const selfClosing = html.charCodeAt(end - 2) === 47;
    if (RAW_TEXT.has(name)) {
      const closer = rawTextEnd(name);
      closer.lastIndex = end;
      if (!closer.exec(html)) break;
      i = closer.lastIndex - name.length - 2;
      continue;
    }
    if (VOID.has(name) || selfClosing) {
      i = html.indexOf("<", end);
      continue;
    }
    const top = stack[stack.length - 1];
    if (top !== undefined && ((SIBLING_GROUP[name] !== undefined && SIBLING_GROUP[top] === SIBLING_GROUP[name]) || (top === "p" && CLOSES_P.has(name)))) stack.pop();
    stack.push(name);
    if (stack.length > limits.maxDepth) return { limit: "depth", max: limits.maxDepth };
    i = html.indexOf("<", end);
  }
  return null;
}
