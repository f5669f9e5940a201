// CSS selectors over a saved page's DOM (linkedom), each selector compiled once. linkedom's own querySelectorAll,
// querySelector and closest compile their selector again on every call: the HTML import asks a few hundred fixed
// selectors, many of them once per element of a page (`el.closest("figure")` in a loop), and compiling was most of
// the time a saved page spent in selectors. The answers are the DOM's: the same elements in document order, a
// <template>'s contents never searched (as linkedom does), `:scope` read against the element asked of.
import { compile, type Options } from "css-select";

type Adapter = NonNullable<Options<Node, Element>["adapter"]>;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const isTag = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;
const childrenOf = (node: Node): Node[] => Array.from(node.childNodes);

function textOf(node: Node | Node[]): string {
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isTag(node)) return textOf(childrenOf(node));
  return node.nodeType === TEXT_NODE ? ((node as Text).data ?? "") : "";
}

/** How css-select reads linkedom's nodes (an HTML document: names compared in lower case). */
const ADAPTER: Adapter = {
  isTag,
  // (linkedom keeps a class attribute in its own node: read it there, as its own matcher does)
  getAttributeValue: (el, name) => (name === "class" ? (el.getAttributeNode("class")?.value ?? undefined) : (el.getAttribute(name) ?? undefined)),
  getChildren: childrenOf,
  getName: (el) => el.localName.toLowerCase(),
  getParent: (el) => el.parentNode as Element | null,
  getSiblings: (node) => (node.parentNode ? childrenOf(node.parentNode) : [node]),
  prevElementSibling: (node) => (isTag(node) ? node.previousElementSibling : null),
  getText: textOf,
  hasAttrib: (el, name) => el.hasAttribute(name),
  removeSubsets: (nodes) => {
    const set = new Set(nodes);
    return nodes.filter((node, i) => {
      if (nodes.indexOf(node) !== i) return false;
      for (let up = node.parentNode; up; up = up.parentNode) if (set.has(up)) return false;
      return true;
    });
  },
};

type Test = (node: Node) => boolean;
/** Compiled selectors by their text; the import's are a fixed few hundred, so the bound only guards against a caller building them from a page. */
const COMPILED = new Map<string, Test>();
const MOST_KEPT = 2048;
let compiles = 0;

function testOf(selectors: string, scope: Element | null): Test {
  // (":scope" means the element asked of: compiled for it, not kept)
  if (selectors.includes(":scope")) {
    compiles++;
    return compile<Node, Element>(selectors, { adapter: ADAPTER, xmlMode: false }, scope ?? undefined);
  }
  let test = COMPILED.get(selectors);
  if (test === undefined) {
    compiles++;
    test = compile<Node, Element>(selectors, { adapter: ADAPTER, xmlMode: false });
    if (COMPILED.size >= MOST_KEPT) COMPILED.clear();
    COMPILED.set(selectors, test);
  }
  return test;
}

/** How many selectors were compiled so far (for tests: each distinct selector once). */
export const selectorCompiles = (): number => compiles;

let walks = 0;
/** How many walks over a root's elements were made so far (for tests: the questions `readingOnce` shares walk once). */
export const elementWalks = (): number => walks;

const DOCUMENT_NODE = 9;
const SHOW_ELEMENT = 1;

/**
 * Visits the element descendants of `root` in document order (a template's contents skipped) until `visit` answers
 * true. A tree walker over elements is linkedom's one pass along its node list; the template's contents, which that
 * pass does not skip, are skipped here up to the first element after the template.
 */
function descendants(root: Document | Element | DocumentFragment, visit: (el: Element) => boolean): void {
  walks++;
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (doc === null) return;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  let skipUntil: Element | null | undefined;
  for (let node = walker.nextNode() as Element | null; node !== null; node = walker.nextNode() as Element | null) {
    if (skipUntil !== undefined) {
      if (node !== skipUntil) continue;
      skipUntil = undefined;
    }
    if (visit(node)) return;
    if (node.localName === "template" && node.firstElementChild !== null) skipUntil = elementAfter(node, root);
  }
}

/** The first element after `el`'s subtree in document order, within `root` (null: none). */
function elementAfter(el: Element, root: Node): Element | null {
  for (let at: Element | null = el; at !== null && at !== root; at = at.parentElement) {
    const next = at.nextElementSibling;
    if (next !== null) return next;
  }
  return null;
}

/** The roots being read by `readingOnce`, each with its elements in document order once first asked (null: not yet). */
const READ_ONCE = new Map<Node, Element[] | null>();

/** `root`'s elements in document order while `readingOnce(root, …)` runs (walked on the first question), else undefined. */
function elementsRead(root: Node): Element[] | undefined {
  const known = READ_ONCE.get(root);
  if (known !== null) return known;
  const elements: Element[] = [];
  descendants(root as Document | Element | DocumentFragment, (el) => {
    elements.push(el);
    return false;
  });
  READ_ONCE.set(root, elements);
  return elements;
}

/**
 * Runs `read`, which must not change `root`'s tree, with every selectAll and selectOne asked of `root` itself answered
 * from one walk of its elements: a page's scans ask a few dozen selectors of the whole document, and on a saved page
 * walking the document, not testing its elements, was most of a selector's cost. Questions asked of other roots walk
 * as before.
 */
export function readingOnce<T>(root: Document, read: () => T): T {
  if (READ_ONCE.has(root)) return read();
  READ_ONCE.set(root, null);
  try {
    return read();
  } finally {
    READ_ONCE.delete(root);
  }
}

/** Tells `readingOnce` that `root` changed: its next question walks it again. */
export function treeChanged(root: Document): void {
  if (READ_ONCE.has(root)) READ_ONCE.set(root, null);
}

/** `root.querySelectorAll(selectors)`, as an array. */
export function selectAll(root: Document | Element | DocumentFragment, selectors: string): Element[] {
  const test = testOf(selectors, isTag(root) ? root : null);
  const read = READ_ONCE.size > 0 ? elementsRead(root) : undefined;
  if (read !== undefined) return read.filter(test);
  const out: Element[] = [];
  descendants(root, (el) => {
    if (test(el)) out.push(el);
    return false;
  });
  return out;
}

/** `root.querySelector(selectors)`. */
export function selectOne(root: Document | Element | DocumentFragment, selectors: string): Element | null {
  const test = testOf(selectors, isTag(root) ? root : null);
  const read = READ_ONCE.size > 0 ? elementsRead(root) : undefined;
  if (read !== undefined) return read.find(test) ?? null;
  let found: Element | null = null;
  descendants(root, (el) => {
    if (!test(el)) return false;
    found = el;
    return true;
  });
  return found;
}

/** `el.closest(selectors)`: the element itself or its nearest ancestor that matches. */
export function closestOf(el: Element, selectors: string): Element | null {
  const test = testOf(selectors, el);
  for (let at: Element | null = el; at !== null; at = at.parentElement) if (test(at)) return at;
  return null;
}
