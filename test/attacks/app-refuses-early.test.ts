// An answer from the app that ends before the caller's body is all sent (Next refusing a forwarded body early: too
// large for its own bound, a route that answers before reading) was ended by the front server at once, and the app's
// connection going away under the body still arriving closed the caller's: a client still writing lost the answer
// (the kernel's reset throws away what waits unread). The forwarded answer now lingers as the front server's own
// refusals do (refuseDraining): it is sent at once, and the connection stays open while the rest is read and dropped.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startStandIn, type StandIn } from "@/test/next-stand-in";
import { startPageCache } from "@/lib/public/page-cache";

const MiB = 1024 * 1024;
let upstream: StandIn;
let front: Awaited<ReturnType<typeof startPageCache>>;
let port = 0;
/** Bytes of bodies the stand-in app read before it answered. */
let appRead = 0;

beforeAll(async () => {
  upstream = await startStandIn((request, response) => {
    // Answers before reading the body: "hangs-up" then drops its connection, as a server that will not read a refused
    // body does; "drains" reads and drops the rest, as Node's server does by default.
    request.on("data", (chunk: Buffer) => (appRead += chunk.length));
    request.pause();
    response.writeHead(413, { "content-type": "application/json", "cache-control": "no-store" });
    response.end(JSON.stringify({ error: { code: "TOO_LARGE", message: "refused by the app" } }));
    if (request.url?.includes("hangs-up")) response.once("finish", () => setTimeout(() => request.socket.destroy(), 20));
    else request.resume();
  });
  port = await freePort();
  front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port } });
});

afterAll(async () => {
  await front.close();
  await upstream.close();
});

/** A client that writes its whole body (`size` bytes) before it reads anything, then reads until the connection ends. */
async function writeAllThenRead(path: string, size: number): Promise<{ answer: string; failed: string | null }> {
  const body = Buffer.alloc(size, "a");
  const socket = net.connect(port, "127.0.0.1");
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  socket.pause();
  let failed: string | null = null;
  socket.on("error", (error: NodeJS.ErrnoException) => (failed = error.code ?? "error"));
  socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  await Promise.race([new Promise<void>((resolve) => socket.write(body, () => resolve())), closed]);
  await new Promise((resolve) => setTimeout(resolve, 200));
  let answer = "";
  socket.setEncoding("latin1");
  socket.on("data", (chunk: string) => (answer += chunk));
  socket.resume();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  socket.destroy();
  return { answer, failed };
}

describe("an app's answer before the caller's body is all sent", () => {
  it.each(["/sources/import?hangs-up", "/sources/import?drains"])("%s: a client writing a large body before it reads gets the app's answer", async (path) => {
    const { answer, failed } = await writeAllThenRead(path, 16 * MiB);
    expect(failed).toBeNull();
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain("refused by the app");
    expect(front.heldBodyBytes().now).toBe(0);
  });
});
