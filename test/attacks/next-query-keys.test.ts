// Next takes some query keys for its own before the page proxy sees the address: the client router's `_rsc` and keys
// under its route-parameter prefixes (`nxtP…`, `nxtI…`). proxy.ts's check that a public address's query is the one the
// site writes never saw them, so `/claims/x?_rsc=<random>` (a browser's request, no RSC header) or
// `/claims?q=nga&nxtPq=<random>` rendered the page anew under an address of its own to nginx and the front server
// each time. The front server now sends such a request to the address without the key before the app; a flight
// request (RSC: 1) keeps its `_rsc`, whose hash Next checks. Counted at a stand-in app behind the front server.
import { describe, expect, it } from "vitest";
import { withoutNextQueryKeys } from "@/lib/http/request-shape";
import { frontOverStandIn } from "@/test/next-stand-in";
import { rawHttp as raw, rawStatus as status } from "@/test/raw-http";

const { port: frontPort, reached } = frontOverStandIn({});

const get = (target: string, headers: string[] = []) => raw(frontPort(), `GET ${target} HTTP/1.1\r\nHost: news.example\r\n${headers.map((h) => `${h}\r\n`).join("")}Connection: close\r\n\r\n`);
const location = (answer: string) => /\r\nlocation: ([^\r]*)/i.exec(answer)?.[1];

describe("a query key Next takes for its own", () => {
  it.each([
    ["/claims/x?_rsc=8f3a2", "/claims/x"],
    ["/claims?q=nga&_rsc=8f3a2", "/claims?q=nga"],
    ["/?%5Frsc=1", "/"],
    ["/claims?q=nga&nxtPq=other", "/claims?q=nga"],
    ["/en/ledger?nxtIslug=x&supplier=nga", "/en/ledger?supplier=nga"],
    ["/sitemap.xml?page=2&_rsc=", "/sitemap.xml?page=2"],
    ["//evil.example/claims?_rsc=1", "/evil.example/claims"],
  ])("on a request for HTML, %s is sent to %s before the app, and the answer is not kept", async (target, to) => {
    const before = reached.length;
    for (let i = 0; i < 2; i++) {
      const answer = await get(target);
      expect(status(answer), target).toBe(308);
      expect(location(answer), target).toBe(to);
      expect(answer).toMatch(/cache-control: no-store/i);
    }
    expect(reached.length - before, target).toBe(0);
  });

  it("keeps a flight request's _rsc (Next checks it against the router headers), but not its nxtP keys", async () => {
    const before = reached.length;
    expect(status(await get("/claims/x?_rsc=8f3a2", ["RSC: 1"]))).toBe(200);
    expect(reached.slice(before)).toEqual(["/claims/x?_rsc=8f3a2"]);
    expect(location(await get("/claims/x?_rsc=8f3a2&nxtPslug=y", ["RSC: 1"]))).toBe("/claims/x?_rsc=8f3a2");
  });

  it("leaves every other query as it is, for the page proxy", () => {
    for (const target of ["/claims?q=nga", "/claims?q=_rsc", "/claims?nxtP=1", "/claims?x_rsc=1", "/claims/x", "/ledger?supplier=nxtPa"]) expect(withoutNextQueryKeys(target, false), target).toBeNull();
  });
});
