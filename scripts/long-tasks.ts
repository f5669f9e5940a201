// What each long main-thread task of a Chrome trace is: `npx tsx scripts/long-tasks.ts trace.json [min ms]` lists the
// renderer main thread's tasks over the bound (50 ms unless given), each with the timeline events inside it (script,
// style, layout, paint, parse, GC…) and the JS functions its sampled stacks spent most time in. Traces come from
// e2e/big-paste.spec.ts with BIG_PASTE_TRACE=<file>.
import fs from "node:fs";

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- trace event arguments are free-form JSON
  args?: Record<string, any>;
};
type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; parent?: number };

const [file, minArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: tsx scripts/long-tasks.ts <trace.json> [min ms]");
  process.exit(2);
}
const minMs = Number(minArg ?? 50);
const raw = JSON.parse(fs.readFileSync(file, "utf8")) as TraceEvent[] | { traceEvents: TraceEvent[] };
const events = Array.isArray(raw) ? raw : raw.traceEvents;

// The renderer main threads, by pid: tid named CrRendererMain.
const mains = new Set(events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
const onMain = (e: TraceEvent) => mains.has(`${e.pid}:${e.tid}`);
const complete = events.filter((e) => e.ph === "X" && typeof e.dur === "number" && onMain(e)).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
// A task is a RunTask (ThreadControllerImpl::RunTask nests inside it with the same span).
const runTasks = complete.filter((e) => e.name === "RunTask");
const tasks = runTasks.length ? runTasks : complete.filter((e) => e.name === "ThreadControllerImpl::RunTask");
const origin = Math.min(...complete.map((e) => e.ts));

// Sampled JS stacks, per profile (one per thread): sample times and the node each sample hit.
type Profile = { pid: number; tid: number; nodes: Map<number, ProfileNode>; samples: { ts: number; node: number }[]; time: number };
const profiles = new Map<string, Profile>();
for (const e of events) {
  if (e.name === "Profile" && e.args?.data) {
    profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, tid: e.tid, nodes: new Map(), samples: [], time: e.args.data.startTime });
  }
}
for (const e of events.filter((e) => e.name === "ProfileChunk").sort((a, b) => a.ts - b.ts)) {
  const profile = profiles.get(`${e.pid}:${e.id}`);
  const data = e.args?.data?.cpuProfile;
  if (!profile || !data) continue;
  for (const node of data.nodes ?? []) profile.nodes.set(node.id, node);
  const deltas: number[] = e.args!.data.timeDeltas ?? [];
  (data.samples ?? []).forEach((node: number, i: number) => {
    profile.time += deltas[i] ?? 0;
    profile.samples.push({ ts: profile.time, node });
  });
}
const mainProfiles = [...profiles.values()].filter((p) => mains.has(`${p.pid}:${p.tid}`));

const frameName = (f: CallFrame) => `${f.functionName || "(anonymous)"} ${f.url ? `${f.url.replace(/^.*\/_next\/static\//, "")}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ""}`.trim();

function stackOf(profile: Profile, id: number): CallFrame[] {
  const out: CallFrame[] = [];
  for (let node = profile.nodes.get(id); node; node = node.parent === undefined ? undefined : profile.nodes.get(node.parent)) out.push(node.callFrame);
  return out; // leaf first
}

const ms = (us: number) => (us / 1000).toFixed(1);
const top = (counts: Map<string, number>, n: number) => [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);

for (const task of tasks.filter((t) => t.dur! >= minMs * 1000)) {
  const end = task.ts + task.dur!;
  console.log(`\n■ task ${ms(task.dur!)} ms at ${ms(task.ts - origin)} ms`);
  // Timeline events inside the task, summed by name (nested events count in their own name too).
  const inside = complete.filter((e) => e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur! <= end);
  const byName = new Map<string, number>();
  for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur!);
  console.log(`  events: ${top(byName, 14).map(([name, d]) => `${name} ${ms(d)}`).join(", ")}`);
  for (const e of inside.filter((e) => ["FunctionCall", "EventDispatch", "TimerFire", "FireAnimationFrame", "EvaluateScript", "v8.callFunction", "RunMicrotasks", "ParseHTML", "XHRReadyStateChange", "ResourceReceivedData"].includes(e.name) && e.dur! >= 20_000)) {
    const data = e.args?.data ?? {};
    console.log(`    ${e.name} ${ms(e.dur!)} ms ${[data.type, data.functionName, data.url?.replace(/^.*\/_next\/static\//, ""), data.lineNumber].filter((x) => x !== undefined && x !== "").join(" ")}`);
  }
  // Sampled stacks: self time by function, and time by the outermost named frames below the event loop.
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sampled = 0;
  for (const profile of mainProfiles.filter((p) => p.pid === task.pid)) {
    const inTask = profile.samples.filter((s) => s.ts >= task.ts && s.ts <= end);
    for (let i = 0; i < inTask.length; i++) {
      const weight = (inTask[i + 1]?.ts ?? end) - inTask[i]!.ts;
      const stack = stackOf(profile, inTask[i]!.node);
      if (!stack.length) continue;
      sampled += weight;
      const leaf = frameName(stack[0]!);
      self.set(leaf, (self.get(leaf) ?? 0) + weight);
      for (const name of new Set(stack.map(frameName))) total.set(name, (total.get(name) ?? 0) + weight);
    }
  }
  if (!sampled) continue;
  console.log(`  self (sampled ${ms(sampled)} ms): ${top(self, 12).map(([name, d]) => `\n    ${ms(d)} ${name}`).join("")}`);
  console.log(`  total: ${top(total, 25).map(([name, d]) => `\n    ${ms(d)} ${name}`).join("")}`);
}
console.log(`\n${tasks.filter((t) => t.dur! >= minMs * 1000).length} tasks ≥ ${minMs} ms of ${tasks.length}; longest ${ms(Math.max(0, ...tasks.map((t) => t.dur!)))} ms`);
