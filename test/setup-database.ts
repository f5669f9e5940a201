// Before each integration test file: its own database, cloned from the migrated template.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase } from "@/lib/db/local-database";
import { disconnectDb } from "@/lib/db/client";
import { matchingIdle } from "@/lib/matching/background";

const serverUrl = inject("serverUrl");
const name = `claimdesk_test_${randomBytes(6).toString("hex")}`;
process.env.DATABASE_URL = await createDatabase(serverUrl, name, inject("templateName"));

afterAll(async () => {
  await matchingIdle(); // imports schedule matching in the background: let it finish before the database goes
  await disconnectDb();
  await dropDatabase(serverUrl, name);
});
