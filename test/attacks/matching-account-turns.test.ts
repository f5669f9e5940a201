// One account's matching runs take turns (lib/matching/account-turns.ts): the reader's ranking of a long source and the
// "match again" button each take seconds of the server's one thread, and an account could start any number at once.
import { describe, expect, it } from "vitest";
import { inAccountTurn } from "@/lib/matching/account-turns";

/** A run that records when it starts and ends and finishes when `release` is called. */
function gate(log: string[], name: string) {
  let release: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (release = resolve));
  const work = async () => {
    log.push(`${name} start`);
    await done;
    log.push(`${name} end`);
    return name;
  };
  return { work, release };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("one account's matching runs", () => {
  it("run one after another, in the order asked; another account's run is not held behind them", async () => {
    const log: string[] = [];
    const [a1, a2, a3, b1] = [gate(log, "a1"), gate(log, "a2"), gate(log, "a3"), gate(log, "b1")];
    const runs = [inAccountTurn("a", a1.work), inAccountTurn("a", a2.work), inAccountTurn("a", a3.work), inAccountTurn("b", b1.work)];
    await tick();
    expect(log).toEqual(["a1 start", "b1 start"]);
    a2.release(); // finished early, but its turn has not come
    await tick();
    expect(log).toEqual(["a1 start", "b1 start"]);
    a1.release();
    await tick();
    await tick();
    expect(log).toEqual(["a1 start", "b1 start", "a1 end", "a2 start", "a2 end", "a3 start"]);
    a3.release();
    b1.release();
    expect(await Promise.all(runs)).toEqual(["a1", "a2", "a3", "b1"]);
  });

  it("a run that fails passes the turn on and its caller sees the failure", async () => {
    const failing = inAccountTurn("c", async () => {
      throw new Error("broken source");
    });
    const next = inAccountTurn("c", async () => "next");
    await expect(failing).rejects.toThrow("broken source");
    await expect(next).resolves.toBe("next");
  });
});
