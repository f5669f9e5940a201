// The end-to-end servers (each e2e/server.ts: `npm start` on a brand-new database), started at the same time and
// reported ready once every one of them answers. Playwright starts its webServer entries one after the other, so two
// entries cost the sum of two starts (a database made, migrated and seeded, then next-server), most of it spent
// waiting on PostgreSQL and child processes rather than on both cores.
import { spawn, type ChildProcess } from "node:child_process";
import { E2E_READY_LINE, type E2eServer } from "../playwright.config";

async function answers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://localhost:${port}/api/health`, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

async function main() {
  const servers = JSON.parse(process.env.E2E_SERVERS ?? "[]") as E2eServer[];
  if (!servers.length) throw new Error("E2E_SERVERS names no server.");
  let stopping = false;
  const children: ChildProcess[] = servers.map(({ port, env }) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "e2e/server.ts"], {
      stdio: "inherit",
      env: { ...process.env, ...env, E2E_PORT: String(port), E2E_SERVERS: "" },
    });
    // One server gone while the tests need it: the whole launcher ends, so Playwright sees it.
    child.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`[e2e] the server on port ${port} exited (${signal ?? `code ${code}`}).`);
      stop("SIGTERM", code || 1);
    });
    return child;
  });
  const stop = (signal: NodeJS.Signals, code: number) => {
    stopping = true;
    const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
    let left = running.length;
    if (!left) process.exit(code);
    for (const child of running) {
      child.once("exit", () => {
        left -= 1;
        if (!left) process.exit(code);
      });
      child.kill(signal);
    }
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(signal, 0));

  // Each server's health asked until it answers, as Playwright's own wait for a webServer's url does.
  const pending = new Set(servers.map((server) => server.port));
  while (pending.size && !stopping) {
    for (const port of [...pending]) if (await answers(port)) pending.delete(port);
    if (pending.size) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!stopping) console.log(E2E_READY_LINE);
}

main().catch((error: unknown) => {
  console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
