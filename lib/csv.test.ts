import { describe, expect, it } from "vitest";
import { csvCell, csvQuotedCell } from "./csv";

describe("csvCell", () => {
  it("defuses every start a spreadsheet reads as a formula", () => {
    for (const formula of ['=HYPERLINK("x")', "+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "  =1", "\u00a0=1", "\u3000=1", "＝1+1", "＋1", "－1", "＠SUM(A1)"]) {
      expect(csvCell(formula), formula).toBe(`"'${formula.replace(/"/g, '""')}"`);
    }
  });
  it("leaves ordinary text as it is, quoting only what RFC 4180 needs", () => {
    expect(csvCell("Triều Tiên")).toBe("Triều Tiên");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("1 = 1")).toBe("1 = 1");
    expect(csvQuotedCell("x")).toBe('"x"');
  });
});
