// Starts Debian's nginx with deploy/nginx.conf in a folder of its own (prefix, pid, temp and cache dirs), on a
// free port, in front of the given app instances: for e2e/instances.spec.ts and the bench. It never runs as root:
// started by a normal user, master and workers are that user; started by root (as in CI's container), the whole
// of nginx runs as the unprivileged user "nobody", which owns the folder.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/lib/free-port";

export const NGINX_BIN = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const TEMPLATE = path.join(path.dirname(new URL(import.meta.url).pathname), "nginx.conf");

export function nginxAvailable(): boolean {
  try {
    fs.accessSync(NGINX_BIN, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export type Nginx = { port: number; url: string; prefix: string; staticFile: string; pid: number; stop: () => Promise<void> };

export type NginxOptions = {
  upstreams: { host: string; port: number }[];
  workers?: number | "auto";
  /** Bytes of the static file nginx serves at /static.html (the bench's yardstick); none when absent. */
  staticFile?: Buffer;
  /** The port to listen on (a free one when absent): the instances may need to know it before nginx starts. */
  port?: number;
  /** CLAIMDESK_NGINX_REFRESH_SECRET: X-Claimdesk-Refresh with exactly this value refreshes a cached copy. */
  refreshSecret?: string;
};

/** The unprivileged account nginx runs as when started by root: "nobody" in /etc/passwd. */
function nobody(): { uid: number; gid: number } {
  const line = fs.readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith("nobody:"));
  const [, , uid, gid] = line?.split(":") ?? [];
  if (!uid || !gid) throw new Error("no user nobody in /etc/passwd to run nginx as");
  return { uid: Number(uid), gid: Number(gid) };
}

function chownTree(dir: string, ids: { uid: number; gid: number }) {
  fs.chownSync(dir, ids.uid, ids.gid);
  for (const name of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) fs.chownSync(path.join(dir, name), ids.uid, ids.gid);
}

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/**
 * nginx writes its pid file once its listening sockets are open: the port answering alone could be another
 * process's (a port chosen free earlier and taken since), while nginx retries its bind and then gives up.
 */
async function waitForPidFile(file: string, pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(fs.existsSync(file) && fs.readFileSync(file, "utf8").trim() === String(pid))) {
    if (Date.now() > deadline) throw new Error(`nginx (pid ${pid}) did not start: ${fs.readFileSync(path.join(path.dirname(file), "error.log"), "utf8").slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The configuration deploy/nginx.conf becomes for these settings. */
export function renderNginxConfig(values: { prefix: string; listen: string; upstreams: { host: string; port: number }[]; workers: number | "auto"; staticRoot: string; staticName: string; refreshSecret?: string }): string {
  if (values.refreshSecret !== undefined && !/^[A-Za-z0-9_-]{24,200}$/.test(values.refreshSecret)) throw new Error("the refresh secret must be 24 to 200 letters, digits, - or _");
  const fill: Record<string, string> = {
    // A case-sensitive regex: nginx compares a map's plain strings ignoring case.
    REFRESH_SECRET_LINE: values.refreshSecret ? `    "~^${values.refreshSecret}$" "${values.refreshSecret}";` : "    # no refresh secret configured",
    WORKERS: String(values.workers),
    PREFIX: values.prefix,
    LISTEN: values.listen,
    UPSTREAMS: values.upstreams.map((u) => `    server ${u.host}:${u.port};`).join("\n"),
    STATIC_ROOT: values.staticRoot,
    STATIC_NAME: values.staticName,
  };
  return fs.readFileSync(TEMPLATE, "utf8").replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in fill)) throw new Error(`deploy/nginx.conf: unknown placeholder ${name}`);
    return fill[name]!;
  });
}

export async function startNginx(options: NginxOptions): Promise<Nginx> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-nginx-"));
  const staticRoot = path.join(prefix, "static");
  fs.mkdirSync(staticRoot);
  const staticFile = path.join(staticRoot, "static.html");
  fs.writeFileSync(staticFile, options.staticFile ?? "");
  const port = options.port ?? (await freePort());
  const config = renderNginxConfig({ prefix, listen: `127.0.0.1:${port}`, upstreams: options.upstreams, workers: options.workers ?? 1, staticRoot, staticName: "static.html", refreshSecret: options.refreshSecret });
  const configFile = path.join(prefix, "nginx.conf");
  fs.writeFileSync(configFile, config);
  const runAs = process.getuid?.() === 0 ? nobody() : undefined;
  if (runAs) chownTree(prefix, runAs);
  const child: ChildProcess = spawn(NGINX_BIN, ["-p", prefix, "-c", configFile, "-e", path.join(prefix, "error.log"), "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"], ...runAs });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  try {
    await Promise.race([waitForPort(port, 10_000).then(() => waitForPidFile(path.join(prefix, "nginx.pid"), child.pid!, 10_000)), exited.then((code) => Promise.reject(new Error(`nginx exited (${code}): ${fs.readFileSync(path.join(prefix, "error.log"), "utf8")}`)))]);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    prefix,
    staticFile,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}
