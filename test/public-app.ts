// `npm start` (production build, front server and all) on the calling test file's database, for tests that check
// what the public site really answers. Builds first when the sources changed (scripts/lib/build.ts).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/lib/free-port";

export type RunningApp = { url: string; stop: () => Promise<void> };

export async function startPublicApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-app-"));
  const log = path.join(dataDir, "app.log");
  const out = fs.openSync(log, "a");
  const child: ChildProcess = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", out, out],
    env: { ...process.env, NODE_ENV: "production", CLAIMDESK_DATA_DIR: dataDir, PORT: String(port), CLAIMDESK_PUBLIC_URL: "", ...env },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited: ${fs.readFileSync(log, "utf8").slice(-3000)}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the app did not start: ${fs.readFileSync(log, "utf8").slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      fs.closeSync(out);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
