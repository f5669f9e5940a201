// /api/health answers anyone. When the database fails, what the driver said (its host, port, user and database
// name) goes to the log, never into the public answer.
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDatabaseHealth } from "@/lib/db/health";

const FAILURES = [
  "connect ECONNREFUSED 10.20.30.40:5432",
  'password authentication failed for user "claimdesk_app"',
  "Can't reach database server at `db.internal.example:5432`\n\nPlease make sure your database server is running.",
  'database "claimdesk_prod" does not exist',
  "getaddrinfo ENOTFOUND postgres-primary.svc.cluster.local",
];

afterEach(() => vi.restoreAllMocks());

describe("the health answer when the database fails", () => {
  it.each(FAILURES)("says unavailable and nothing of %j", async (message) => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const health = await getDatabaseHealth({ $queryRaw: (() => Promise.reject(new Error(message))) as never });
    expect(health).toMatchObject({ ok: false, error: "unavailable" });
    const answer = JSON.stringify(health);
    for (const secret of ["10.20.30.40", "5432", "claimdesk_app", "db.internal", "claimdesk_prod", "postgres-primary"]) expect(answer).not.toContain(secret);
    expect(logged).toHaveBeenCalledOnce();
  });
});
