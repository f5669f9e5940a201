// Two `npm start` instances on one PostgreSQL behind Debian's nginx (deploy/nginx.conf, caching as the app's
// Cache-Control says, run as an unprivileged user): an approval through instance A reaches nginx's visitors at once
// (A asks nginx for the new generation, which retires every cached answer, search pages and API searches included,
// and to refresh the changed pages, with the refresh secret; a visitor's forged refresh header changes nothing), and
// instance B's search at once; the public API's rate limit and the sign-in throttle are counted once
// for both instances; a session made on A works on B; a client's X-Forwarded-For through nginx changes nothing.
// This file starts its own database, instances and nginx; Playwright's usual server is not used here.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { test, expect, signInApi } from "./fixtures";
import { E2E_DEMO_PASSWORD } from "../playwright.config";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../lib/db/embedded";
import { APP_ROLE } from "../lib/db/roles";
import { freePort } from "../lib/free-port";
import { isAlive } from "../lib/process-alive";
import { nginxAvailable, NGINX_BIN, startNginx, type Nginx } from "../deploy/nginx";

test.describe.configure({ mode: "serial" });

/** Shared caches keep public pages this long here (CLAIMDESK_CACHE_S_MAXAGE): far longer than the test waits. */
const S_MAXAGE = 600;
const REFRESH_SECRET = randomBytes(32).toString("base64url");
const API_LIMIT = 20;

type Instance = { name: string; url: string; child: ChildProcess; log: string; exited: Promise<void> };

let root: string;
let db: EmbeddedCluster;
let a: Instance;
let b: Instance;
let nginx: Nginx;
/** What every instance here is started with (its data folder and port aside). */
let instanceEnv: Record<string, string>;
/** What the first visitor through nginx got, each page asked once, right after the first instance answered. */
const firstThroughNginx: { page: string; status: number | null }[] = [];

async function startInstance(name: string, env: Record<string, string>, port: number): Promise<Instance> {
  const dataDir = path.join(root, name);
  fs.mkdirSync(dataDir, { recursive: true });
  const log = path.join(root, `${name}.log`);
  const out = fs.openSync(log, "a");
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", out, out],
    env: { ...process.env, ...env, CLAIMDESK_DATA_DIR: dataDir, PORT: String(port) },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance ${name} exited: ${fs.readFileSync(log, "utf8").slice(-2000)}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`instance ${name} did not start: ${fs.readFileSync(log, "utf8").slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { name, url, child, log, exited };
}

async function sql<T extends pg.QueryResultRow>(query: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query<T>(query, values)).rows;
  } finally {
    await client.end();
  }
}

let ipSequence = 0;
/** A fresh client address, sent as X-Forwarded-For straight to an instance (which trusts loopback as its proxy). */
const freshIp = () => `10.213.${Math.floor(++ipSequence / 250)}.${(ipSequence % 250) + 1}`;

async function api(baseURL: string, ip: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
}

/** One sign-in through the credentials callback, as the form posts it: its redirect (to the desk, or back with a code). */
async function trySignIn(baseURL: string, headers: Record<string, string>, email: string, password: string): Promise<string> {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: headers });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, maxRedirects: 0 });
  await context.dispose();
  return response.headers().location ?? "";
}

test.beforeAll(async () => {
  test.setTimeout(420_000);
  expect(nginxAvailable(), `${NGINX_BIN} is missing: apt-get install nginx (.ci/run does)`).toBe(true);
  root = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-instances-"));
  fs.chmodSync(root, 0o755);
  db = await startEmbeddedPostgres({ dataDir: path.join(root, "pg"), stateDir: root, database: "claimdesk", appRole: APP_ROLE, settings: { fsync: "off", synchronous_commit: "off" } });
  const env: Record<string, string> = {
    DATABASE_URL: db.appUrl!,
    CLAIMDESK_OWNER_DATABASE_URL: db.url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    // nginx, on loopback, is the one proxy whose X-Forwarded-For counts.
    CLAIMDESK_TRUSTED_PROXIES: "127.0.0.1,::1",
    CLAIMDESK_DEMO_PASSWORD: E2E_DEMO_PASSWORD,
    CLAIMDESK_CACHE_S_MAXAGE: String(S_MAXAGE),
    CLAIMDESK_CACHE_STALE_SECONDS: "30",
    CLAIMDESK_API_RATE_LIMIT: String(API_LIMIT),
    CLAIMDESK_NGINX_REFRESH_SECRET: REFRESH_SECRET,
  };
  // nginx first, in front of the ports the instances will take (502 until they do); approvals refresh its copies
  // (lib/public/shared-cache.ts), so the instances are told its address.
  const ports: number[] = [];
  while (ports.length < 3) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  const nginxPort = ports.pop()!;
  env.CLAIMDESK_NGINX_URL = `http://127.0.0.1:${nginxPort}`;
  nginx = await startNginx({ port: nginxPort, refreshSecret: REFRESH_SECRET, upstreams: ports.map((port) => ({ host: "127.0.0.1", port })) });
  // One after the other: the first migrates and seeds, the second finds it done.
  instanceEnv = env;
  a = await startInstance("a", env, ports[0]!);
  // A visitor's first requests through nginx, as soon as the first instance answers (the second is not up yet).
  for (const page of ["/api/health", "/", "/claims", "/en"]) {
    firstThroughNginx.push({ page, status: await fetch(`${nginx.url}${page}`).then((r) => r.status, () => null) });
  }
  b = await startInstance("b", env, ports[1]!);
});

test("a fresh start behind nginx: the first requests succeed, and nginx never found the first instance refusing", () => {
  // The seed's approvals ask nginx to refresh only once the app answers: asked before, nginx found both instances
  // refusing and held them as down for its fail_timeout (10 s), and these were 502.
  expect(firstThroughNginx).toEqual(["/api/health", "/", "/claims", "/en"].map((page) => ({ page, status: 200 })));
  const errors = fs.readFileSync(path.join(nginx.prefix, "error.log"), "utf8");
  expect(errors.split("\n").filter((line) => line.includes(`127.0.0.1:${new URL(a.url).port}`))).toEqual([]);
});

test.afterAll(async () => {
  await nginx?.stop();
  for (const instance of [a, b]) {
    if (!instance || instance.child.exitCode !== null) continue;
    instance.child.kill("SIGTERM");
    await Promise.race([instance.exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  }
  await db?.stop();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

test("a session made on instance A works on instance B", async () => {
  const ip = freshIp();
  const onA = await api(a.url, ip);
  await signInApi(onA, "reviewer@desk.example", E2E_DEMO_PASSWORD);
  const onB = await playwrightRequest.newContext({ baseURL: b.url, extraHTTPHeaders: { "x-forwarded-for": ip }, storageState: await onA.storageState() });
  const desk = await onB.get("/desk", { maxRedirects: 0 });
  expect(desk.status()).toBe(200);
  expect(await desk.text()).toContain("Bàn làm việc");
  // And without the cookie B sends the visitor to sign in: the 200 above is the session's doing.
  const anonymous = await (await api(b.url, ip)).get("/desk", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  await onA.dispose();
  await onB.dispose();
});

/** The real and effective user ids of a process, from /proc. */
function uidsOf(pid: number): number[] {
  const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("Uid:"))!;
  return line.split(/\s+/).slice(1, 3).map(Number);
}

test("nginx runs without root: its master and its workers", async () => {
  const children = fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ")[1] === String(nginx.pid);
      } catch {
        return false;
      }
    });
  expect(children.length, "nginx's worker").toBeGreaterThanOrEqual(1);
  for (const pid of [nginx.pid, ...children.map(Number)]) expect(uidsOf(pid).every((uid) => uid !== 0), `process ${pid}'s uids ${uidsOf(pid)}`).toBe(true);
});

test("an approval through A: nginx shows it at once (not after s-maxage) on its pages, search pages and API search; B's front server at once, B's search within 2 s", async () => {
  const [pending] = await sql<{ id: string; slug: string; text: string; denies: string }>(
    `SELECT p.id, c.slug, c.text, l->'claim'->>'slug' AS denies FROM "Proposal" p JOIN "Claim" c ON c.id = p."claimId", jsonb_array_elements(p.snapshot->'links') l
     WHERE p.status = 'OPEN' AND c.kind = 'DENIAL' AND l->>'type' = 'DENIES'`,
  );
  expect(pending, "the demo data's denial awaiting review, and the allegation it denies").toBeTruthy();
  const searchFor = "bác bỏ mọi cáo buộc";
  const ip = freshIp();
  const onB = await api(b.url, ip);
  const found = async () => ((await (await onB.get(`/api/v1/claims?q=${encodeURIComponent(searchFor)}`)).json()) as { data: { slug: string }[] }).data.some((hit) => hit.slug === pending!.slug);
  // B has built its search index and kept its home page; nginx keeps the home page (one copy per encoding) and the
  // denied allegation's page, whose "linked later" section will list the denial.
  expect(await found()).toBe(false);
  const through = (path: string, encoding: string, headers: Record<string, string> = {}) => fetch(`${nginx.url}${path}`, { headers: { "accept-encoding": encoding, ...headers } });
  const pages = ["/", "/en", `/claims/${pending!.denies}`, `/en/claims/${pending!.denies}`];
  const encodings = ["br", "gzip", "identity"];
  const shows = (html: string) => html.includes(pending!.text) || html.includes(`/claims/${pending!.slug}"`);
  for (const page of pages) {
    for (const encoding of encodings) {
      await (await through(page, encoding)).text();
      const cached = await through(page, encoding);
      expect(cached.headers.get("x-cache-status"), `${page} ${encoding}`).toBe("HIT");
      expect(cached.headers.get("cache-control")).toBe(`public, max-age=0, s-maxage=${S_MAXAGE}, stale-while-revalidate=30`);
      expect(shows(await cached.text()), `${page} ${encoding}`).toBe(false);
    }
  }
  expect(await (await fetch(`${b.url}/`)).text()).not.toContain(pending!.text);
  // Search pages and API answers, one per query, which no refresh list could name: nginx keeps them too.
  const searches = [`/claims?q=${encodeURIComponent(searchFor)}`, `/en/claims?q=${encodeURIComponent(searchFor)}`];
  const apiSearch = `/api/v1/claims?q=${encodeURIComponent(searchFor)}`;
  const apiFinds = async (answer: Response) => ((await answer.json()) as { data: { slug: string }[] }).data.some((hit) => hit.slug === pending!.slug);
  for (const page of searches) {
    await (await through(page, "gzip")).text();
    const cached = await through(page, "gzip");
    expect(cached.headers.get("x-cache-status"), page).toBe("HIT");
    expect(shows(await cached.text()), page).toBe(false);
  }
  await (await through(apiSearch, "gzip")).text();
  const cachedApi = await through(apiSearch, "gzip");
  expect(cachedApi.headers.get("x-cache-status")).toBe("HIT");
  expect(await apiFinds(cachedApi)).toBe(false);
  // A visitor's refresh header with any other value than the secret is ignored: still nginx's copy.
  for (const forged of ["1", "true", REFRESH_SECRET.slice(1), `${REFRESH_SECRET}x`, REFRESH_SECRET.toUpperCase(), "*"]) {
    const answer = await through("/", "gzip", { "x-claimdesk-refresh": forged });
    expect(answer.headers.get("x-cache-status"), `forged ${JSON.stringify(forged)}`).toBe("HIT");
  }

  const reviewer = await api(a.url, ip);
  await signInApi(reviewer, "reviewer@desk.example", E2E_DEMO_PASSWORD);
  const approved = await reviewer.post(`/api/desk/proposals/${pending!.id}/review`, { data: { decision: "APPROVE" } });
  expect(approved.status(), await approved.text()).toBe(200);
  const at = Date.now();

  // B heard the NOTIFY: its search finds the claim, and its front server dropped the old page.
  await expect.poll(found, { timeout: 2_000, intervals: [50] }).toBe(true);
  const searchMs = Date.now() - at;
  await expect.poll(async () => (await (await fetch(`${b.url}/`)).text()).includes(pending!.text), { timeout: 2_000, intervals: [50] }).toBe(true);
  // nginx's copies were refreshed by A: every page, in every encoding, shows the denial within seconds, although
  // nginx would otherwise keep them S_MAXAGE (10 minutes). Each answer is nginx's copy, not a pass-through.
  await expect
    .poll(
      async () => {
        for (const page of pages) {
          for (const encoding of encodings) {
            const answer = await through(page, encoding);
            if (answer.headers.get("x-cache-status") !== "HIT" || !shows(await answer.text())) return `${page} ${encoding}`;
          }
        }
        return "all fresh";
      },
      // 13 URLs rendered again, each fetched by nginx in 3 encodings (seconds on a busy two-core machine): far under
      // s-maxage.
      { timeout: 30_000, intervals: [250] },
    )
    .toBe("all fresh");
  const nginxMs = Date.now() - at;
  // The search pages and the API search through nginx find the new claim too: the approval moved the generation
  // in nginx's cache key, so their cached copies (kept S_MAXAGE / a minute otherwise) are gone. nginx's answers are
  // its own again once fetched (a MISS, then HITs).
  await expect
    .poll(
      async () => {
        for (const page of searches) if (!shows(await (await through(page, "gzip")).text())) return page;
        if (!(await apiFinds(await through(apiSearch, "gzip")))) return apiSearch;
        return "all found";
      },
      { timeout: 5_000, intervals: [100] },
    )
    .toBe("all found");
  const searchThroughNginxMs = Date.now() - at;
  for (const page of [...searches, apiSearch]) expect((await through(page, "gzip")).headers.get("x-cache-status"), page).toBe("HIT");
  console.log(`approval → B's search ${searchMs} ms, → every refreshed page through nginx ${nginxMs} ms, → search pages and API search through nginx ${searchThroughNginxMs} ms (s-maxage ${S_MAXAGE} s)`);
  expect(nginxMs).toBeLessThan(30_000);
  // The claim's own page through nginx, in both languages.
  expect(await (await fetch(`${nginx.url}/claims/${pending!.slug}`)).text()).toContain("Không thể kiểm chứng");
  expect(await (await fetch(`${nginx.url}/en/claims/${pending!.slug}`)).text()).toContain("Unverifiable");
  await onB.dispose();
  await reviewer.dispose();
});

/** Tokens the bucket may have regained while a burst was running (API_LIMIT a minute). */
const refill = (startedAt: number) => Math.ceil(((Date.now() - startedAt) / 60_000) * API_LIMIT);

test("the public API's rate limit is one for both instances, and a spoofed X-Forwarded-For through nginx gains nothing", async () => {
  const ip = freshIp();
  const [onA, onB] = [await api(a.url, ip), await api(b.url, ip)];
  // 30 requests at once from one address, half to each instance: one bucket of 20, not two.
  let startedAt = Date.now();
  const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? onB : onA).get(`/api/v1/claims?q=rate${i}`).then((r) => ({ status: r.status() }))));
  const allowed = answers.filter((r) => r.status === 200).length;
  expect(allowed).toBeGreaterThanOrEqual(API_LIMIT);
  expect(allowed).toBeLessThanOrEqual(API_LIMIT + refill(startedAt));
  expect(answers.filter((r) => r.status !== 200).every((r) => r.status === 429)).toBe(true);
  // Counted per instance, each would have allowed its 15.
  await onA.dispose();
  await onB.dispose();

  // Through nginx, every request claims another address; nginx replaces the header with the real one, so they
  // all draw on one bucket (distinct queries, so none is answered from nginx's cache).
  startedAt = Date.now();
  const through = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      fetch(`${nginx.url}/api/v1/claims?q=spoof${i}`, { headers: { "x-forwarded-for": `198.51.100.${i + 1}`, "x-real-ip": `198.51.100.${i + 1}`, forwarded: `for=198.51.100.${i + 1}` } }).then((r) => r.status),
    ),
  );
  const throughAllowed = through.filter((s) => s === 200).length;
  expect(throughAllowed).toBeLessThanOrEqual(API_LIMIT + refill(startedAt));
  expect(through.filter((s) => s === 429).length).toBeGreaterThanOrEqual(30 - API_LIMIT - refill(startedAt));
});

test("the sign-in throttle counts failures on both instances, and a spoofed X-Forwarded-For through nginx gains nothing", async () => {
  // Ten wrong guesses at one account from ten addresses, alternating instances: the account locks for them.
  const attackers = Array.from({ length: 10 }, freshIp);
  for (const [i, ip] of attackers.entries()) expect(await trySignIn((i % 2 ? b : a).url, { "x-forwarded-for": ip }, "editor@desk.example", "a wrong guess")).toContain("code=credentials");
  expect(await trySignIn(b.url, { "x-forwarded-for": attackers[0]! }, "editor@desk.example", E2E_DEMO_PASSWORD)).toContain("code=rate_limited");
  expect(await trySignIn(a.url, { "x-forwarded-for": attackers[1]! }, "editor@desk.example", E2E_DEMO_PASSWORD)).toContain("code=rate_limited");

  // Through nginx, ten guesses at once, each claiming a new address: they are one address (nginx's view of the
  // client), checked one at a time, so after its third failure the next ones are told to slow down. Had the claimed
  // addresses counted, all ten would be plain wrong-password answers.
  const locations = await Promise.all(Array.from({ length: 10 }, (_, i) => trySignIn(nginx.url, { "x-forwarded-for": `203.0.113.${i + 1}` }, "admin@desk.example", `guess ${i}`)));
  const codes = locations.map((location) => /code=(\w+)/.exec(location)?.[1] ?? location);
  expect(codes.filter((code) => code === "credentials").length).toBeGreaterThanOrEqual(3);
  expect(codes.filter((code) => code === "slow_down" || code === "rate_limited").length).toBeGreaterThanOrEqual(1);
  expect(codes.every((code) => ["credentials", "slow_down", "rate_limited"].includes(code))).toBe(true);
});

test("a third instance whose public port another program holds stops with one line and leaves no next-server running", async () => {
  // The front server takes the public port last, after the migrations, the seed and next-server's start: a taken port
  // is met with next-server already running, which the stop must end too.
  test.setTimeout(150_000);
  const port = Number(new URL(a.url).port);
  const dataDir = path.join(root, "c");
  fs.mkdirSync(dataDir, { recursive: true });
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...instanceEnv, CLAIMDESK_DATA_DIR: dataDir, PORT: String(port) },
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
  const code = await new Promise<number | null>((resolve) => child.once("exit", (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  expect(code, `${out}\n${err}`).toBe(1);
  expect(err.split("\n").filter((line) => line.startsWith("[claimdesk]"))).toEqual([`[claimdesk] port ${port} is taken by another program: stop it, or set PORT to a free port.`]);
  const pid = Number(/next-server started \(pid (\d+)\)/.exec(out)?.[1]);
  expect(pid, out).toBeGreaterThan(0);
  expect(isAlive(pid)).toBe(false);
  expect(fs.existsSync(path.join(dataDir, "next-server.pid"))).toBe(false);
  // The instance that holds the port serves on.
  expect((await fetch(`${a.url}/api/health`)).status).toBe(200);
});
