// The front server before a stand-in app that hangs: a page render that sends nothing for the render limit is given
// up with the short 503 page, for its visitor and for every visitor waiting on the same render; the next visitor
// gets a fresh render. Answers that are not page renders (an import preview streaming slowly) are never cut.
import { afterAll, beforeAll, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startPageCache } from "./page-cache";
import { startStandIn, type StandIn } from "@/test/next-stand-in";

const RENDER_IDLE_MS = 400;
let upstream: StandIn;
let hang = true;
let renders = 0;
let front: Awaited<ReturnType<typeof startPageCache>>;
let base: string;

beforeAll(async () => {
  upstream = await startStandIn((request, response) => {
    if (request.url === "/claims") {
      renders += 1;
      // Hung: the connection is accepted, nothing is ever sent.
      if (hang) return;
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return void response.end("<!doctype html><p>rendered</p>");
    }
    // A slow stream that is not a page render: a line, a pause three times the render limit, a line.
    response.writeHead(200, { "content-type": "application/x-ndjson" });
    response.write('{"line":1}\n');
    setTimeout(() => response.end('{"line":2}\n'), RENDER_IDLE_MS * 3);
  });
  const port = await freePort();
  front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, renderIdleMs: RENDER_IDLE_MS });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await front.close();
  await upstream.close();
});

async function get(path: string): Promise<{ status: number; body: string; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.text(), ms: Date.now() - started };
}

it("gives up a hung page render with a 503, for its visitor and those waiting on it, then renders anew", async () => {
  const [first, second] = await Promise.all([get("/claims"), get("/claims")]);
  for (const answer of [first, second]) {
    expect(answer.status).toBe(503);
    expect(answer.ms).toBeGreaterThanOrEqual(RENDER_IDLE_MS - 50);
    expect(answer.ms).toBeLessThan(5_000);
  }
  // The second visitor waited on the first one's render, then rendered anew: two renders, not more.
  expect(renders).toBe(2);
  hang = false;
  const third = await get("/claims");
  expect(third.status).toBe(200);
  expect(third.body).toContain("rendered");
});

it("never cuts an answer that is not a page render, however long it pauses", async () => {
  const answer = await get("/sources/import/preview");
  expect(answer.status).toBe(200);
  expect(answer.body).toBe('{"line":1}\n{"line":2}\n');
  expect(answer.ms).toBeGreaterThanOrEqual(RENDER_IDLE_MS * 3 - 50);
});
