// An outsider's seventh pass: the public site behind a caching nginx (deploy/nginx.conf, in front of this suite's
// production server). Whoever asks first fills nginx's copy that every later visitor gets, so each test sends what an
// attacker would on the first request and checks what the next plain visitor receives. Each test is one attack and
// fails if it works.
import { test, expect, signInApi, uniqueIp } from "./fixtures";
import { E2E_PORT } from "../playwright.config";
import { nginxAvailable, startNginx, type Nginx } from "../deploy/nginx";
import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param.js";

let nginx: Nginx;

test.beforeAll(async () => {
  expect(nginxAvailable(), "nginx is missing: apt-get install nginx (.ci/run does)").toBe(true);
  nginx = await startNginx({ upstreams: [{ host: "127.0.0.1", port: E2E_PORT }] });
});

test.afterAll(async () => {
  await nginx?.stop();
});

/** Headers a client may send that a framework or proxy somewhere takes for the host, scheme, path, language or payload. */
const HOSTILE: Record<string, string> = {
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-port": "8443",
  "x-forwarded-prefix": "/evil-prefix",
  forwarded: "for=203.0.113.1;host=evil.example;proto=https",
  "x-host": "evil.example",
  "x-original-url": "/desk",
  "x-rewrite-url": "/desk",
  "x-original-host": "evil.example",
  "accept-language": "en-GB,en;q=0.9",
  cookie: "claimdesk-locale=en; NEXT_LOCALE=en",
  "next-router-state-tree": "%5B%22%22%5D",
  "next-router-segment-prefetch": "/_tree",
  "next-url": "/desk",
  "x-now-route-matches": "1",
  "x-matched-path": "/desk",
  "x-invoke-path": "/desk",
  "x-middleware-prefetch": "1",
  "x-nextjs-data": "1",
  "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware",
};

/**
 * Public answers nginx keeps, each under an address no request has used yet (this nginx starts empty, and queries
 * are part of its key), so the attacker's request is the one that fills the copy.
 */
const tag = Date.now().toString(36);
const PUBLIC = [
  "/",
  "/en",
  "/corrections",
  `/claims?q=attack${tag}`,
  `/en/claims?q=attack${tag}`,
  `/ledger?supplier=attack${tag}`,
  "/feed.xml",
  "/sitemap.xml",
  "/api/v1/claims?limit=13",
  "/api/v1/claimreview-feed.json?limit=7",
];

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${nginx.url}${path}`, { headers: { "accept-encoding": "identity", ...headers }, redirect: "manual" });

test("hostile headers on the first request never change the copy nginx keeps for the next visitor", async () => {
  for (const path of PUBLIC) {
    const poisoned = await get(path, HOSTILE);
    await poisoned.arrayBuffer();
    expect(poisoned.headers.get("x-cache-status"), path).toBe("MISS");
    const plain = await get(path);
    const body = await plain.text();
    expect(plain.headers.get("x-cache-status"), `${path}: the attacker's answer is the copy kept`).toBe("HIT");
    expect(plain.status, path).toBe(200);
    expect(body, path).not.toMatch(/evil|https:\/\/127|:8443/);
    // Absolute URLs name the origin the visitor used; a page is in its URL's language.
    if (/\.(xml|json)|^\/api\//.test(path)) expect(body, path).toContain(nginx.url);
    else expect(body, path).toContain(`<html lang="${path.startsWith("/en") ? "en" : "vi"}"`);
    expect(plain.headers.get("cache-control"), path).toMatch(/^public, /);
    // A cache that honours Vary keeps nothing whose Vary is over 128 characters (nginx); the feeds' was 133.
    expect(plain.headers.get("vary")?.length ?? 0, `${path}: ${plain.headers.get("vary")}`).toBeLessThanOrEqual(128);
  }
});

test("a made-up query string is sent to the address the site writes, and nginx keeps no copy of the redirect", async () => {
  for (const path of [`/feed.xml?v=${tag}`, `/sitemap.xml?page=1&v=${tag}`, `/claims/x?utm_source=${tag}`]) {
    for (const round of [1, 2]) {
      const answer = await get(path, HOSTILE);
      await answer.arrayBuffer();
      expect(answer.status, `${path} (${round})`).toBe(308);
      expect(answer.headers.get("x-cache-status"), `${path} (${round})`).not.toBe("HIT");
      expect(answer.headers.get("location"), path).toBe(path.split("?")[0] + (path.startsWith("/sitemap") ? "?page=1" : ""));
    }
  }
});

test("the client router's payload is kept apart from the page: a browser never gets it, a prefetch flood renders once", async () => {
  const path = `/claims?q=rsc${tag}`;
  // "RSC: 0" is not empty, yet nginx treats "0" as no; the app must answer it as nothing nginx keeps.
  const zero = await get(path, { rsc: "0" });
  expect(await zero.text()).toContain("<html");
  expect(zero.headers.get("cache-control")).toMatch(/private|no-store/);
  // A prefetch at the address Next asks of it (its _rsc is the hash of the router headers sent).
  const rsc = await computeCacheBustingSearchParam("1", undefined, undefined, undefined);
  const prefetch = { rsc: "1", "next-router-prefetch": "1" };
  const statuses: (string | null)[] = [];
  for (let i = 0; i < 5; i++) {
    const flight = await get(`${path}&_rsc=${rsc}`, prefetch);
    expect(flight.status).toBe(200);
    expect(flight.headers.get("content-type")).toMatch(/^text\/x-component/);
    expect(await flight.text()).not.toContain("<html");
    statuses.push(flight.headers.get("x-cache-status"));
  }
  expect(statuses).toEqual(["MISS", "HIT", "HIT", "HIT", "HIT"]);
  for (let i = 0; i < 2; i++) {
    const plain = await get(path);
    expect(plain.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await plain.text()).toContain('<html lang="vi"');
  }
});

test("a signed-in editor's pages pass nginx uncached and private; the next visitor gets the anonymous page", async ({ playwright, baseURL, makeAccount }, testInfo) => {
  const editor = await makeAccount("EDITOR");
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  await signInApi(api, editor.email, editor.password);
  const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  await api.dispose();
  for (const path of ["/", "/corrections", "/en/claims"]) {
    // After other cookies, with spaces: nginx's session test must still see it.
    const signedIn = await get(path, { cookie: `theme=dark;  ${cookie}` });
    const html = await signedIn.text();
    expect(html, path).toContain(editor.name);
    expect(signedIn.headers.get("x-cache-status"), path).toBe("BYPASS");
    expect(signedIn.headers.get("cache-control"), path).toBe("private, no-store");
    const visitor = await get(path);
    expect(await visitor.text(), path).not.toContain(editor.name);
  }
});

test("HEAD, Range and conditional requests through nginx answer from the same copy: no body on HEAD, a 304 for its tag", async () => {
  await (await get("/corrections")).arrayBuffer();
  const full = await get("/corrections");
  const body = await full.text();
  const etag = full.headers.get("etag")!;
  expect(etag).toMatch(/^W\/"/);
  const head = await fetch(`${nginx.url}/corrections`, { method: "HEAD", headers: { "accept-encoding": "identity" } });
  expect(head.status).toBe(200);
  expect(head.headers.get("etag")).toBe(etag);
  expect(await head.text()).toBe("");
  expect((await get("/corrections", { "if-none-match": etag })).status).toBe(304);
  const range = await get("/corrections", { range: "bytes=0-14" });
  expect([200, 206]).toContain(range.status);
  expect(body.startsWith(await range.text())).toBe(true);
});
