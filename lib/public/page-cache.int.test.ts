// The page cache before a stand-in app: anonymous public pages rendered once without a nonce, answered with a
// policy hashing their inline scripts, public cache headers, an ETag answering 304 and compression; signed-in
// pages passed through privately; everything else passed through; the cache dropped on a publication notice.
import http from "node:http";
import net from "node:net";
import zlib from "node:zlib";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { cacheKey, chooseEncoding, startPageCache } from "./page-cache";
import { contentSecurityPolicy } from "./csp";
import { notifyPublication } from "./invalidate";
import { startStandIn, type StandIn } from "@/test/next-stand-in";
import { knownClaimSlugs } from "@/test/factories";

let upstream: StandIn;
let renders = 0;
let cache: Awaited<ReturnType<typeof startPageCache>>;
let base: string;
const seen: http.IncomingHttpHeaders[] = [];
const ONE = "(self.__next_f=self.__next_f||[]).push([0])";
const TWO = `self.__next_f.push([1,"${"é".repeat(2000)}"])`;
const REFRESH_SECRET = "page-cache-refresh-secret-0123456789";
const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

beforeAll(async () => {
  // Claim pages the stand-in renders (a slug no claim holds is answered 404 by the front server itself).
  await knownClaimSlugs("x", "z", "slow", "slow-viral", "missing", "some-claim", "refreshed", "refreshed-once");
  // Renders like proxy.ts + Next: a nonce per request, unless the front server asked for a page to hash.
  const render: http.RequestListener = (request, response) => {
    renders += 1;
    seen.push(request.headers);
    if (request.url === "/sources/import?refuse-early") {
      // Like Next refusing a body it will not read: answer at once, leave the body unread.
      response.writeHead(413, { "content-type": "text/plain" });
      response.end("too large");
      return;
    }
    if (request.method === "POST") {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => response.end(`posted ${body} from ${request.headers["x-forwarded-for"]}`));
      return;
    }
    if (request.url?.startsWith("/claims/slow") && !request.headers["x-slow-done"]) {
      // A page that takes a while to render, so that concurrent visitors arrive while it is under way.
      request.headers["x-slow-done"] = "1";
      setTimeout(() => render(request, response), 300);
      renders -= 1;
      return;
    }
    const hashed = request.headers["x-claimdesk-csp"] === "hashes";
    const nonce = hashed ? null : Buffer.from(`n${renders}-${Math.random()}`).toString("base64");
    const attribute = nonce ? ` nonce="${nonce}"` : "";
    response.writeHead(request.url === "/claims/missing" ? 404 : 200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      "content-security-policy": contentSecurityPolicy(nonce ? { nonce } : "hashes"),
      ...(hashed ? { "x-claimdesk-csp": "hashes" } : {}),
    });
    response.end(`<html><body>${request.url}<script${attribute}>${ONE}</script><script${attribute}>${TWO}</script><script>alert("injected")</script><script src="/_next/static/x.js"${attribute}></script></body></html>`);
  };
  upstream = await startStandIn(render);
  const port = await freePort();
  cache = await startPageCache({
    port,
    host: "127.0.0.1",
    upstream: { host: "127.0.0.1", port: upstream.port },
    databaseUrl: process.env.DATABASE_URL,
    env: { CLAIMDESK_CACHE_S_MAXAGE: "30", CLAIMDESK_CACHE_STALE_SECONDS: "120", CLAIMDESK_NGINX_REFRESH_SECRET: REFRESH_SECRET },
  });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await cache.close();
  await upstream.close();
});

beforeEach(() => cache.clear());

/** A GET through node:http (fetch() decompresses and hides Accept-Encoding), the body as received. */
function get(path: string, headers: http.OutgoingHttpHeaders = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(base);
    http
      .get({ host: "127.0.0.1", port, path, headers }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => resolve({ status: answer.statusCode!, headers: answer.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("the page cache", () => {
  it("renders an anonymous public page once, without a nonce, and serves the same bytes with its scripts' hashes", async () => {
    const before = renders;
    const first = await get("/claims/some-claim");
    expect(first.headers["x-claimdesk-cache"]).toBe("miss");
    const html = first.body.toString();
    expect(html).not.toContain("nonce");
    const csp = String(first.headers["content-security-policy"]);
    // Each of the framework's inline scripts' hash; not the injected one's, not the external one's; no nonce, no
    // strict-dynamic, no placeholder left.
    expect(csp).toContain(`script-src 'self' ${sha(ONE)} ${sha(TWO)};`);
    expect(csp).not.toContain(sha('alert("injected")'));
    expect(csp).not.toMatch(/nonce|strict-dynamic|claimdesk-script-hashes/);
    expect(first.headers["x-claimdesk-csp"]).toBeUndefined();
    const answers = await Promise.all([1, 2, 3].map(() => get("/claims/some-claim")));
    for (const answer of answers) {
      expect(answer.headers["x-claimdesk-cache"]).toBe("hit");
      expect(answer.body.equals(first.body)).toBe(true);
      expect(answer.headers["content-security-policy"]).toBe(csp);
    }
    expect(renders - before).toBe(1);
    // The app was asked for the page to hash, uncompressed.
    expect(seen.at(-1)!["x-claimdesk-csp"]).toBe("hashes");
    expect(seen.at(-1)!["accept-encoding"]).toBe("identity");
  });

  it("says any shared cache may keep it, with an ETag that answers 304 and a Vary without Cookie", async () => {
    const first = await get("/en/claims/some-claim");
    expect(first.headers["cache-control"]).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=120");
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.vary).toMatch(/^Accept-Encoding, RSC, /);
    expect(first.headers.vary).not.toMatch(/cookie/i);
    // nginx caches nothing whose Vary is longer than 128 characters.
    expect(first.headers.vary!.length).toBeLessThanOrEqual(128);
    for (const tag of [etag, etag.slice(2), `"other", ${etag}`, "*"]) {
      const again = await get("/en/claims/some-claim", { "if-none-match": tag });
      expect(again.status, tag).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
    }
    expect((await get("/en/claims/some-claim", { "if-none-match": '"other"' })).status).toBe(200);
    // A client's If-None-Match never reaches the app: a miss renders the page, then answers 304 from it.
    cache.clear();
    expect((await get("/en/claims/some-claim", { "if-none-match": etag })).status).toBe(304);
    expect(seen.at(-1)!["if-none-match"]).toBeUndefined();
  });

  it("compresses with brotli or gzip as the client accepts, to the same page", async () => {
    const plain = await get("/corrections");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const br = await get("/corrections", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const gzip = await get("/corrections", { "accept-encoding": "gzip;q=1, br;q=0" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(gzip.body.length).toBeLessThan(plain.body.length / 2);
    expect(Number(gzip.headers["content-length"])).toBe(gzip.body.length);
    expect(br.headers.etag).toBe(plain.headers.etag);
    expect([chooseEncoding("identity"), chooseEncoding("*"), chooseEncoding("GZIP"), chooseEncoding(undefined)]).toEqual([null, "br", "gzip", null]);
  });

  it("keeps one copy per URL (language included) whatever the cookie; signed-in visitors' pages are private and not kept", async () => {
    await get("/");
    expect((await get("/", { cookie: "locale=en" })).headers["x-claimdesk-cache"]).toBe("hit");
    expect((await get("/en")).headers["x-claimdesk-cache"]).toBe("miss");
    expect((await get("/en")).headers["x-claimdesk-cache"]).toBe("hit");
    const signedIn = await get("/en/claims/x", { cookie: "authjs.session-token=abc" });
    expect(signedIn.headers["x-claimdesk-cache"]).toBeUndefined();
    expect(signedIn.headers["cache-control"]).toBe("private, no-store");
    expect(signedIn.body.toString()).toMatch(/nonce="/);
    expect(seen.at(-1)!["x-claimdesk-csp"]).toBeUndefined();
    // A client cannot ask for a nonce-less page on a path that is not kept.
    await get("/desk", { "x-claimdesk-csp": "hashes" });
    expect(seen.at(-1)!["x-claimdesk-csp"]).toBeUndefined();
    expect((await get("/claims?q=trieu")).headers["x-claimdesk-cache"]).toBe("miss");
    expect((await get("/claims?q=trieu")).headers["x-claimdesk-cache"]).toBe("hit");
    expect((await get("/claims?q=trieu&page=2")).headers["x-claimdesk-cache"]).toBe("miss");
    expect((await get("/corrections?x=1")).headers["x-claimdesk-cache"]).toBeUndefined();
    expect((await get("/desk")).headers["x-claimdesk-cache"]).toBeUndefined();
    // The client router's flight answer is kept apart from the page's HTML (test/attacks/router-payloads.test.ts).
    expect(cacheKey("GET", "/claims/x", { rsc: "1" })).not.toBe(cacheKey("GET", "/claims/x", {}));
    expect(cacheKey("GET", "/claims/x", { rsc: "2" })).toBeNull();
    expect(cacheKey("POST", "/claims/x", {})).toBeNull();
    expect(cacheKey("GET", "/claims/x", { cookie: "locale=en" })).toBe(cacheKey("GET", "/claims/x", {}));
  });

  it("renders a page once for visitors who ask for it at the same time; a page it may not keep is rendered for each", async () => {
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 20 }, () => get("/claims/slow-viral")));
    expect(renders - before, "one render for twenty concurrent misses").toBe(1);
    expect(answers.filter((a) => a.headers["x-claimdesk-cache"] === "miss")).toHaveLength(1);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.equals(answers[0]!.body)).toBe(true);
    }
    // A 404 is never kept: those who waited on it render their own, and each gets its 404.
    const missing = await Promise.all(Array.from({ length: 3 }, () => get("/claims/missing")));
    expect(missing.map((a) => a.status)).toEqual([404, 404, 404]);
    expect(cache.size()).toBe(1);
  });

  it("answers a missing page with its hashed policy but keeps nothing", async () => {
    const missing = await get("/claims/missing");
    expect(missing.status).toBe(404);
    expect(String(missing.headers["content-security-policy"])).toContain(sha(ONE));
    expect(missing.headers["cache-control"]).toMatch(/no-store/);
    expect(cache.size()).toBe(0);
  });

  it("keys pages by public origin, and never keeps a page for a host other than the site's", async () => {
    const previous = process.env.CLAIMDESK_PUBLIC_URL;
    delete process.env.CLAIMDESK_PUBLIC_URL;
    try {
      expect(cacheKey("GET", "/claims/x", { host: "news.example:8443" })).not.toBe(cacheKey("GET", "/claims/x", { host: "evil.example" }));
      expect(cacheKey("GET", "/claims/x", { host: "a", "x-forwarded-host": "news.example" })).toBe(cacheKey("GET", "/claims/x", { host: "news.example" }));
      process.env.CLAIMDESK_PUBLIC_URL = "https://fact.example";
      expect(cacheKey("GET", "/claims/x", { host: "news.example" })).toBe(cacheKey("GET", "/claims/x", { host: "evil.example" }));
    } finally {
      if (previous === undefined) delete process.env.CLAIMDESK_PUBLIC_URL;
      else process.env.CLAIMDESK_PUBLIC_URL = previous;
    }
    // fetch() cannot set Host: ask with node:http.
    const get = (host: string) =>
      new Promise<string | undefined>((resolve, reject) => {
        const { port } = new URL(base);
        http.get({ host: "127.0.0.1", port, path: "/claims/z", headers: { host } }, (answer) => {
          answer.resume();
          answer.on("end", () => resolve(answer.headers["x-claimdesk-cache"] as string | undefined));
        }).on("error", reject);
      });
    // This server has no CLAIMDESK_ALLOWED_HOSTS: the first host it saw is the site's, and a host after it is
    // rendered for itself alone, never kept (lib/http/allowed-hosts.ts; test/attacks/front-server.test.ts).
    await get("first.example");
    expect(await get("evil.example")).toBeUndefined();
    expect(await get("evil.example")).toBeUndefined();
  });

  it("passes other requests through with their body and the caller's socket address, not the one it claims", async () => {
    const answer = await fetch(`${base}/desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b`, { method: "POST", body: "hello", headers: { "x-forwarded-for": "203.0.113.5" } });
    expect(await answer.text()).toBe("posted hello from 127.0.0.1");
  });

  it("answers a caller that sends its whole body before reading, even when the app refused it unread", async () => {
    // A raw client that, like Playwright's request API, writes the whole 8 MB body before reading a byte.
    const { port } = new URL(base);
    const socket = net.connect(Number(port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    const body = Buffer.alloc(8 * 1024 * 1024, 120);
    socket.write(`POST /sources/import?refuse-early HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n`);
    const written = new Promise<void>((resolve, reject) => socket.write(body, (error) => (error ? reject(error) : resolve())));
    await Promise.race([written, new Promise((_, reject) => setTimeout(() => reject(new Error("the body was never taken")), 15_000))]);
    let answer = "";
    await new Promise<void>((resolve) =>
      socket.on("data", (chunk) => {
        answer += chunk.toString();
        if (answer.includes("too large")) resolve();
      }),
    );
    socket.destroy();
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer).toContain("too large");
  }, 30_000);

  it("answers an over-long address or broken framing with a short message in both languages, not a bare status", async () => {
    const { port } = new URL(base);
    const raw = async (request: string) => {
      const socket = net.connect(Number(port), "127.0.0.1");
      await new Promise((resolve) => socket.once("connect", resolve));
      socket.write(request);
      let answer = "";
      socket.on("data", (chunk) => (answer += chunk.toString()));
      await new Promise((resolve) => socket.once("close", resolve));
      return answer;
    };
    const long = await raw(`GET /claims/${"a".repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(long).toMatch(/^HTTP\/1\.1 431 /);
    expect(long).toContain("The address or the request's headers are too long (at most 16 KB).");
    expect(long).toContain("quá dài");
    const broken = await raw("GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: nope\r\n\r\n");
    expect(broken).toMatch(/^HTTP\/1\.1 400 /);
    expect(broken).toContain("The request is not well-formed HTTP.");
    // The server keeps answering others.
    expect((await fetch(`${base}/api/health`)).status).toBeLessThan(500);
  });

  it("drops every kept page when the database announces a publication", async () => {
    await fetch(`${base}/corrections`);
    await fetch(`${base}/en/claims/some-claim`);
    expect(cache.size()).toBe(2);
    await notifyPublication(process.env.DATABASE_URL!, "some-claim");
    await expect.poll(() => cache.size()).toBe(0);
    expect((await fetch(`${base}/corrections`)).headers.get("x-claimdesk-cache")).toBe("miss");
  });

  it("renders a kept page anew for nginx's refresh with the secret, and ignores a forged one", async () => {
    await get("/claims/refreshed");
    const before = renders;
    expect((await get("/claims/refreshed", { "x-claimdesk-refresh": "guess" })).headers["x-claimdesk-cache"]).toBe("hit");
    expect((await get("/claims/refreshed", { "x-claimdesk-refresh": REFRESH_SECRET.slice(0, -1) })).headers["x-claimdesk-cache"]).toBe("hit");
    expect(renders).toBe(before);
    const refreshed = await get("/claims/refreshed", { "x-claimdesk-refresh": REFRESH_SECRET });
    expect(refreshed.headers["x-claimdesk-cache"]).toBe("miss");
    expect(renders).toBe(before + 1);
    // The secret never reaches the app, and the new render is what is kept now.
    expect(seen.at(-1)!["x-claimdesk-refresh"]).toBeUndefined();
    const after = await get("/claims/refreshed");
    expect(after.headers["x-claimdesk-cache"]).toBe("hit");
    expect(after.body.equals(refreshed.body)).toBe(true);
  });

  it("renders a page once per refresh: that refresh's other encodings reuse it, the next refresh renders again", async () => {
    await get("/claims/refreshed-once");
    const before = renders;
    const refresh = (id: string, encoding: string) => get("/claims/refreshed-once", { "x-claimdesk-refresh": REFRESH_SECRET, "x-claimdesk-refresh-id": id, "accept-encoding": encoding });
    expect((await refresh("approval-1", "br")).headers["x-claimdesk-cache"]).toBe("miss");
    expect((await refresh("approval-1", "gzip")).headers["x-claimdesk-cache"]).toBe("hit");
    expect((await refresh("approval-1", "identity")).headers["x-claimdesk-cache"]).toBe("hit");
    expect(renders).toBe(before + 1);
    expect((await refresh("approval-2", "br")).headers["x-claimdesk-cache"]).toBe("miss");
    expect(renders).toBe(before + 2);
    // Without the secret, the id means nothing (and neither header reaches the app).
    expect((await get("/claims/refreshed-once", { "x-claimdesk-refresh-id": "approval-3" })).headers["x-claimdesk-cache"]).toBe("hit");
    expect(renders).toBe(before + 2);
    expect(seen.at(-1)!["x-claimdesk-refresh-id"]).toBeUndefined();
  });
});
