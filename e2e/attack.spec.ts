// An outside attacker's tries against the production build: each test is one attack, and fails if it works.
import net from "node:net";
import type { APIRequestContext } from "@playwright/test";
import { E2E_DEMO_PASSWORD, E2E_PORT } from "../playwright.config";
import { expect, replaceOneTimePassword, signInApi, test, uniqueIp } from "./fixtures";
import { builtActions, callAction } from "./server-actions";
import { postPreview } from "./import-preview-route";
import { decide, propose, researchedClaim } from "./workflow-steps";

/** Every absolute URL in a text (bodies, headers, cookies), decoded once. */
function absoluteUrls(text: string): string[] {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // A body with a stray % is read as it is.
  }
  return [...`${text} ${decoded}`.matchAll(/https?:\/\/[^\s"'<>;,)%\\]+/g)].map((m) => m[0]);
}

test.describe("Auth.js endpoints answer on the visitor's origin", () => {
  // Behind the front server Auth.js saw `next start`'s private address (http://localhost:<private port>): its
  // callback-url cookie, the Location after sign-in and the providers' URLs named a port no visitor can reach.
  test("sign-in's cookies, redirects and URLs name only the host the visitor used", async ({ playwright }, testInfo) => {
    const api = await playwright.request.newContext({ baseURL: `http://localhost:${E2E_PORT}`, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
    const seen: string[] = [];
    const csrf = await api.get("/api/auth/csrf");
    seen.push(...csrf.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const providers = await api.get("/api/auth/providers");
    seen.push(await providers.text());
    const signIn = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: "editor@desk.example", password: E2E_DEMO_PASSWORD, callbackUrl: "/desk" }, maxRedirects: 0 });
    expect(signIn.status()).toBe(302);
    seen.push(signIn.headers().location ?? "", ...signIn.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value));
    const signOutPage = await api.get("/api/auth/signout");
    seen.push(await signOutPage.text());
    const urls = seen.flatMap(absoluteUrls);
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(new URL(url).origin, url).toBe(`http://localhost:${E2E_PORT}`);
    expect(new URL(signIn.headers().location!, "http://x").pathname).toBe("/desk");
    await api.dispose();
  });

  test("behind a trusted TLS proxy: https URLs on the proxy's host, Secure, prefixed cookies, and a __Host- session a sibling subdomain cannot toss", async ({ playwright }, testInfo) => {
    // The e2e server trusts loopback as its proxy (e2e/server.ts), as a deployment trusts its nginx.
    const api = await playwright.request.newContext({
      baseURL: `http://localhost:${E2E_PORT}`,
      extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex), "x-forwarded-proto": "https", "x-forwarded-host": "desk.example" },
    });
    const csrf = await api.get("/api/auth/csrf");
    const csrfCookies = csrf.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    // The context keeps only cookies for its own (http) host; the __Host-/__Secure- ones are sent back by hand.
    const cookie = csrfCookies.map((c) => c.split(";")[0]).join("; ");
    const signIn = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "editor@desk.example", password: E2E_DEMO_PASSWORD, callbackUrl: "https://desk.example/desk" },
      headers: { cookie },
      maxRedirects: 0,
    });
    expect(signIn.status()).toBe(302);
    expect(signIn.headers().location).toBe("https://desk.example/desk");
    const cookies = [...csrfCookies, ...signIn.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value)];
    // `__Host-`: Secure, Path=/, no Domain, so a sibling subdomain cannot set one for this host (cookie tossing).
    const session = cookies.find((c) => c.startsWith("__Host-authjs.session-token="));
    expect(session, cookies.join("\n")).toBeDefined();
    expect(session).toMatch(/;\s*Path=\/(;|$)/i);
    expect(session).not.toMatch(/;\s*Domain=/i);
    for (const c of cookies) {
      expect(c).toMatch(/;\s*HttpOnly/i);
      expect(c).toMatch(/;\s*Secure/i);
      expect(c).toMatch(/;\s*SameSite=Lax/i);
      for (const url of absoluteUrls(c)) expect(new URL(url).origin).toBe("https://desk.example");
    }
    // The same session under the name a sibling subdomain could set for the parent domain signs nobody in.
    const value = session!.split(";")[0]!.slice("__Host-authjs.session-token=".length);
    const sessionWith = async (cookieName: string) => (await (await api.get("/api/auth/session", { headers: { cookie: `${cookieName}=${value}` } })).json()) as { user?: { email?: string } } | null;
    expect((await sessionWith("__Host-authjs.session-token"))?.user?.email).toBe("editor@desk.example");
    expect((await sessionWith("__Secure-authjs.session-token"))?.user).toBeUndefined();
    expect((await sessionWith("authjs.session-token"))?.user).toBeUndefined();
    await api.dispose();
  });
});

test.describe("one account cannot hold up everyone's imports", () => {
  const PARAGRAPH = "Ông Nguyễn Văn A nói rằng Triều Tiên đã cung cấp 1.000 quả đạn pháo cho Nga trong tháng 3 năm 2024, theo nguồn tin quân sự giấu tên.";
  /** About `bytes` of an article: a title, then paragraphs. */
  const previewForm = (text: string, fileName: string) => {
    const form = new FormData();
    form.append("text", text);
    form.append("fileName", fileName);
    return form;
  };
  const article = (title: string, bytes: number) => `${title}\n\n${Array.from({ length: Math.ceil(bytes / (PARAGRAPH.length * 1.2)) }, () => PARAGRAPH).join("\n\n")}`;

  test("a flood of concurrent previews from one editor is refused beyond two, and another editor's preview still answers", async ({ playwright, baseURL, makeAccount }, testInfo) => {
    test.setTimeout(120_000);
    const [flooder, other] = await Promise.all([makeAccount("EDITOR"), makeAccount("EDITOR")]);
    const contexts = await Promise.all(
      [flooder, other].map(async (account) => {
        const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
        await signInApi(api, account.email, account.password);
        return api;
      }),
    );
    const [flood, calm] = contexts as [APIRequestContext, APIRequestContext];
    await postPreview(flood, previewForm(article("Khởi động", 2_000), "warm.txt")); // the route's code loaded
    // Eight 1.5 MB pastes at once, as a script would send them (a browser tab sends one preview at a time), each from
    // another address: the front server lets one address send only two large bodies at once (the test below).
    const flooding = Promise.all(
      Array.from({ length: 8 }, (_, i) => postPreview(flood, previewForm(article(`Bài ${i}`, 1_500_000), `flood-${i}.txt`), { "x-forwarded-for": uniqueIp(testInfo.workerIndex) })),
    );
    const calmAnswer = await postPreview(calm, previewForm(article("Bài bình thường", 2_000), "calm.txt"));
    const outcomes = (await flooding).map((a) => a.outcome);
    expect(calmAnswer.outcome).toBe("ok");
    // Two at a time per account: the rest are refused at once, not queued ahead of other editors.
    expect(outcomes.filter((o) => o === "RATE_LIMITED").length, outcomes.join(", ")).toBeGreaterThanOrEqual(3);
    expect(outcomes.every((o) => o === "RATE_LIMITED" || o === "ok" || o === "INVALID"), outcomes.join(", ")).toBe(true);
    const refused = (await flooding).find((a) => a.outcome === "RATE_LIMITED")!.result;
    expect(refused.message).toBe("Bạn đang có lượt nhập chưa xong. Hãy đợi chúng xong rồi thử lại.");
    // Once they are done, the flooder can import again.
    expect((await postPreview(flood, previewForm(article("Sau đó", 2_000), "after.txt"))).outcome).toBe("ok");
    await Promise.all(contexts.map((c) => c.dispose()));
  });

  test("an account with a background import under way cannot start another", async ({ page, signInAs }) => {
    await signInAs(page, "EDITOR");
    const start = builtActions().get("app/actions/sources.ts#startImportJobAction")!;
    // The first job is twenty 250 KB articles (seconds of parsing and storing); the second is small, so it is sent
    // at once and arrives while the first is still under way, however quick the machine.
    const job = (name: string, files: number, bytes: number) => {
      const form = new FormData();
      form.append("manifest", JSON.stringify(Array.from({ length: files }, (_, i) => ({ fileName: `${name}-${i}.txt`, overrides: [] }))));
      for (let i = 0; i < files; i++) form.append("text", article(`Lô ${name} ${i}`, bytes).replace(/1\.000/g, String(1000 + i)));
      return callAction(page.request, start, { value: form });
    };
    const first = await job("first", 20, 250_000);
    expect(first.outcome).toBe("ok");
    const second = await job("second", 1, 2_000);
    expect(second.outcome).toBe("RATE_LIMITED");
  });
});

test("anonymous big uploads with a made-up session cookie: two at a time per address, the rest refused before Next holds them", async ({ playwright, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  // Eight uploads of 8 MiB from one address, their heads sent together on eight connections already open (sent one by
  // one through a request context, each a few seconds of the test's own work under load, the first were answered and
  // gone before the last arrived), then their bodies.
  const address = uniqueIp(testInfo.workerIndex);
  const boundary = "claimdesk-attack";
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`),
    Buffer.alloc(8 * 1024 * 1024, "a"),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const head = [
    "POST /sources/import/preview HTTP/1.1",
    `Host: localhost:${E2E_PORT}`,
    `Content-Type: multipart/form-data; boundary=${boundary}`,
    `Content-Length: ${body.length}`,
    "Cookie: authjs.session-token=made-up",
    `X-Forwarded-For: ${address}`,
    "Connection: close",
    "",
    "",
  ].join("\r\n");
  const sockets = await Promise.all(
    Array.from({ length: 8 }, () => new Promise<net.Socket>((resolve, reject) => {
      const socket = net.connect(E2E_PORT, "127.0.0.1", () => resolve(socket));
      socket.once("error", reject);
    })),
  );
  const answers = sockets.map((socket) => new Promise<number>((resolve) => {
    let answer = "";
    socket.setEncoding("latin1");
    socket.on("error", () => {});
    socket.on("data", (chunk: string) => {
      answer += chunk;
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(answer);
      if (status) resolve(Number(status[1]));
    });
    socket.on("close", () => resolve(0));
    setTimeout(() => resolve(0), 60_000);
  }));
  for (const socket of sockets) socket.write(head);
  for (const socket of sockets) socket.write(body);
  const statuses = await Promise.all(answers);
  for (const socket of sockets) socket.destroy();
  // Those let through reach the preview route, which refuses the made-up session (401); the others never reach
  // next-server (429). Six when all arrive at once; at least two whatever the timing.
  expect(statuses.filter((s) => s === 429).length, statuses.join(", ")).toBeGreaterThanOrEqual(2);
  expect(statuses.every((s) => s === 429 || s === 401), statuses.join(", ")).toBe(true);
  // Another address is not held up by this one.
  const other = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  const form = new FormData();
  form.append("files", new File([Buffer.alloc(1024 * 1024, "a")], "big.txt", { type: "text/plain" }));
  expect((await postPreview(other, form, { cookie: "authjs.session-token=made-up" })).outcome).toBe("UNAUTHENTICATED");
  await Promise.all([api.dispose(), other.dispose()]);
});

test.describe("cross-site requests", () => {
  test("a server action posted from another site is refused and changes nothing; the same post from the desk works", async ({ page, signInAs }) => {
    await signInAs(page, "EDITOR");
    const create = builtActions().get("app/actions/claims.ts#createClaimantAction")!;
    const name = `Người ký ${Date.now().toString(36)}`;
    const forged = await callAction(page.request, create, { state: true, form: { name, kind: "PERSON", aliases: "" } }, { origin: "https://evil.example" });
    expect(forged.outcome).toMatch(/^HTTP (4|5)\d\d/);
    // The search box repeats the name: whether anyone matched is the list's "empty" line.
    const listed = async () => (await page.request.get(`/desk/claimants?q=${encodeURIComponent(name)}`)).text();
    expect(await listed()).toContain('class="empty"');
    const own = await callAction(page.request, create, { state: true, form: { name, kind: "PERSON", aliases: "" } }, { origin: `http://localhost:${E2E_PORT}` });
    expect(own.outcome).toBe("ok");
    expect(await listed()).not.toContain('class="empty"');
  });

  test("a desk JSON route refuses a form a page elsewhere could post (text/plain), and sign-out needs Auth.js's token", async ({ page, signInAs }) => {
    const account = await signInAs(page, "EDITOR");
    const form = await page.request.post("/api/desk/account/password", {
      headers: { "content-type": "text/plain", origin: "https://evil.example" },
      data: JSON.stringify({ currentPassword: account.password, newPassword: "attacker-chosen-password", confirmPassword: "attacker-chosen-password" }),
    });
    // Refused as another site's before anything is read; the same form without a browser's Origin (a script) still
    // meets the JSON content type every write requires.
    expect(form.status()).toBe(403);
    expect(await form.text()).toContain("This request came from another site.");
    const plain = await page.request.post("/api/desk/account/password", {
      headers: { "content-type": "text/plain" },
      data: JSON.stringify({ currentPassword: account.password, newPassword: "attacker-chosen-password", confirmPassword: "attacker-chosen-password" }),
    });
    expect(plain.status()).toBe(400);
    // Sign-out posted without the CSRF token (as a forged form would be) leaves the session alive.
    const signOut = await page.request.post("/api/auth/signout", { form: { callbackUrl: "/" }, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
    expect(signOut.status()).toBeLessThan(500);
    const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
    expect(session?.user?.email).toBe(account.email);
  });
});

test("a claim never published is nowhere on the public side: pages, search, API by id, feeds, sitemap, ledger, RSC payloads", async ({ page, signInAs, request }) => {
  await signInAs(page, "EDITOR");
  const marker = `zqxdraft${Date.now().toString(36)}`;
  const create = builtActions().get("app/actions/claims.ts#createClaimAction")!;
  const created = await callAction(page.request, create, { state: true, form: { text: `Bộ trưởng ${marker} nói Triều Tiên đã chuyển 300 xe tăng cho Nga.`, kind: "ARMS_TRANSFER", tags: marker, confirmNew: "yes" } });
  expect(created.outcome).toMatch(/^redirect \/desk\/claims\/[0-9a-f-]{36}$/);
  const id = created.outcome.split("/").at(-1)!;
  // The editor sees it on the desk: the marker is findable where it is meant to be.
  expect(await (await page.request.get(`/desk/claims/${id}`)).text()).toContain(marker);
  // An anonymous visitor, everywhere public, in both languages.
  for (const path of [
    "/",
    "/en",
    `/claims?q=${marker}`,
    `/en/claims?q=${marker}`,
    "/corrections",
    "/ledger",
    "/ledger.csv",
    "/feed.xml",
    "/sitemap.xml",
    `/api/v1/claims?q=${marker}`,
    "/api/v1/claimreview-feed.json",
    "/api/v1/corrections",
    "/api/v1/ledger",
    `/claims?q=${marker}&_rsc=1`,
  ]) {
    const response = await request.get(path, path.includes("_rsc") ? { headers: { rsc: "1" } } : {});
    expect(response.status(), path).toBeLessThan(500);
    const body = await response.text();
    // A search page repeats the query (the marker) in its box and links: there, the claim's own words give it away.
    const words = path.includes(`q=${marker}`) ? `${marker} nói` : marker;
    expect(body.includes(words) ? `${path} shows it` : body.includes(id) ? `${path} names its id` : "absent").toBe("absent");
  }
  const search = (await (await request.get(`/api/v1/claims?q=${marker}`)).json()) as { total: number };
  expect(search.total).toBe(0);
  expect((await request.get(`/api/v1/claims/${id}`)).status()).toBe(404);
});

test("an admin cannot approve their own proposal with a reviewer account they created; a colleague they did not create can", async ({ browser, baseURL, signInAs }, testInfo) => {
  test.setTimeout(120_000);
  const adminPage = await (await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } })).newPage();
  const admin = await signInAs(adminPage, "ADMIN");
  // The admin makes a second account through the accounts screen and is shown its one-time password.
  await adminPage.goto("/admin/accounts");
  const email = `second-self-${Date.now().toString(36)}@desk.test`;
  await adminPage.getByLabel("Email").fill(email);
  await adminPage.getByLabel("Họ tên").fill("Người duyệt thứ hai");
  await adminPage.getByRole("combobox", { name: "Vai trò", exact: true }).selectOption("REVIEWER");
  await adminPage.getByRole("button", { name: "Tạo tài khoản" }).click();
  const oneTimePassword = (await adminPage.getByTestId("one-time-password").textContent())!;
  await expect(adminPage.getByTestId(`account-${email}`)).toContainText(`Do ${admin.name} (${admin.email}) tạo`);
  // Then proposes a verdict as themself.
  const wording = `Tuyên bố tự duyệt bằng tài khoản thứ hai (${Date.now().toString(36)})`;
  const claimId = await researchedClaim(adminPage, wording);
  await propose(adminPage, "proposal-verdict", { verdict: "CONFIRMED", summary: "Xác nhận bởi hồ sơ công khai.", rationale: "Hai nguồn độc lập cùng xác nhận điều này.", evidence: true });
  await expect(adminPage.getByTestId("open-proposal")).toBeVisible();

  // Signs in as the second account, sets its password as its first sign-in requires, and opens the claim.
  const second = await (await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } })).newPage();
  await second.goto("/sign-in");
  await second.getByLabel("Email").fill(email);
  await second.getByLabel("Mật khẩu").fill(oneTimePassword);
  await second.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(second).toHaveURL(/\/account\/password\?required=1$/);
  await second.getByLabel("Mật khẩu hiện tại").fill(oneTimePassword);
  await second.getByLabel("Mật khẩu mới", { exact: true }).fill("the admin's second self");
  await second.getByLabel("Nhập lại mật khẩu mới").fill("the admin's second self");
  await second.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(second.getByText("Đã đổi mật khẩu.")).toBeVisible();
  await second.goto(`/desk/claims/${claimId}`);
  await expect(second.getByTestId("no-review")).toHaveText(/tài khoản của bạn và của người đề xuất do một trong hai người tạo ra/);
  await expect(second.getByTestId("review-form")).toHaveCount(0);
  // The route refuses it too, with the reason.
  const proposalId = await adminPage.getByTestId("open-proposal").getAttribute("data-proposal-id");
  expect(proposalId).toMatch(/^[0-9a-f-]{36}$/);
  const forced = await second.request.post(`/api/desk/proposals/${proposalId}/review`, { data: { decision: "APPROVE" } });
  expect(forced.status()).toBe(403);
  expect(await forced.json()).toMatchObject({ error: { code: "FORBIDDEN", message: expect.stringContaining("created one by the other") } });

  // A reviewer the admin did not create sees who created their account (the e-mail beside the name: names are not
  // unique), and who created the proposer's, and approves.
  const colleague = await (await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } })).newPage();
  await signInAs(colleague, "REVIEWER");
  await colleague.goto(`/desk/claims/${claimId}`);
  await expect(colleague.getByTestId("reviewer-created-by")).toContainText("tài khoản do Demo Admin (admin@desk.example) tạo");
  await expect(colleague.getByTestId("proposer-created-by")).toContainText("tài khoản do Demo Admin (admin@desk.example) tạo");
  await decide(colleague, "Duyệt và công bố");
  await expect(colleague.getByTestId("claim-state")).toHaveText("Đã công bố");
  for (const page of [adminPage, second, colleague]) await page.context().close();
});

test.describe("sign-in: login CSRF, session fixation, one-time password reuse, enumeration by message", () => {
  const sessionCookie = (response: { headersArray(): { name: string; value: string }[] }) =>
    response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie" && /authjs\.session-token=[^;]+/.test(h.value) && !/authjs\.session-token=;/.test(h.value))
      .map((h) => h.value.split(";")[0]!)[0];

  test("a sign-in posted by another site (no CSRF token, or another browser's) creates no session", async ({ playwright, baseURL }, testInfo) => {
    const victim = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
    const bare = await victim.post("/api/auth/callback/credentials", { form: { email: "editor@desk.example", password: E2E_DEMO_PASSWORD }, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
    expect(bare.status()).toBeLessThan(500);
    expect(sessionCookie(bare)).toBeUndefined();
    // A token the attacker fetched in their own browser does not match the victim's cookie.
    const attacker = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
    const { csrfToken } = (await (await attacker.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await victim.get("/api/auth/csrf");
    const forged = await victim.post("/api/auth/callback/credentials", { form: { csrfToken, email: "editor@desk.example", password: E2E_DEMO_PASSWORD }, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
    expect(sessionCookie(forged)).toBeUndefined();
    expect((await (await victim.get("/api/auth/session")).json()) ?? {}).not.toHaveProperty("user");
    await victim.dispose();
    await attacker.dispose();
  });

  test("a session cookie planted before sign-in is replaced, and still names only the planter", async ({ playwright, baseURL, makeAccount }, testInfo) => {
    const planter = await makeAccount("EDITOR");
    const victim = await makeAccount("REVIEWER");
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
    await signInApi(api, planter.email, planter.password);
    const planted = (await api.storageState()).cookies.find((c) => c.name.endsWith("authjs.session-token"))!.value;
    // The victim signs in in the browser holding the planted cookie.
    await signInApi(api, victim.email, victim.password);
    const issued = (await api.storageState()).cookies.find((c) => c.name.endsWith("authjs.session-token"))!.value;
    expect(issued).not.toBe(planted);
    expect(((await (await api.get("/api/auth/session")).json()) as { user: { email: string } }).user.email).toBe(victim.email);
    const planterView = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `authjs.session-token=${planted}` } });
    expect(((await (await planterView.get("/api/auth/session")).json()) as { user: { email: string } }).user.email).toBe(planter.email);
    await planterView.dispose();
    await api.dispose();
  });

  test("a one-time password stops working once replaced; a wrong password and an unknown e-mail get the same answer", async ({ playwright, baseURL, makeAccount }, testInfo) => {
    const fresh = await makeAccount("EDITOR", "Mới", { keepOneTimePassword: true });
    const ip = uniqueIp(testInfo.workerIndex);
    await replaceOneTimePassword(baseURL, fresh.email, fresh.password, ip);
    const tryWith = async (email: string, password: string) => {
      const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
      const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const answer = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, maxRedirects: 0 });
      const result = { status: answer.status(), location: answer.headers().location ?? "", session: sessionCookie(answer) };
      await api.dispose();
      return result;
    };
    const reused = await tryWith(fresh.email, fresh.password);
    expect(reused.session).toBeUndefined();
    expect(reused.location).toContain("error=");
    const unknown = await tryWith(`nobody-${Date.now().toString(36)}@desk.test`, fresh.password);
    const wrong = await tryWith("editor@desk.example", "not the password at all");
    expect(unknown.location.replace(/^https?:\/\/[^/]+/, "")).toBe(wrong.location.replace(/^https?:\/\/[^/]+/, ""));
    expect(reused.location.replace(/^https?:\/\/[^/]+/, "")).toBe(wrong.location.replace(/^https?:\/\/[^/]+/, ""));
  });
});

test("clickjacking and MIME sniffing: every kind of answer refuses framing and sniffing", async ({ page, signInAs, request }) => {
  await signInAs(page, "ADMIN");
  const check = async (label: string, response: { status(): number; headers(): Record<string, string> }) => {
    const headers = response.headers();
    expect(headers["x-content-type-options"], label).toBe("nosniff");
    expect(headers["x-frame-options"], label).toBe("DENY");
    expect(headers["content-security-policy"] ?? "", label).toContain("frame-ancestors 'none'");
  };
  for (const path of ["/", "/claims", "/en/claims", "/corrections", "/ledger", "/claims/no-such-claim", "/sign-in", "/feed.xml", "/sitemap.xml", "/ledger.csv", "/api/v1/claims", "/api/health", "/nope/404"]) {
    await check(`anonymous ${path}`, await request.get(path));
    // Asked twice: the second answer is the front server's kept copy.
    await check(`anonymous ${path} again`, await request.get(path));
  }
  for (const path of ["/desk", "/desk/claims", "/admin/accounts", "/admin/audit", "/admin/audit/csv", "/sources", "/claims", "/api/auth/session"]) await check(`signed in ${path}`, await page.request.get(path));
  const csv = await page.request.get("/admin/audit/csv");
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment/);
});

test("cache deception: desk pages under static-looking or dot-segment addresses are never kept nor answered publicly", async ({ page, signInAs, playwright, baseURL }) => {
  const account = await signInAs(page, "EDITOR");
  await page.goto("/desk/claims");
  const claimHref = await page.locator('a[href^="/desk/claims/"]').first().getAttribute("href");
  const tries = ["/desk/claims/x.css", `${claimHref ?? "/desk/claims/1"}.css`, "/desk.css", "/desk/x.js", "/sources/1;.js", "/sources;.css", "/desk/%2e%2e/desk", "/claims/%2e%2e/desk", "/claims/..%2fdesk", "/desk%2f..%2fclaims", "/_next/static/../../desk", "/desk/claims?x=.css"];
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const path of tries) {
    const mine = await page.request.get(path, { maxRedirects: 0 });
    const control = mine.headers()["cache-control"] ?? "";
    expect(control, path).not.toMatch(/public|s-maxage/);
    expect(mine.headers()["x-claimdesk-cache"], path).toBeUndefined();
    // Then a visitor without a session asks for the same address: nothing of the editor's comes back.
    const theirs = await anonymous.get(path, { maxRedirects: 0 });
    expect(await theirs.text(), path).not.toContain(account.email);
    expect(await theirs.text(), path).not.toContain(account.name);
  }
  await anonymous.dispose();
});
