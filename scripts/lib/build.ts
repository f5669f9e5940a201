// Builds the production bundle only when the sources changed since the last build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "lib", "proxy.ts", "instrumentation.ts", "next.config.js", "tsconfig.json", "package-lock.json", "prisma/schema.prisma", "fixtures"];
const STAMP = ".next/claimdesk-source-hash";

function walk(entry: string, out: string[]) {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) walk(path.join(entry, name), out);
  } else {
    out.push(`${entry}:${stat.size}:${Math.trunc(stat.mtimeMs)}`);
  }
}

export function sourceFingerprint(): string {
  const lines: string[] = [];
  for (const source of SOURCES) walk(source, lines);
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

export function isBuildCurrent(): boolean {
  return fs.existsSync(".next/BUILD_ID") && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === sourceFingerprint();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(" ")} failed (exit ${result.status}).`);
}

/**
 * Held while one process builds, so that another start in the same checkout (the end-to-end suite starts two servers
 * at once) waits for that build instead of writing into .next beside it. Outside .next, which the build clears.
 */
const LOCK = "node_modules/.cache/claimdesk-build.lock";

function holderAlive(): boolean {
  const pid = Number.parseInt(fs.readFileSync(LOCK, "utf8"), 10);
  if (!pid) return true; // just created, its pid not yet written
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function lockBuild(log: (line: string) => void): () => void {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(LOCK, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    try {
      if (!holderAlive()) fs.rmSync(LOCK, { force: true }); // left by a build that was killed
    } catch {
      continue; // released meanwhile
    }
    if (!told) log("Another start is building the app; waiting for it…");
    told = true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
}

/** `prisma generate` then `next build`, in child processes without this process's loader flags. */
export function buildIfNeeded(log: (line: string) => void = console.log): boolean {
  if (isBuildCurrent()) return false;
  const unlock = lockBuild(log);
  try {
    if (isBuildCurrent()) return false; // built by the start this one waited for
    const fingerprint = sourceFingerprint();
    const env = { ...process.env, NODE_OPTIONS: "", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
    log("Building the app (first start, or the sources changed)…");
    run(process.execPath, ["scripts/prisma-generate.mjs"], env);
    run(process.execPath, ["node_modules/next/dist/bin/next", "build"], env);
    fs.writeFileSync(STAMP, fingerprint);
    return true;
  } finally {
    unlock();
  }
}
