// An anonymous client sending many big uploads at once (each held whole by Next before any action can refuse it):
// the front server lets each client have two under way and answers the rest 429 without passing a byte on.
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startStandIn, type StandIn } from "@/test/next-stand-in";
import { startPageCache } from "@/lib/public/page-cache";
import { parseTrustedProxies } from "@/lib/http/forwarded";
import { isLargeBody, LargeBodyGate } from "@/lib/http/large-bodies";

const MiB = 1024 * 1024;
let upstream: StandIn;
let front: Awaited<ReturnType<typeof startPageCache>>;
let base: { port: number };
/** Bodies the stand-in app has started to receive, by client address. */
const arrived: string[] = [];
/** The stand-in app holds every upload until released, as next-server does while it buffers and parses. */
let releaseAll: () => void = () => {};
let held = new Promise<void>((resolve) => (releaseAll = resolve));

beforeAll(async () => {
  upstream = await startStandIn((request, response) => {
    arrived.push(String(request.headers["x-forwarded-for"]));
    request.resume();
    void held.then(() => {
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("stored");
    });
  });
  base = { port: await freePort() };
  front = await startPageCache({ port: base.port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, trustedProxies: parseTrustedProxies("127.0.0.1") });
});

afterAll(async () => {
  releaseAll();
  await front.close();
  await upstream.close();
});

/** A 5 MB multipart upload to a source page from `client` (loopback is the trusted proxy that names it). */
function upload(client: string, options: { chunked?: boolean } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const file = `--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null,"$K1"]\r\n--b\r\nContent-Disposition: form-data; name="1_file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n${"a".repeat(5 * MiB)}\r\n--b--\r\n`;
    const body = Buffer.from(file);
    const request = http.request(
      {
        host: "127.0.0.1",
        port: base.port,
        method: "POST",
        path: "/sources/import",
        headers: { "x-forwarded-for": client, cookie: "authjs.session-token=made-up", "next-action": "x", "content-type": "multipart/form-data; boundary=b", ...(options.chunked ? {} : { "content-length": body.length }) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

describe("large bodies per client", () => {
  it("two uploads of one client reach the app, the third and a chunked fourth get 429 at once, another client's goes through", async () => {
    held = new Promise<void>((resolve) => (releaseAll = resolve));
    const first = upload("203.0.113.7");
    const second = upload("203.0.113.7");
    await expect.poll(() => arrived.filter((a) => a === "203.0.113.7").length).toBe(2);
    const started = Date.now();
    const third = await upload("203.0.113.7");
    const fourth = await upload("203.0.113.7", { chunked: true });
    expect(third.status).toBe(429);
    expect(third.body).toMatch(/Another large upload of yours is under way/);
    expect(fourth.status).toBe(429);
    expect(Date.now() - started).toBeLessThan(5_000);
    const other = upload("198.51.100.9");
    await expect.poll(() => arrived.filter((a) => a === "198.51.100.9").length).toBe(1);
    expect(arrived.filter((a) => a === "203.0.113.7")).toHaveLength(2);
    releaseAll();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect((await other).status).toBe(200);
    // Done: the client's share is free again.
    held = Promise.resolve();
    expect((await upload("203.0.113.7")).status).toBe(200);
  });

  it("a refused upload's answer reaches a client that writes its whole body before it reads (no reset mid-body)", async () => {
    held = new Promise<void>((resolve) => (releaseAll = resolve));
    const first = upload("192.0.2.61");
    const second = upload("192.0.2.61");
    await expect.poll(() => arrived.filter((a) => a === "192.0.2.61").length).toBe(2);
    const body = Buffer.alloc(8 * MiB, "a");
    const socket = net.connect(base.port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    // Nothing is read until the whole body is written: the answer waits in the socket's buffer meanwhile, as it does
    // for a busy client. A server that closes as soon as it answered resets the connection under the body still
    // arriving, and the reset throws away the answer waiting there.
    socket.pause();
    let failed: string | null = null;
    socket.on("error", (error: NodeJS.ErrnoException) => (failed = error.code ?? "error"));
    socket.write(`POST /sources/import HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 192.0.2.61\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    await Promise.race([new Promise<void>((resolve) => socket.write(body, () => resolve())), closed]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    let answer = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.resume();
    await closed;
    expect(failed).toBeNull();
    expect(answer).toMatch(/^HTTP\/1\.1 429 /);
    expect(answer).toMatch(/Another large upload of yours is under way/);
    releaseAll();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
  });

  it("a client that hangs up mid-upload frees its share", async () => {
    held = new Promise<void>((resolve) => (releaseAll = resolve));
    const socket = net.connect(base.port, "127.0.0.1");
    socket.on("error", () => {});
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.write(`POST /sources/import HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 192.0.2.44\r\nContent-Length: ${20 * MiB}\r\n\r\n${"a".repeat(1000)}`);
    const second = upload("192.0.2.44");
    await expect.poll(() => arrived.filter((a) => a === "192.0.2.44").length).toBe(2);
    expect((await upload("192.0.2.44")).status).toBe(429);
    socket.destroy();
    releaseAll();
    expect((await second).status).toBe(200);
    await expect.poll(async () => (await upload("192.0.2.44")).status).toBe(200);
  });
});

describe("isLargeBody and the gate", () => {
  it("counts only bodies that may pass the ordinary limit, on the paths that allow them", () => {
    expect(isLargeBody("POST", "/sources/import", 5 * MiB)).toBe(true);
    expect(isLargeBody("POST", "/sources/abc?x=1", null)).toBe(true);
    expect(isLargeBody("POST", "/sources/import", 10_000)).toBe(false);
    expect(isLargeBody("GET", "/sources/import", null)).toBe(false);
    expect(isLargeBody("POST", "/desk", null)).toBe(false);
    // Sign-in and the desk's JSON routes take up to 1 MiB: counted too (nobody sends them more than 256 KiB).
    expect(isLargeBody("POST", "/api/auth/callback/credentials", 900_000)).toBe(true);
    expect(isLargeBody("POST", "/api/desk/accounts", 2_000)).toBe(false);
  });

  it("releases once however often the release is called", () => {
    const gate = new LargeBodyGate(1);
    const release = gate.admit("POST", "/sources/import", null, "a")!;
    expect(gate.admit("POST", "/sources/import", null, "a")).toBeNull();
    release();
    release();
    expect(gate.size("a")).toBe(0);
    const again = gate.admit("POST", "/sources/import", null, "a");
    expect(again).not.toBeNull();
    expect(gate.admit("POST", "/sources/import", null, "a")).toBeNull();
  });
});
