// The embedded PostgreSQL: loopback only, secret kept 0600, data survives a restart, a second process joins.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveLocations, runAsIds, startEmbeddedPostgres } from "./embedded";
import { queryRows } from "@/test/sql";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-embedded-"));
fs.chmodSync(root, 0o755);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("startEmbeddedPostgres", () => {
  it("initialises, listens on 127.0.0.1 only, keeps its password in a 0600 file, and keeps data across restarts", async () => {
    const options = { dataDir: path.join(root, "pg"), database: "desk" };
    const first = await startEmbeddedPostgres(options);
    expect(first.isOwner).toBe(true);
    expect(new URL(first.url).hostname).toBe("127.0.0.1");
    const [settings] = await queryRows<{ listen: string }>(first.url, "SELECT current_setting('listen_addresses') AS listen");
    expect(settings?.listen).toBe("127.0.0.1");
    expect(fs.statSync(path.join(root, "pg-password")).mode & 0o777).toBe(0o600);
    await queryRows(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");

    // A second process on the same folder joins the running server instead of starting another.
    const joined = await startEmbeddedPostgres(options);
    expect(joined).toMatchObject({ isOwner: false, port: first.port });
    await first.stop();
    expect(fs.existsSync(path.join(first.dataDir, "postmaster.pid"))).toBe(false);

    const second = await startEmbeddedPostgres(options);
    try {
      expect(second.isOwner).toBe(true);
      expect(await queryRows<{ note: string }>(second.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
    } finally {
      await second.stop();
    }
  });

  it("refuses a wrong password (scram-sha-256, not trust)", async () => {
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(root, "pg2"), stateDir: path.join(root, "state2"), database: "desk" });
    try {
      const wrong = new URL(cluster.url);
      wrong.password = "not-the-password";
      await expect(queryRows(wrong.toString(), "SELECT 1")).rejects.toThrow(/password authentication failed/);
    } finally {
      await cluster.stop();
    }
  });
});

describe("a server left behind by a killed start", () => {
  it("is adopted by the next start, which then stops it", async () => {
    const options = { dataDir: path.join(root, "pg3"), stateDir: path.join(root, "state3"), database: "desk" };
    const first = await startEmbeddedPostgres(options);
    // Pretend the process that started it died without stopping it.
    fs.writeFileSync(path.join(options.stateDir, "pg-owner.pid"), "999999");
    const adopter = await startEmbeddedPostgres(options);
    expect(adopter).toMatchObject({ isOwner: true, port: first.port });
    await adopter.stop();
    expect(fs.existsSync(path.join(adopter.dataDir, "postmaster.pid"))).toBe(false);
    await first.stop();
  });
});

describe("a checkout the PostgreSQL user cannot reach", () => {
  it("falls back to a copy of the binaries and a data folder under the temp folder when running as root", () => {
    const home = fs.mkdtempSync(path.join(root, "home-"));
    fs.chmodSync(home, 0o700); // like /root: only its owner may enter
    const fakeBin = path.join(home, "native", "bin", "postgres");
    fs.mkdirSync(path.dirname(fakeBin), { recursive: true });
    fs.writeFileSync(fakeBin, "#!/bin/sh\n", { mode: 0o755 });
    const ids = runAsIds();
    const located = resolveLocations(path.join(home, "checkout", ".data", "pg"), ids, fakeBin);
    if (ids) {
      expect(located.dataDir.startsWith(path.join(os.tmpdir(), "claimdesk-data-"))).toBe(true);
      expect(located.postgresBin.startsWith(path.join(os.tmpdir(), "claimdesk-pg-"))).toBe(true);
      expect(fs.existsSync(located.postgresBin)).toBe(true);
      expect(located.warnings).toHaveLength(2);
      fs.rmSync(path.dirname(path.dirname(located.postgresBin)), { recursive: true, force: true });
    } else {
      // Not root: PostgreSQL runs as this user, who can reach its own checkout.
      expect(located).toEqual({ dataDir: path.join(home, "checkout", ".data", "pg"), postgresBin: fakeBin, warnings: [] });
    }
  });
});
