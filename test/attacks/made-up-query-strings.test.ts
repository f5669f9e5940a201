// nginx and the front server keep an answer per full address, so every new query string reached the app and was
// rendered anew: `/sitemap.xml?page=1&x=<random>` ran a count and a sorted scan of every public claim per string, and
// `/claims/<slug>?utm=<random>`, `/ledger?x=…`, `/feed.xml?x=…` each their page's queries. The page proxy now answers
// a public address whose query is not as the site writes it with a redirect to the canonical address that is not
// kept: proxy.ts runs no query at all, and the canonical address is one cache entry.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { acceptedSearch, canonicalPublicSearch, LEDGER_FILTER_KEYS, SEARCH_PAGE_KEYS, writtenPage } from "@/lib/public/canonical-query";
import { ledgerFilterSchema, parseLedgerPage, readLedgerFilter } from "@/lib/public/ledger";
import { readSearchFilters, SEARCH_FILTER_KEYS, SEARCH_PAGE_SIZE } from "@/lib/public/search";
import { searchPageNumber } from "@/lib/public/search-window";

const run = (path: string, headers: Record<string, string> = {}, method = "GET") => proxy(new NextRequest(`http://127.0.0.1:41234${path}`, { headers, method }));

describe("a public address with a made-up query string", () => {
  it.each([
    ["/sitemap.xml?page=1&x=8f3a", "/sitemap.xml?page=1"],
    ["/sitemap.xml?x=8f3a", "/sitemap.xml"],
    ["/sitemap.xml?page=2&page=3", "/sitemap.xml?page=2"],
    ["/sitemap.xml?page=2&", "/sitemap.xml?page=2"],
    ["/sitemap.xml?page=%32", "/sitemap.xml?page=2"],
    ["/feed.xml?v=1", "/feed.xml"],
    ["/ledger.csv?supplier=nga&cb=1", "/ledger.csv?supplier=nga"],
    ["/?utm_source=x", "/"],
    ["/en?utm_source=x", "/en"],
    ["/claims/tau-angara-cho-container?utm_source=x", "/claims/tau-angara-cho-container"],
    ["/en/claims/tau-angara-cho-container?fbclid=abc", "/en/claims/tau-angara-cho-container"],
    ["/corrections?x=1", "/corrections"],
    ["/ledger?materiel=ARTILLERY_SHELLS&x=1&page=2", "/ledger?materiel=ARTILLERY_SHELLS&page=2"],
    ["/en/claims?q=t%C3%A0u&bogus=1", "/en/claims?q=t%C3%A0u"],
    ["/claims?q=a%20b", "/claims?q=a+b"],
    ["/claims/tau%2dangara", "/claims/tau-angara"],
    ["/en/claims/t%61u-angara?utm_source=x", "/en/claims/tau-angara"],
    ["/claims/t%c3%a0u", "/claims/t%C3%A0u"],
    ["/claims/tau-angara?_rsc=8f3a", "/claims/tau-angara"],
    ["/e%6E/%63laims/tau-angara?x=1", "/en/claims/tau-angara"],
    ["/sitemap%2Exml?page=2", "/sitemap.xml?page=2"],
  ])("%s is sent to %s before anything is read, and the redirect is not kept", (from, to) => {
    const answer = run(from);
    expect(answer.status).toBe(308);
    // (absolute on the request's origin: Next writes a same-host Location back as relative; the end-to-end test
    // attack7.spec.ts follows it through nginx)
    const location = new URL(answer.headers.get("location") ?? "");
    expect(`${location.pathname}${location.search}`).toBe(to);
    expect(location.port).toBe("41234");
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.headers.get("x-middleware-next")).toBeNull();
    expect(run(to).status, "the canonical address is served").not.toBe(308);
  });

  it.each(["/", "/en", "/sitemap.xml", "/sitemap.xml?page=2", "/feed.xml", "/claims?q=t%C3%A0u", "/claims?kind=OTHER&page=3", "/ledger?supplier=nga&page=2", "/ledger.csv?recipient=nga", "/claims/x", "/claims/t%C3%A0u"])(
    "serves %s, written as the site writes it",
    (path) => {
      expect(run(path).status).not.toBe(308);
      expect(run(path).headers.get("x-middleware-next")).toBe("1");
    },
  );

  it("reads the client router's requests as Next hands them on (RSC, the router headers and _rsc taken off): the site's links pass, a made-up query does not", () => {
    expect(run("/claims?kind=OTHER&page=3").headers.get("x-middleware-next")).toBe("1");
    expect(run("/claims/x").headers.get("x-middleware-next")).toBe("1");
    expect(run("/claims?x=1").status).toBe(308);
  });

  it("leaves server actions and the desk alone", () => {
    expect(run("/claims/x?y=1", { "next-action": "abc" }, "POST").status).not.toBe(308);
    expect(canonicalPublicSearch("/desk/claims", "?x=1")).toBeNull();
    expect(run("/desk/claims/%61bc?x=1").status).not.toBe(308);
  });

  it("knows every filter the search page and the ledger read", () => {
    expect([...LEDGER_FILTER_KEYS].sort()).toEqual(Object.keys(ledgerFilterSchema.shape).sort());
    expect(SEARCH_PAGE_KEYS).toEqual([...SEARCH_FILTER_KEYS, "page"]);
  });
});

describe("a public page's made-up value of a key it takes", () => {
  // What the search page and the ledger page redirect to before reading anything (null: the address is served).
  const search = (query: string) => {
    const raw = Object.fromEntries(new URLSearchParams(query));
    return acceptedSearch(raw, { ...readSearchFilters(raw), page: writtenPage(searchPageNumber(raw.page, SEARCH_PAGE_SIZE)) });
  };
  const ledger = (query: string) => {
    const raw = Object.fromEntries(new URLSearchParams(query));
    return acceptedSearch(raw, { ...readLedgerFilter(raw), page: writtenPage(parseLedgerPage(raw.page)) });
  };

  it.each([
    ["kind=NOT_A_KIND", ""],
    ["q=t%C3%A0u&verdict=x8f3a", "q=t%C3%A0u"],
    ["from=someday&to=2023-09-18", "to=2023-09-18"],
    ["page=x8f3a", ""],
    ["page=1", ""],
    ["page=999999999", `page=${searchPageNumber("999999999", SEARCH_PAGE_SIZE)}`],
    ["q=++t%C3%A0u++", "q=t%C3%A0u"],
    ["claimant=Nguye%CC%82%CC%83n", "claimant=Nguy%E1%BB%85n"],
  ])("search ?%s is sent to ?%s", (query, to) => {
    expect(search(query)).toBe(to);
  });

  it.each([
    ["materiel=x8f3a&supplier=nga", "supplier=nga"],
    ["from=2023-13", ""],
    ["page=abc", ""],
    ["page=01", ""],
    ["page=0002", "page=2"],
  ])("ledger ?%s is sent to ?%s", (query, to) => {
    expect(ledger(query)).toBe(to);
  });

  it("serves what the site writes, the client router's key included, and drops blank form fields", () => {
    expect(search("q=t%C3%A0u&kind=&verdict=&claimant=&from=&to=")).toBe("q=t%C3%A0u");
    expect(search("kind=OTHER&page=3")).toBeNull();
    expect(search("q=t%C3%A0u&_rsc=1ab2c")).toBeNull();
    expect(ledger("supplier=nga&materiel=&from=2023-09&page=2")).toBe("supplier=nga&from=2023-09&page=2");
    expect(ledger("supplier=nga&from=2023-09&page=2")).toBeNull();
    expect(ledger("")).toBeNull();
  });
});

