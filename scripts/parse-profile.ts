// The parse's CPU by module: parses the big paste (bench/big-paste.ts, 5 MB, 832 articles) N times on this thread
// under V8's sampling profiler and prints each module's self time, garbage collection on its own line.
//   node --import tsx scripts/parse-profile.ts [runs=5] [copies=32]
// The first run warms the JIT and is left out of the profile. NO_PROFILE=1: only the time per parse, unsampled.
import { Session } from "node:inspector/promises";
import { buildBigPaste } from "../bench/big-paste";
import { parseImport } from "../lib/sources/parse-import";

type Node = { id: number; callFrame: { url: string; functionName: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

process.stdout.on("error", () => undefined); // piped into head: stop quietly
const runs = Number(process.argv[2] ?? 5);
const copies = Number(process.argv[3] ?? 32);
const text = buildBigPaste(copies);
parseImport(text, "big-paste.txt");

const sampled = !process.env.NO_PROFILE;
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
if (sampled) await session.post("Profiler.start");
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
let articles = 0;
for (let i = 0; i < runs; i++) articles = parseImport(text, "big-paste.txt").length;
const wall = (performance.now() - wall0) / runs;
const cpu = process.cpuUsage(cpu0);
if (!sampled) {
  console.log(`${(text.length / 1e6).toFixed(2)} M characters, ${articles} articles; per parse: wall ${wall.toFixed(0)} ms, CPU ${((cpu.user + cpu.system) / 1000 / runs).toFixed(0)} ms (process, all threads)`);
  process.exit(0);
}
const { profile } = (await session.post("Profiler.stop")) as { profile: Profile };
session.disconnect();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMs = new Map<string, number>();
const fnMs = new Map<string, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]!)!;
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000 / runs;
  const { url, functionName, lineNumber } = node.callFrame;
  const mod = url ? url.replace(/^.*\/(lib|node_modules)\//, "$1/").replace(/\?.*$/, "") : `(${functionName || "native"})`;
  selfMs.set(mod, (selfMs.get(mod) ?? 0) + ms);
  const fn = `${mod}:${lineNumber + 1} ${functionName || "(anonymous)"}`;
  fnMs.set(fn, (fnMs.get(fn) ?? 0) + ms);
}
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
console.log(`${(text.length / 1e6).toFixed(2)} M characters, ${articles} articles; per parse: wall ${wall.toFixed(0)} ms, CPU ${((cpu.user + cpu.system) / 1000 / runs).toFixed(0)} ms (process, all threads), sampled ${total.toFixed(0)} ms`);
console.log("\nself time per module (ms per parse)");
for (const [mod, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms.toFixed(1).padStart(8)}  ${mod}`);
if (process.env.FUNCTIONS) {
  console.log("\nself time per function (ms per parse)");
  for (const [fn, ms] of [...fnMs].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.FUNCTIONS) || 40)) console.log(`${ms.toFixed(1).padStart(8)}  ${fn}`);
}
