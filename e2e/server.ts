// The end-to-end server: `npm start` on a brand-new database (embedded in a temp folder, or a fresh
// database on TEST_DATABASE_URL's server), so the tests never touch the desk's own data.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase, dropDatabase } from "@/lib/db/local-database";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-e2e-"));
fs.chmodSync(dataDir, 0o755);
let databaseUrl = "";
let dropName: string | null = null;
if (process.env.TEST_DATABASE_URL) {
  dropName = `claimdesk_e2e_${randomBytes(5).toString("hex")}`;
  databaseUrl = await createDatabase(process.env.TEST_DATABASE_URL, dropName);
}

// Imports parse on a worker with a time budget; a short one here lets a test outlast it without 20 s of waiting
// (the samples parse in well under a second).
const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
  stdio: "inherit",
  // The tests play the reverse proxy from loopback: each sets X-Forwarded-For to its own address, so
  // throttling tests stay independent. Any other peer's X-Forwarded-For is ignored.
  env: { ...process.env, CLAIMDESK_DATA_DIR: dataDir, PORT: process.env.E2E_PORT ?? "3100", DATABASE_URL: databaseUrl, CLAIMDESK_TRUSTED_PROXIES: "127.0.0.1,::1", CLAIMDESK_IMPORT_TIMEOUT_MS: process.env.CLAIMDESK_IMPORT_TIMEOUT_MS ?? "1500" },
});

const cleanUp = async () => {
  if (dropName && process.env.TEST_DATABASE_URL) await dropDatabase(process.env.TEST_DATABASE_URL, dropName).catch(() => {});
  fs.rmSync(dataDir, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => {
  void cleanUp().then(() => process.exit(code ?? 0));
});
