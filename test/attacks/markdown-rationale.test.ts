// A proposal's rationale is Markdown, parsed on the server on every view of the claim (the reviewer's desk page, then
// the public page). Emphasis markers cost the parser time growing with the square of their number in a paragraph:
// an editor's 20,000-character rationale of "*a_*a_…" held the server's one thread for 12 s on each view.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/app/components/markdown";
import { MAX_EMPHASIS_RUNS, withinEmphasisBudget } from "@/lib/markdown-budget";
import { bestTime } from "@/lib/sources/pathological";

const render = (text: string, citations = 0) => renderToStaticMarkup(Markdown({ children: text, citations }));

let fresh = 0;

describe("a rationale's Markdown on the server", () => {
  it("renders dense emphasis markers in time linear in their number", () => {
    for (const unit of ["*a_", "_a*", "*a", "*_", "\\"]) {
      // A new text each time: rendered texts are kept, and this times the parse.
      const hostile = (size: number) => `${unit.repeat(Math.ceil(size / unit.length))} ${(fresh += 1)}`;
      render(hostile(2_000)); // warm the JIT
      const [small, large] = [bestTime(() => render(hostile(2_000)), 3), bestTime(() => render(hostile(20_000)), 3)];
      // Ten times the text: about ten times the time when linear, a hundred when quadratic. The bound sits between, at
      // thirty, with room for a machine whose other core runs the test suite's other worker (twenty was passed at 20.8).
      expect(large, `${JSON.stringify(unit)}: ${small.toFixed(0)} ms at 2,000 characters, ${large.toFixed(0)} ms at 20,000`).toBeLessThan(30 * Math.max(small, 5));
    }
  }, 120_000);

  it("shows every marker past the budget as the character it is, and formats ordinary text as before", () => {
    const dense = "*a_".repeat(2 * MAX_EMPHASIS_RUNS);
    const text = render(dense).replace(/<[^>]+>/g, "");
    expect(text.match(/a/g)).toHaveLength(2 * MAX_EMPHASIS_RUNS);
    const ordinary = "Theo **báo cáo** của Bộ Quốc phòng [1], _nguồn tin_ nói `snake_case*x` và \\*không nhấn\\*.\n\n- **một**\n- __hai__";
    expect(withinEmphasisBudget(ordinary)).toBe(ordinary);
    expect(render(ordinary, 1)).toContain("<strong>báo cáo</strong>");
    expect(render(ordinary, 1)).toContain("<em>nguồn tin</em>");
    expect(render(ordinary, 1)).toContain("<code>snake_case*x</code>");
    expect(render(ordinary, 1)).toContain("*không nhấn*");
  });

  it("parses a text once while it is kept: every view of the claim shows the same rendering", () => {
    const text = `${"Theo **báo cáo** [1], _nguồn tin_ nói. ".repeat(100)}${(fresh += 1)}`;
    const first = Markdown({ children: text, citations: 1 });
    expect(Markdown({ children: text, citations: 1 }).props.children).toBe(first.props.children);
    // Another citation count links differently: another rendering.
    expect(Markdown({ children: text, citations: 0 }).props.children).not.toBe(first.props.children);
  });

  it("counts a run escaped by a backslash from its second marker on, and leaves code alone past the budget", () => {
    const budget = 2;
    expect(withinEmphasisBudget("*a* \\**b** _c_", budget)).toBe("*a* \\*&#42;b&#42;&#42; &#95;c&#95;");
    // A run is one character repeated: "*_" is two.
    expect(withinEmphasisBudget("*_a_*", budget)).toBe("*_a&#95;&#42;");
    expect(withinEmphasisBudget("*a* *b* `*c*` *d*", 2 * budget)).toBe("*a* *b* `*c*` &#42;d&#42;");
  });
});
