// The public ledger page read its filters strictly: a supplier or recipient holding NUL, over 120 characters, or a
// broken surrogate (an old link, a hand-edited address, a crawler's probe) failed the page with a 500 and a logged stack
// trace. The page now drops such a filter, as the search page does; the API and ledger.csv still answer 400.
import { describe, expect, it } from "vitest";
import { parseLedgerFilter, readLedgerFilter } from "@/lib/public/ledger";

const HOSTILE = ["a\u0000b", "\u0000", "x".repeat(121), "Nga\ud800", "\udfff"];

describe("the ledger page's filters", () => {
  it("drops a supplier or recipient no column can hold, and keeps the others", () => {
    for (const bad of HOSTILE) {
      expect(readLedgerFilter({ supplier: bad, recipient: "Nga", verdict: "CONFIRMED" }), JSON.stringify(bad)).toEqual({ supplier: undefined, recipient: "nga", verdict: "CONFIRMED" });
      expect(readLedgerFilter({ recipient: bad, supplier: ["Triều Tiên", bad] })).toEqual({ supplier: "triều tiên", recipient: undefined });
      expect(() => parseLedgerFilter({ supplier: bad })).toThrow(expect.objectContaining({ code: "INVALID" }));
    }
  });

  it("reads what a well-formed link names as the strict reader does", () => {
    const link = { supplier: " Triều Tiên ", recipient: "Nga", materiel: "ARTILLERY_SHELLS", verdict: "CONFIRMED", from: "2023-09", to: "2024-01" };
    expect(readLedgerFilter(link)).toEqual(parseLedgerFilter(new URLSearchParams(link)));
  });
});
