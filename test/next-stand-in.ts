// A stand-in for Next behind proxy.ts, for tests of the front server (lib/public/page-cache.ts): each page is answered
// private, hashed when the front server asks for hashes, and names the host it was asked for in its canonical link.
import http from "node:http";
import { afterAll, beforeAll, expect } from "vitest";
import { freePort } from "@/lib/free-port";
import { contentSecurityPolicy } from "@/lib/public/csp";
import { startPageCache } from "@/lib/public/page-cache";
import { publicCacheControl } from "@/lib/public/cache-policy";
import { parseTrustedProxies } from "@/lib/http/forwarded";
import { nginxAvailable, startNginx, type Nginx } from "@/deploy/nginx";

export function answerLikeNext(request: http.IncomingMessage, response: http.ServerResponse, extra = ""): void {
  const hashed = request.headers["x-claimdesk-csp"] === "hashes";
  response.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-store",
    "content-security-policy": contentSecurityPolicy(hashed ? "hashes" : { nonce: "bm9uY2U=" }),
    ...(hashed ? { "x-claimdesk-csp": "hashes" } : {}),
  });
  response.end(`<html><link rel="canonical" href="http://${request.headers["x-forwarded-host"]}${request.url}">${extra}</html>`);
}

/**
 * nginx's generation check (deploy/nginx.conf asks /api/cache-generation before it serves a kept page): answered as the
 * app answers it, generation 1. True when `request` was that check and is answered.
 */
export function answersGeneration(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (request.url !== "/api/cache-generation") return false;
  response.writeHead(200, { "content-type": "application/json", "x-claimdesk-generation": "1", "cache-control": publicCacheControl() });
  response.end('{"generation":"1"}');
  return true;
}

export interface StandIn {
  port: number;
  /** Stops it, its open connections closed first. */
  close: () => Promise<void>;
}

/** A stand-in app answering `handler` on a free local port, for the front server to pass requests to. */
export async function startStandIn(handler: http.RequestListener): Promise<StandIn> {
  const server = http.createServer(handler);
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    port,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * The front server over a stand-in app that answers as Next does, for one test file: started before its tests and
 * stopped after them. `reached` holds each target the app was asked for, in order; `port()` and `front()` are the
 * front server's.
 */
export function frontOverStandIn(env: Record<string, string | undefined> = {}): { port: () => number; reached: string[]; front: () => Awaited<ReturnType<typeof startPageCache>> } {
  const reached: string[] = [];
  let upstream: StandIn | undefined;
  let front: Awaited<ReturnType<typeof startPageCache>> | undefined;
  let port = 0;
  beforeAll(async () => {
    upstream = await startStandIn((request, response) => {
      reached.push(request.url ?? "");
      answerLikeNext(request, response);
    });
    port = await freePort();
    front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, env });
  });
  afterAll(async () => {
    await front?.close();
    await upstream?.close();
  });
  return {
    port: () => port,
    reached,
    front: () => {
      if (!front) throw new Error("the front server starts before the file's tests");
      return front;
    },
  };
}

/**
 * A stand-in app behind the real front server and Debian's nginx (deploy/nginx.conf), nginx trusted as the front
 * server's proxy, started before the file's tests and stopped after them. The stand-in answers nginx's generation
 * lookup itself; every other request goes to `handler`. The front server's port is for tests that ask it directly.
 */
export function nginxOverStandIn(handler: http.RequestListener, options: { sessionSecret?: string } = {}): { nginx: () => Nginx; frontPort: () => number } {
  let upstream: StandIn | undefined;
  let front: Awaited<ReturnType<typeof startPageCache>> | undefined;
  let nginx: Nginx | undefined;
  let frontPort = 0;
  beforeAll(async () => {
    expect(nginxAvailable(), "nginx is missing: apt-get install nginx (.ci/run does)").toBe(true);
    upstream = await startStandIn((request, response) => {
      if (!answersGeneration(request, response)) void handler(request, response);
    });
    const nginxPort = await freePort();
    frontPort = await freePort();
    front = await startPageCache({
      port: frontPort,
      host: "127.0.0.1",
      upstream: { host: "127.0.0.1", port: upstream.port },
      env: { CLAIMDESK_PUBLIC_URL: `http://127.0.0.1:${nginxPort}` },
      trustedProxies: parseTrustedProxies("127.0.0.1"),
      ...(options.sessionSecret ? { sessionSecret: options.sessionSecret } : {}),
    });
    nginx = await startNginx({ upstreams: [{ host: "127.0.0.1", port: frontPort }], port: nginxPort });
  });
  afterAll(async () => {
    await nginx?.stop();
    await front?.close();
    await upstream?.close();
  });
  return {
    nginx: () => {
      if (!nginx) throw new Error("nginx starts before the file's tests");
      return nginx;
    },
    frontPort: () => frontPort,
  };
}
