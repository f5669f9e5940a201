// Rationale text as Markdown, rendered without raw HTML: tags in the text are dropped, unsafe links removed.
// With `citations`, `[1]` … `[citations]` link to the evidence items' anchors on the same page. Past a budget, emphasis
// markers are kept as plain characters (lib/markdown-budget.ts): their parse grew with the square of their number.
import ReactMarkdown from "react-markdown";
import { linkCitations } from "@/lib/workflow/citations";
import { withinEmphasisBudget } from "@/lib/markdown-budget";

export function Markdown({ children, citations = 0 }: { children: string; citations?: number }) {
  return (
    <div className="markdown">
      <ReactMarkdown
        skipHtml
        components={{
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
        }}
      >
        {linkCitations(withinEmphasisBudget(children), citations)}
      </ReactMarkdown>
    </div>
  );
}
