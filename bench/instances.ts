// Bench rows for several instances behind nginx (deploy/nginx.conf): a published claim page through nginx's
// cache against nginx serving a static file of the same size; the claim page's transfer size compressed and not;
// and the time from an approval through one instance until nginx's visitors see it (the approving instance asks
// nginx to refresh the changed pages: lib/public/shared-cache.ts), and until the other instance's public search
// finds it. Skipped, with a line saying so, when nginx is missing.
import http from "node:http";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { runLoad } from "./load";
import { metric, type Metric } from "./report";
import { startApp, type AppOptions, type RunningApp } from "./server";
import { freePort } from "@/lib/free-port";
import { nginxAvailable, NGINX_BIN, startNginx, type Nginx } from "@/deploy/nginx";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { APP_ROLE } from "@/lib/db/roles";
import { DEFAULT_S_MAXAGE } from "@/lib/public/cache-policy";

const LOAD = { connections: 32, seconds: 10 };
const START_TIMEOUT_MS = 3 * 60_000;

/** Sign in through Auth.js's credentials callback with fetch: the session cookie to send. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const answer = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  const session = answer.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in as ${email} failed (${answer.status} ${answer.headers.get("location")})`);
  return session;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, intervalMs: number): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Math.round(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return null;
}

/** The app `a` keeps running; a second instance on the same data folder (and so the same PostgreSQL) joins it. */
export async function nginxMetrics(metrics: Metric[], a: RunningApp, options: AppOptions, claimSlug: string, log: (line: string) => void): Promise<void> {
  if (!nginxAvailable()) {
    log(`SKIPPING the nginx rows: ${NGINX_BIN} is missing (apt-get install nginx, as .ci/run does)`);
    metrics.push(metric("claim page through nginx's cache ÷ nginx static", null, "×", null, `skipped: ${NGINX_BIN} missing`));
    return;
  }
  let b: RunningApp | null = null;
  let nginx: Nginx | null = null;
  try {
    const claimPath = `/claims/${claimSlug}`;
    const plain = Buffer.from(await (await fetch(`${a.baseUrl}${claimPath}`, { headers: { "accept-encoding": "identity" } })).arrayBuffer());
    // nginx first, before b takes its port (502 for b until it does): b is told nginx's address and secret, and
    // the approval below goes through b (a was started before nginx's address was known).
    const bPort = await freePort();
    let nginxPort = await freePort();
    while (nginxPort === bPort) nginxPort = await freePort();
    const refreshSecret = randomBytes(32).toString("base64url");
    nginx = await startNginx({ port: nginxPort, refreshSecret, upstreams: [Number(new URL(a.baseUrl).port), bPort].map((port) => ({ host: "127.0.0.1", port })), workers: "auto", staticFile: plain });
    log("starting a second instance on the same database, which tells nginx of its approvals…");
    const saved = { url: process.env.CLAIMDESK_NGINX_URL, secret: process.env.CLAIMDESK_NGINX_REFRESH_SECRET };
    process.env.CLAIMDESK_NGINX_URL = nginx.url;
    process.env.CLAIMDESK_NGINX_REFRESH_SECRET = refreshSecret;
    try {
      b = startApp({ ...options, port: bPort });
    } finally {
      for (const [name, value] of [["CLAIMDESK_NGINX_URL", saved.url], ["CLAIMDESK_NGINX_REFRESH_SECRET", saved.secret]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    await b.waitFor("/api/health", START_TIMEOUT_MS);

    // Transfer size: what a visitor downloads, plain, gzip and brotli (through nginx, as the instances send it).
    const sizes: Record<string, number> = {};
    // fetch() decompresses; ask with node:http for the bytes on the wire.
    for (const encoding of ["gzip", "br"]) {
      sizes[encoding] = await new Promise<number>((resolve, reject) => {
        http.get(`${nginx!.url}${claimPath}`, { headers: { "accept-encoding": encoding } }, (answer) => {
          let bytes = 0;
          answer.on("data", (chunk: Buffer) => (bytes += chunk.length));
          answer.on("end", () => resolve(bytes));
        }).on("error", reject);
      });
    }
    metrics.push(
      metric("claim page transfer size, brotli", Math.round((sizes.br! / 1024) * 10) / 10, "KB", null, `gzip ${Math.round((sizes.gzip! / 1024) * 10) / 10} KB · uncompressed ${Math.round((plain.length / 1024) * 10) / 10} KB (${Math.round((sizes.br! / plain.length) * 100)}%)`, { path: claimPath, ...sizes, plain: plain.length }),
    );

    // Throughput: the cached page against the static file of the same size, both served by nginx.
    log(`load through nginx: ${claimPath} (cached) and a static file of the same ${plain.length} B`);
    await runLoad(`${nginx.url}${claimPath}`, { connections: LOAD.connections, seconds: 2 });
    const page = await runLoad(`${nginx.url}${claimPath}`, LOAD);
    const file = await runLoad(`${nginx.url}/static.html`, LOAD);
    const ratio = file.reqPerSec > 0 && page.non2xx + page.errors === 0 ? Math.round((page.reqPerSec / file.reqPerSec) * 100) / 100 : null;
    metrics.push(
      metric("claim page through nginx's cache ÷ nginx static", ratio, "×", { op: ">=", value: 0.8 }, `${page.reqPerSec} vs ${file.reqPerSec} req/s · page p95 ${page.p95Ms} ms · ${page.non2xx} non-2xx · two instances behind`, { page, file }),
    );

    // Approval → visible: the home page through nginx (kept by it), and the other instance's public search.
    const db = await startEmbeddedPostgres({ dataDir: path.join(options.dataDir, "pg"), stateDir: options.dataDir, database: "claimdesk", appRole: APP_ROLE });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ id: string; slug: string; text: string }>(
      `SELECT p.id, c.slug, c.text FROM "Proposal" p JOIN "Claim" c ON c.id = p."claimId" JOIN "User" u ON u.email = 'reviewer@desk.example'
        WHERE p.status = 'OPEN' AND p."proposedById" <> u.id ORDER BY p."createdAt" LIMIT 1`,
    );
    await client.end();
    const pending = rows[0];
    if (!pending) {
      metrics.push(metric("approval → visible through nginx", null, "s", null, "skipped: no proposal awaiting review in the desk"));
      return;
    }
    const home = async () => (await (await fetch(`${nginx!.url}/`)).text()).includes(`/claims/${pending.slug}`);
    await home();
    const words = pending.text.split(/\s+/).slice(0, 6).join(" ");
    const searchOnA = async () => (await (await fetch(`${a.baseUrl}/claims?${new URLSearchParams({ q: words })}`)).text()).includes(`/claims/${pending.slug}`);
    await searchOnA();
    const cookie = await signIn(b.baseUrl, "reviewer@desk.example", options.demoPassword);
    const approved = await fetch(`${b.baseUrl}/api/desk/proposals/${pending.id}/review`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ decision: "APPROVE" }) });
    if (!approved.ok) throw new Error(`approval failed: ${approved.status} ${await approved.text()}`);
    const [searchMs, nginxMs] = await Promise.all([waitUntil(searchOnA, 10_000, 20), waitUntil(home, (DEFAULT_S_MAXAGE + 30) * 1000, 50)]);
    metrics.push(
      metric("approval → found by the other instance's search", searchMs, "ms", { op: "<", value: 2000 }, "NOTIFY on commit → the instance's search index re-reads the claim and its front server drops its pages", { slug: pending.slug }),
      metric("approval → visible through nginx", nginxMs === null ? null : Math.round(nginxMs / 100) / 10, "s", { op: "<=", value: 5 }, `the approving instance asks nginx to refresh the home page (CLAIMDESK_NGINX_URL, CLAIMDESK_NGINX_REFRESH_SECRET), which it would otherwise keep for s-maxage=${DEFAULT_S_MAXAGE} s`, { slug: pending.slug }),
    );
  } finally {
    await nginx?.stop();
    await b?.stop();
  }
}
