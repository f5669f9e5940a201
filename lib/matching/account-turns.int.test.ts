// One account's matching runs take turns across instances on one database, on real PostgreSQL and two real processes:
// a run here waits while another process holds the account's turn, starts once that process's run ends (its
// connection still open), and at once when that process is killed (SIGKILL) mid-run; another account is not held.
import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { randomUUID } from "node:crypto";
import { afterAll, expect, describe, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { closeAccountTurns, inAccountTurn, TURN_LOCKS } from "./account-turns";
import { rankedCheckWorthy } from "./check-worthy-cache";

afterAll(() => closeAccountTurns());

type Instance = ChildProcessByStdio<Writable, Readable, null>;

/**
 * Another instance: a process that takes `account`'s turn, says TURN, and runs until a line comes on its stdin; then
 * says DONE and lives on (its turn connection still open).
 */
async function otherInstance(account: string): Promise<Instance> {
  const script = `import("./lib/matching/account-turns.ts").then(({ inAccountTurn }) =>
    inAccountTurn(process.env.ACCOUNT, async () => { console.log("TURN"); await new Promise((resolve) => process.stdin.once("data", resolve)); })
      .then(() => { console.log("DONE"); setInterval(() => undefined, 1000); }))`;
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "-e", script], { env: { ...process.env, ACCOUNT: account }, stdio: ["pipe", "pipe", "inherit"] });
  await said(child, "TURN");
  return child;
}

function said(child: Instance, word: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes(word) && resolve());
    child.once("exit", (code, signal) => reject(new Error(`the other instance exited (${code ?? signal}) before saying ${word}`)));
  });
}

/** Whether some session of this database holds `account`'s turn. */
const turnHeld = async (account: string) =>
  (
    await getDb().$queryRaw<[{ held: boolean }]>`SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2
      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND classid = ${TURN_LOCKS}::int::oid AND objid = hashtext(${account})::oid) AS held`
  )[0].held;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A run that notes when it starts. */
function noted() {
  const state = { started: false };
  return { state, work: async () => void (state.started = true) };
}

const stop = async (child: Instance) => {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }
};

describe("one account's matching turn across instances", () => {
  it("a run here waits while another instance has the account's turn and starts when that run ends; another account's run is not held", async () => {
    const account = randomUUID();
    const child = await otherInstance(account);
    try {
      expect(await turnHeld(account)).toBe(true);
      const mine = noted();
      const run = inAccountTurn(account, mine.work);
      await inAccountTurn(randomUUID(), async () => undefined); // another account: at once
      await pause(1_000); // several of the waiting run's asks
      expect(mine.state.started, "ran while another instance had the turn").toBe(false);
      const done = said(child, "DONE");
      child.stdin.write("go\n");
      await done;
      await run;
      expect(mine.state.started).toBe(true);
      expect(child.exitCode, "the other instance still lives: its run gave the turn back").toBeNull();
      expect(await turnHeld(account), "this run gave the turn back too").toBe(false);
    } finally {
      await stop(child);
    }
  }, 120_000);

  it("an instance killed mid-run (SIGKILL) frees the account's turn at once: the reader's ranking waiting here goes ahead", async () => {
    const account = randomUUID();
    const child = await otherInstance(account);
    const body = "The minister said on Monday that inflation fell to 3.2 percent in October. ".repeat(20);
    let ranking: ReturnType<typeof rankedCheckWorthy> | undefined;
    let killedAt = 0;
    try {
      let ranked = false;
      ranking = rankedCheckWorthy(account, { id: randomUUID(), bodyVersion: 1, body });
      void ranking.then(() => (ranked = true));
      await pause(1_000);
      expect(ranked, "ranked while another instance had the turn").toBe(false);
    } finally {
      killedAt = performance.now();
      await stop(child);
    }
    const sentences = await ranking!;
    expect(performance.now() - killedAt, "the killed instance's turn is freed when its socket closes, not later").toBeLessThan(10_000);
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences[0]!.text).toContain("inflation fell to 3.2 percent");
  }, 120_000);
});
