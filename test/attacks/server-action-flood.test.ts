// Requests naming a server action the build does not have, or posted from another site, against the front server
// before a stand-in app. Next logged a stack trace (or an error line) for each: a flood of them filled the logs. Now
// they are answered before the app (404 with the header Next's client router reads, or 403), the log gets one counted
// line a minute, and the build's own actions still reach the app. A POST to a page is rendered by Next: POSTs are
// counted against the address's render budget as GETs are (other methods on a page are refused before it: 405).
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startStandIn, type StandIn } from "@/test/next-stand-in";
import { startPageCache } from "@/lib/public/page-cache";
import { ACTION_NOT_FOUND_HEADER, ActionRefusalTally, refuseServerAction } from "@/lib/http/server-actions";

const KNOWN = "00c6821b0cc014ac27556d3bc820fc8ecc54530892";
const MADE_UP = ["7f0123456789abcdef0123456789abcdef01234567", "abc", "", "x".repeat(5_000), `${KNOWN}, ${KNOWN}`];

let upstream: StandIn;
const received: { method: string; url: string; headers: http.IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  upstream = await startStandIn((request, response) => {
    received.push({ method: request.method!, url: request.url!, headers: request.headers });
    request.resume();
    response.writeHead(200, { "content-type": "text/plain", "cache-control": "no-store" });
    response.end("ok");
  });
});

afterAll(() => upstream.close());

function send(port: number, method: string, path: string, headers: http.OutgoingHttpHeaders): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path, method, headers: { host: "desk.example", ...headers }, agent: false }, (answer) => {
      let body = "";
      answer.on("data", (chunk: Buffer) => (body += chunk.toString()));
      answer.on("end", () => resolve({ status: answer.statusCode!, headers: answer.headers, body }));
    });
    request.on("error", reject);
    request.end(method === "POST" ? "[]" : undefined);
  });
}

describe("server-action requests the build cannot answer", () => {
  it("are answered before the app, 404 for an unknown id and 403 from another site, with one log line for a flood", async () => {
    const port = await freePort();
    const lines: string[] = [];
    const front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, env: {}, log: (line) => lines.push(line), serverActionIds: new Set([KNOWN]) });
    try {
      received.length = 0;
      for (let i = 0; i < 200; i++) {
        const id = MADE_UP[i % MADE_UP.length]!;
        const answer = await send(port, "POST", i % 2 ? "/corrections" : "/desk/claims", { "next-action": id, "content-type": "text/plain;charset=UTF-8" });
        expect(answer.status, id).toBe(404);
        expect(answer.headers[ACTION_NOT_FOUND_HEADER]).toBe("1");
        expect(answer.headers["cache-control"]).toBe("no-store");
        expect(answer.body).not.toMatch(/at |Error/);
      }
      for (const origin of ["https://evil.example", "null", "http://desk.example.evil.example", "not a url"]) {
        const answer = await send(port, "POST", "/sign-in", { "next-action": KNOWN, origin, "content-type": "text/plain;charset=UTF-8" });
        expect(answer.status, origin).toBe(403);
      }
      expect(received).toEqual([]);
      expect(lines.filter((line) => line.includes("server-action"))).toHaveLength(1);

      // The build's own action, from the site's own page or from a client that sends no Origin, reaches the app.
      for (const headers of [{ origin: "http://desk.example" }, {}]) {
        const answer = await send(port, "POST", "/sign-in", { "next-action": KNOWN, "content-type": "text/plain;charset=UTF-8", ...headers });
        expect(answer.status).toBe(200);
      }
      expect(received.map((r) => [r.method, r.headers["next-action"]])).toEqual([
        ["POST", KNOWN],
        ["POST", KNOWN],
      ]);

      // On a GET the header names no action: the page is asked for as any other visitor's.
      received.length = 0;
      const page = await send(port, "GET", "/corrections", { "next-action": MADE_UP[0] });
      expect(page.status).toBe(200);
      expect(received).toHaveLength(1);
      expect(received[0]!.headers["next-action"]).toBeUndefined();
    } finally {
      await front.close();
    }
  });

  it("count against the address's render budget, as GETs of pages do: a flood of POSTs to pages is refused with 429", async () => {
    const port = await freePort();
    const front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, env: {}, limits: { pageRendersPerMinute: 5, connectionsPerAddress: 100 }, serverActionIds: new Set([KNOWN]) });
    try {
      received.length = 0;
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const [method, headers] = i % 3 === 0 ? ["POST", { "content-type": "application/x-www-form-urlencoded" }] : i % 3 === 1 ? ["POST", { "content-type": "text/plain;charset=UTF-8" }] : ["POST", { "next-action": KNOWN, "content-type": "text/plain;charset=UTF-8" }];
        statuses.push((await send(port, method, `/claims?q=random-${i}`, headers)).status);
      }
      expect(statuses.filter((s) => s === 200)).toHaveLength(5);
      expect(statuses.slice(5)).toEqual(Array(7).fill(429));
      expect(received).toHaveLength(5);
    } finally {
      await front.close();
    }
  });

  it("are passed to the app when there is no build to check ids against (development)", () => {
    expect(refuseServerAction({ method: "POST", action: "abc", origin: undefined, resolvedHost: "desk.example" }, null)).toBeNull();
    expect(refuseServerAction({ method: "POST", action: "abc", origin: "https://evil.example", resolvedHost: "desk.example" }, null)?.status).toBe(403);
  });

  it("are counted: the first told at once, then at most one line a minute with how many came since", () => {
    const tally = new ActionRefusalTally(60_000);
    expect(tally.note("unknown", 0)).toMatch(/refused 1 server-action request /);
    for (let t = 1; t < 60_000; t += 100) expect(tally.note("unknown", t)).toBeNull();
    expect(tally.note("cross-site", 60_000)).toMatch(/refused 601 server-action requests .*cross-site/);
  });
});
