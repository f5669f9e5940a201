// Every list with filters, fed what an address bar can carry: U+0000 (%00), broken surrogates, repeated
// parameters, over-long text and bad dates. Each filter is then ignored (the page shows the unfiltered list),
// never a 500; the JSON API refuses the same input with 400.
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser, publishClaim } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { listClaimsForDesk } from "@/lib/claims/list-claims";
import { listClaimants } from "@/lib/claims/claimants";
import { listSourcesForDesk } from "@/lib/sources/list-sources";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { suggestSimilarClaims } from "@/lib/claims/suggest-similar";
import { readSearchFilters, searchPublishedClaims } from "@/lib/public/search";
import { searchClaimsForApi } from "@/lib/public/api";
import { readListFilters, readListText } from "./list-filters";
import { z } from "zod";

let admin: Actor;

const HOSTILE: unknown[] = ["\u0000", "a\u0000b", "\uD800", "x".repeat(5000), ["a", "b"], ["\u0000"], "2023-02-30", "-1", "1e309", "%00"];

beforeAll(async () => {
  admin = await makeUser({ role: "ADMIN" });
  const editor = await makeUser({ role: "EDITOR" });
  const reviewer = await makeUser({ role: "REVIEWER" });
  await publishClaim(editor, reviewer, { text: "Triều Tiên gửi đạn pháo sang Nga", kind: "OTHER", claimantName: "KCNA", claimantKind: "OUTLET" });
});

describe("list filters", () => {
  it("ignores a filter the schema refuses or no column can hold, keeping the others", () => {
    const schema = z.object({ q: z.string().max(10).optional().default(""), page: z.coerce.number().int().min(1).optional().catch(1).default(1) });
    expect(readListFilters(schema, { q: "a\u0000", page: "2" })).toEqual({ q: "", page: 2 });
    expect(readListFilters(schema, { q: ["ok", "other"], page: ["3", "4"] })).toEqual({ q: "ok", page: 3 });
    expect(readListFilters(schema, { q: "x".repeat(11) })).toEqual({ q: "", page: 1 });
    expect(readListFilters(schema, null)).toEqual({ q: "", page: 1 });
    expect(readListText("\uDC00")).toBe("");
    expect(readListText(["kim", "x"])).toBe("kim");
  });

  it("never fails a desk list, the public search or suggestions, whatever a parameter holds", async () => {
    for (const value of HOSTILE) {
      const label = JSON.stringify(value).slice(0, 40);
      await expect(listClaimsForDesk(admin, { q: value, page: value }), label).resolves.toMatchObject({ total: expect.any(Number) });
      await expect(listSourcesForDesk(admin, { q: value, outlet: value, from: value, to: value, page: value }), label).resolves.toMatchObject({ total: expect.any(Number) });
      await expect(listAuditEvents(admin, { action: value, objectType: value, actorEmail: value, before: value }), label).resolves.toMatchObject({ events: expect.any(Array) });
      await expect(listClaimants(admin, value), label).resolves.toEqual(expect.any(Array));
      const filters = readSearchFilters({ q: value, kind: value, verdict: value, claimant: value, from: value, to: value });
      await expect(searchPublishedClaims(filters, { offset: 0, limit: 5 }), label).resolves.toMatchObject({ total: expect.any(Number) });
      if (typeof value === "string") await expect(suggestSimilarClaims(admin, readListText(value, 2000)), label).resolves.toEqual(expect.any(Array));
    }
  });

  it("shows the unfiltered desk list for a %00 filter", async () => {
    const all = await listClaimsForDesk(admin, {});
    expect((await listClaimsForDesk(admin, { q: "\u0000" })).total).toBe(all.total);
    expect(all.total).toBeGreaterThanOrEqual(1);
  });

  it("the public search ignores a %00 query and shows everything; the API answers it with 400", async () => {
    const all = await searchPublishedClaims(readSearchFilters({}), { offset: 0, limit: 5 });
    expect((await searchPublishedClaims(readSearchFilters({ q: "\u0000", claimant: "K\u0000" }), { offset: 0, limit: 5 })).total).toBe(all.total);
    await expect(searchClaimsForApi(new URLSearchParams({ q: "\u0000" }), "http://x")).rejects.toMatchObject({ code: "INVALID" });
    await expect(searchClaimsForApi(new URLSearchParams({ claimant: "a\u0000" }), "http://x")).rejects.toMatchObject({ code: "INVALID" });
  });
});
