// Request shapes no browser sends, against the front server before a stand-in app: an absolute-form target (Next
// redirected to its host), TRACE (Next answered 500), a broken escape in the path (500), and no usable Host (the
// app's absolute URLs named `next start`'s private address). Each is answered by the front server; none reaches the
// app. Each test is one attack and fails if it works.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startStandIn, type StandIn } from "@/test/next-stand-in";
import { startPageCache } from "@/lib/public/page-cache";
import { parseTrustedProxies } from "@/lib/http/forwarded";
import { rawHttp as raw, rawStatus as status } from "@/test/raw-http";

let upstream: StandIn;
const seen: { method?: string; url?: string; host?: string }[] = [];
const started: Awaited<ReturnType<typeof startPageCache>>[] = [];

beforeAll(async () => {
  upstream = await startStandIn((request, response) => {
    seen.push({ method: request.method, url: request.url, host: request.headers.host });
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "text/plain", "cache-control": "private, no-store" });
      response.end(`app: ${request.method} ${request.url} host=${request.headers.host}`);
    });
  });
});

afterEach(async () => {
  for (const front of started.splice(0)) await front.close();
  seen.length = 0;
});

afterAll(() => upstream.close());

async function front(trusted = false): Promise<number> {
  const port = await freePort();
  started.push(await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, env: {}, ...(trusted ? { trustedProxies: parseTrustedProxies("127.0.0.1") } : {}) }));
  return port;
}


const request = (line: string, headers: string[] = ["Host: news.example"]) => `${line}\r\n${[...headers, "Connection: close"].join("\r\n")}\r\n\r\n`;

describe("request shapes the app must not see", () => {
  it("refuses an absolute-form or asterisk target with 400: no page is rendered for the target's host, nor redirected to it", async () => {
    const port = await front();
    for (const line of ["GET http://evil.example/claims HTTP/1.1", "GET https://evil.example/ HTTP/1.1", "OPTIONS * HTTP/1.1", "GET evil.example/claims HTTP/1.1"]) {
      const answer = await raw(port, request(line));
      expect(status(answer), line).toBe(400);
      expect(answer).not.toMatch(/location:/i);
    }
    expect(seen).toHaveLength(0);
    // The ordinary form of the same page passes.
    expect(status(await raw(port, request("GET /claims HTTP/1.1")))).toBe(200);
  });

  it("answers TRACE with 405 naming the methods it takes; TRACK and CONNECT are not passed on", async () => {
    const port = await front();
    const trace = await raw(port, request("TRACE /claims HTTP/1.1", ["Host: news.example", "Cookie: authjs.session-token=secret"]));
    expect(status(trace)).toBe(405);
    expect(trace).toMatch(/\r\nallow: GET, HEAD, POST\r\n/i);
    expect(await raw(port, request("TRACE /api/v1/claims HTTP/1.1"))).toMatch(/\r\nallow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\r\n/i);
    // TRACE's old danger (cross-site tracing): the request, cookie included, is never echoed.
    expect(trace).not.toContain("secret");
    // Node's parser refuses TRACK (an unknown method) with 400 itself.
    expect(status(await raw(port, request("TRACK /claims HTTP/1.1")))).toBe(400);
    const connect = await raw(port, request("CONNECT evil.example:443 HTTP/1.1"));
    expect(status(connect) === 0 || status(connect) >= 400, connect).toBe(true);
    expect(seen).toHaveLength(0);
  });

  it("refuses a path with a broken percent escape with 400; the same bytes in the query and well-formed escapes pass", async () => {
    const port = await front();
    for (const path of ["/claims/%ff", "/claims/%E0%A4%A", "/api/v1/claims/%", "/en/claims/%zz", "/claims/%c0%af"]) {
      expect(status(await raw(port, request(`GET ${path} HTTP/1.1`))), path).toBe(400);
    }
    expect(seen).toHaveLength(0);
    const escaped = ["/claims?q=%ff", "/sources/%30b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b", "/desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2%62"];
    for (const path of escaped) {
      expect(status(await raw(port, request(`GET ${path} HTTP/1.1`))), path).toBe(200);
    }
    expect(seen.map((s) => s.url)).toEqual(escaped);
    // Well-formed, but no claim's slug nor source's id can be them: 404 without the app (lib/public/missing-claims.ts,
    // lib/http/id-segments.ts).
    for (const path of ["/claims/tri%E1%BB%81u-ti%C3%AAn", "/claims/a%2Fb", "/sources/tri%E1%BB%81u-ti%C3%AAn", "/sources/a%2Fb"]) expect(status(await raw(port, request(`GET ${path} HTTP/1.1`))), path).toBe(404);
    expect(seen).toHaveLength(3);
  });

  it("refuses a request without one well-formed Host with 400, and gives the app the host it settled on", async () => {
    const port = await front();
    const cases: [string, string[]][] = [
      ["GET / HTTP/1.0", []],
      ["GET / HTTP/1.1", ["Host: "]],
      ["GET / HTTP/1.1", ["Host: localhost:3000@evil.example"]],
      ["GET / HTTP/1.1", ["Host: news.example/evil"]],
      ["GET / HTTP/1.1", ["Host: news.example", "Host: evil.example"]],
      ["GET / HTTP/1.1", ["Host: <script>"]],
    ];
    for (const [line, headers] of cases) expect(status(await raw(port, request(line, headers))), JSON.stringify(headers)).toBe(400);
    expect(seen).toHaveLength(0);
    // A load balancer's health check answers by address or with no Host at all (HTTP/1.0).
    expect(status(await raw(port, request("GET /api/health HTTP/1.0", [])))).toBe(200);
    expect(status(await raw(port, request("GET /api/health HTTP/1.1", ["Host: 10.0.0.11:3000"])))).toBe(200);
    expect(seen.map((s) => s.host)).toEqual(["localhost", "10.0.0.11:3000"]);
  });

  it("behind a trusted proxy, the app's Host is the proxy's X-Forwarded-Host, never an ill-formed Host it passed on", async () => {
    const port = await front(true);
    const answer = await raw(port, request("GET /claims HTTP/1.1", ["Host: internal@upstream", "X-Forwarded-Host: news.example"]));
    expect(status(answer)).toBe(200);
    expect(seen.at(-1)).toMatchObject({ url: "/claims", host: "news.example" });
  });
});
