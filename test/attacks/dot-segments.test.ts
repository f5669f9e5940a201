// Next reads a request's path through WHATWG's URL, which removes dot segments, so `/claims/./x`, `/claims/%2e/x`,
// `/claims/any/../x` and `/en/%2E%2e/claims/x` each rendered the claim page they name, while nginx and the front
// server key on the target as sent: every spelling (endless: `/claims/<random>/../x`) passed both copies to a render
// and a database read, and the page was never kept under it. Browsers remove dot segments before sending a path, so
// the front server refuses one that holds any, 400, before the app. Counted at a stand-in app behind it.
import { describe, expect, it } from "vitest";
import { hasDotSegment } from "@/lib/http/request-shape";
import { frontOverStandIn } from "@/test/next-stand-in";
import { rawHttp as raw, rawStatus as status } from "@/test/raw-http";

const { port: frontPort, reached, front } = frontOverStandIn({});

const get = (target: string) => raw(frontPort(), `GET ${target} HTTP/1.1\r\nHost: news.example\r\nConnection: close\r\n\r\n`);

describe("a path holding dot segments", () => {
  it.each(["/claims/./x", "/claims/%2e/x", "/claims/%2E/x", "/claims/y/../x", "/claims/y/%2e%2E/x", "/claims/y/.%2e/x", "/en/../claims/x", "/claims/x/.", "/claims/x/..?q=1", "/claims\\..\\x", "/api/v1/claims/./x", "/feed.xml/..", "/_next/static/../../desk"])(
    "%s is refused 400 before the app, and never kept",
    async (target) => {
      const before = reached.length;
      for (let i = 0; i < 2; i++) {
        const answer = await get(target);
        expect(status(answer), target).toBe(400);
        expect(answer).toMatch(/cache-control: no-store/i);
      }
      expect(reached.length - before, target).toBe(0);
    },
  );

  it.each(["/claims/x", "/api/v1/claims/x.y", "/api/v1/claims/...", "/api/v1/claims/..x", "/api/v1/claims/x..", "/api/v1/claims/.well-known", "/claims?q=..", "/claims?q=%2e%2e/x"])("%s passes (no dot segment in its path)", async (target) => {
    front().clear();
    const before = reached.length;
    expect(status(await get(target)), target).toBe(200);
    expect(reached.slice(before), target).toEqual([target]);
    expect(hasDotSegment(target.split("?")[0]!)).toBe(false);
  });

  it("matches what WHATWG's URL removes", () => {
    for (const path of ["/a/./b", "/a/%2e/b", "/a/../b", "/a/.%2E/b", "/a/%2e./b", "/a/b/..", "/a/b/."]) {
      expect(new URL(path, "http://n").pathname, path).not.toBe(path);
      expect(hasDotSegment(path), path).toBe(true);
    }
    for (const path of ["/a/.../b", "/a/..b/c", "/a/b../c", "/a/%2e%2e%2e/b", "/a/.b"]) {
      expect(new URL(path, "http://n").pathname, path).toBe(path);
      expect(hasDotSegment(path), path).toBe(false);
    }
  });
});
