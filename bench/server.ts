// The app under test: `npm start`'s own entry (scripts/start.ts) on a throwaway data folder; start, await, stop.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { findChild } from "./memory";

export interface AppOptions {
  dataDir: string;
  port: number;
  demoPassword: string;
}

export interface RunningApp {
  baseUrl: string;
  pid: number;
  /** Whether start.ts reported building the app during this start. */
  built: () => boolean;
  /** Milliseconds between start.ts's "Building the app" and "Starting on" lines (null without a build). */
  buildMs: () => number | null;
  /** The `next start` process (child of start.ts), once it exists. */
  nextPid: () => number | null;
  /** Milliseconds from spawn until `urlPath` first answered 200 (body read), polling every 50 ms. */
  waitFor: (urlPath: string, timeoutMs: number) => Promise<number>;
  /** SIGTERM to start.ts (which stops Next, then PostgreSQL); kills whatever is left after 30 s. */
  stop: () => Promise<{ clean: boolean }>;
  tail: (lines?: number) => string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.setTimeout(1000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
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

async function waitDead(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (!isAlive(pid)) return true;
  return !isAlive(pid);
}

function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
    return pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function startApp({ dataDir, port, demoPassword }: AppOptions): RunningApp {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      CLAIMDESK_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      CLAIMDESK_DEMO_PASSWORD: demoPassword,
      DATABASE_URL: "",
      // The load generator is one address; the public API's per-address limit would measure only 429s.
      CLAIMDESK_API_RATE_LIMIT: "1000000000",
      // Likewise the front server's per-address connection cap and render budget (the bench measures throughput).
      CLAIMDESK_CONNECTIONS_PER_ADDRESS: "0",
      CLAIMDESK_PAGE_RENDERS_PER_MINUTE: "0",
    },
  });
  const lines: string[] = [];
  let buildStart: number | null = null;
  let buildEnd: number | null = null;
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      if (line.includes("[claimdesk] Building the app")) buildStart = performance.now();
      if (line.includes("[claimdesk] Starting on") && buildStart !== null) buildEnd = performance.now();
      lines.push(line);
      if (lines.length > 200) lines.shift();
    }
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let nextPid: number | null = null;
  const findNext = () => (nextPid ??= child.pid ? findChild(child.pid, (cmd) => /next-server|next\/dist\/bin\/next/.test(cmd)) : null);
  const baseUrl = `http://127.0.0.1:${port}`;
  const tail = (n = 30) => lines.slice(-n).map((l) => `    | ${l}`).join("\n");

  const waitFor = async (urlPath: string, timeoutMs: number): Promise<number> => {
    const deadline = spawnedAt + timeoutMs;
    while (performance.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the app exited (code ${child.exitCode}) before ${urlPath} answered:\n${tail()}`);
      try {
        const response = await fetch(`${baseUrl}${urlPath}`, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        if (response.status === 200) {
          const ms = performance.now() - spawnedAt;
          findNext();
          return ms;
        }
      } catch {
        // Not listening yet.
      }
      await sleep(50);
    }
    throw new Error(`${urlPath} did not answer 200 within ${Math.round(timeoutMs / 1000)} s:\n${tail()}`);
  };

  let stopping: Promise<{ clean: boolean }> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      findNext();
      let clean = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const done = await Promise.race([exited.then(() => true), sleep(30_000).then(() => false)]);
        if (!done) {
          clean = false;
          child.kill("SIGKILL");
          await Promise.race([exited, sleep(5000)]);
        }
      }
      // Leftovers of an unclean stop: the Next process and PostgreSQL (its own process group).
      if (nextPid && isAlive(nextPid)) {
        clean = false;
        process.kill(nextPid, "SIGKILL");
        await waitDead(nextPid, 5000);
      }
      const pg = postmasterPid(dataDir);
      if (pg && isAlive(pg)) {
        clean = false;
        process.kill(pg, "SIGINT");
        if (!(await waitDead(pg, 15_000))) process.kill(pg, "SIGKILL");
      }
      if (await isListening(port)) clean = false;
      return { clean };
    })());

  const built = () => buildStart !== null;
  const buildMs = () => (buildStart !== null && buildEnd !== null ? buildEnd - buildStart : null);
  return { baseUrl, pid: child.pid ?? -1, built, buildMs, nextPid: findNext, waitFor, stop, tail };
}
