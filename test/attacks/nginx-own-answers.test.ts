// The answers nginx writes itself (a body over its 24 MB bound, an address or a header too long, a request it cannot
// read, no app behind it) are nginx's HTML pages, and they carried none of the headers every answer of the desk's
// carries: another site could frame them, and a browser could sniff them. They now carry `nosniff`,
// `X-Frame-Options: DENY` and `frame-ancestors 'none'`, while the app's own answers, kept or passed on, keep exactly
// their own headers (a second Content-Security-Policy would be enforced beside the page's, and break it).
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { publicCacheControl } from "@/lib/public/cache-policy";
import { contentSecurityPolicy } from "@/lib/public/csp";
import { nginxAvailable, startNginx, type Nginx } from "@/deploy/nginx";
import { answersGeneration, startStandIn, type StandIn } from "@/test/next-stand-in";

let upstream: StandIn;
let nginx: Nginx;
let orphan: Nginx;

const APP_CSP = contentSecurityPolicy({ nonce: "bm9uY2U=" });

beforeAll(async () => {
  expect(nginxAvailable(), "nginx is missing: apt-get install nginx (.ci/run does)").toBe(true);
  upstream = await startStandIn((request, response) => {
    if (answersGeneration(request, response)) return;
    // As the front server answers a public page: its own policy with a nonce, kept by nginx.
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": publicCacheControl(),
      "content-security-policy": APP_CSP,
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
    });
    response.end("<html>page</html>");
  });
  nginx = await startNginx({ upstreams: [{ host: "127.0.0.1", port: upstream.port }] });
  // nginx with nothing listening behind it: every answer is nginx's own (502, or 500 from the generation check).
  orphan = await startNginx({ upstreams: [{ host: "127.0.0.1", port: await freePort() }] });
});

afterAll(async () => {
  await orphan?.stop();
  await nginx?.stop();
  await upstream?.close();
});

type Answer = { status: number; headers: Record<string, string[]> };

/** Sends `head` (and nothing more) as written and reads the answer's status line and headers, repeated ones kept apart. */
function raw(port: number, head: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let text = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk) => {
      text += chunk;
      const end = text.indexOf("\r\n\r\n");
      if (end < 0) return;
      const [statusLine, ...lines] = text.slice(0, end).split("\r\n");
      const headers: Record<string, string[]> = {};
      for (const line of lines) {
        const colon = line.indexOf(":");
        const name = line.slice(0, colon).trim().toLowerCase();
        (headers[name] ??= []).push(line.slice(colon + 1).trim());
      }
      socket.destroy();
      resolve({ status: Number(statusLine!.split(" ")[1]), headers });
    });
    socket.on("error", reject);
    socket.write(head);
  });
}

const get = (port: number, path: string, extra = "") => raw(port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${extra}Connection: close\r\n\r\n`);

function expectGuarded(answer: Answer): void {
  expect(answer.headers["x-content-type-options"]).toEqual(["nosniff"]);
  expect(answer.headers["x-frame-options"]).toEqual(["DENY"]);
  expect(answer.headers["content-security-policy"]).toHaveLength(1);
  expect(answer.headers["content-security-policy"]![0]).toContain("frame-ancestors 'none'");
}

describe("nginx's own answers", () => {
  it("a body over the bound (413) cannot be framed or sniffed", async () => {
    const answer = await raw(nginx.port, `POST /desk/import HTTP/1.1\r\nHost: 127.0.0.1:${nginx.port}\r\nContent-Type: application/octet-stream\r\nContent-Length: 30000000\r\nConnection: close\r\n\r\n`);
    expect(answer.status).toBe(413);
    expectGuarded(answer);
  });

  it("an address too long (414) cannot be framed or sniffed", async () => {
    const answer = await get(nginx.port, `/claims?q=${"a".repeat(10_000)}`);
    expect(answer.status).toBe(414);
    expectGuarded(answer);
  });

  it("a header too long (400) cannot be framed or sniffed", async () => {
    const answer = await get(nginx.port, "/", `Cookie: x=${"a".repeat(10_000)}\r\n`);
    expect(answer.status).toBe(400);
    expectGuarded(answer);
  });

  it("a request nginx cannot read (400) cannot be framed or sniffed", async () => {
    const answer = await raw(nginx.port, "GET /\x01 HTTP/1.1\r\n\r\n");
    expect(answer.status).toBe(400);
    expectGuarded(answer);
  });

  it("no app behind nginx (5xx) cannot be framed or sniffed", async () => {
    const answer = await get(orphan.port, "/desk");
    expect(answer.status).toBeGreaterThanOrEqual(500);
    expectGuarded(answer);
  });
});

describe("the app's answers through nginx", () => {
  it("keep exactly the app's own headers, passed on and from nginx's copy", async () => {
    for (let i = 0; i < 2; i++) {
      const answer = await get(nginx.port, "/claims");
      expect(answer.status).toBe(200);
      expect(answer.headers["x-cache-status"]).toEqual([i === 0 ? "MISS" : "HIT"]);
      expect(answer.headers["content-security-policy"]).toEqual([APP_CSP]);
      expect(answer.headers["x-frame-options"]).toEqual(["DENY"]);
      expect(answer.headers["x-content-type-options"]).toEqual(["nosniff"]);
    }
  });
});
