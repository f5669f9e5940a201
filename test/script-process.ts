// A project script run as a process of its own, as `npm run …` would run it: for the tests that start, race or kill
// a migration, a seed or a start against their own database.
import { spawn, type ChildProcess } from "node:child_process";

export interface ScriptEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** What it wrote to stdout and to stderr, in turn. */
  out: string;
  err: string;
}

export interface ScriptRun {
  child: ChildProcess;
  exited: Promise<ScriptEnd>;
}

/**
 * `node --conditions=react-server --import tsx <args>` with `env` over this process's environment, less the owner's
 * database URL (the test's role owns everything, so DATABASE_URL serves as both and no grants are given). The child
 * joins `children` so the file's `afterAll` can kill what is still running.
 */
export function runScript(args: string[], options: { env?: NodeJS.ProcessEnv; children?: Set<ChildProcess> } = {}): ScriptRun {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.CLAIMDESK_OWNER_DATABASE_URL;
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  options.children?.add(child);
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<ScriptEnd>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal, out, err })));
  return { child, exited };
}

/** Kills with SIGKILL every child of `children` still running. */
export function killAll(children: Set<ChildProcess>): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
