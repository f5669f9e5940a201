// The demo desk is made on a fresh desk's first start, its claims by many transactions (as an editor and a reviewer
// make them). A start killed with SIGKILL in the middle used to leave half a demo desk for good: the next start saw
// claims and made no more. Now the next start completes exactly what is missing. Each kill is placed, not timed: a
// second connection holds a table the seed is about to write, the seed waits for it, and is killed while it waits.
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";
import { untilSomeoneWaits } from "@/test/lock-wait";

let blocker: pg.Client;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await blocker.connect();
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await blocker.end();
});

/** `npm start`'s seed on this test's database, as a process, killed with SIGKILL once it waits on `table`. */
async function seedKilledAt(table: string): Promise<void> {
  await blocker.query("BEGIN");
  await blocker.query(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "-e", `import("./prisma/seed.ts").then((m) => m.seedDemo(() => {}))`], {
    env: { ...process.env, CLAIMDESK_DEMO_PASSWORD: "seed-killed-password" },
    stdio: "ignore",
  });
  children.add(child);
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
  try {
    const waiting = untilSomeoneWaits(blocker, 40_000).then(() => "waits" as const);
    waiting.catch(() => {}); // answered by the race below
    const ended = exited.then(() => "ended" as const);
    expect(await Promise.race([waiting, ended]), `the seed reaches a write to "${table}"`).toBe("waits");
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
  } finally {
    await blocker.query("ROLLBACK");
  }
}

const count = (sql: string) => getDb().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`).then((rows) => rows[0]!.n);

describe("the demo seed killed mid-way", () => {
  it("is completed by the next start: the same five claims, two verdicts and one open proposal, nothing twice", { timeout: 150_000 }, async () => {
    // Killed while linking the denial to its allegation (three claims made), then again while publishing a verdict.
    await seedKilledAt("ClaimLink");
    expect(await count(`"Claim"`)).toBeGreaterThan(0);
    expect(await count(`"Claim"`)).toBeLessThan(5);
    expect(await count(`"ClaimLink"`)).toBe(0);
    await seedKilledAt("ClaimRevision");
    expect(await count(`"ClaimRevision"`)).toBe(0);
    expect((await getDb().demoSeed.findUniqueOrThrow({ where: { id: 1 } })).finishedAt).toBeNull();

    const lines: string[] = [];
    await seedDemo((line) => lines.push(line));
    expect(lines.join("\n")).toMatch(/5 demo claims/);
    expect(await count(`"User"`)).toBe(3);
    expect(await count(`"Source"`)).toBe(28);
    expect(await count(`"Claim"`)).toBe(5);
    expect(await count(`(SELECT DISTINCT text FROM "Claim") t`)).toBe(5);
    expect(await count(`"Appearance"`)).toBe(7);
    expect(await count(`"Evidence"`)).toBe(2);
    expect(await count(`"ClaimLink" WHERE type = 'DENIES'`)).toBe(1);
    expect(await count(`"Claimant" c WHERE NOT EXISTS (SELECT 1 FROM "ClaimantAlias" a WHERE a."claimantId" = c.id)`)).toBe(0);
    expect(await count(`"ClaimRevision"`)).toBe(2);
    expect(await count(`"Proposal" WHERE status = 'OPEN'`)).toBe(1);
    expect(await count(`"Proposal"`)).toBe(3);
    expect((await getDb().demoSeed.findUniqueOrThrow({ where: { id: 1 } })).finishedAt).not.toBeNull();

    // Finished: a later start makes nothing, even once the demo claims are gone from view (merged, edited).
    await seedDemo(() => {});
    expect(await count(`"Claim"`)).toBe(5);
    expect(await count(`"Proposal"`)).toBe(3);
  });
});
