// The read-only public API over HTTP: search, one claim, 404 for a draft, ETag and 304, CORS, the OpenAPI
// description, and the per-address rate limit.
import { test, expect } from "./fixtures";
import { E2E_PORT } from "../playwright.config";

const SHELLS = "Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine";

type Hit = { id: string; slug: string; text: string; verdict: string | null; url: string };
type Page = { total: number; data: Hit[]; nextCursor: string | null; facets: { verdict: { value: string; count: number }[] } };

test("lists and searches published claims, and gives one by id or slug", async ({ request }) => {
  const list = await request.get("/api/v1/claims?limit=1");
  expect(list.status()).toBe(200);
  expect(list.headers()["content-type"]).toContain("application/json");
  const first = (await list.json()) as Page;
  expect(first.total).toBeGreaterThanOrEqual(2);
  expect(first.data).toHaveLength(1);
  const second = (await (await request.get(`/api/v1/claims?limit=1&cursor=${first.nextCursor}`)).json()) as Page;
  expect(second.data[0]!.id).not.toBe(first.data[0]!.id);

  const found = (await (await request.get("/api/v1/claims?q=trieu%20tien&verdict=UNVERIFIABLE")).json()) as Page;
  const shells = found.data.find((c) => c.text === SHELLS)!;
  expect(shells).toMatchObject({ verdict: "UNVERIFIABLE", url: `http://localhost:${E2E_PORT}/claims/${shells.slug}` });
  expect(found.data.every((c) => c.verdict === "UNVERIFIABLE")).toBe(true);
  expect(found.facets.verdict.find((f) => f.value === "UNVERIFIABLE")?.count).toBeGreaterThanOrEqual(1);

  const byId = await request.get(`/api/v1/claims/${shells.id}`);
  expect(byId.status()).toBe(200);
  const claim = await byId.json();
  expect(claim).toMatchObject({ id: shells.id, state: "PUBLISHED", rating: { verdict: "UNVERIFIABLE", value: null }, published: { text: SHELLS }, revisions: [{ number: 1 }] });
  expect(await (await request.get(`/api/v1/claims/${shells.slug}`)).json()).toEqual(claim);

  const bad = await request.get("/api/v1/claims?verdict=MAYBE");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { code: "INVALID", message: expect.any(String) } });
  const corrections = await request.get("/api/v1/corrections");
  expect(corrections.status()).toBe(200);
  expect(Array.isArray((await corrections.json()).data)).toBe(true);
});

test("a draft is not found by id or slug", async ({ page, signInAs, playwright, baseURL }) => {
  await signInAs(page, "EDITOR");
  await page.goto("/desk/claims/new");
  await page.getByLabel("Nội dung tuyên bố (tiếng Việt)").fill(`Bản nháp cho API công khai (${Date.now().toString(36)})`);
  await page.getByRole("button", { name: "Tạo tuyên bố" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;
  const slug = (await page.locator("p.muted").first().textContent())!.split("·").pop()!.trim();
  const anonymous = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.20" } });
  for (const key of [id, slug]) {
    const response = await anonymous.get(`/api/v1/claims/${key}`);
    expect(response.status(), key).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "No such claim." } });
  }
  const search = (await (await anonymous.get(`/api/v1/claims?q=${encodeURIComponent("ban nhap cho api cong khai")}`)).json()) as Page;
  expect(search.data.map((c) => c.id)).not.toContain(id);
  await anonymous.dispose();
});

test("answers 304 to a matching If-None-Match, with cache and CORS headers", async ({ request }) => {
  const response = await request.get("/api/v1/claims?q=vostochny");
  const headers = response.headers();
  expect(headers["access-control-allow-origin"]).toBe("*");
  expect(headers["cache-control"]).toBe("public, max-age=60");
  expect(headers.etag).toMatch(/^"[\w-]+"$/);
  const again = await request.get("/api/v1/claims?q=vostochny", { headers: { "If-None-Match": headers.etag! } });
  expect(again.status()).toBe(304);
  expect(again.headers().etag).toBe(headers.etag);
  expect(await again.body()).toHaveLength(0);
  const other = await request.get("/api/v1/claims?q=vostochny", { headers: { "If-None-Match": '"something-else"' } });
  expect(other.status()).toBe(200);

  const preflight = await request.fetch("/api/v1/claims", { method: "OPTIONS", headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
});

test("serves an OpenAPI 3.1 description whose paths answer", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths).sort()).toEqual(["/api/v1/claimreview-feed.json", "/api/v1/claims", "/api/v1/claims/{id}", "/api/v1/corrections", "/api/v1/ledger", "/api/v1/openapi.json"]);
  const [claim] = ((await (await request.get("/api/v1/claims?limit=1")).json()) as Page).data;
  for (const path of Object.keys(doc.paths)) {
    const answer = await request.get(path.replace("{id}", claim!.id));
    expect(answer.status(), path).toBe(200);
  }
});

test("limits each address to its rate and answers 429 with Retry-After", async ({ playwright, baseURL }) => {
  const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.77" } });
  const first = await client.get("/api/v1/openapi.json");
  const limit = Number(first.headers()["ratelimit-limit"]);
  expect(limit).toBeGreaterThan(0);
  let refused = null;
  let allowed = 1;
  // Parallel bursts: the bucket refills only limit/60 tokens a second, far slower than this.
  while (!refused && allowed <= limit * 2) {
    const burst = await Promise.all(Array.from({ length: 25 }, () => client.get("/api/v1/openapi.json")));
    allowed += burst.filter((r) => r.status() === 200).length;
    refused = burst.find((r) => r.status() === 429) ?? null;
  }
  expect(refused).not.toBeNull();
  expect(allowed).toBeGreaterThanOrEqual(limit);
  expect(Number(refused!.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(refused!.headers()["access-control-allow-origin"]).toBe("*");
  expect(await refused!.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
  // Another address is not affected.
  const other = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.78" } });
  expect((await other.get("/api/v1/openapi.json")).status()).toBe(200);
  await Promise.all([client.dispose(), other.dispose()]);
});

test("unknown paths and parameters answer the JSON error shape; corrections page with a cursor", async ({ request }) => {
  for (const path of ["/api/v1", "/api/v1/", "/api/v1/nope", "/api/v1/claims/x/y", "/api/v1/corrections/2024"]) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(404);
    expect(answer.headers()["content-type"], path).toContain("application/json");
    expect(await answer.json(), path).toMatchObject({ error: { code: "NOT_FOUND", message: expect.any(String) } });
  }
  expect((await request.post("/api/v1/nope", { data: {} })).status()).toBe(404);
  const paged = await request.get("/api/v1/claims?page=2");
  expect(paged.status()).toBe(400);
  expect(await paged.json()).toMatchObject({ error: { code: "INVALID", message: "Unknown query parameter: page.", fieldErrors: { page: expect.any(Array) } } });
  expect((await request.get("/api/v1/corrections?offset=1")).status()).toBe(400);
  expect((await request.get("/api/v1/openapi.json?x=1")).status()).toBe(400);
  expect((await request.get("/api/v1/claims?q=%00")).status()).toBe(400);
  const corrections = await (await request.get("/api/v1/corrections?limit=1")).json();
  expect(corrections).toMatchObject({ data: expect.any(Array), nextCursor: null });
  // An offset cursor (as the lists gave before they paged by keyset) on a time-ordered list: start again.
  const offsetCursor = Buffer.from("o:20").toString("base64url");
  for (const path of ["/api/v1/corrections", "/api/v1/claimreview-feed.json", "/api/v1/claims"]) {
    const answer = await request.get(`${path}?cursor=${offsetCursor}`);
    expect(answer.status(), path).toBe(400);
    expect(await answer.json(), path).toMatchObject({ error: { code: "INVALID", fieldErrors: { cursor: [expect.stringMatching(/start again without a cursor/)] } } });
  }
});

test("serves the ClaimReview DataFeed, paged, with absolute URLs", async ({ request }) => {
  const first = await (await request.get("/api/v1/claimreview-feed.json?limit=1")).json();
  expect(first).toMatchObject({ "@context": "https://schema.org", "@type": "DataFeed", url: `http://localhost:${E2E_PORT}/api/v1/claimreview-feed.json?limit=1` });
  expect(first.dataFeedElement).toHaveLength(1);
  expect(first.dataFeedElement[0]).toMatchObject({ "@type": "DataFeedItem", item: { "@type": "ClaimReview", url: expect.stringMatching(new RegExp(`^http://localhost:${E2E_PORT}/claims/`)) } });
  expect(first.nextCursor).not.toBeNull();
  const second = await (await request.get(first.next)).json();
  expect(second.dataFeedElement[0].item.url).not.toBe(first.dataFeedElement[0].item.url);
});
