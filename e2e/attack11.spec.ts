// The eleventh pass against the production build behind its front server: what a shared cache in front could keep.
// A signed-in visitor's public page, and its React Server Component payload (client navigation, prefetch), carry their
// name and must never be marked public; HEAD, OPTIONS and Range on public pages and feeds carry no cookie and are
// marked public only as the anonymous page is; the public API's cacheable answers say nothing about their caller.
import { expect, signInApi, test, uniqueIp } from "./fixtures";

const isShared = (cacheControl: string | undefined) => /\bpublic\b|s-maxage/i.test(cacheControl ?? "");

async function publishedSlug(request: import("@playwright/test").APIRequestContext): Promise<string> {
  const page = (await (await request.get("/api/v1/claims?limit=1")).json()) as { data: { slug: string }[] };
  return page.data[0]!.slug;
}

test("a signed-in visitor's public page and its RSC payloads are never marked for shared caches", async ({ playwright, baseURL, makeAccount }, testInfo) => {
  const editor = await makeAccount("EDITOR");
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  await signInApi(api, editor.email, editor.password);
  const slug = await publishedSlug(api);
  for (const path of [`/claims/${slug}`, `/en/claims/${slug}`, "/claims", "/ledger", "/corrections"]) {
    for (const headers of [{}, { rsc: "1" }, { rsc: "1", "next-router-prefetch": "1" }, { rsc: "1", "next-router-segment-prefetch": "/_tree" }] as Record<string, string>[]) {
      const answer = await api.get(path, { headers, maxRedirects: 0 });
      expect(answer.status(), `${path} ${JSON.stringify(headers)}`).toBeLessThan(500);
      expect(isShared(answer.headers()["cache-control"]), `${path} ${JSON.stringify(headers)}: ${answer.headers()["cache-control"]}`).toBe(false);
    }
  }
  await api.dispose();
});

test("HEAD, OPTIONS and Range on public pages and feeds carry no cookie, and only the anonymous page is public", async ({ playwright, baseURL }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  const slug = await publishedSlug(api);
  for (const path of [`/claims/${slug}`, "/feed.xml", "/sitemap.xml", "/api/v1/claims", "/ledger.csv"]) {
    const head = await api.head(path);
    expect(head.status(), `HEAD ${path}`).toBe(200);
    expect(head.headers()["set-cookie"], `HEAD ${path}`).toBeUndefined();
    expect((await head.body()).length).toBe(0);
    const ranged = await api.get(path, { headers: { range: "bytes=0-9" } });
    expect([200, 206], `Range ${path}`).toContain(ranged.status());
    expect(ranged.headers()["set-cookie"], `Range ${path}`).toBeUndefined();
    const options = await api.fetch(path, { method: "OPTIONS" });
    expect(options.status(), `OPTIONS ${path}`).toBeLessThan(500);
    expect(options.headers()["set-cookie"], `OPTIONS ${path}`).toBeUndefined();
    // A preflight or a refusal is not a page a shared cache may keep.
    if (options.status() !== 204) expect(isShared(options.headers()["cache-control"]), `OPTIONS ${path}: ${options.headers()["cache-control"]}`).toBe(false);
  }
  const api1 = await api.get("/api/v1/claims");
  expect(isShared(api1.headers()["cache-control"])).toBe(true);
  expect(api1.headers()["ratelimit-remaining"]).toBeUndefined();
  await api.dispose();
});
