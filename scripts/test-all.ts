// `npm test`: type check, lint, unit and integration tests (Vitest, real PostgreSQL), then end-to-end tests
// (Playwright, Chromium), ending with one summary line of passed and failed tests.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const RESULTS = "test-results";
fs.mkdirSync(RESULTS, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  return result.status === 0;
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

const typecheckOk = run("type check", bin("tsc"), ["--noEmit"]);
const lintOk = run("lint", bin("eslint"), ["."]);
const vitestOk = run("unit and integration tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
const e2eOk = run("end-to-end tests", bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });

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
