// An outlet's profile keeps at most MAX_PATTERNS shapes of each kind. Once imports of the outlet had filled it, a save
// teaching it a new furniture or date line kept the old shapes and cut the new one off the end: the editor's correction
// was lost without a word, the next import of the outlet showed the line again, and the save wrote the profile again
// and audited a change that was none. The newest shapes are kept now, and nothing is written when nothing changes.
import { describe, expect, it } from "vitest";
import { learnFromCorrections, MAX_PATTERNS } from "@/lib/sources/outlet-profiles";
import type { RoledLine } from "@/lib/sources/line-roles";

const line = (key: string): RoledLine => ({ text: key, key, role: "body", region: "footer" });
const full = Array.from({ length: MAX_PATTERNS }, (_, i) => `quang cao so ${"x".repeat(i % 7)} ${String.fromCharCode(97 + (i % 26))}${i}`);

describe("a full outlet profile learning a line", () => {
  it("keeps what the save taught, dropping the oldest shape", () => {
    const learnt = learnFromCorrections({ furniture: full, dateHints: full }, [line("doc them tin moi")], [{ key: "doc them tin moi", role: "furniture" }]);
    expect(learnt?.furniture).toHaveLength(MAX_PATTERNS);
    expect(learnt?.furniture.at(-1)).toBe("doc them tin moi");
    expect(learnt?.furniture).not.toContain(full[0]);
    expect(learnt?.dateHints).toEqual(full);
    const dated = learnFromCorrections({ furniture: [], dateHints: full }, [line("cap nhat # # #")], [{ key: "cap nhat # # #", role: "date" }]);
    expect(dated?.dateHints).toContain("cap nhat # # #");
  });

  it("reports no change when the correction leaves the profile as it was", () => {
    expect(learnFromCorrections({ furniture: full, dateHints: [] }, [line(full[5]!)], [{ key: full[5]!, role: "furniture" }])).toBeNull();
    const unmarked = learnFromCorrections({ furniture: full, dateHints: [] }, [line(full[5]!)], [{ key: full[5]!, role: "body" }]);
    expect(unmarked?.furniture).toHaveLength(MAX_PATTERNS - 1);
    expect(unmarked?.furniture).not.toContain(full[5]);
  });
});
