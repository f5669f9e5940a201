// An outsider's third pass against the production build: request shapes no browser sends, the ledger's CSV naming the
// site, a Vietnamese password typed on another keyboard, and a right-to-left override in a claimant's name. Each test
// is one attack (or one promise an attack tried to break) and fails if it works.
import { request as playwrightRequest } from "@playwright/test";
import { E2E_PORT } from "../playwright.config";
import { expect, signInApi, test, uniqueIp } from "./fixtures";
import { builtActions, callAction } from "./server-actions";
import { rawHttp, rawStatus as status } from "../test/raw-http";

/** Raw bytes to the test server, and its whole answer (the request asks it to close the connection). */
const raw = (bytes: string, ms = 10_000) => rawHttp(E2E_PORT, bytes, ms);

const HOST = `localhost:${E2E_PORT}`;

test("request shapes no browser sends get 4xx, never a 500, a redirect to another host or the app's private address", async () => {
  const shapes: [string, string[], number][] = [
    // Next answered a 308 to http://evil.example/claims.
    ["GET http://evil.example/claims HTTP/1.1", [`Host: ${HOST}`], 400],
    ["OPTIONS * HTTP/1.1", [`Host: ${HOST}`], 400],
    // 500 before.
    ["TRACE / HTTP/1.1", [`Host: ${HOST}`], 405],
    ["GET /claims/%ff HTTP/1.1", [`Host: ${HOST}`], 400],
    ["GET /api/v1/claims/%E0%A4%A HTTP/1.1", [`Host: ${HOST}`], 400],
    ["GET /api/desk/accounts/%ff HTTP/1.1", [`Host: ${HOST}`], 400],
    ["GET / HTTP/1.1", [`Host: ${HOST.replace(":", ":1@")}`], 400],
    // Absolute URLs named next start's private port.
    ["GET / HTTP/1.1", ["Host: "], 400],
    ["GET / HTTP/1.0", [], 400],
  ];
  for (const [line, headers, expected] of shapes) {
    const answer = await raw(`${line}\r\n${[...headers, "Connection: close"].join("\r\n")}\r\n\r\n`);
    expect(status(answer), `${line} ${headers.join(" ")}`).toBe(expected);
    expect(answer).not.toMatch(/\r\nlocation:/i);
  }
  // The same pages asked for properly still answer.
  expect(status(await raw(`GET /claims HTTP/1.1\r\nHost: ${HOST}\r\nConnection: close\r\n\r\n`))).toBe(200);
  expect(status(await raw(`GET /api/health HTTP/1.0\r\n\r\n`))).toBe(200);
});

test("ledger.csv links every claim on the site's own origin, as the ledger page does, never next start's private port", async ({ request }) => {
  const csv = await (await request.get("/ledger.csv")).text();
  const urls = [...csv.matchAll(/https?:\/\/[^\s,"]+/g)].map((m) => m[0]);
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url.startsWith(`http://${HOST}/claims/`), url).toBe(true);
});

test("a Vietnamese password set with combining marks signs in when typed precomposed, through the real sign-in", async ({ makeAccount, baseURL }, testInfo) => {
  const account = await makeAccount("EDITOR");
  const composed = "Mùa thu Hà Nội đẹp lắm";
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  await signInApi(api, account.email, account.password);
  const decomposed = composed.normalize("NFD");
  const change = await api.post("/api/desk/account/password", { data: { currentPassword: account.password, newPassword: decomposed, confirmPassword: composed } });
  expect(change.status()).toBe(200);
  await api.dispose();
  const fresh = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  await signInApi(fresh, account.email, composed);
  expect((await fresh.get("/api/desk/claimants?q=a")).status()).toBe(200);
  await fresh.dispose();
});

test("a right-to-left override in a new claim's claimant name and text is dropped before it is stored", async ({ page, signInAs }) => {
  await signInAs(page, "EDITOR");
  const create = builtActions().get("app/actions/claims.ts#createClaimAction")!;
  const stamp = Date.now().toString(36);
  const answer = await callAction(page.request, create, {
    state: true,
    form: { text: `Nga nhận đạn pháo ${stamp} \u202E:tcidreV ESLAF`, claimantName: `Ông \u202EKhống ${stamp}`, claimantKind: "PERSON", kind: "ARMS_TRANSFER", confirmNew: "yes" },
  });
  expect(answer.outcome, JSON.stringify(answer.result)).toMatch(/^redirect \/desk\/claims\/[0-9a-f-]{36}$/);
  // The claim's page, as the desk shows it: the name and the text without the control.
  await page.goto(answer.outcome.slice("redirect ".length));
  const shown = await page.locator("main").innerText();
  expect(shown).toContain(`Nga nhận đạn pháo ${stamp} :tcidreV ESLAF`);
  expect(shown).not.toContain("\u202E");
  // the claimant as the edit form holds it, and as the desk's claimant search finds it
  await expect(page.getByRole("combobox", { name: "Người/cơ quan đưa ra" })).toHaveValue(`Ông Khống ${stamp}`);
  const found = (await (await page.request.get(`/api/desk/claimants?${new URLSearchParams({ q: stamp })}`)).json()) as { claimants: { name: string }[] };
  expect(found.claimants.map((c) => c.name)).toEqual([`Ông Khống ${stamp}`]);
});
