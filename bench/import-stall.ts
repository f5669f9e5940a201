// The server stays responsive while it imports: /api/health latency, polled one request at a time, while a
// 20 MB file goes through the import preview of the running app (upload, decode, split and clean on the
// import worker, answer). Run alone against a running app: `node --import tsx bench/import-stall.ts URL PASSWORD`.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { percentile } from "./load";
import { metric, type Metric } from "./report";

const ARTICLES = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "articles");
export const IMPORT_BYTES = 20 * 1024 * 1024 - 64 * 1024;
export const HEALTH_GOAL_MS = 200;

/** About 20 MB of real article text: the sample articles, one after another, as one file. */
export function twentyMegabyteFile(): Buffer {
  const texts = fs.readdirSync(ARTICLES).map((name) => fs.readFileSync(path.join(ARTICLES, name)));
  const parts: Buffer[] = [];
  let size = 0;
  for (let i = 0; size < IMPORT_BYTES; i++) {
    const next = texts[i % texts.length]!;
    if (size + next.length + 2 > IMPORT_BYTES) break;
    parts.push(next, Buffer.from("\n\n"));
    size += next.length + 2;
  }
  return Buffer.concat(parts);
}

/** A session cookie for the demo admin (who may import), signed in through Auth.js as the sign-in form does. */
async function signIn(baseUrl: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email: "admin@desk.example", password }),
  });
  const session = answer.headers.getSetCookie().find((c) => /authjs\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in as the demo admin failed (HTTP ${answer.status})`);
  return session.split(";")[0]!;
}

/** Health p95 while the file is previewed; the import's own time and how it ended go in the detail. */
export async function measureHealthDuringImport(metrics: Metric[], baseUrl: string, password: string, log: (line: string) => void): Promise<void> {
  const name = "/api/health p95 during a 20 MB import";
  const goal = { op: "<" as const, value: HEALTH_GOAL_MS };
  try {
    const cookie = await signIn(baseUrl, password);
    const file = twentyMegabyteFile();
    const form = new FormData();
    form.append("files", new File([new Uint8Array(file)], "bench-20mb.txt", { type: "text/plain" }));
    log(`importing a ${(file.length / 1024 / 1024).toFixed(1)} MB file through the preview while polling /api/health…`);
    const started = performance.now();
    let importing = true;
    // The import screen's streamed preview: NDJSON events ending in "done" (previewed) or "error" (refused).
    const imported = fetch(`${baseUrl}/sources/import/preview`, { method: "POST", headers: { cookie, origin: baseUrl }, body: form })
      .then(async (answer) => ({ status: answer.status, text: await answer.text() }))
      .finally(() => (importing = false));
    const latencies: number[] = [];
    let failures = 0;
    while (importing) {
      const sent = performance.now();
      const health = await fetch(`${baseUrl}/api/health`).catch(() => null);
      latencies.push(performance.now() - sent);
      if (health?.status !== 200) failures++;
      await health?.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const answer = await imported;
    const importSeconds = Math.round((performance.now() - started) / 100) / 10;
    const sorted = Float64Array.from(latencies).sort();
    const p95 = Math.round(percentile(sorted, 95));
    const last = answer.text.trim().split("\n").at(-1) ?? "";
    const outcome = answer.status !== 200 ? `HTTP ${answer.status}` : /^\{"type":"done"/.test(last) ? "previewed" : `refused: ${/"message":"([^"]{0,160})/.exec(last)?.[1] ?? "?"}`;
    const detail = `${latencies.length} health answers (${failures} not 200) · p50 ${Math.round(percentile(sorted, 50))} / max ${Math.round(sorted[sorted.length - 1] ?? 0)} ms · import ${importSeconds} s, ${outcome}`;
    metrics.push(metric(name, outcome === "previewed" && failures === 0 ? p95 : null, "ms", goal, detail, { p95, samples: latencies.length, failures, importSeconds, outcome }));
  } catch (error) {
    metrics.push(metric(name, null, "ms", goal, error instanceof Error ? error.message : String(error)));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [baseUrl, password] = process.argv.slice(2);
  if (!baseUrl || !password) {
    console.error("usage: node --import tsx bench/import-stall.ts BASE_URL DEMO_PASSWORD");
    process.exit(2);
  }
  const metrics: Metric[] = [];
  await measureHealthDuringImport(metrics, baseUrl, password, (line) => console.log(`bench: ${line}`));
  console.log(JSON.stringify(metrics, null, 2));
}
