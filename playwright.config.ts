// End-to-end tests: a production build on its own fresh database, driven in Debian's Chromium.
import { defineConfig } from "@playwright/test";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DEMO_PASSWORD = "e2e-demo-password-not-secret";
/** The second server's port: production import limits, for the big-paste spec. */
export const E2E_IMPORT_PORT = E2E_PORT + 1;

/** One server of the suite: its port and what its `npm start` is given. */
export type E2eServer = { port: number; env: Record<string, string> };
/** The line e2e/servers.ts prints once every server answers. */
export const E2E_READY_LINE = "e2e servers ready";

const serverEnv = (importTimeoutMs: number) => ({
  CLAIMDESK_DEMO_PASSWORD: E2E_DEMO_PASSWORD,
  CLAIMDESK_IMPORT_TIMEOUT_MS: String(importTimeoutMs),
  CLAIMDESK_PAGE_RENDERS_PER_MINUTE: "100000",
});

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/playwright",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    locale: "vi-VN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu"],
    },
  },
  // Two servers, each `npm start` on its own fresh database: the main one with a 1.5 s import parse budget, so
  // e2e/stall.spec.ts can outlast it in seconds, and one with the production budget for e2e/big-paste.spec.ts,
  // whose 5 MB paste is real work (and whose 800 stored articles stay out of the other specs' desk). Every browser of
  // the suite is one address: the per-address render budget (600 a minute, tested in test/attacks/front-server.test.ts)
  // would count two workers' page loads and prefetches together, so it is raised here. Both start at once
  // (e2e/servers.ts): as two webServer entries they started one after the other.
  webServer: {
    command: "node --conditions=react-server --import tsx e2e/servers.ts",
    env: {
      E2E_SERVERS: JSON.stringify([
        { port: E2E_PORT, env: serverEnv(1500) },
        { port: E2E_IMPORT_PORT, env: serverEnv(20000) },
      ] satisfies E2eServer[]),
    },
    wait: { stdout: new RegExp(E2E_READY_LINE) },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
