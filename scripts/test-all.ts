// `npm test`: type check, lint, unit and integration tests (Vitest, real PostgreSQL), then end-to-end tests
// (Playwright, Chromium), ending with one summary line of passed and failed tests. Stages that use one core each run
// side by side (CI has two): the lint beside the production build that the validators test and the end-to-end
// servers need (scripts/lib/build.ts), then the type check beside Vitest (whose workers take every core: the type
// check's minute of one core is shared with them rather than waited for). The type check comes after the build so it
// covers the route types the build generates (.next/types, in tsconfig's include) and never reads them half written;
// the build skips Next's own type check of the same files. A stage run beside another keeps its output and prints it
// whole when it ends.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const RESULTS = "test-results";
fs.mkdirSync(RESULTS, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** Runs a stage with its output on the console as it comes. */
function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<boolean> {
  console.log(`\n── ${label} ──`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
    child.on("error", (error) => console.error(String(error)));
    child.on("close", (code) => {
      console.log(`── ${label}: ${code === 0 ? "ok" : "FAILED"} in ${seconds(started)} ──`);
      resolve(code === 0);
    });
  });
}

type Buffered = { label: string; ok: boolean; output: string; time: string };

/** Runs a stage in the background with its output (stdout and stderr, interleaved as written) kept for later. */
function runBuffered(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Buffered> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...env, ...extraEnv } });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = (ok: boolean, extra = "") => resolve({ label, ok, output: Buffer.concat(chunks).toString("utf8") + extra, time: seconds(started) });
    child.on("error", (error) => done(false, `\n${String(error)}\n`));
    child.on("close", (code) => done(code === 0));
  });
}

function print(stage: Buffered) {
  console.log(`\n── ${stage.label} ──`);
  if (stage.output.trim()) process.stdout.write(stage.output.endsWith("\n") ? stage.output : `${stage.output}\n`);
  console.log(`── ${stage.label}: ${stage.ok ? "ok" : "FAILED"} in ${stage.time} ──`);
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

const bin = (name: string) => path.join("node_modules", ".bin", name);
const vitestJson = path.join(RESULTS, "vitest.json");
const playwrightJson = path.join(RESULTS, "playwright.json");
fs.rmSync(vitestJson, { force: true });
fs.rmSync(playwrightJson, { force: true });

const [lint, build] = await Promise.all([
  runBuffered("lint", bin("eslint"), ["."]),
  // A failed build is reported here, and again by the tests that need it when they try it once more.
  runBuffered("production build", process.execPath, ["--import", "tsx", "-e", `import("./scripts/lib/build.ts").then((m) => m.buildIfNeeded())`], { CLAIMDESK_BUILD_SKIP_TYPE_CHECK: "1" }),
]);
print(lint);
print(build);
const typecheckRun = runBuffered("type check", bin("tsc"), ["--noEmit"]);
const vitestOk = await run("unit and integration tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
const typecheck = await typecheckRun;
print(typecheck);
const typecheckOk = typecheck.ok;
const lintOk = lint.ok;
const e2eOk = await run("end-to-end tests", bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: { name: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] }[] }[];
};
type PlaywrightSuite = { title: string; specs?: { title: string; ok: boolean; file?: string; line?: number }[]; suites?: PlaywrightSuite[] };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; suites?: PlaywrightSuite[] };
const vitest = readJson<VitestReport>(vitestJson);
const playwright = readJson<PlaywrightReport>(playwrightJson);

/** The failed tests by name, so the last lines of a long log say what broke. */
function failedNames(): string[] {
  const names: string[] = [];
  for (const file of vitest?.testResults ?? []) {
    for (const test of file.assertionResults) {
      if (test.status !== "failed") continue;
      const first = (test.failureMessages?.[0] ?? "").split("\n")[0]?.slice(0, 300) ?? "";
      names.push(`vitest ${path.relative(process.cwd(), file.name)} › ${test.fullName}\n    ${first}`);
    }
  }
  const walk = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) if (!spec.ok) names.push(`playwright ${spec.file ?? suite.title}:${spec.line ?? "?"} › ${spec.title}`);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of playwright?.suites ?? []) walk(suite);
  return names;
}
let passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats.expected ?? 0);
let failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats.unexpected ?? 0) + (playwright?.stats.flaky ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats.skipped ?? 0);
// A stage that failed without reporting (a crash, a type error) still fails the run.
for (const ok of [typecheckOk, lintOk]) {
  if (ok) passed += 1;
  else failed += 1;
}
if (!vitestOk && !vitest?.numFailedTests) failed += 1;
if (!e2eOk && !playwright?.stats.unexpected) failed += 1;

const failures = failedNames();
if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join("\n")}`);
console.log(`\nvitest: ${vitest?.numPassedTests ?? 0} passed, ${vitest?.numFailedTests ?? "?"} failed · playwright: ${playwright?.stats.expected ?? 0} passed, ${playwright?.stats.unexpected ?? "?"} failed · type check: ${typecheckOk ? "ok" : "FAILED"} · lint: ${lintOk ? "ok" : "FAILED"}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(typecheckOk && lintOk && vitestOk && e2eOk && failed === 0 ? 0 : 1);
