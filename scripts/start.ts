// `npm start`: database (embedded unless DATABASE_URL), migrations, demo data, build if needed, then `next start`.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readEnv } from "@/lib/env";
import { migrate } from "@/lib/db/migrate";
import { DATA_DIR, openDatabase } from "@/lib/db/local-database";
import { freePort } from "@/lib/free-port";
import { startPageCache } from "@/lib/public/page-cache";
import { checkSessionsIn } from "@/lib/auth/session-cookie";
import { readServerActionIds } from "@/lib/http/server-actions";
import { schedulePruning } from "@/lib/auth/prune";
import { buildIfNeeded } from "./lib/build";
import { supervise, type Supervisor } from "./lib/supervise";

const log = (line: string) => console.log(`[claimdesk] ${line}`);

function authSecret(fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv;
  const file = path.join(DATA_DIR, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  const env = readEnv();
  const started = Date.now();
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const pgLog = fs.createWriteStream(path.join(DATA_DIR, "postgres.log"), { flags: "a" });
  const db = await openDatabase({ log: (line) => pgLog.write(`${line}\n`) });
  log(db.isEmbedded ? `PostgreSQL (embedded) ready on ${new URL(db.url).host}, data in ${path.relative(process.cwd(), db.dataDir ?? DATA_DIR) || "."}` : "Using DATABASE_URL.");
  if (db.warning) log(`warning: ${db.warning}`);

  // The app server's pid, for operators and the supervision test; removed when it stops.
  const pidFile = path.join(DATA_DIR, "next-server.pid");
  let app: Supervisor | null = null;
  let stopFront: (() => Promise<void>) | null = null;
  let stopping = false;
  let stopPruning: (() => void) | null = null;
  const stopAll = async () => {
    stopPruning?.();
    await stopFront?.();
    await app?.stop("SIGTERM", 10_000);
    fs.rmSync(pidFile, { force: true });
    await db.stop();
    pgLog.end();
  };
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    await stopAll();
    log("stopped.");
    process.exit(0);
  };
  // A start that fails from here on (a migration, an upkeep task, the public port taken) stops what it started:
  // nothing is left serving half-started, and the embedded PostgreSQL is not left running without its app.
  stopOnFailure = async () => {
    if (stopping) return;
    stopping = true;
    await stopAll();
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  // As the owner; then the app role gets its grants (lib/db/roles.ts). Seeding runs as the owner too.
  const applied = await migrate(db.url, { log, appRole: db.appRole ?? undefined });
  if (!applied.length) log("Database schema is up to date.");
  process.env.DATABASE_URL = db.url;
  // What a migration asked of the start (the public search documents written again…), now, before anyone searches;
  // still asked for after a start killed in between (lib/db/pending-upkeep.ts).
  const { runUpkeep } = await import("./lib/upkeep");
  await runUpkeep(log);
  // The seed's approvals ask nginx (if any) for fresh copies only once the app answers (see below): asked now, with no
  // instance listening yet, nginx held them all as down for its fail_timeout and the first visitors got 502.
  const { holdSharedCacheRefreshes } = await import("@/lib/public/refresh-after-approval");
  const releaseRefreshes = holdSharedCacheRefreshes();
  const { seedDemo } = await import("@/prisma/seed");
  await seedDemo(log);
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();
  // Ended sessions and old sign-in attempts, now and every hour (lib/auth/prune.ts).
  stopPruning = schedulePruning(db.url, log);

  const isDev = process.argv.includes("--dev");
  if (!isDev && !env.CLAIMDESK_PUBLIC_URL) {
    log("CLAIMDESK_PUBLIC_URL is not set: absolute URLs (ClaimReview, canonical, sitemap, feed, API) will name whatever host each visitor sent. Set it to the site's public address, e.g. https://factcheck.example.");
  }
  if (!isDev) buildIfNeeded(log);
  if (stopping) return;

  // In production Next listens on a private port behind the page cache, which takes the public one.
  const nextPort = isDev ? env.PORT : await freePort();
  const args = ["node_modules/next/dist/bin/next", isDev ? "dev" : "start", "-p", String(nextPort)];
  if (isDev && env.HOST) args.push("-H", env.HOST);
  if (!isDev) args.push("-H", "127.0.0.1");
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: isDev ? "" : `--max-old-space-size=${env.CLAIMDESK_MAX_HEAP_MB}`,
    NODE_ENV: isDev ? ("development" as const) : ("production" as const),
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: db.appUrl,
    CLAIMDESK_OWNER_DATABASE_URL: "",
    AUTH_SECRET: authSecret(env.AUTH_SECRET),
    AUTH_TRUST_HOST: "true",
  };
  // Supervised: when next-server dies, PostgreSQL and the front server (answering 503 meanwhile) stay up
  // and next-server is started again with backoff (scripts/lib/supervise.ts).
  app = supervise({
    name: "next-server",
    start: () => spawn(process.execPath, args, { stdio: ["ignore", "inherit", "inherit"], env: appEnv }),
    onStart: (child: ChildProcess) => {
      fs.writeFileSync(pidFile, `${child.pid}\n`);
      log(`next-server started (pid ${child.pid}).`);
    },
    log,
  });
  if (!isDev) {
    // A session cookie passes the kept public pages only while its session is live in PostgreSQL (one that was ended
    // is answered from the copy kept for everyone, not rendered for each request until its cookie runs out).
    const sessions = checkSessionsIn(db.appUrl);
    const front = await startPageCache({ port: env.PORT, host: env.HOST, upstream: { host: "127.0.0.1", port: nextPort }, databaseUrl: db.appUrl, log, trustedProxies: env.CLAIMDESK_TRUSTED_PROXIES, serverActionIds: readServerActionIds(), sessionSecret: appEnv.AUTH_SECRET });
    stopFront = async () => {
      await front.close();
      await sessions.stop();
    };
  }
  log(`Starting on http://localhost:${env.PORT} (prepared in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  void untilAnswering(`http://127.0.0.1:${nextPort}/api/health`, () => stopping)
    .then((answering) => (answering ? releaseRefreshes() : []))
    .catch((error: unknown) => log(`nginx refresh after the seed failed: ${error instanceof Error ? error.message : String(error)}`));
}

/** Resolves true once `url` answers 200 (asked every half second), false if `stopped` first. */
async function untilAnswering(url: string, stopped: () => boolean): Promise<boolean> {
  while (!stopped()) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (answer) => (void answer.body?.cancel(), answer.ok),
      () => false,
    );
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

/** Set once the database is open: what a failed start stops before it exits. */
let stopOnFailure: (() => Promise<void>) | null = null;

main().catch(async (error) => {
  console.error(`[claimdesk] ${error instanceof Error ? error.message : String(error)}`);
  await stopOnFailure?.().catch((stopError: unknown) => console.error(`[claimdesk] stopping after the failure: ${stopError instanceof Error ? stopError.message : String(stopError)}`));
  process.exit(1);
});
