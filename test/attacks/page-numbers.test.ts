// A paged public list answered `?page=1` as a page of its own (`/ledger?page=1` and `/ledger` were two addresses of one
// page, each rendered and kept apart by nginx and the front server), and every number past its last page (up to six
// digits on the ledger, to the search's bound of 500) rendered an empty page under an address of its own. `page=1` is
// now sent 308 to the address without it by the page proxy, before any query, and no link the site writes holds it;
// a page past the last is sent (307, not kept: the last page moves) to the last one once the list's count is known,
// before anything is rendered: the ledger and search pages, and sitemap.xml's files (sitemap-paging.int.test.ts).
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { acceptedSearch, canonicalPublicSearch, ledgerPageHref, pastTheLastPage, searchPageHref, writtenPage } from "@/lib/public/canonical-query";
import { parseLedgerPage, readLedgerFilter } from "@/lib/public/ledger";
import { readSearchFilters, SEARCH_PAGE_SIZE } from "@/lib/public/search";
import { lastSearchPage, searchPageNumber } from "@/lib/public/search-window";

const run = (path: string) => proxy(new NextRequest(`http://127.0.0.1:41234${path}`));

describe("page 1 of a paged list", () => {
  it.each([
    ["/ledger?page=1", "/ledger"],
    ["/en/ledger?page=1", "/en/ledger"],
    ["/ledger?supplier=nga&page=1", "/ledger?supplier=nga"],
    ["/claims?page=1", "/claims"],
    ["/en/claims?q=t%C3%A0u&page=1", "/en/claims?q=t%C3%A0u"],
    ["/claims?page=1&kind=OTHER", "/claims?kind=OTHER"],
  ])("%s is sent 308 to %s before anything is read", (from, to) => {
    const answer = run(from);
    expect(answer.status).toBe(308);
    const location = new URL(answer.headers.get("location") ?? "");
    expect(`${location.pathname}${location.search}`).toBe(to);
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("another spelling of page 1 is sent by the page to the address without it", () => {
    for (const page of ["01", "0", "x"]) {
      expect(acceptedSearch({ page }, { ...readLedgerFilter({ page }), page: writtenPage(parseLedgerPage(page)) })).toBe("");
      expect(acceptedSearch({ q: "nga", page }, { ...readSearchFilters({ q: "nga", page }), page: writtenPage(searchPageNumber(page, SEARCH_PAGE_SIZE)) })).toBe("q=nga");
    }
  });

  it("no page link the site writes is redirected", () => {
    const filters = [{}, { supplier: "nga", materiel: "ARTILLERY_SHELLS" }, { recipient: "nga", from: "2023-09" }];
    for (const filter of filters) {
      for (const page of [1, 2, 3, 40]) {
        const href = ledgerPageHref(filter, page);
        expect(href, href).not.toMatch(/[?&]page=1(?:&|$)/);
        const [path, query = ""] = href.split("?");
        expect(canonicalPublicSearch(path!, query ? `?${query}` : ""), href).toBeNull();
        expect(run(href).status, href).not.toBe(308);
        expect(run(`/en${href}`).status, href).not.toBe(308);
      }
    }
    for (const filter of [{}, { q: "tàu angara", kind: "OTHER" }, { verdict: "FALSE", claimant: "Bộ Quốc phòng" }]) {
      for (const page of ["1", "2", "3", String(lastSearchPage(SEARCH_PAGE_SIZE))]) {
        const href = searchPageHref(filter, { page });
        expect(href, href).not.toMatch(/[?&]page=1(?:&|$)/);
        expect(run(href).status, href).not.toBe(308);
      }
    }
  });
});

describe("a page past a list's last", () => {
  it("is sent to the last page, whatever its number (1 for an empty list)", () => {
    expect(pastTheLastPage(1, 0, 50)).toBeNull();
    expect(pastTheLastPage(2, 0, 50)).toBe(1);
    expect(pastTheLastPage(999_999, 120, 50)).toBe(3);
    expect(pastTheLastPage(4, 120, 50)).toBe(3);
    expect(pastTheLastPage(3, 120, 50)).toBeNull();
    expect(pastTheLastPage(3, 150, 50)).toBeNull();
    expect(pastTheLastPage(4, 150, 50)).toBe(3);
    // Within the search's bound of ranked results however many match.
    expect(pastTheLastPage(500, 1_000_000, SEARCH_PAGE_SIZE, lastSearchPage(SEARCH_PAGE_SIZE))).toBeNull();
    expect(pastTheLastPage(501, 1_000_000, SEARCH_PAGE_SIZE, lastSearchPage(SEARCH_PAGE_SIZE))).toBe(lastSearchPage(SEARCH_PAGE_SIZE));
  });

  it("the last page's link is as the site writes it (page 1 without a number)", () => {
    expect(ledgerPageHref({ supplier: "nga" }, pastTheLastPage(7, 10, 50)!)).toBe("/ledger?supplier=nga");
    expect(searchPageHref({ q: "nga" }, { page: String(pastTheLastPage(7, 10, SEARCH_PAGE_SIZE)) })).toBe("/claims?q=nga");
    expect(ledgerPageHref({}, pastTheLastPage(900_000, 120, 50)!)).toBe("/ledger?page=3");
  });
});
