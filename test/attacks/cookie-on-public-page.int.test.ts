// A public page the app answers with a Set-Cookie (a framework or library setting one on an anonymous render) is not
// kept by the front server; it must not be marked for shared caches either: with `public, s-maxage` a CDN or proxy in
// front could keep the cookie with the page and hand it to every later visitor. It is answered `private, no-store`,
// without an ETag, and each visitor gets their own render; so is a feed's or an API answer marked public.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startPageCache } from "@/lib/public/page-cache";
import { contentSecurityPolicy } from "@/lib/public/csp";
import { PRIVATE_CACHE_CONTROL } from "@/lib/public/cache-policy";
import { startStandIn, type StandIn } from "@/test/next-stand-in";
import { knownClaimSlugs } from "@/test/factories";

let upstream: StandIn;
let cache: Awaited<ReturnType<typeof startPageCache>>;
let port: number;
let renders = 0;

beforeAll(async () => {
  await knownClaimSlugs("a-claim");
  upstream = await startStandIn((request, response) => {
    renders += 1;
    if (request.url === "/feed.xml" || request.url?.startsWith("/api/v1/")) {
      // A feed or an API answer the route marks public, with a cookie some code set on the way.
      response.writeHead(200, { "content-type": "application/json", "cache-control": "public, max-age=60", "set-cookie": `visitor=${renders}; Path=/` });
      return void response.end("{}");
    }
    const hashed = request.headers["x-claimdesk-csp"] === "hashes";
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      "content-security-policy": contentSecurityPolicy(hashed ? "hashes" : { nonce: "bm9uY2U=" }),
      "set-cookie": `visitor=${renders}; Path=/; HttpOnly`,
      ...(hashed ? { "x-claimdesk-csp": "hashes" } : {}),
    });
    response.end(`<html><body>${request.url}</body></html>`);
  });
  port = await freePort();
  cache = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, databaseUrl: process.env.DATABASE_URL, listen: false });
});

afterAll(async () => {
  await cache.close();
  await upstream.close();
});

function get(path: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path }, (answer) => {
        answer.resume();
        answer.on("end", () => resolve(answer));
      })
      .on("error", reject);
  });
}

describe("a public page answered with a cookie", () => {
  it.each(["/claims/a-claim", "/en/corrections", "/ledger?year=2026"])("%s is private to its visitor, never a shared cache's", async (path) => {
    const before = renders;
    const first = await get(path);
    expect(first.statusCode).toBe(200);
    expect(first.headers["set-cookie"]).toEqual([`visitor=${before + 1}; Path=/; HttpOnly`]);
    expect(first.headers["cache-control"]).toBe(PRIVATE_CACHE_CONTROL);
    expect(first.headers.etag).toBeUndefined();
    const second = await get(path);
    expect(second.headers["set-cookie"], "each visitor has their own render and cookie").toEqual([`visitor=${before + 2}; Path=/; HttpOnly`]);
    expect(second.headers["cache-control"]).toBe(PRIVATE_CACHE_CONTROL);
  });
});

describe("a feed or an API answer with a cookie", () => {
  it.each(["/feed.xml", "/api/v1/claims"])("%s is not marked for shared caches", async (path) => {
    const answer = await get(path);
    expect(answer.headers["set-cookie"]).toHaveLength(1);
    expect(answer.headers["cache-control"]).toBe(PRIVATE_CACHE_CONTROL);
  });
});
