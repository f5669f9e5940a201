// The refresh of nginx's copies on approval: which URLs, the secret check, and the requests as nginx receives them.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { renderNginxConfig } from "@/deploy/nginx";
import { changedPublicPaths, GENERATION_PATH, isRefreshRequest, refreshSharedCache } from "./shared-cache";

const SECRET = "s3cret-value-for-tests_0123456789";

describe("the refresh secret", () => {
  it("is honoured only when it is exactly the configured one", () => {
    const env = { CLAIMDESK_NGINX_REFRESH_SECRET: SECRET };
    expect(isRefreshRequest(SECRET, env)).toBe(true);
    for (const forged of ["", "1", SECRET.slice(1), `${SECRET}x`, SECRET.toUpperCase(), "*"]) expect(isRefreshRequest(forged, env), forged).toBe(false);
    expect(isRefreshRequest([SECRET, SECRET], env)).toBe(false);
    expect(isRefreshRequest(undefined, env)).toBe(false);
  });

  it("honours nothing when none is configured, or a short or odd one is", () => {
    expect(isRefreshRequest("", {})).toBe(false);
    expect(isRefreshRequest("short", { CLAIMDESK_NGINX_REFRESH_SECRET: "short" })).toBe(false);
    const quoted = 'a"b;c d'.repeat(5);
    expect(isRefreshRequest(quoted, { CLAIMDESK_NGINX_REFRESH_SECRET: quoted })).toBe(false);
  });

  it("is written into nginx's map only when valid; without one the map has no entry", () => {
    const base = { prefix: "/tmp/x", listen: "127.0.0.1:1", upstreams: [{ host: "127.0.0.1", port: 2 }], workers: 1, staticRoot: "/tmp/x", staticName: "s.html" };
    // A case-sensitive regex (~, not ~*): nginx compares a map's plain strings ignoring case.
    expect(renderNginxConfig({ ...base, refreshSecret: SECRET })).toContain(`    "~^${SECRET}$" "${SECRET}";`);
    const none = renderNginxConfig(base);
    expect(none).toMatch(/map \$http_x_claimdesk_refresh \$claimdesk_refresh \{\s+default "";\s+# no refresh secret configured\s+\}/);
    expect(() => renderNginxConfig({ ...base, refreshSecret: '" "1"; default "1' })).toThrow(/refresh secret/);
  });
});

describe("the URLs an approval changes", () => {
  it("are the claim's page, the related claims', home, corrections, ledger in both languages, and the feeds", () => {
    expect(changedPublicPaths("a-claim", ["denied-one"]).sort()).toEqual(
      [
        "/",
        "/en",
        "/corrections",
        "/en/corrections",
        "/ledger",
        "/en/ledger",
        "/claims/a-claim",
        "/en/claims/a-claim",
        "/claims/denied-one",
        "/en/claims/denied-one",
        "/feed.xml",
        "/sitemap.xml",
        "/api/v1/claimreview-feed.json",
      ].sort(),
    );
  });
});

describe("the sitemap's files an approval changes", () => {
  it("are named after /sitemap.xml, by their numbers, once each", () => {
    const paths = changedPublicPaths("a-claim", [], [3, 4]);
    expect(paths.filter((p) => p.startsWith("/sitemap.xml"))).toEqual(["/sitemap.xml", "/sitemap.xml?page=3", "/sitemap.xml?page=4"]);
  });
});

describe("refreshSharedCache", () => {
  let server: http.Server;
  let port: number;
  const seen: { path: string; host: string; encoding: string | undefined; secret: string | undefined; id: unknown }[] = [];
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      seen.push({ path: request.url!, host: request.headers.host!, encoding: request.headers["accept-encoding"], secret: request.headers["x-claimdesk-refresh"] as string | undefined, id: request.headers["x-claimdesk-refresh-id"] });
      response.end("ok");
    });
    port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("asks nginx for the generation first, then each path once per kept encoding, with the secret and the public host", async () => {
    const results = await refreshSharedCache(["/", "/claims/x"], { CLAIMDESK_NGINX_URL: `http://127.0.0.1:${port}`, CLAIMDESK_NGINX_REFRESH_SECRET: SECRET, CLAIMDESK_PUBLIC_URL: "https://factcheck.example" });
    expect(results).toHaveLength(7);
    expect(results.every((r) => r.status === 200)).toBe(true);
    // The generation (part of every cached answer's key) before any page, so the pages are stored under the new key.
    expect(seen[0]!.path).toBe(GENERATION_PATH);
    expect(seen.map((s) => `${s.path} ${s.encoding ?? "-"}`).sort()).toEqual([`${GENERATION_PATH} -`, "/ -", "/ br", "/ gzip", "/claims/x -", "/claims/x br", "/claims/x gzip"].sort());
    expect(new Set(seen.map((s) => s.host))).toEqual(new Set(["factcheck.example"]));
    expect(seen.every((s) => s.secret === SECRET)).toBe(true);
    // One refresh id for the whole refresh, so each page is rendered once for its three encodings.
    expect(new Set(seen.map((s) => s.id)).size).toBe(1);
    expect(seen[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("does nothing without nginx's address or the secret", async () => {
    seen.length = 0;
    expect(await refreshSharedCache(["/"], { CLAIMDESK_NGINX_URL: `http://127.0.0.1:${port}` })).toEqual([]);
    expect(await refreshSharedCache(["/"], { CLAIMDESK_NGINX_REFRESH_SECRET: SECRET })).toEqual([]);
    expect(seen).toEqual([]);
  });
});
