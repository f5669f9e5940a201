// `npm start`: database (embedded unless DATABASE_URL), migrations, demo data, build if needed, then `next start`.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readEnv } from "@/lib/env";
import { migrate } from "@/lib/db/migrate";
import { DATA_DIR, openDatabase } from "@/lib/db/local-database";
import { freePort } from "@/lib/free-port";
import { startPageCache } from "@/lib/public/page-cache";
import { buildIfNeeded } from "./lib/build";

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

  let app: ReturnType<typeof spawn> | null = null;
  let stopFront: (() => Promise<void>) | null = null;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    await stopFront?.();
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app!.once("exit", resolve));
      app.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await db.stop();
    pgLog.end();
    log("stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  const applied = await migrate(db.url, { log });
  if (!applied.length) log("Database schema is up to date.");
  process.env.DATABASE_URL = db.url;
  const { seedDemo } = await import("@/prisma/seed");
  await seedDemo(log);
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();

  const isDev = process.argv.includes("--dev");
  if (!isDev) buildIfNeeded(log);
  if (stopping) return;

  // In production Next listens on a private port behind the page cache, which takes the public one.
  const nextPort = isDev ? env.PORT : await freePort();
  const args = ["node_modules/next/dist/bin/next", isDev ? "dev" : "start", "-p", String(nextPort)];
  if (isDev && env.HOST) args.push("-H", env.HOST);
  if (!isDev) args.push("-H", "127.0.0.1");
  app = spawn(process.execPath, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_OPTIONS: isDev ? "" : `--max-old-space-size=${env.CLAIMDESK_MAX_HEAP_MB}`,
      NODE_ENV: isDev ? "development" : "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: db.url,
      AUTH_SECRET: authSecret(env.AUTH_SECRET),
      AUTH_TRUST_HOST: "true",
    },
  });
  app.once("exit", (code) => {
    if (stopping) return;
    log(`the app exited (code ${code}); stopping PostgreSQL.`);
    void db.stop().then(() => process.exit(code ?? 1));
  });
  if (!isDev) {
    const front = await startPageCache({ port: env.PORT, host: env.HOST, upstream: { host: "127.0.0.1", port: nextPort }, databaseUrl: db.url, log, trustedProxies: env.CLAIMDESK_TRUSTED_PROXIES });
    stopFront = front.close;
  }
  log(`Starting on http://localhost:${env.PORT} (prepared in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

main().catch((error) => {
  console.error(`[claimdesk] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
