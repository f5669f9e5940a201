// Once per test run: a PostgreSQL server (embedded in a temp folder, or TEST_DATABASE_URL's) and a
// migrated template database that every integration test file clones.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { createDatabase, dropDatabase, withDatabaseName } from "@/lib/db/local-database";
import { migrate } from "@/lib/db/migrate";

export const TEMPLATE = "claimdesk_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    templateName: string;
  }
}

export default async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let tempDir: string | null = null;
  if (!serverUrl) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-test-"));
    fs.chmodSync(tempDir, 0o755);
    const cluster = await startEmbeddedPostgres({
      dataDir: path.join(tempDir, "pg"),
      database: "postgres",
      // A throwaway cluster: durability buys nothing here and costs seconds.
      settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
    });
    serverUrl = cluster.url;
    stop = cluster.stop;
  }
  await dropDatabase(serverUrl, TEMPLATE);
  await createDatabase(serverUrl, TEMPLATE);
  await migrate(withDatabaseName(serverUrl, TEMPLATE));
  project.provide("serverUrl", serverUrl);
  project.provide("templateName", TEMPLATE);
  return async () => {
    await stop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
}
