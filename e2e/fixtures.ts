// Playwright fixtures: accounts made per test through the admin API, sessions signed in through Auth.js.
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { test as base, expect, request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_DEMO_PASSWORD } from "../playwright.config";

export type Role = "EDITOR" | "REVIEWER" | "ADMIN";
export type Account = { id: string; email: string; name: string; role: Role; password: string };

let ipSequence = 0;
/** Each test signs in from its own address (documentation range), so throttling tests stay independent. */
export function uniqueIp(workerIndex: number): string {
  ipSequence += 1;
  // Private range, 62,500 addresses per worker: never reused within a run, so no test meets another's failures.
  return `10.${workerIndex % 256}.${Math.floor(ipSequence / 250) % 250}.${(ipSequence % 250) + 1}`;
}

/** Signs a request context in: CSRF token, then the credentials callback, as the sign-in form does. */
export async function signInApi(api: APIRequestContext, email: string, password: string): Promise<void> {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, maxRedirects: 0 });
  expect(response.status(), "credentials callback redirects").toBe(302);
  expect(response.headers().location ?? "", "sign-in accepted").not.toContain("error=");
}

/**
 * Replaces a new account's one-time password with its own, as every newcomer must before the desk opens
 * to them. Returns the new password.
 */
export async function replaceOneTimePassword(baseURL: string | undefined, email: string, oneTimePassword: string, ip: string): Promise<string> {
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
  await signInApi(api, email, oneTimePassword);
  const password = `own password ${randomBytes(6).toString("hex")}`;
  const response = await api.post("/api/desk/account/password", { data: { currentPassword: oneTimePassword, newPassword: password, confirmPassword: password } });
  expect(response.status(), "one-time password replaced").toBe(200);
  await api.dispose();
  return password;
}

/**
 * A second admin per worker, created once: it confirms each account the fixtures make as held by its own person, as a
 * newsroom's other admin would. Without it, accounts the demo admin made could not review each other once any test
 * adds an admin (the two-person rule for accounts created by the same hand, README "Security and reliability").
 */
let confirmingAdmin: Promise<{ email: string; password: string }> | null = null;

function confirmingAdminOf(adminApi: APIRequestContext, baseURL: string | undefined, workerIndex: number): Promise<{ email: string; password: string }> {
  confirmingAdmin ??= (async () => {
    const email = `confirming-admin-w${workerIndex}-${Date.now().toString(36)}@desk.test`;
    const response = await adminApi.post("/api/desk/accounts", { data: { email, name: `Confirming admin ${workerIndex}`, role: "ADMIN" } });
    expect(response.status(), "confirming admin created").toBe(200);
    const { oneTimePassword } = (await response.json()) as { oneTimePassword: string };
    return { email, password: await replaceOneTimePassword(baseURL, email, oneTimePassword, uniqueIp(workerIndex)) };
  })();
  return confirmingAdmin;
}

type Fixtures = {
  adminApi: APIRequestContext;
  /** A new account, its one-time password already replaced unless `keepOneTimePassword`. */
  makeAccount: (role: Role, name?: string, options?: { keepOneTimePassword?: boolean }) => Promise<Account>;
  signInAs: (page: Page, role: Role) => Promise<Account>;
  shot: (page: Page, name: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  extraHTTPHeaders: async ({}, use, testInfo) => {
    await use({ "x-forwarded-for": uniqueIp(testInfo.workerIndex) });
  },
  adminApi: async ({ baseURL }, use, testInfo) => {
    const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
    await signInApi(api, "admin@desk.example", E2E_DEMO_PASSWORD);
    await use(api);
    await api.dispose();
  },
  makeAccount: async ({ adminApi, baseURL }, use, testInfo) => {
    let n = 0;
    // (one signed-in context, made once even when a test makes accounts concurrently: Promise.all of two makeAccount)
    let confirmer: Promise<APIRequestContext> | null = null;
    const confirm = async (id: string) => {
      confirmer ??= (async () => {
        const admin = await confirmingAdminOf(adminApi, baseURL, testInfo.workerIndex);
        const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
        await signInApi(api, admin.email, admin.password);
        return api;
      })();
      const response = await (await confirmer).post(`/api/desk/accounts/${id}/held-confirmation`);
      expect(response.status(), "account confirmed as held by its own person").toBe(200);
    };
    await use(async (role, name, options = {}) => {
      n += 1;
      const email = `${role.toLowerCase()}-w${testInfo.workerIndex}-${Date.now().toString(36)}-${n}@desk.test`;
      const response = await adminApi.post("/api/desk/accounts", { data: { email, name: name ?? `${role} ${n}`, role } });
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { user: Omit<Account, "password">; oneTimePassword: string };
      const password = options.keepOneTimePassword ? body.oneTimePassword : await replaceOneTimePassword(baseURL, email, body.oneTimePassword, uniqueIp(testInfo.workerIndex));
      await confirm(body.user.id);
      return { ...body.user, password };
    });
    await (await (confirmer as Promise<APIRequestContext> | null))?.dispose();
  },
  signInAs: async ({ makeAccount }, use) => {
    await use(async (page, role) => {
      const account = await makeAccount(role);
      await signInApi(page.request, account.email, account.password);
      return account;
    });
  },
  shot: async ({}, use) => {
    fs.mkdirSync("e2e/screenshots", { recursive: true });
    await use(async (page, name) => {
      await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
    });
  },
});

export { expect };
