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

/** `prisma generate` then `next build`, in child processes without this process's loader flags. */
export function buildIfNeeded(log: (line: string) => void = console.log): boolean {
  if (isBuildCurrent()) return false;
  const fingerprint = sourceFingerprint();
  const env = { ...process.env, NODE_OPTIONS: "", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  log("Building the app (first start, or the sources changed)…");
  run(process.execPath, ["scripts/prisma-generate.mjs"], env);
  run(process.execPath, ["node_modules/next/dist/bin/next", "build"], env);
  fs.writeFileSync(STAMP, fingerprint);
  return true;
}
