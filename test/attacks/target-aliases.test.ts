// A public page asked for under a target Next reads as the same page but the caches do not: an empty query
// ("/claims/x?") or a fragment ("/claims/x#<random>", which no browser sends and RFC 9112's request-target does not
// have). Next read the path before them and rendered the page; nginx and the front server keyed each as an address
// of its own, kept none of them (the front server's pattern of kept addresses matched neither), so every request was a
// render. An empty query is now the page's own address, served from its copy; a fragment is refused.
import { describe, expect, it } from "vitest";
import { frontOverStandIn } from "@/test/next-stand-in";
import { rawHttp as raw, rawStatus as status } from "@/test/raw-http";

const { port: frontPort, reached: renders } = frontOverStandIn({ CLAIMDESK_ALLOWED_HOSTS: "news.example" });

const get = (target: string) => raw(frontPort(), `GET ${target} HTTP/1.1\r\nHost: news.example\r\nConnection: close\r\n\r\n`);

describe("another spelling of a kept page's target", () => {
  it("an empty query is served from the page's copy", async () => {
    for (const page of ["/claims/tau-angara", "/", "/en/corrections", "/ledger"]) {
      expect(status(await get(page))).toBe(200);
      renders.length = 0;
      for (let i = 0; i < 3; i++) {
        const answer = await get(`${page}?`);
        expect(status(answer), page).toBe(200);
        expect(answer, page).toMatch(/\r\nx-claimdesk-cache: hit\r\n/i);
      }
      expect(renders, page).toEqual([]);
    }
  });

  it.each(["/claims/tau-angara#x8f3a", "/#x8f3a", "/claims?q=tau#x8f3a", "/claims/tau-angara?#"])("%s is refused 400 before the app", async (target) => {
    renders.length = 0;
    expect(status(await get(target))).toBe(400);
    expect(renders).toEqual([]);
  });
});
