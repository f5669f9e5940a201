// Process facts from /proc (Linux): children, resident memory of a process tree, and a sampler keeping the peak.
import fs from "node:fs";

interface ProcInfo {
  pid: number;
  ppid: number;
}

function readProcs(): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so parse after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.push({ pid: Number(name), ppid: Number(fields[1]) });
    } catch {
      // The process ended while we listed it.
    }
  }
  return out;
}

export function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return "";
  }
}

/** The first child of `parentPid` whose command line matches. */
export function findChild(parentPid: number, matches: (commandLine: string) => boolean): number | null {
  for (const proc of readProcs()) if (proc.ppid === parentPid && matches(commandLine(proc.pid))) return proc.pid;
  return null;
}

export function descendants(rootPid: number): number[] {
  const procs = readProcs();
  const found = [rootPid];
  for (let i = 0; i < found.length; i++) for (const proc of procs) if (proc.ppid === found[i]) found.push(proc.pid);
  return found;
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** RSS of `pid` plus all its descendants, in bytes (0 once it has exited). */
export function treeRssBytes(pid: number): number {
  return descendants(pid).reduce((sum, p) => sum + rssBytes(p), 0);
}

/** Samples a process tree's RSS every `everyMs` until stopped; `stop()` returns the peak and sample count. */
export function sampleRss(pid: number, everyMs = 200): { stop: () => { maxBytes: number; samples: number } } {
  let maxBytes = treeRssBytes(pid);
  let samples = 1;
  const timer = setInterval(() => {
    maxBytes = Math.max(maxBytes, treeRssBytes(pid));
    samples++;
  }, everyMs).unref();
  return {
    stop: () => {
      clearInterval(timer);
      maxBytes = Math.max(maxBytes, treeRssBytes(pid));
      return { maxBytes, samples: samples + 1 };
    },
  };
}
