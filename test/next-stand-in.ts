// A stand-in for Next behind proxy.ts, for tests of the front server (lib/public/page-cache.ts): each page is answered
// private, hashed when the front server asks for hashes, and names the host it was asked for in its canonical link.
import type http from "node:http";
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
