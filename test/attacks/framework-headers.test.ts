// Next.js's internal request headers sent by a client, against the front server before a stand-in app that records
// what reaches it. `x-middleware-prefetch: 1` made next-server answer a public page with `{}`; others steered Next's
// middleware (CVE-2025-29927) or its cache (CVE-2024-46982) in versions before ours. None may reach the app.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startStandIn, type StandIn } from "@/test/next-stand-in";
import { startPageCache } from "@/lib/public/page-cache";
import { isFrameworkInternalHeader } from "@/lib/http/framework-headers";

let upstream: StandIn;
const received: http.IncomingHttpHeaders[] = [];

beforeAll(async () => {
  upstream = await startStandIn((request, response) => {
    received.push(request.headers);
    response.writeHead(200, { "content-type": "text/plain", "cache-control": "no-store" });
    response.end("ok");
  });
});

afterAll(() => upstream.close());

const INTERNAL = {
  "x-middleware-prefetch": "1",
  "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware",
  "x-middleware-invoke": "1",
  "x-middleware-override-headers": "cookie",
  "x-middleware-request-cookie": "authjs.session-token=forged",
  "x-invoke-path": "/desk",
  "x-invoke-query": "%7B%7D",
  "x-invoke-status": "200",
  "x-now-route-matches": "1",
  "x-matched-path": "/desk",
  "x-nextjs-data": "1",
  "x-next-revalidated-tags": "a",
  "x-prerender-revalidate": "x",
};

describe("Next's internal request headers", () => {
  it("never reach the app from a client, on pages, routes and server actions; the client's own headers do", async () => {
    const port = await freePort();
    const front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, env: {} });
    try {
      for (const [method, path] of [["GET", "/corrections"], ["GET", "/api/v1/claims"], ["POST", "/desk/claims"]] as const) {
        received.length = 0;
        const status = await new Promise<number>((resolve, reject) => {
          const request = http.request({ host: "127.0.0.1", port, path, method, headers: { host: "localhost", ...INTERNAL, "next-action": "abc", accept: "text/html" }, agent: false }, (answer) => {
            answer.resume();
            answer.on("end", () => resolve(answer.statusCode!));
          });
          request.on("error", reject);
          request.end(method === "POST" ? "[]" : undefined);
        });
        expect(status, path).toBe(200);
        expect(received, path).toHaveLength(1);
        const names = Object.keys(received[0]!);
        expect(names.filter((name) => name in INTERNAL), path).toEqual([]);
        // Next-Action names a server action on a POST only; on a GET the front server drops it (server-action-flood.test.ts).
        expect(received[0]).toMatchObject(method === "POST" ? { "next-action": "abc", accept: "text/html" } : { accept: "text/html" });
      }
    } finally {
      await front.close();
    }
  });

  it("are told apart from the site's own and the browser's headers", () => {
    for (const name of Object.keys(INTERNAL)) expect(isFrameworkInternalHeader(name), name).toBe(true);
    for (const name of ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch", "next-url", "x-claimdesk-refresh", "x-forwarded-for", "x-nonce", "cookie", "accept-language"]) expect(isFrameworkInternalHeader(name), name).toBe(false);
  });
});
