// The ledger (its page, ledger.csv and /api/v1/ledger) reads a materiel, verdict or month it does not know as no
// filter, so `/ledger.csv?from=<random>` (or `materiel=`, `verdict=`) read and wrote out the whole ledger under a new
// address each time, past nginx's copy; the page redirected such a value only after its module loaded, and the CSV
// and the API not at all. The page proxy and the API now send each to the address without it (308, not kept) before
// anything is read; a value the ledger reads is left as it is.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { canonicalApiAddress, canonicalPublicSearch } from "@/lib/public/canonical-query";
import { parseLedgerFilter } from "@/lib/public/ledger";
import { MATERIEL } from "@/lib/claims/attributes";
import { VERDICTS } from "@/lib/workflow/verdicts";

const run = (path: string) => proxy(new NextRequest(`http://127.0.0.1:41234${path}`));

describe("a ledger filter the ledger does not read", () => {
  it.each([
    ["/ledger.csv?from=8f3a2c", "/ledger.csv"],
    ["/ledger.csv?supplier=nga&materiel=LASER_SWORDS", "/ledger.csv?supplier=nga"],
    ["/ledger.csv?verdict=false&to=2024-13", "/ledger.csv"],
    ["/ledger.csv?from=+2023-09+", "/ledger.csv?from=2023-09"],
    ["/ledger?materiel=x8f3a&page=2", "/ledger?page=2"],
    ["/en/ledger?verdict=NOPE&supplier=nga", "/en/ledger?supplier=nga"],
  ])("%s is sent to %s by the page proxy before anything is read", (from, to) => {
    const answer = run(from);
    expect(answer.status).toBe(308);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    const location = new URL(answer.headers.get("location") ?? "");
    expect(`${location.pathname}${location.search}`).toBe(to);
    expect(run(to).status).not.toBe(308);
  });

  it.each([
    ["/api/v1/ledger", "?from=8f3a2c", "/api/v1/ledger?from="],
    ["/api/v1/ledger", "?materiel=LASER_SWORDS&supplier=nga", "/api/v1/ledger?materiel=&supplier=nga"],
    ["/api/v1/ledger", "?verdict=false", "/api/v1/ledger?verdict="],
  ])("%s%s is sent to %s by the API before the rate limit or any read, and read the same", (path, search, to) => {
    expect(canonicalApiAddress(path, search)).toBe(to);
    expect(canonicalApiAddress(to.split("?")[0]!, `?${to.split("?")[1]}`)).toBeNull();
    expect(parseLedgerFilter(new URLSearchParams(to.split("?")[1]))).toEqual(parseLedgerFilter(new URLSearchParams(search)));
  });

  it("leaves every value the ledger reads as it is", () => {
    for (const m of MATERIEL) expect(canonicalPublicSearch("/ledger.csv", `?materiel=${m}`)).toBeNull();
    for (const v of VERDICTS) expect(canonicalApiAddress("/api/v1/ledger", `?verdict=${v}`)).toBeNull();
    expect(canonicalPublicSearch("/ledger", "?from=2023-09&to=2024-03&page=2")).toBeNull();
  });

  it("sends any made-up value to an address read the same, never on again", () => {
    fc.assert(
      fc.property(fc.constantFrom("materiel", "verdict", "from", "to"), fc.string({ maxLength: 12 }), (key, value) => {
        const search = `?${new URLSearchParams({ [key]: value })}`;
        const csv = canonicalPublicSearch("/ledger.csv", search) ?? search;
        expect(canonicalPublicSearch("/ledger.csv", csv)).toBeNull();
        expect(parseLedgerFilter(new URLSearchParams(csv))).toEqual(parseLedgerFilter(new URLSearchParams(search)));
        const api = canonicalApiAddress("/api/v1/ledger", search) ?? `/api/v1/ledger${search}`;
        expect(canonicalApiAddress("/api/v1/ledger", api.slice("/api/v1/ledger".length))).toBeNull();
      }),
      { seed: 31, numRuns: 500 },
    );
  });
});
