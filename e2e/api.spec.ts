// HTTP-level guarantees: health, and every mutating route refusing callers without a session.
import path from "node:path";
import { test, expect, signInApi, uniqueIp, type Role } from "./fixtures";
import { routeHandlers } from "./route-handlers";

const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route handler under app/api with the mutating methods it exports, read from the code itself. */
function mutatingRoutes(): { method: string; url: string; file: string }[] {
  return routeHandlers("app/api", { catchAll: "x", reExports: false }).flatMap(({ file, url, exported }) => exported.filter((m) => (MUTATING as readonly string[]).includes(m)).map((method) => ({ method, url, file })));
}

test("GET /api/health reports a reachable, migrated database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true, migrations: { failed: 0 } } });
});

test("every mutating route refuses an anonymous caller with 401 (enumerated from app/api)", async ({ playwright, baseURL }) => {
  const routes = mutatingRoutes().filter((route) => !route.url.startsWith("/api/auth/"));
  expect(routes.length).toBeGreaterThanOrEqual(3);
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const route of routes) {
    const response = await anonymous.fetch(route.url, { method: route.method, data: { email: "x@y.z", role: "ADMIN" } });
    // The public API is read-only: its only mutating exports are the catch-all's, which answer that no such path exists.
    const readOnly = route.url === "/api/v1" || route.url.startsWith("/api/v1/");
    expect(response.status(), `${route.method} ${route.url} (${route.file})`).toBe(readOnly ? 404 : 401);
    expect(await response.json()).toMatchObject({ error: { code: readOnly ? "NOT_FOUND" : "UNAUTHENTICATED" } });
  }
  await anonymous.dispose();
});

test("admin-only routes answer an editor with 403 and change nothing", async ({ page, signInAs, adminApi }) => {
  const editor = await signInAs(page, "EDITOR");
  const create = await page.request.post("/api/desk/accounts", { data: { email: "sneaky@desk.test", name: "Sneaky", role: "ADMIN" } });
  expect(create.status()).toBe(403);
  const promote = await page.request.patch(`/api/desk/accounts/${editor.id}`, { data: { role: "ADMIN" } });
  expect(promote.status()).toBe(403);
  const list = (await (await adminApi.get("/api/desk/accounts")).json()) as { accounts: { email: string; role: string }[] };
  expect(list.accounts.find((a) => a.email === "sneaky@desk.test")).toBeUndefined();
  expect(list.accounts.find((a) => a.email === editor.email)?.role).toBe("EDITOR");
});

test("bad input to a JSON route gets 400 with field errors, never a 500", async ({ adminApi }) => {
  const invalid = await adminApi.post("/api/desk/accounts", { data: { email: "nope", name: "", role: "KING" } });
  expect(invalid.status()).toBe(400);
  expect(await invalid.json()).toMatchObject({ error: { code: "INVALID", fieldErrors: { email: expect.any(Array), name: expect.any(Array), role: expect.any(Array) } } });
  const notJson = await adminApi.post("/api/desk/accounts", { headers: { "content-type": "text/plain" }, data: "email=x" });
  expect(notJson.status()).toBe(400);
  const broken = await adminApi.post("/api/desk/accounts", { headers: { "content-type": "application/json" }, data: "{not json" });
  expect(broken.status()).toBe(400);
  const unknown = await adminApi.patch("/api/desk/accounts/00000000-0000-4000-8000-000000000000", { data: { role: "EDITOR" } });
  expect(unknown.status()).toBe(404);
});

/**
 * What each role gets from each mutating route, with a harmless body (an unknown id, or input the route
 * refuses after its permission check). A route missing here fails the test below: a new one must say.
 */
const MATRIX: Record<string, { body: unknown; expect: Record<Role, number> }> = {
  "POST /api/desk/accounts": { body: {}, expect: { EDITOR: 403, REVIEWER: 403, ADMIN: 400 } },
  // The public API's catch-all: no such path, for anyone.
  ...Object.fromEntries(
    ["POST", "PUT", "PATCH", "DELETE"].flatMap((m) => ["/api/v1/[...path]", "/api/v1"].map((route) => [`${m} ${route}`, { body: {}, expect: { EDITOR: 404, REVIEWER: 404, ADMIN: 404 } }])),
  ),
  "PATCH /api/desk/accounts/[id]": { body: { role: "EDITOR" }, expect: { EDITOR: 403, REVIEWER: 403, ADMIN: 404 } },
  "POST /api/desk/accounts/[id]/held-confirmation": { body: {}, expect: { EDITOR: 403, REVIEWER: 403, ADMIN: 404 } },
  "POST /api/desk/account/password": { body: {}, expect: { EDITOR: 400, REVIEWER: 400, ADMIN: 400 } },
  "POST /api/desk/proposals/[id]/review": { body: { decision: "APPROVE" }, expect: { EDITOR: 403, REVIEWER: 404, ADMIN: 404 } },
  "POST /api/desk/proposals/[id]/withdraw": { body: {}, expect: { EDITOR: 404, REVIEWER: 404, ADMIN: 404 } },
  "POST /api/desk/claims/[id]/proposals": {
    body: { kind: "VERDICT", verdict: "UNVERIFIABLE", summary: "A summary for no claim.", rationale: "A rationale long enough for the schema." },
    expect: { EDITOR: 404, REVIEWER: 404, ADMIN: 404 },
  },
};

test("every mutating route answers each role as the permission table says (enumerated from app/api)", async ({ playwright, baseURL, makeAccount }, testInfo) => {
  const routes = mutatingRoutes().filter((route) => !route.url.startsWith("/api/auth/"));
  const key = (route: { method: string; file: string }) => `${route.method} /${path.relative("app", path.dirname(route.file))}`;
  expect(routes.map(key).filter((k) => !(k in MATRIX))).toEqual([]);
  for (const role of ["EDITOR", "REVIEWER", "ADMIN"] as const) {
    const account = await makeAccount(role);
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
    await signInApi(api, account.email, account.password);
    for (const route of routes) {
      const { body, expect: expected } = MATRIX[key(route)]!;
      const response = await api.fetch(route.url, { method: route.method, data: body });
      expect(response.status(), `${role} ${key(route)}`).toBe(expected[role]);
    }
    await api.dispose();
  }
});
