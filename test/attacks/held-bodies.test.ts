// The front server reads a server action's body whole to check it before the app sees it (lib/http/form-body.ts).
// Two at once per client bound one client, not a crowd: many addresses each sending a 24 MiB upload slowly made the
// process hold them all. Here many clients send at once, with a declared length and without, slowly: the bytes held
// never pass the bound, the clients over it get 503 with Retry-After at once, and once the others are done an upload
// goes through again.
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startStandIn, type StandIn } from "@/test/next-stand-in";
import { startPageCache } from "@/lib/public/page-cache";
import { parseTrustedProxies } from "@/lib/http/forwarded";
import { HeldBodyBytes } from "@/lib/http/large-bodies";

const MiB = 1024 * 1024;
const BOUND = 12 * MiB;
let upstream: StandIn;
let front: Awaited<ReturnType<typeof startPageCache>>;
let port: number;

beforeAll(async () => {
  upstream = await startStandIn((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("stored");
    });
  });
  port = await freePort();
  front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, trustedProxies: parseTrustedProxies("127.0.0.1"), heldBodyBytes: BOUND });
});

afterAll(async () => {
  await front.close();
  await upstream.close();
});

const HEAD = '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null,"$K1"]\r\n--b\r\nContent-Disposition: form-data; name="1_file"; filename="a.txt"\r\n\r\n';
const TAIL = "\r\n--b--\r\n";

/**
 * An upload of `size` bytes to the import page from `client`, sent in 1 MiB pieces with a pause after the first
 * `pauseAfter`, until `go` resolves: the answer's status and Retry-After.
 */
function slowUpload(client: string, size: number, options: { declared: boolean; pauseAfter: number; go: Promise<void> }) {
  const body = Buffer.from(HEAD + "a".repeat(size - HEAD.length - TAIL.length) + TAIL);
  // Sent after "100 Continue" as a browser's upload may be: a caller refused at once gets the answer before sending.
  return new Promise<{ status: number | "reset"; retryAfter?: string }>((resolve) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/sources/import",
        agent: false,
        headers: { expect: "100-continue", "x-forwarded-for": client, "next-action": "x", "content-type": "multipart/form-data; boundary=b", ...(options.declared ? { "content-length": body.length } : {}) },
      },
      (response) => {
        // The answer counts as soon as it comes: a refused caller's connection is closed while it may still be sending.
        resolve({ status: response.statusCode ?? 0, retryAfter: response.headers["retry-after"] });
        response.resume();
      },
    );
    // A caller refused mid-body and still sending is cut off (the front server discards only so much): its connection
    // may be reset before it reads the answer.
    request.on("error", () => resolve({ status: "reset" }));
    request.once("continue", () => void (async () => {
      for (let at = 0; at < body.length; at += MiB) {
        if (at === options.pauseAfter * MiB) await options.go;
        if (request.destroyed) return;
        await new Promise<void>((done) => request.write(body.subarray(at, at + MiB), () => done()));
      }
      request.end();
    })().catch(() => {}));
  });
}

describe("the bytes of bodies the front server holds at once", () => {
  it("never pass the bound, however many clients send at once; those over it get 503 with Retry-After", async () => {
    let go: () => void = () => {};
    const gate = new Promise<void>((resolve) => (go = resolve));
    // Twelve clients, each within its own share of two: six declaring 5 MiB, six sending 5 MiB without a length.
    const uploads = Array.from({ length: 12 }, (_, i) => slowUpload(`198.51.100.${i + 1}`, 5 * MiB, { declared: i % 2 === 0, pauseAfter: 3, go: gate }));
    await expect.poll(() => front.heldBodyBytes().now, { timeout: 10_000 }).toBeGreaterThan(BOUND - 5 * MiB);
    go();
    const answers = await Promise.all(uploads);
    expect(front.heldBodyBytes().highest).toBeLessThanOrEqual(BOUND);
    // The callers that declared a length past what is left are answered before they send a byte.
    const refused = answers.filter((a) => a.status === 503);
    expect(answers.filter((a, i) => i % 2 === 0 && a.status === 503).length).toBeGreaterThan(0);
    expect(refused.every((a) => a.retryAfter === "10")).toBe(true);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(0);
    expect(answers.every((a) => a.status === 200 || a.status === 503 || a.status === "reset")).toBe(true);
    // All done: nothing is held, and an upload goes through again.
    await expect.poll(() => front.heldBodyBytes().now).toBe(0);
    expect((await slowUpload("203.0.113.5", 5 * MiB, { declared: true, pauseAfter: 0, go: Promise.resolve() })).status).toBe(200);
  }, 30_000);

  it("holds only what arrived; refuses at once a declared length that cannot fit; gives each back once", () => {
    const held = new HeldBodyBytes(10);
    const declared = held.hold(6)!;
    expect(held.size().now).toBe(0);
    expect(declared.grow(6)).toBe(true);
    expect(held.hold(5)).toBeNull();
    const chunked = held.hold(0)!;
    expect(chunked.grow(4)).toBe(true);
    expect(chunked.grow(1)).toBe(false);
    declared.release();
    declared.release();
    expect(held.size()).toEqual({ now: 4, highest: 10 });
    expect(chunked.grow(6)).toBe(true);
    chunked.release();
    expect(held.size().now).toBe(0);
    expect(new HeldBodyBytes(0).hold(10 ** 12)).not.toBeNull();
  });

  it("a caller that declares a large body and sends nothing holds nothing, and is dropped once silent", async () => {
    const idlePort = await freePort();
    const idleFront = await startPageCache({ port: idlePort, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, heldBodyBytes: BOUND, bodyIdleMs: 300 });
    try {
      // Two: the share of one client (lib/http/large-bodies.ts).
      const silent = Array.from({ length: 2 }, () => net.connect(idlePort, "127.0.0.1"));
      const closed = silent.map((socket) => new Promise<void>((resolve) => socket.on("close", () => resolve()).on("error", () => {})));
      for (const socket of silent) {
        socket.write(`POST /sources/import HTTP/1.1\r\nHost: 127.0.0.1:${idlePort}\r\nNext-Action: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: ${5 * MiB}\r\n\r\n`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(idleFront.heldBodyBytes().now).toBe(0);
      await Promise.all(closed);
    } finally {
      await idleFront.close();
    }
  });
});
