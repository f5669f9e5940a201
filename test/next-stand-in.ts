// A stand-in for Next behind proxy.ts, for tests of the front server (lib/public/page-cache.ts): each page is answered
// private, hashed when the front server asks for hashes, and names the host it was asked for in its canonical link.
import http from "node:http";
import { freePort } from "@/lib/free-port";
import { contentSecurityPolicy } from "@/lib/public/csp";

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
