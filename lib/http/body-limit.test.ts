import { describe, expect, it } from "vitest";
import { BODY_LIMITS, bodyLimitFor, BodyTooLargeError, declaredLength, readBodyWithin } from "./body-limit";

/** A body of `total` bytes in 64 KiB chunks, produced only as it is read; `pulled` counts the bytes handed out. */
function streamedBody(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(120);
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) return controller.close();
      const next = chunk.subarray(0, Math.min(chunk.length, total - state.pulled));
      state.pulled += next.length;
      controller.enqueue(next.slice());
    },
  });
  return { stream, state };
}

const post = (url: string, body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit & { duplex: "half" });

describe("bodyLimitFor", () => {
  it("gives import and source pages room for a 20 MB file, auth and desk JSON 1 MiB, the rest little", () => {
    expect(bodyLimitFor("/sources/import")).toBe(BODY_LIMITS.import);
    expect(bodyLimitFor("/sources/0b7c7f44-0000-4000-8000-000000000000?tab=text")).toBe(BODY_LIMITS.import);
    expect(bodyLimitFor("/api/auth/callback/credentials")).toBe(BODY_LIMITS.json);
    expect(bodyLimitFor("/api/desk/accounts")).toBe(BODY_LIMITS.json);
    expect(bodyLimitFor("/")).toBe(BODY_LIMITS.other);
    expect(bodyLimitFor("/sourcesX")).toBe(BODY_LIMITS.other);
    expect(bodyLimitFor("/claims/x")).toBe(BODY_LIMITS.other);
    expect(bodyLimitFor(undefined)).toBe(BODY_LIMITS.other);
    expect(BODY_LIMITS.import).toBeGreaterThan(20 * 1024 * 1024);
    expect(BODY_LIMITS.other).toBeLessThan(BODY_LIMITS.json);
  });

  it("reads a Content-Length only when it is a plain number", () => {
    expect(declaredLength("123")).toBe(123);
    expect(declaredLength(["5", "6"])).toBe(5);
    expect(declaredLength("12abc")).toBeNull();
    expect(declaredLength(undefined)).toBeNull();
  });
});

describe("readBodyWithin", () => {
  it("returns a body within the limit whole", async () => {
    const body = await readBodyWithin(post("http://x/", '{"a":1}', { "content-type": "application/json" }), 100);
    expect(new TextDecoder().decode(body)).toBe('{"a":1}');
  });

  it("refuses by Content-Length before reading a byte", async () => {
    const { stream, state } = streamedBody(60 * 1024 * 1024);
    const error = await readBodyWithin(post("http://x/", stream, { "content-length": String(60 * 1024 * 1024) }), BODY_LIMITS.json).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(error).toMatchObject({ declared: true });
    expect(state.pulled).toBeLessThanOrEqual(64 * 1024); // a stream may pull once ahead, never more
  });

  it("refuses a 5 MB chunked body while it streams, having read little more than the limit", async () => {
    const { stream, state } = streamedBody(5 * 1024 * 1024);
    const error = await readBodyWithin(post("http://x/", stream), BODY_LIMITS.json).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "BodyTooLargeError", declared: false, limit: BODY_LIMITS.json });
    expect(state.pulled).toBeLessThan(BODY_LIMITS.json + 3 * 64 * 1024);
  });
});
