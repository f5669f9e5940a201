// Playwright fixtures: accounts made per test through the admin API, sessions signed in through Auth.js.
import fs from "node:fs";
import { test as base, expect, request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_DEMO_PASSWORD } from "../playwright.config";

export type Role = "EDITOR" | "REVIEWER" | "ADMIN";
export type Account = { id: string; email: string; name: string; role: Role; password: string };

let ipSequence = 0;
/** Each test signs in from its own address (documentation range), so throttling tests stay independent. */
export function uniqueIp(workerIndex: number): string {
  ipSequence += 1;
  return `203.0.${113 + (workerIndex % 8)}.${(ipSequence % 250) + 1}`;
}

/** Signs a request context in: CSRF token, then the credentials callback, as the sign-in form does. */
export async function signInApi(api: APIRequestContext, email: string, password: string): Promise<void> {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, maxRedirects: 0 });
  expect(response.status(), "credentials callback redirects").toBe(302);
  expect(response.headers().location ?? "", "sign-in accepted").not.toContain("error=");
}

type Fixtures = {
  adminApi: APIRequestContext;
  makeAccount: (role: Role, name?: string) => Promise<Account>;
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
  makeAccount: async ({ adminApi }, use, testInfo) => {
    let n = 0;
    await use(async (role, name) => {
      n += 1;
      const email = `${role.toLowerCase()}-w${testInfo.workerIndex}-${Date.now().toString(36)}-${n}@desk.test`;
      const response = await adminApi.post("/api/desk/accounts", { data: { email, name: name ?? `${role} ${n}`, role } });
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { user: Omit<Account, "password">; oneTimePassword: string };
      return { ...body.user, password: body.oneTimePassword };
    });
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
