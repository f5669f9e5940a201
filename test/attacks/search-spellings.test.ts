// Public search terms that differ only in their inner spaces, their letters' case or Unicode's spelling of a letter
// (composed, or a base letter and its combining marks: NFC and NFD) are one search, yet each was an address of its
// own: nginx and the front server kept an answer per address, so every spelling was searched and rendered anew, and a
// visitor could ask for as many as a query has letters to change case. The page proxy now sends each to the one the
// site writes (composed, lower case, single spaces) before anything is read, and the search reads that spelling.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { canonicalLedgerName, canonicalPublicSearch, canonicalSearchWords } from "@/lib/public/canonical-query";
import { parseSearchFilters, readSearchFilters } from "@/lib/public/search";
import { parseLedgerFilter, readLedgerFilter } from "@/lib/public/ledger";

const run = (path: string) => proxy(new NextRequest(`http://127.0.0.1:41234${path}`));
const q = (words: string) => `?${new URLSearchParams({ q: words })}`;

describe("a search spelled another way", () => {
  const canonical = "/claims?q=tri%E1%BB%81u+ti%C3%AAn";
  it.each([
    ["Triều Tiên", "/claims"],
    ["triều  tiên", "/claims"],
    ["TRIỀU\tTIÊN", "/claims"],
    ["  triều \u00a0 tiên ", "/claims"],
    ["trie\u0302\u0300u tie\u0302n", "/claims"],
    ["Trie\u0302\u0300u  Tie\u0302n", "/en/claims"],
  ])("%j on %s is sent to the one spelling the site writes, before anything is read", (words, path) => {
    const answer = run(`${path}${q(words)}&kind=OTHER`);
    expect(answer.status).toBe(308);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    const location = new URL(answer.headers.get("location") ?? "");
    expect(`${location.pathname}${location.search}`).toBe(`${path === "/en/claims" ? "/en" : ""}${canonical}&kind=OTHER`);
    expect(run(`${location.pathname}${location.search}`).status, "the canonical address is served").not.toBe(308);
  });

  it("is read by the search page and the API as the spelling the proxy sends it to", () => {
    for (const words of ["Triều  Tiên", "trie\u0302\u0300u tie\u0302n", "TRIỀU TIÊN"]) {
      expect(readSearchFilters({ q: words }).q).toBe("triều tiên");
      expect(parseSearchFilters({ q: words }).q).toBe("triều tiên");
    }
  });

  it("never sends the canonical spelling on again (no redirect loop), whatever the words", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), (a, b) => {
        for (const words of [a, b, `${a} ${b}`]) {
          const once = canonicalSearchWords(words);
          expect(canonicalSearchWords(once)).toBe(once);
          const search = canonicalPublicSearch("/claims", `?${new URLSearchParams({ q: words })}`);
          const target = search ?? `?${new URLSearchParams({ q: words })}`;
          expect(canonicalPublicSearch("/claims", target)).toBeNull();
        }
      }),
      { seed: 28, numRuns: 2000 },
    );
  });

  it("leaves other keys' values as they were spelled (a claimant is matched as written)", () => {
    expect(canonicalPublicSearch("/claims", "?claimant=Nguy%E1%BB%85n+V%C4%83n+A")).toBeNull();
    expect(canonicalPublicSearch("/ledger", "?materiel=ARTILLERY_SHELLS")).toBeNull();
  });
});

describe("a ledger name filter spelled in another case", () => {
  // The ledger matches a supplier or recipient in lower case (its names are kept so), so each case was one more
  // address of the same table.
  it.each([
    ["/ledger?supplier=Nga&materiel=ARTILLERY_SHELLS", "/ledger?supplier=nga&materiel=ARTILLERY_SHELLS"],
    ["/en/ledger?recipient=TRI%E1%BB%80U+TI%C3%8AN", "/en/ledger?recipient=tri%E1%BB%81u+ti%C3%AAn"],
    ["/ledger.csv?supplier=Trie%CC%82%CC%80u+Tie%CC%82n", "/ledger.csv?supplier=tri%E1%BB%81u+ti%C3%AAn"],
  ])("%s is sent to %s before anything is read", (from, to) => {
    const answer = run(from);
    expect(answer.status).toBe(308);
    const location = new URL(answer.headers.get("location") ?? "");
    expect(`${location.pathname}${location.search}`).toBe(to);
    expect(run(to).status).not.toBe(308);
  });

  it("is read by the page, the CSV and the API as the spelling the proxy sends it to", () => {
    expect(readLedgerFilter({ supplier: "Triều Tiên" }).supplier).toBe("triều tiên");
    expect(parseLedgerFilter(new URLSearchParams({ recipient: "NGA" })).recipient).toBe("nga");
    expect(canonicalLedgerName(canonicalLedgerName("İSTANBUL"))).toBe(canonicalLedgerName("İSTANBUL"));
  });
});
