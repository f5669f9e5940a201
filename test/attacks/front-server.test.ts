// An outsider against the front server (lib/public/page-cache.ts) before a stand-in app: forged hosts, floods of
// uncached pages and of connections from one address, request-smuggling shapes, Expect: 100-continue and header floods.
// Each test is one attack and fails if it works.
import http from "node:http";
import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startPageCache } from "@/lib/public/page-cache";
import { answerLikeNext, startStandIn, type StandIn } from "@/test/next-stand-in";
import { parseTrustedProxies } from "@/lib/http/forwarded";
import { rawHttp as raw } from "@/test/raw-http";

let upstream: StandIn;
const seen: { method?: string; url?: string; host?: string; body: string }[] = [];
const started: Awaited<ReturnType<typeof startPageCache>>[] = [];

beforeAll(async () => {
  // Renders like Next behind proxy.ts: every page hashed when the front server asks, naming the host it was asked for.
  upstream = await startStandIn((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      seen.push({ method: request.method, url: request.url, host: String(request.headers["x-forwarded-host"] ?? ""), body });
      answerLikeNext(request, response, `${request.method} ${request.url} ${body}`);
    });
  });
});

afterEach(async () => {
  for (const front of started.splice(0)) await front.close();
  seen.length = 0;
});

afterAll(() => upstream.close());

async function front(env: Record<string, string | undefined>, trusted = false) {
  const port = await freePort();
  const server = await startPageCache({
    port,
    host: "127.0.0.1",
    upstream: { host: "127.0.0.1", port: upstream.port },
    env,
    ...(trusted ? { trustedProxies: parseTrustedProxies("127.0.0.1") } : {}),
  });
  started.push(server);
  return { port, server };
}

function get(port: number, path: string, headers: http.OutgoingHttpHeaders = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers, agent: false }, (answer) => {
        let body = "";
        answer.setEncoding("utf8");
        answer.on("data", (chunk) => (body += chunk));
        answer.on("end", () => resolve({ status: answer.statusCode!, headers: answer.headers, body }));
      })
      .on("error", reject);
  });
}


describe("forged Host headers", () => {
  it("with CLAIMDESK_ALLOWED_HOSTS, another host is answered 421 and never reaches the app; the site's host is kept", async () => {
    const { port, server } = await front({ CLAIMDESK_ALLOWED_HOSTS: "news.example, desk.example:8443" });
    for (let i = 0; i < 20; i += 1) {
      const forged = await get(port, "/claims/a", { host: `evil-${i}.example` });
      expect(forged.status).toBe(421);
    }
    expect((await get(port, "/claims/a", { host: "desk.example:9999" })).status).toBe(421);
    expect(seen).toHaveLength(0);
    expect(server.size()).toBe(0);
    expect((await get(port, "/claims/a", { host: "news.example" })).headers["x-claimdesk-cache"]).toBe("miss");
    // The same site by its default port and in capitals: the same kept page.
    expect((await get(port, "/claims/a", { host: "News.Example:80" })).headers["x-claimdesk-cache"]).toBe("hit");
    expect((await get(port, "/claims/a", { host: "desk.example:8443" })).status).toBe(200);
    // Health checks by address, and the operator on the machine, still answer.
    expect((await get(port, "/api/health", { host: "10.0.0.11:3000" })).status).toBe(200);
    expect((await get(port, "/claims/a", { host: "localhost:3000" })).status).toBe(200);
  });

  it("with CLAIMDESK_PUBLIC_URL alone, its host is the one allowed", async () => {
    const { port } = await front({ CLAIMDESK_PUBLIC_URL: "https://fact.example/" });
    expect((await get(port, "/", { host: "evil.example" })).status).toBe(421);
    expect((await get(port, "/", { host: "fact.example" })).status).toBe(200);
  });

  it("with neither, hosts after the first are rendered for themselves alone: never kept, never evicting the site's pages", async () => {
    const { port, server } = await front({});
    expect((await get(port, "/claims/a", { host: "news.example" })).headers["x-claimdesk-cache"]).toBe("miss");
    expect(server.size()).toBe(1);
    for (let i = 0; i < 30; i += 1) {
      const forged = await get(port, "/claims/a", { host: `evil-${i}.example` });
      expect(forged.status).toBe(200);
      expect(forged.headers["x-claimdesk-cache"]).toBeUndefined();
      expect(forged.headers["cache-control"]).toMatch(/private/);
    }
    expect(server.size()).toBe(1);
    const real = await get(port, "/claims/a", { host: "news.example" });
    expect(real.headers["x-claimdesk-cache"]).toBe("hit");
    expect(real.body).toContain('href="http://news.example/claims/a"');
    expect(real.body).not.toContain("evil");
  });
});

describe("one address asking for pages no cache holds", () => {
  it("gets its render budget, then 429 with Retry-After; kept pages and other addresses are still served", async () => {
    const { port } = await front({ CLAIMDESK_PAGE_RENDERS_PER_MINUTE: "20" }, true);
    const attacker = { host: "localhost", "x-forwarded-for": "203.0.113.66" };
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await get(port, i % 2 ? `/claims/random-${i}` : `/?q=${i}`, attacker)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual(Array(10).fill(429));
    expect(seen).toHaveLength(20);
    const refused = await get(port, "/claims/random-99", attacker);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    // A page kept already costs no render: served to the same address.
    expect((await get(port, "/claims/random-1", attacker)).status).toBe(200);
    expect((await get(port, "/claims/random-50", { host: "localhost", "x-forwarded-for": "198.51.100.7" })).status).toBe(200);
    // The JSON API has its own limit in PostgreSQL and is not counted here.
    expect((await get(port, "/api/v1/claims", attacker)).status).toBe(200);
  });
});

describe("connection floods", () => {
  it("one address holds at most CLAIMDESK_CONNECTIONS_PER_ADDRESS open connections; closing some admits new ones", async () => {
    const { port } = await front({ CLAIMDESK_CONNECTIONS_PER_ADDRESS: "10" });
    const sockets = await Promise.all(
      Array.from({ length: 15 }, () => new Promise<net.Socket>((resolve) => {
        const socket = net.connect(port, "127.0.0.1", () => resolve(socket));
        socket.on("error", () => {});
      })),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const open = sockets.filter((s) => !s.destroyed && s.readyState === "open");
    const answered = await Promise.all(
      sockets.map(
        (socket) =>
          new Promise<boolean>((resolve) => {
            if (socket.destroyed) return resolve(false);
            socket.once("data", () => resolve(true));
            socket.once("close", () => resolve(false));
            socket.write("GET /claims/c HTTP/1.1\r\nHost: localhost\r\n\r\n");
          }),
      ),
    );
    expect(answered.filter(Boolean)).toHaveLength(10);
    expect(open.length).toBeGreaterThanOrEqual(10);
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await get(port, "/claims/c", { host: "localhost" })).status).toBe(200);
  });
});

describe("request smuggling and framing", () => {
  const smuggled = "GET /sources/import?smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n";
  it.each([
    ["Transfer-Encoding and Content-Length", `POST /desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n${smuggled}`],
    ["two Content-Lengths", `POST /desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\nContent-Length: 40\r\n\r\nabcd${smuggled}`],
    ["a space before the colon", `POST /desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding : chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n${smuggled}`],
    ["chunked not last", `POST /desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n${smuggled}`],
    ["an obfuscated encoding", `POST /desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n${smuggled}`],
    ["a bare LF in chunk framing", `POST /desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n4\nabcd\n0\n\n${smuggled}`],
  ])("%s: refused (400, or the connection closed when the body's framing breaks), and no hidden request reaches the app", async (_name, bytes) => {
    const { port } = await front({});
    const answer = await raw(port, bytes);
    expect(answer === "" || /^HTTP\/1\.1 400 /.test(answer), answer).toBe(true);
    expect(answer).not.toContain("/sources/import?smuggled");
    expect(seen.some((request) => request.url === "/sources/import?smuggled")).toBe(false);
  });

  it("a well-formed chunked body passes through whole, and the next request on the connection is its own", async () => {
    const { port } = await front({});
    const answer = await raw(port, `POST /desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n0\r\n\r\nGET /sources/import?after HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expect(answer).toContain("POST /desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b abcd");
    expect(seen.map((request) => [request.method, request.url, request.body])).toEqual([
      ["POST", "/desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b", "abcd"],
      ["GET", "/sources/import?after", ""],
    ]);
  });
});

describe("Expect: 100-continue and header floods", () => {
  it("a body over its path's limit is refused 413 before it is sent; one within it gets 100 Continue and passes", async () => {
    const { port } = await front({});
    const over = await raw(port, `POST /api/desk/claims HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\nExpect: 100-continue\r\n\r\n`);
    expect(over).toMatch(/^HTTP\/1\.1 413 /);
    expect(over).not.toContain("100 Continue");
    expect(seen).toHaveLength(0);
    const within = await new Promise<string>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      let answer = "";
      socket.setEncoding("latin1");
      socket.on("data", (chunk) => {
        answer += chunk;
        if (answer.includes("100 Continue") && !answer.includes("sent")) {
          answer += "sent";
          socket.write("hello");
        }
        if (answer.includes("</html>")) socket.end();
      });
      socket.on("close", () => resolve(answer));
      socket.write(`POST /desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n`);
    });
    expect(within).toMatch(/^HTTP\/1\.1 100 Continue/);
    expect(within).toContain("POST /desk/claims/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b hello");
    expect(seen.map((request) => request.body)).toEqual(["hello"]);
  });

  it("ten thousand headers, or one of 100 KB, get 431 and never reach the app", async () => {
    const { port } = await front({});
    const many = Array.from({ length: 10_000 }, (_, i) => `X-H${i}: v`).join("\r\n");
    expect(await raw(port, `GET /claims/a HTTP/1.1\r\nHost: localhost\r\n${many}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431 /);
    expect(await raw(port, `GET /claims/a HTTP/1.1\r\nHost: localhost\r\nX-Big: ${"a".repeat(100_000)}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431 /);
    expect(seen).toHaveLength(0);
  });
});

describe("the front server's own answers", () => {
  it("421, 429, 413, 400 and the 503 while the app is down cannot be framed or sniffed", async () => {
    const { port } = await front({ CLAIMDESK_ALLOWED_HOSTS: "news.example", CLAIMDESK_PAGE_RENDERS_PER_MINUTE: "1" });
    const framed = (headers: http.IncomingHttpHeaders) => {
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(String(headers["content-security-policy"])).toContain("frame-ancestors 'none'");
    };
    const misdirected = await get(port, "/", { host: "evil.example" });
    expect(misdirected.status).toBe(421);
    framed(misdirected.headers);
    await get(port, "/?q=1", { host: "news.example" });
    const limited = await get(port, "/?q=2", { host: "news.example" });
    expect(limited.status).toBe(429);
    framed(limited.headers);
    const tooLarge = await raw(port, "POST /api/desk/claims HTTP/1.1\r\nHost: news.example\r\nContent-Length: 50000000\r\nConnection: close\r\n\r\n");
    expect(tooLarge).toMatch(/^HTTP\/1\.1 413 [^]*x-frame-options: DENY/i);
    const broken = await raw(port, "GET / HTTP/1.1\r\nHost: news.example\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");
    expect(broken).toMatch(/^HTTP\/1\.1 400 [^]*X-Frame-Options: DENY[^]*frame-ancestors 'none'/);
    const downPort = await freePort();
    const down = await startPageCache({ port: downPort, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: await freePort() }, env: {} });
    started.push(down);
    const unavailable = await get(downPort, "/desk", { host: "localhost" });
    expect(unavailable.status).toBe(503);
    framed(unavailable.headers);
  });
});
