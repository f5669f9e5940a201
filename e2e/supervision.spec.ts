// `npm start` keeps the desk up when next-server dies: on a desk of its own (fresh embedded database, the
// production build), next-server is killed under load; the front server answers 503 meanwhile, next-server is
// started again, and the desk answers with its data and sessions intact. Then SIGTERM stops everything.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { freePort } from "../lib/free-port";
import { isAlive } from "../lib/process-alive";
import { E2E_DEMO_PASSWORD } from "../playwright.config";
import { signInApi } from "./fixtures";
import { builtActions, callAction } from "./server-actions";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** One GET straight to the front server: its status, or "error" when the connection broke. */
async function status(base: string, path: string): Promise<number | "error"> {
  const asked = (async (): Promise<number | "error"> => {
    try {
      const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(5_000), headers: { "x-forwarded-for": "203.0.113.200" } });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return "error";
    }
  })();
  // (and bounded by a timer of its own: once, right after a restart, a probe outlived its abort signal and the test
  // waited for it past every step's limit)
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"error">((resolve) => (timer = setTimeout(() => resolve("error"), 6_000)));
  try {
    return await Promise.race([asked, late]);
  } finally {
    clearTimeout(timer);
  }
}

// What the test has reached, with seconds since it began: printed when it fails, a timeout included (the test's own
// catch does not run when Playwright stops it at its timeout).
const reached: string[] = [];
let desksOutput = () => "";
test.afterEach(({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) console.log(`reached:\n${reached.join("\n")}\n${desksOutput().slice(-6_000)}`);
});

test("npm start restarts next-server after it is killed, keeping PostgreSQL, the front server and the data", async () => {
  // A whole second `npm start` (PostgreSQL, front server, next-server) starts and restarts here: throughput on a shared
  // machine. Each step below has its own limit (about 230 s together, the stop included); the test's is above their sum,
  // so a slow step fails with its own message ("timed out waiting for …") rather than as the whole test's timeout.
  test.setTimeout(300_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-supervision-"));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  const desk: ChildProcess = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, CLAIMDESK_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "", CLAIMDESK_OWNER_DATABASE_URL: "", CLAIMDESK_DEMO_PASSWORD: E2E_DEMO_PASSWORD },
  });
  desk.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  desk.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => desk.once("exit", (code) => resolve(code)));
  const pidFile = path.join(dataDir, "next-server.pid");
  const nextPid = () => (fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, "utf8")) : 0);
  const answers: { at: number; path: string; status: number | "error" }[] = [];
  const t0 = Date.now();
  const mark = (what: string) => {
    reached.push(`${((Date.now() - t0) / 1000).toFixed(1)} s ${what}`);
  };
  desksOutput = () => output;
  try {
    await until("the desk to answer", 75_000, async () => desk.exitCode === null && (await status(base, "/api/health")) === 200);
    mark("the desk answers");
    expect(output).toContain("next-server started (pid ");
    const firstPid = nextPid();
    expect(isAlive(firstPid)).toBe(true);

    // A claim created before the crash, by the demo editor through the desk's own server action.
    const api = await playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.201" } });
    await signInApi(api, "editor@desk.example", E2E_DEMO_PASSWORD);
    const text = `Tuyên bố trước sự cố ${Date.now()}: hai bên ký thỏa thuận hợp tác quân sự mới.`;
    const created = await callAction(api, builtActions().get("app/actions/claims.ts#createClaimAction")!, { state: true, form: { text, kind: "ARMS_TRANSFER", confirmNew: "yes" } });
    expect(created.outcome).toMatch(/^redirect \/desk\/claims\/[0-9a-f-]{36}$/);
    const claimPath = created.outcome.slice("redirect ".length);
    mark("signed in, claim created");

    // Load: four clients without pause, before, during and after the crash: health and the API (always passed
    // to next-server) and the home page (the front server may answer it from its cache).
    let loading = true;
    const load = Promise.all(
      Array.from({ length: 4 }, async (_, i) => {
        const path = ["/api/health", "/api/v1/claims", "/api/health", "/"][i]!;
        while (loading) answers.push({ path, status: await status(base, path), at: Date.now() - t0 });
      }),
    );
    await sleep(1_000);
    process.kill(firstPid, "SIGKILL");
    mark("next-server killed");
    await until("the restart to be logged", 10_000, () => /next-server exited unexpectedly \(signal SIGKILL\); restarting in 1 s/.test(output));
    const secondPid = await until("a new next-server", 30_000, () => (nextPid() !== firstPid && isAlive(nextPid()) ? nextPid() : 0));
    mark("a new next-server runs");
    await until("the desk to answer again", 30_000, async () => (await status(base, "/api/health")) === 200);
    mark("the desk answers again");
    await sleep(500);
    loading = false;
    await load;
    mark(`load ended: ${answers.length} answers`);

    // While next-server was down the front server said so (503); otherwise the desk answered.
    const statuses = answers.map((a) => a.status);
    expect(answers.filter((a) => a.path !== "/" && a.status === 503).length).toBeGreaterThan(0);
    expect(statuses.filter((a) => a === 200).length).toBeGreaterThan(0);
    expect(statuses.filter((a) => a !== 200 && a !== 503 && a !== "error")).toEqual([]);
    expect(await status(base, "/")).toBe(200);
    mark("home answered");

    // Same PostgreSQL, same data, same session: the claim made before the crash is there.
    await until("the desk to answer again", 10_000, async () => (await api.get(claimPath)).status() === 200);
    const page = await api.get(claimPath);
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain(text.slice(0, 40));
    await api.dispose();
    mark("the claim is there");
    expect(secondPid).not.toBe(firstPid);
    expect(output.match(/PostgreSQL \(embedded\) ready/g)).toHaveLength(1);

    // SIGTERM stops everything: the app, then PostgreSQL, exiting 0.
    const postmaster = Number(fs.readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
    desk.kill("SIGTERM");
    expect(await Promise.race([exited, sleep(20_000).then(() => "still running")])).toBe(0);
    expect(output).toContain("stopped.");
    expect(isAlive(secondPid)).toBe(false);
    expect(isAlive(postmaster)).toBe(false);
    expect(fs.existsSync(pidFile)).toBe(false);
  } catch (error) {
    console.log(`${output.slice(-4_000)}\nanswers: ${JSON.stringify(answers)}`);
    throw error;
  } finally {
    if (desk.exitCode === null) {
      desk.kill("SIGTERM");
      await Promise.race([exited, sleep(15_000)]);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
