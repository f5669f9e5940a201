// Keeps a child process running: when it exits without being asked to, it is started again after a delay that
// doubles with each crash in a row (1, 2, 4 … s, capped at 30 s) and starts over once a run has lasted a minute.
// Many crashes within a minute are logged loudly as a crash loop; restarts go on at the capped delay.
import type { ChildProcess } from "node:child_process";

export type BackoffPolicy = {
  initialMs: number;
  maxMs: number;
  /** A run at least this long resets the delay to initialMs. */
  stableMs: number;
  /** This many crashes within loopWindowMs are a crash loop. */
  loopCrashes: number;
  loopWindowMs: number;
};

export const DEFAULT_POLICY: BackoffPolicy = { initialMs: 1_000, maxMs: 30_000, stableMs: 60_000, loopCrashes: 5, loopWindowMs: 60_000 };

export type CrashHistory = { consecutive: number; crashTimes: number[] };

export type RestartPlan = { delayMs: number; consecutive: number; crashesInWindow: number; crashLoop: boolean; history: CrashHistory };

/** Pure: after a crash at `now` of a run that lasted `ranMs`, how long to wait, and whether this is a crash loop. */
export function planRestart(history: CrashHistory, ranMs: number, now: number, policy: BackoffPolicy = DEFAULT_POLICY): RestartPlan {
  const consecutive = ranMs >= policy.stableMs ? 1 : history.consecutive + 1;
  const delayMs = Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(consecutive - 1, 30));
  const crashTimes = [...history.crashTimes.filter((t) => now - t < policy.loopWindowMs), now];
  return { delayMs, consecutive, crashesInWindow: crashTimes.length, crashLoop: crashTimes.length >= policy.loopCrashes, history: { consecutive, crashTimes } };
}

export type SuperviseOptions = {
  /** Starts one run of the process. */
  start: () => ChildProcess;
  /** What the process is called in the log ("next-server"). */
  name: string;
  log: (line: string) => void;
  /** Loud lines (a crash loop): stderr by default. */
  alarm?: (line: string) => void;
  /** Called with each new run, e.g. to write its pid to a file. */
  onStart?: (child: ChildProcess) => void;
  policy?: BackoffPolicy;
  now?: () => number;
};

export type Supervisor = {
  /** The running child, or null while waiting to restart. */
  current: () => ChildProcess | null;
  /** How many times the process was restarted after a crash. */
  restarts: () => number;
  /** Stops supervising and the child: `signal`, then SIGKILL after `timeoutMs`. */
  stop: (signal?: NodeJS.Signals, timeoutMs?: number) => Promise<void>;
};

export function supervise(options: SuperviseOptions): Supervisor {
  const policy = options.policy ?? DEFAULT_POLICY;
  const now = options.now ?? Date.now;
  const alarm = options.alarm ?? ((line: string) => console.error(line));
  let history: CrashHistory = { consecutive: 0, crashTimes: [] };
  let child: ChildProcess | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopping = false;
  let restarts = 0;

  const run = () => {
    timer = null;
    if (stopping) return;
    const startedAt = now();
    const current = options.start();
    child = current;
    current.once("error", (error) => options.log(`${options.name} could not be started or signalled: ${error.message}`));
    current.once("exit", (code, signal) => {
      if (child === current) child = null;
      if (stopping) return;
      const plan = planRestart(history, now() - startedAt, now(), policy);
      history = plan.history;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      options.log(`${options.name} exited unexpectedly (${how}); restarting in ${plan.delayMs / 1000} s (crash ${plan.consecutive} in a row).`);
      if (plan.crashLoop) {
        alarm(`[claimdesk] !!! CRASH LOOP: ${options.name} crashed ${plan.crashesInWindow} times within ${policy.loopWindowMs / 1000} s. Still retrying every ${plan.delayMs / 1000} s; read the log above for the cause.`);
      }
      restarts += 1;
      timer = setTimeout(run, plan.delayMs);
    });
    options.onStart?.(current);
  };
  run();

  return {
    current: () => child,
    restarts: () => restarts,
    stop: async (signal = "SIGTERM", timeoutMs = 10_000) => {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
      running.kill(signal);
      let killTimer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => {
        killTimer = setTimeout(() => {
          running.kill("SIGKILL");
          resolve();
        }, timeoutMs);
      });
      await Promise.race([exited, late]);
      clearTimeout(killTimer);
      await exited;
    },
  };
}
