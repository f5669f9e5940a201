// Rationale text as Markdown, rendered without raw HTML: tags in the text are dropped, unsafe links removed.
// With `citations`, `[1]` … `[citations]` link to the evidence items' anchors on the same page. Past a budget, emphasis
// markers are kept as plain characters (lib/markdown-budget.ts): their parse grew with the square of their number.
import type { ReactElement } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import { linkCitations } from "@/lib/workflow/citations";
import { withinEmphasisBudget } from "@/lib/markdown-budget";

const components: Components = {
  a: ({ href, children: text }) =>
    href?.startsWith("#") ? (
      <a href={href} className="citation">
        {text}
      </a>
    ) : (
      <a href={href} rel="nofollow noopener noreferrer">
        {text}
      </a>
    ),
  img: ({ alt }) => <span>{alt}</span>,
};

/**
 * Rendered texts kept, newest last: a rationale is shown on every view of its claim (desk and public), and even
 * within the budget a long, dense one takes the parser most of a second; each text is parsed once while kept.
 * Kept per process on purpose, with several instances too: the key is the whole text, and the tree a pure function of
 * it, so a kept tree can never be stale or another instance's business; each instance parses a text at most once while
 * it keeps it, and its memory is bounded by KEPT_CHARACTERS. Sharing it would save only those first parses.
 */
const kept = new Map<string, ReactElement>();
const KEPT_CHARACTERS = 2_000_000;
let keptCharacters = 0;

function rendered(markdown: string): ReactElement {
  const found = kept.get(markdown);
  if (found) {
    kept.delete(markdown);
    kept.set(markdown, found);
    return found;
  }
  const tree = ReactMarkdown({ skipHtml: true, components, children: markdown });
  kept.set(markdown, tree);
  keptCharacters += markdown.length;
  for (const [text] of kept) {
    if (keptCharacters <= KEPT_CHARACTERS || kept.size === 1) break;
    kept.delete(text);
    keptCharacters -= text.length;
  }
  return tree;
}

export function Markdown({ children, citations = 0 }: { children: string; citations?: number }) {
  return <div className="markdown">{rendered(linkCitations(withinEmphasisBudget(children), citations))}</div>;
}
