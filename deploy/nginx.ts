// Starts Debian's nginx with deploy/nginx.conf in a folder of its own (prefix, pid, temp and cache dirs), on a
// free port, in front of the given app instances: for e2e/instances.spec.ts and the bench. Works as root (workers
// then run as root too, as the temp folder is root's) and as a normal user.
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

export type Nginx = { port: number; url: string; prefix: string; staticFile: string; stop: () => Promise<void> };

export type NginxOptions = {
  upstreams: { host: string; port: number }[];
  workers?: number | "auto";
  /** Bytes of the static file nginx serves at /static.html (the bench's yardstick); none when absent. */
  staticFile?: Buffer;
};

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

/** The configuration deploy/nginx.conf becomes for these settings. */
export function renderNginxConfig(values: { prefix: string; listen: string; upstreams: { host: string; port: number }[]; workers: number | "auto"; staticRoot: string; staticName: string; isRoot: boolean }): string {
  const fill: Record<string, string> = {
    USER: values.isRoot ? "user root;" : "",
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
  const port = await freePort();
  const config = renderNginxConfig({ prefix, listen: `127.0.0.1:${port}`, upstreams: options.upstreams, workers: options.workers ?? 1, staticRoot, staticName: "static.html", isRoot: process.getuid?.() === 0 });
  const configFile = path.join(prefix, "nginx.conf");
  fs.writeFileSync(configFile, config);
  const child: ChildProcess = spawn(NGINX_BIN, ["-p", prefix, "-c", configFile, "-e", path.join(prefix, "error.log"), "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  try {
    await Promise.race([waitForPort(port, 10_000), exited.then((code) => Promise.reject(new Error(`nginx exited (${code}): ${fs.readFileSync(path.join(prefix, "error.log"), "utf8")}`)))]);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    prefix,
    staticFile,
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
