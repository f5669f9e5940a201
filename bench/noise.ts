// What else the machine did during a measurement: CPU used outside the benchmark's processes, and .next rebuilds.
import fs from "node:fs";
import { descendants } from "./memory";

export const TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux

/** Other processes using more than this many cores during a measurement make its numbers doubtful. */
export const BUSY_CORES = 0.25;

/** Busy CPU ticks of the whole machine (all cores), from the first line of /proc/stat. */
function machineBusyTicks(): number {
  const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = fields;
  return user + nice + system + irq + softirq;
}

/** utime + stime of one process, in ticks (0 once it has exited). */
export function processTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function buildId(): string {
  try {
    return fs.readFileSync(".next/BUILD_ID", "utf8").trim();
  } catch {
    return "";
  }
}

export interface Noise {
  /** Cores' worth of CPU used by processes other than this one and the app's tree, on average. */
  otherCores: number;
  /** Cores' worth used by this process (the load generator) and the app's tree. */
  benchCores: number;
  /** .next/BUILD_ID changed meanwhile: someone rebuilt the app under the running server. */
  rebuilt: boolean;
}

/** Starts watching (pass process.pid when no app runs); `stop()` returns what happened outside the benchmark since. */
export function watchNoise(appPid: number): { stop: () => Noise } {
  const ours = () => [...new Set([process.pid, ...descendants(appPid)])];
  const startTicks = new Map(ours().map((pid) => [pid, processTicks(pid)]));
  const startBusy = machineBusyTicks();
  const startBuild = buildId();
  const started = performance.now();
  return {
    stop: () => {
      const seconds = (performance.now() - started) / 1000;
      let benchTicks = 0;
      for (const pid of ours()) benchTicks += Math.max(0, processTicks(pid) - (startTicks.get(pid) ?? 0));
      const otherTicks = Math.max(0, machineBusyTicks() - startBusy - benchTicks);
      const cores = (ticks: number) => Math.round((ticks / TICKS_PER_SECOND / Math.max(seconds, 0.001)) * 100) / 100;
      return { otherCores: cores(otherTicks), benchCores: cores(benchTicks), rebuilt: buildId() !== startBuild };
    },
  };
}
