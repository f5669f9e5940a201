// The search and ledger pages read their filters by name, whatever their order, and a blank one (a GET form sends its
// empty fields) as no filter, yet `?kind=OTHER&q=nga`, `?q=nga&kind=OTHER` and `?q=nga&kind=OTHER&verdict=&from=`
// were each an address of their own to nginx and the front server, each searched and rendered anew (six filters give
// 720 orders, times each blank field's presence). The page proxy now sends each to one spelling (keys in one order,
// blank fields dropped) before anything is read, and every link the site writes is already that spelling.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { acceptedSearch, canonicalPublicSearch, ledgerPageHref, publicQuery, searchPageHref } from "@/lib/public/canonical-query";
import { readSearchFilters } from "@/lib/public/search";
import { readLedgerFilter } from "@/lib/public/ledger";
import { localeHref } from "@/lib/public/locale-path";
import { CLAIM_KINDS } from "@/lib/claims/schemas";
import { VERDICTS } from "@/lib/workflow/verdicts";
import { MATERIEL } from "@/lib/claims/attributes";

const run = (path: string) => proxy(new NextRequest(`http://127.0.0.1:41234${path}`));
const redirected = (path: string) => run(path).status === 308;

describe("a search or ledger address in another key order or with blank fields", () => {
  it.each([
    ["/claims?kind=OTHER&q=nga", "/claims?q=nga&kind=OTHER"],
    ["/claims?page=2&verdict=FALSE&q=nga", "/claims?q=nga&verdict=FALSE&page=2"],
    ["/claims?q=nga&kind=&verdict=&claimant=&from=&to=", "/claims?q=nga"],
    ["/claims?q=&kind=OTHER&verdict=&claimant=&from=&to=", "/claims?kind=OTHER"],
    ["/claims?q=&kind=&verdict=&claimant=&from=&to=", "/claims"],
    ["/en/claims?to=2024-01-01&from=2023-01-01&q=nga&kind=", "/en/claims?q=nga&from=2023-01-01&to=2024-01-01"],
    ["/ledger?materiel=ARTILLERY_SHELLS&supplier=nga", "/ledger?supplier=nga&materiel=ARTILLERY_SHELLS"],
    ["/ledger?supplier=nga&recipient=&materiel=&verdict=&from=&to=", "/ledger?supplier=nga"],
    ["/ledger?page=2&supplier=nga&materiel=", "/ledger?supplier=nga&page=2"],
    ["/ledger.csv?to=2024-03&supplier=nga&verdict=", "/ledger.csv?supplier=nga&to=2024-03"],
    // A repeated key is read as its first value, blank or not: `q=&q=x` is no search.
    ["/claims?q=&q=nga&kind=OTHER", "/claims?kind=OTHER"],
  ])("%s is sent to %s before anything is read, and the redirect is not kept", (from, to) => {
    const answer = run(from);
    expect(answer.status).toBe(308);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    const location = new URL(answer.headers.get("location") ?? "");
    expect(`${location.pathname}${location.search}`).toBe(to);
    expect(redirected(to), "the canonical address is served").toBe(false);
  });

  it("keeps a blank value where its reader tells it from none (a sitemap file's blank page is a 404, not the index)", () => {
    expect(canonicalPublicSearch("/sitemap.xml", "?page=")).toBeNull();
  });

  it("is one address for every order and every blank field of the same filters", () => {
    const filled = { q: "nga", kind: "OTHER", verdict: "FALSE", claimant: "", from: "2023-01-01", to: "" };
    const entries = Object.entries(filled);
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }), (order) => {
        const search = `?${new URLSearchParams(order)}`;
        expect(canonicalPublicSearch("/claims", search) ?? search).toBe("?q=nga&kind=OTHER&verdict=FALSE&from=2023-01-01");
      }),
      { seed: 31, numRuns: 200 },
    );
  });

  it("is read by the pages as the spelling the proxy sends it to (the page's own check has nothing left to change)", () => {
    expect(acceptedSearch({ q: "nga", kind: "" }, { ...readSearchFilters({ q: "nga", kind: "" }), page: undefined })).toBe("q=nga");
    expect(acceptedSearch({ supplier: "nga", page: "" }, { ...readLedgerFilter({ supplier: "nga", page: "" }), page: undefined })).toBe("supplier=nga");
  });
});

describe("the links the site writes", () => {
  const text = fc.oneof(fc.constant(""), fc.constant("  "), fc.string({ maxLength: 12 }), fc.constantFrom("Nga", "triều tiên", "Trie\u0302\u0300u"));
  const searchGiven = fc.record(
    { q: text, kind: fc.constantFrom("", ...CLAIM_KINDS), verdict: fc.constantFrom("", ...VERDICTS), claimant: text, from: fc.constantFrom("", "2023-01-01"), to: fc.constantFrom("", "2024-02-29") },
    { requiredKeys: [] },
  );
  const ledgerGiven = fc.record(
    { supplier: text, recipient: text, materiel: fc.constantFrom("", ...MATERIEL), verdict: fc.constantFrom("", ...VERDICTS), from: fc.constantFrom("", "2023-09"), to: fc.constantFrom("", "2024-03") },
    { requiredKeys: [] },
  );

  it("are never redirected: the search page's facets, its pages and its clear link, in both languages", () => {
    fc.assert(
      fc.property(searchGiven, fc.constantFrom(...CLAIM_KINDS), fc.constantFrom(...VERDICTS), fc.integer({ min: 1, max: 40 }), (given, kind, verdict, page) => {
        const filters = readSearchFilters(given);
        const hrefs = [
          searchPageHref(filters, { kind }),
          searchPageHref(filters, { kind: filters.kind === kind ? undefined : kind }),
          searchPageHref(filters, { verdict: filters.verdict === verdict ? undefined : verdict }),
          searchPageHref(filters, { page: String(page) }),
          searchPageHref({}, {}),
        ];
        for (const href of hrefs) for (const locale of ["vi", "en"] as const) expect(redirected(localeHref(locale, href)), localeHref(locale, href)).toBe(false);
      }),
      { seed: 31, numRuns: 150 },
    );
  });

  it("are never redirected: the ledger's pages and its CSV", () => {
    fc.assert(
      fc.property(ledgerGiven, fc.integer({ min: 1, max: 40 }), (given, page) => {
        const filter = readLedgerFilter(given);
        for (const locale of ["vi", "en"] as const) expect(redirected(localeHref(locale, ledgerPageHref(filter, page)))).toBe(false);
        expect(redirected(`/ledger.csv${publicQuery("/ledger.csv", filter)}`)).toBe(false);
      }),
      { seed: 31, numRuns: 150 },
    );
  });

  it("are never redirected: the front page's verdict and kind links", () => {
    for (const v of VERDICTS) expect(redirected(`/claims?verdict=${v}`)).toBe(false);
    for (const k of CLAIM_KINDS) expect(redirected(`/en/claims?kind=${k}`)).toBe(false);
  });
});
