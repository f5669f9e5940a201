// A link naming a filter twice (?supplier=Nga&supplier=Iran, from a hand-edited address or a crawler) was read two
// ways: the ledger page took the first value, ledger.csv (its "download these rows" link) the last, so the CSV held
// other rows than the page showed; the audit page and its CSV likewise. Every reader now takes a repeated key's first
// value; the public API refuses the repetition.
import { describe, expect, it } from "vitest";
import { parseLedgerFilter, readLedgerFilter } from "@/lib/public/ledger";
import { firstOfEach } from "@/lib/list-filters";

describe("a query key given twice", () => {
  it("is read as its first value by the ledger page and by ledger.csv alike", () => {
    const query = "supplier=Triều Tiên&supplier=Iran&recipient=Nga&verdict=CONFIRMED&verdict=FALSE&from=2023-09&from=2024-01";
    const params = new URLSearchParams(query);
    const page: Record<string, string[]> = {};
    for (const [key, value] of params) page[key] = [...(page[key] ?? []), value];
    const csv = parseLedgerFilter(params);
    expect(csv).toEqual({ supplier: "triều tiên", recipient: "nga", verdict: "CONFIRMED", from: "2023-09" });
    expect(readLedgerFilter(page)).toEqual(csv);
  });

  it("keeps each key's first value, as URLSearchParams.get() reads it", () => {
    const params = new URLSearchParams("action=A&objectType=claim&action=B&action=&from=2026-01-01");
    expect(firstOfEach(params)).toEqual({ action: "A", objectType: "claim", from: "2026-01-01" });
    expect(firstOfEach(new URLSearchParams("q=&q=x"))).toEqual({ q: "" });
  });
});
