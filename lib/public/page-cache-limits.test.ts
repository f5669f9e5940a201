// The front server's body limits before a stand-in app that counts what reaches it: an anonymous 60 MB form post
// to the sign-in callback is refused with 413 without being buffered, declared or chunked alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { BODY_LIMITS } from "@/lib/http/body-limit";
import { startPageCache } from "./page-cache";
import { postLarge as postLargeBody, type LargePostResult } from "@/test/post-large";
import { startStandIn, type StandIn } from "@/test/next-stand-in";

let upstream: StandIn;
/** Bytes the stand-in app received, per request (by its x-test-request header). */
const received = new Map<string, number>();
let requestCount = 0;
let front: Awaited<ReturnType<typeof startPageCache>>;
let port: number;

beforeAll(async () => {
  upstream = await startStandIn((request, response) => {
    const id = String(request.headers["x-test-request"]);
    received.set(id, 0);
    request.on("data", (chunk: Buffer) => received.set(id, (received.get(id) ?? 0) + chunk.length));
    request.on("end", () => response.end("ok"));
    request.on("error", () => {});
  });
  port = await freePort();
  front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port } });
});

afterAll(async () => {
  await front.close();
  await upstream.close();
});

/** A large POST through the front server, tagged so the stand-in app's count of what reached it can be read. */
async function postLarge(path: string, total: number, declared: boolean): Promise<LargePostResult & { forwarded: () => number }> {
  const id = String(++requestCount);
  const result = await postLargeBody({ port, path, total, declared, headers: { "x-test-request": id } });
  return { ...result, forwarded: () => received.get(id) ?? 0 };
}

describe("the front server's body limits", () => {
  it("refuses an anonymous 60 MB post to the sign-in callback by its Content-Length, at once and without buffering it", async () => {
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const result = await postLarge("/api/auth/callback/credentials", 60 * 1024 * 1024, true);
    expect(result.status).toBe(413);
    expect(result.forwarded()).toBe(0);
    expect(result.written).toBeLessThan(60 * 1024 * 1024);
    expect(result.ms).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(8 * 1024 * 1024);
  });

  it("refuses the same post sent chunked once 1 MiB has passed, forwarding no more than that", async () => {
    const rssBefore = process.memoryUsage().rss;
    const result = await postLarge("/api/auth/callback/credentials", 60 * 1024 * 1024, false);
    expect(result.status).toBe(413);
    expect(result.forwarded()).toBeLessThanOrEqual(BODY_LIMITS.json + 64 * 1024);
    expect(result.written).toBeLessThan(60 * 1024 * 1024);
    // The refused rest is read and dropped (so a client that writes before reading still gets its 413); here
    // sender and server share one process, whose socket buffers and uncollected chunks that traffic passes.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(32 * 1024 * 1024);
  });

  it("refuses a 5 MB chunked body to a desk JSON route while it streams, with a JSON error", async () => {
    const result = await postLarge("/api/desk/accounts", 5 * 1024 * 1024, false);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toEqual({ error: { code: "TOO_LARGE", message: "The request body is too large." } });
    expect(result.forwarded()).toBeLessThanOrEqual(BODY_LIMITS.json + 64 * 1024);
  });

  it("passes bodies within each path's limit, and refuses a page form post over the small limit", async () => {
    const upload = await postLarge("/sources/import", 3 * 1024 * 1024, true);
    expect(upload.status).toBe(200);
    expect(upload.forwarded()).toBe(3 * 1024 * 1024);
    expect((await postLarge("/api/desk/accounts", 512 * 1024, false)).status).toBe(200);
    expect((await postLarge("/claims/some-claim", 512 * 1024, true)).status).toBe(413);
    expect((await postLarge("/sources/import", 30 * 1024 * 1024, true)).status).toBe(413);
  });
});
