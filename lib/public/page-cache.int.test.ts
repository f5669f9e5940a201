// The page cache before a stand-in app: public pages kept per language with a fresh nonce per answer,
// everything else passed through, and the cache dropped when the database announces a publication.
import http from "node:http";
import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { cacheKey, startPageCache } from "./page-cache";
import { PUBLISHED_CHANNEL } from "./site";

let upstream: http.Server;
let renders = 0;
let cache: Awaited<ReturnType<typeof startPageCache>>;
let base: string;

beforeAll(async () => {
  // Renders like Next: a per-request nonce in the CSP header and in the page's script tags.
  upstream = http.createServer((request, response) => {
    renders += 1;
    const nonce = Buffer.from(`n${renders}-${Math.random()}`).toString("base64");
    if (request.url === "/refuse-early") {
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
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'` });
    response.end(`<html><body>render ${renders} ${request.headers.cookie ?? ""}<script nonce="${nonce}">1</script><script nonce="${nonce}">2</script></body></html>`);
  });
  const upstreamPort = await freePort();
  await new Promise<void>((resolve) => upstream.listen(upstreamPort, "127.0.0.1", resolve));
  const port = await freePort();
  cache = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstreamPort }, databaseUrl: process.env.DATABASE_URL });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await cache.close();
  await new Promise((resolve) => upstream.close(resolve));
});

beforeEach(() => cache.clear());

function nonceOf(response: Response, body: string): { header: string; tags: string[] } {
  return { header: /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")![1]!, tags: [...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]!) };
}

describe("the page cache", () => {
  it("renders a public page once, then answers from memory with a fresh nonce in header and tags alike", async () => {
    const before = renders;
    const first = await fetch(`${base}/claims/some-claim`);
    const firstBody = await first.text();
    expect(first.headers.get("x-claimdesk-cache")).toBe("miss");
    const answers = await Promise.all([1, 2, 3].map(() => fetch(`${base}/claims/some-claim`)));
    const nonces = new Set<string>([nonceOf(first, firstBody).header]);
    for (const answer of answers) {
      const body = await answer.text();
      expect(answer.headers.get("x-claimdesk-cache")).toBe("hit");
      expect(body.replace(/nonce="[^"]+"/g, "")).toBe(firstBody.replace(/nonce="[^"]+"/g, ""));
      const { header, tags } = nonceOf(answer, body);
      expect(tags).toEqual([header, header]);
      nonces.add(header);
    }
    expect(nonces.size).toBe(4);
    expect(renders - before).toBe(1);
  });

  it("keeps one copy per language and none for signed-in visitors or other paths; a search page per address", async () => {
    await fetch(`${base}/`);
    expect((await fetch(`${base}/`, { headers: { cookie: "locale=en" } })).headers.get("x-claimdesk-cache")).toBe("miss");
    expect((await fetch(`${base}/`, { headers: { cookie: "locale=en" } })).headers.get("x-claimdesk-cache")).toBe("hit");
    expect((await fetch(`${base}/`, { headers: { cookie: "authjs.session-token=abc" } })).headers.get("x-claimdesk-cache")).toBeNull();
    expect((await fetch(`${base}/claims?q=trieu`)).headers.get("x-claimdesk-cache")).toBe("miss");
    expect((await fetch(`${base}/claims?q=trieu`)).headers.get("x-claimdesk-cache")).toBe("hit");
    expect((await fetch(`${base}/claims?q=trieu&page=2`)).headers.get("x-claimdesk-cache")).toBe("miss");
    expect((await fetch(`${base}/corrections?x=1`)).headers.get("x-claimdesk-cache")).toBeNull();
    expect((await fetch(`${base}/desk`)).headers.get("x-claimdesk-cache")).toBeNull();
    expect(cacheKey("GET", "/claims/x", { rsc: "1" })).toBeNull();
    expect(cacheKey("POST", "/claims/x", {})).toBeNull();
  });

  it("keys a page by the language the app renders, never storing English under the Vietnamese key", async () => {
    // The page renders in the language Next's cookies() resolves: the last "locale" pair, URL-decoded.
    const { RequestCookies } = await import("next/dist/compiled/@edge-runtime/cookies");
    const nextLocale = (cookie: string) => {
      const value = new RequestCookies(new Headers({ cookie })).get("locale")?.value;
      return value === "en" ? "en" : "vi";
    };
    for (const cookie of ["locale=vi; locale=en", "locale=%65n", "locale=en; locale=%E0", "locale=en;locale=vi", "xlocale=en", "locale=en%20", "locale=vi;  locale=en"]) {
      const key = cacheKey("GET", "/claims/x", { cookie, host: "news.example" });
      expect(key?.split(" ")[0], cookie).toBe(nextLocale(cookie));
    }
    await fetch(`${base}/claims/y`);
    const english = await fetch(`${base}/claims/y`, { headers: { cookie: "locale=vi; locale=en" } });
    expect(english.headers.get("x-claimdesk-cache")).toBe("miss");
    expect(await english.text()).toContain("locale=vi; locale=en");
    const encoded = await fetch(`${base}/claims/y`, { headers: { cookie: "locale=%65n" } });
    expect(encoded.headers.get("x-claimdesk-cache")).toBe("hit");
    expect(await encoded.text()).toContain("locale=vi; locale=en");
    const vietnamese = await fetch(`${base}/claims/y`);
    expect(vietnamese.headers.get("x-claimdesk-cache")).toBe("hit");
    expect(await vietnamese.text()).not.toContain("locale=");
  });

  it("keeps one copy per public origin, so a forged Host never reaches another visitor", async () => {
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
    expect(await get("evil.example")).toBe("miss");
    expect(await get("evil.example")).toBe("hit");
    expect(await get("news.example")).toBe("miss");
  });

  it("passes other requests through with their body and the caller's socket address, not the one it claims", async () => {
    const answer = await fetch(`${base}/desk/claims/x`, { method: "POST", body: "hello", headers: { "x-forwarded-for": "203.0.113.5" } });
    expect(await answer.text()).toBe("posted hello from 127.0.0.1");
  });

  it("answers a caller that sends its whole body before reading, even when the app refused it unread", async () => {
    // A raw client that, like Playwright's request API, writes the whole 8 MB body before reading a byte.
    const { port } = new URL(base);
    const socket = net.connect(Number(port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    const body = Buffer.alloc(8 * 1024 * 1024, 120);
    socket.write(`POST /refuse-early HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n`);
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

  it("drops every kept page when the database announces a publication", async () => {
    await fetch(`${base}/corrections`);
    expect(cache.size()).toBe(1);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query("SELECT pg_notify($1, 'some-claim')", [PUBLISHED_CHANNEL]);
    await client.end();
    await expect.poll(() => cache.size()).toBe(0);
    expect((await fetch(`${base}/corrections`)).headers.get("x-claimdesk-cache")).toBe("miss");
  });
});
