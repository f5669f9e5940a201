// A claim's slug in capitals (`/claims/Tau-Angara`, `/api/v1/claims/TAU-ANGARA`) or with its letters percent-escaped
// in capitals (`/claims/%54au-angara`) names the same claim as its lower-case spelling (slugs are lower-case ASCII
// letters, digits and hyphens), yet each was an address of its own to nginx and the front server: the page rendered a
// 404 and the API took a rate-limit token (a database write) and answered 404, every time, as 404s are never kept.
// Each is now sent to the slug's own spelling (308, not kept) before anything is read.
import { describe, expect, it } from "vitest";
import { randomInt } from "node:crypto";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { getDb } from "@/lib/db/client";
import { canonicalApiAddress, canonicalPagePath, canonicalSlug } from "@/lib/public/canonical-query";
import { GET as getClaim } from "@/app/api/v1/claims/[id]/route";

const page = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://127.0.0.1:41234${path}`, { headers }));
const address = () => `198.19.${randomInt(1, 250)}.${randomInt(1, 250)}`;

async function bucketRows(ip: string): Promise<number> {
  const rows = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "ApiRateBucket" WHERE "key" = ${`api:${ip}`}`;
  return rows[0]!.n;
}

describe("a claim's page with its slug in another case", () => {
  it.each([
    ["/claims/Tau-Angara", "/claims/tau-angara"],
    ["/claims/TAU-ANGARA-3F9A2C", "/claims/tau-angara-3f9a2c"],
    ["/en/claims/Tau-Angara", "/en/claims/tau-angara"],
    ["/claims/%54au-angara", "/claims/tau-angara"],
    ["/claims/%54%41U-angara?utm_source=x", "/claims/tau-angara"],
    ["/e%6E/claims/tAU-angara", "/en/claims/tau-angara"],
  ])("%s is sent to %s before anything is read, and the redirect is not kept", (from, to) => {
    const answer = page(from);
    expect(answer.status).toBe(308);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    const location = new URL(answer.headers.get("location") ?? "");
    expect(`${location.pathname}${location.search}`).toBe(to);
    expect(page(to).status, "the slug's own spelling is served").not.toBe(308);
  });

  it.each(["/claims/tau-angara", "/en/claims/tau-angara-3f9a2c", "/claims/T%C3%80U", "/claims/Tau_Angara", "/claims/\u212Aau", "/Claims/Tau", "/EN/claims/Tau"])("leaves %s as it is (a slug's own spelling, or no slug in any case)", (path) => {
    expect(page(path).status).not.toBe(308);
  });

  it("sends only a slug's spelling on, and never one to itself", () => {
    expect(canonicalSlug("Tau-Angara")).toBe("tau-angara");
    expect(canonicalSlug("tau-angara")).toBeNull();
    // Letters outside ASCII are no slug's, whatever their lower case ("K", the Kelvin sign, lowers to "k").
    expect(canonicalSlug("\u212Aau")).toBeNull();
    expect(canonicalSlug("A".repeat(201))).toBeNull();
    for (const path of ["/claims/Tau-Angara", "/en/claims/%54au"]) expect(canonicalPagePath(canonicalPagePath(path)!)).toBeNull();
  });

  it("sends the client router's requests there too: they reach the proxy as plain reads (Next takes RSC and _rsc off first)", () => {
    const answer = page("/claims/Tau-Angara");
    expect(answer.status).toBe(308);
    expect(new URL(answer.headers.get("location") ?? "").pathname).toBe("/claims/tau-angara");
  });
});

describe("the API's claim with its slug in another case", () => {
  it.each([
    ["/api/v1/claims/Tau-Angara", "/api/v1/claims/tau-angara"],
    ["/api/v1/claims/%54AU-angara", "/api/v1/claims/tau-angara"],
    ["/api/v1/claims/0B6F1C1E-8A4B-4C3D-9E2F-1A2B3C4D5E6F", "/api/v1/claims/0b6f1c1e-8a4b-4c3d-9e2f-1a2b3c4d5e6f"],
  ])("sends %s to %s", (from, to) => {
    expect(canonicalApiAddress(from, "")).toBe(to);
  });

  it("answers another case 308 before the rate limit or any read, and the slug's own spelling as before", async () => {
    const ip = address();
    const request = (target: string) => new Request(`http://desk.test${target}`, { headers: { "x-forwarded-for": ip } });
    for (const spelling of ["No-Such-Claim", "NO-SUCH-CLAIM", "nO-such-claim"]) {
      const answer = await getClaim(request(`/api/v1/claims/${spelling}`), { params: Promise.resolve({ id: spelling }) });
      expect(answer.status).toBe(308);
      expect(answer.headers.get("location")).toBe("/api/v1/claims/no-such-claim");
      expect(answer.headers.get("cache-control")).toBe("no-store");
    }
    expect(await bucketRows(ip)).toBe(0);
    const own = await getClaim(request("/api/v1/claims/no-such-claim"), { params: Promise.resolve({ id: "no-such-claim" }) });
    expect(own.status).toBe(404);
    expect(await bucketRows(ip)).toBe(1);
  });
});
