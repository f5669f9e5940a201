// The restart policy as a pure function, and the supervisor on real child processes (node -e …).
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, planRestart, supervise, type CrashHistory } from "./supervise";

describe("planRestart", () => {
  it("doubles the delay with each crash in a row, capped at 30 s", () => {
    let history: CrashHistory = { consecutive: 0, crashTimes: [] };
    const delays: number[] = [];
    // A crash every two minutes: never a crash loop, but each run was short, so the delay grows.
    for (let i = 0; i < 8; i++) {
      const plan = planRestart(history, 500, i * 120_000);
      expect(plan.crashLoop).toBe(false);
      delays.push(plan.delayMs);
      history = plan.history;
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("starts over at 1 s after a run that lasted a minute", () => {
    let history: CrashHistory = { consecutive: 0, crashTimes: [] };
    for (let i = 0; i < 4; i++) history = planRestart(history, 100, i * 1_000).history;
    expect(planRestart(history, 100, 5_000).delayMs).toBe(16_000);
    const afterStableRun = planRestart(history, DEFAULT_POLICY.stableMs, 200_000);
    expect(afterStableRun.delayMs).toBe(1_000);
    expect(afterStableRun.consecutive).toBe(1);
  });

  it("calls five crashes within a minute a crash loop, and keeps the capped delay", () => {
    let history: CrashHistory = { consecutive: 0, crashTimes: [] };
    const loops: boolean[] = [];
    for (let i = 0; i < 7; i++) {
      const plan = planRestart(history, 10, i * 5_000);
      loops.push(plan.crashLoop);
      history = plan.history;
    }
    expect(loops).toEqual([false, false, false, false, true, true, true]);
    // Crashes older than the window are forgotten: one more crash long after is not a loop.
    const later = planRestart(history, 10, 10 * 60_000);
    expect(later.crashLoop).toBe(false);
    expect(later.crashesInWindow).toBe(1);
    expect(later.delayMs).toBe(30_000);
  });
});

describe("supervise", () => {
  const fast = { initialMs: 50, maxMs: 200, stableMs: 60_000, loopCrashes: 3, loopWindowMs: 60_000 };

  it("restarts a process that dies, logs the exit code, raises the crash-loop alarm, and stops cleanly", async () => {
    const lines: string[] = [];
    const alarms: string[] = [];
    const pids: number[] = [];
    let runs = 0;
    const supervisor = supervise({
      name: "worker",
      // The first three runs crash with code 3; the fourth stays up.
      start: () => spawn(process.execPath, ["-e", runs++ < 3 ? "process.exit(3)" : "setInterval(() => {}, 1000)"], { stdio: "ignore" }),
      onStart: (child) => pids.push(child.pid!),
      log: (line) => lines.push(line),
      alarm: (line) => alarms.push(line),
      policy: fast,
    });
    for (let i = 0; i < 100 && !(runs === 4 && supervisor.current()?.pid); i++) await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBe(4);
    expect(supervisor.restarts()).toBe(3);
    expect(new Set(pids).size).toBe(4);
    expect(lines).toEqual([
      "worker exited unexpectedly (code 3); restarting in 0.05 s (crash 1 in a row).",
      "worker exited unexpectedly (code 3); restarting in 0.1 s (crash 2 in a row).",
      "worker exited unexpectedly (code 3); restarting in 0.2 s (crash 3 in a row).",
    ]);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatch(/CRASH LOOP: worker crashed 3 times within 60 s/);

    const last = supervisor.current()!;
    await supervisor.stop();
    expect(last.signalCode).toBe("SIGTERM");
    expect(supervisor.current()).toBeNull();
    // Asked to stop: no restart follows.
    await new Promise((r) => setTimeout(r, 300));
    expect(runs).toBe(4);
    expect(lines).toHaveLength(3);
  });

  it("restarts a process killed by a signal, and kills one that ignores SIGTERM when stopping", async () => {
    const lines: string[] = [];
    const supervisor = supervise({
      name: "stubborn",
      start: () => spawn(process.execPath, ["-e", "process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000)"], { stdio: ["ignore", "pipe", "ignore"] }),
      log: (line) => lines.push(line),
      alarm: () => {},
      policy: fast,
    });
    const first = supervisor.current()!;
    await new Promise((r) => first.stdout!.once("data", r));
    first.kill("SIGKILL");
    for (let i = 0; i < 100 && (supervisor.current() === first || !supervisor.current()); i++) await new Promise((r) => setTimeout(r, 20));
    expect(lines).toEqual(["stubborn exited unexpectedly (signal SIGKILL); restarting in 0.05 s (crash 1 in a row)."]);
    const second = supervisor.current()!;
    expect(second.pid).not.toBe(first.pid);
    // Once it says so, it ignores SIGTERM.
    await new Promise((r) => second.stdout!.once("data", r));
    await supervisor.stop("SIGTERM", 300);
    expect(second.signalCode).toBe("SIGKILL");
  });
});
