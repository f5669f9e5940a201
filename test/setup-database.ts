// Before each integration test file: its own database, cloned from the migrated template.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase } from "@/lib/db/local-database";
import { disconnectDb } from "@/lib/db/client";

const serverUrl = inject("serverUrl");
const name = `claimdesk_test_${randomBytes(6).toString("hex")}`;
process.env.DATABASE_URL = await createDatabase(serverUrl, name, inject("templateName"));

afterAll(async () => {
  await disconnectDb();
  await dropDatabase(serverUrl, name);
});
