// The client router's requests for a public page (`RSC: 1`: a navigation, or a prefetch of every link in view) were
// never kept: nginx passed them by its copy and the front server by its own, so each visitor's prefetch of each link
// was a render, and a flood of one prefetch rendered the page as often as it was sent. A flight answer is now kept,
// by both, under a key that holds RSC and every router header (state tree, prefetch, segment prefetch, Next-Url), so
// a browser asking for the page's HTML never meets a flight answer, nor a client router the page's HTML, nor a client
// holding other segments another's answer. Counted at a stand-in app behind the real front server and nginx.
import http from "node:http";
import { describe, expect, it } from "vitest";
import { cacheKey } from "@/lib/public/page-cache";
import { contentSecurityPolicy } from "@/lib/public/csp";
import { answerLikeNext, nginxOverStandIn } from "@/test/next-stand-in";

/** Each render that reached the app: its address and whether it was a flight request. */
const renders: { url: string; flight: boolean }[] = [];

const TREE = encodeURIComponent(JSON.stringify(["", { children: ["claims", {}] }, null, null, true]));
const OTHER_TREE = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null, true]));

const stack = nginxOverStandIn((request, response) => {
  const flight = request.headers.rsc === "1";
  renders.push({ url: request.url ?? "", flight });
  if (!flight) return answerLikeNext(request, response);
  // As Next answers the client router: a flight payload for the segments the client does not hold.
  const hashed = request.headers["x-claimdesk-csp"] === "hashes";
  response.writeHead(200, {
    "content-type": "text/x-component",
    "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
    "content-security-policy": contentSecurityPolicy(hashed ? "hashes" : { nonce: "bm9uY2U=" }),
    ...(hashed ? { "x-claimdesk-csp": "hashes" } : {}),
  });
  response.end(`0:{"flight":${JSON.stringify(request.url)},"tree":${JSON.stringify(request.headers["next-router-state-tree"] ?? null)},"prefetch":${JSON.stringify(request.headers["next-router-prefetch"] ?? null)}}\n`);
});

function get(path: string, headers: http.OutgoingHttpHeaders = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: stack.nginx().port, path, headers: { "accept-encoding": "identity", ...headers }, agent: false }, (answer) => {
        let body = "";
        answer.setEncoding("utf8");
        answer.on("data", (chunk) => (body += chunk));
        answer.on("end", () => resolve({ status: answer.statusCode!, headers: answer.headers, body }));
      })
      .on("error", reject);
  });
}

const navigation = { rsc: "1", "next-router-state-tree": TREE };
const prefetch = { rsc: "1", "next-router-prefetch": "1", "next-router-state-tree": TREE };
const rendersOf = (url: string, flight: boolean) => renders.filter((r) => r.url === url && r.flight === flight).length;

describe("the client router's requests for a public page, through nginx and the front server", () => {
  it("a browser asking for the page's HTML never gets a flight answer, and the client router never the HTML", async () => {
    const page = "/claims/a-claim";
    // Flight first, under the page's own address and under its _rsc address: neither is what a browser gets.
    for (const path of [page, `${page}?_rsc=1a2b3`]) {
      const flight = await get(path, navigation);
      expect(flight.headers["content-type"], path).toBe("text/x-component");
    }
    for (let i = 0; i < 3; i++) {
      const html = await get(page, { accept: "text/html" });
      expect(html.headers["content-type"]).toMatch(/^text\/html/);
      expect(html.body).toContain("<html");
    }
    // And the HTML kept first is never a flight request's answer.
    const other = "/en/claims/another-claim";
    expect((await get(other)).body).toContain("<html");
    for (const path of [other, `${other}?_rsc=9z8y7`]) {
      const flight = await get(path, prefetch);
      expect(flight.headers["content-type"], path).toBe("text/x-component");
      expect(flight.body).not.toContain("<html");
    }
  });

  it("renders a flood of one prefetch once per page, and keeps each page's apart", async () => {
    const pages = ["/claims/flooded-claim", "/en/claims/flooded-claim", "/claims?q=nga", "/ledger?supplier=nga"];
    const targets = pages.map((page) => `${page}${page.includes("?") ? "&" : "?"}_rsc=4c5d6`);
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(targets.flatMap((target) => Array.from({ length: 10 }, () => get(target, prefetch))));
      for (const answer of answers) expect(answer.status).toBe(200);
      for (const [i, target] of targets.entries()) {
        const own = answers.slice(i * 10, i * 10 + 10);
        for (const answer of own) expect(answer.body, target).toContain(JSON.stringify(target));
      }
    }
    for (const target of targets) expect(rendersOf(target, true), target).toBe(1);
  });

  it("keeps a client holding other segments, or asking without a prefetch, apart", async () => {
    const target = "/claims/segments-claim?_rsc=7e8f9";
    const asked: Record<string, string>[] = [
      { ...prefetch },
      { ...prefetch, "next-router-state-tree": OTHER_TREE },
      { ...navigation },
      { ...navigation, "next-router-segment-prefetch": "/_tree" },
      { ...navigation, "next-url": "/claims" },
    ];
    for (let round = 0; round < 2; round++) {
      for (const headers of asked) {
        const answer = await get(target, headers);
        expect(answer.body).toContain(JSON.stringify(headers["next-router-state-tree"]));
        expect(answer.body).toContain(`"prefetch":${JSON.stringify(headers["next-router-prefetch"] ?? null)}`);
      }
    }
    expect(rendersOf(target, true)).toBe(asked.length);
  });

  it("passes by both copies what is not a flight request exactly: another RSC value, a prefetch without RSC, a session", async () => {
    const page = "/claims/odd-claim";
    await get(page);
    const before = renders.length;
    // (Not a flight request, a `_rsc` in its address would be sent to the address without it: next-query-keys.test.ts.)
    for (const [target, headers] of [[page, { rsc: "2" }], [page, { "next-router-prefetch": "1" }], [`${page}?_rsc=0a1b2`, { ...navigation, cookie: "authjs.session-token=live" }]] as const) {
      for (let i = 0; i < 2; i++) expect((await get(target, headers)).headers["x-cache-status"], JSON.stringify(headers)).not.toBe("HIT");
    }
    expect(renders.length - before).toBe(6);
    // Router headers holding nginx's key separator are not kept there (two such tuples could spell one key); the front
    // server's key writes each header apart.
    for (let i = 0; i < 2; i++) expect((await get(`${page}?_rsc=0a1b2`, { ...navigation, "next-router-state-tree": "a|b" })).headers["x-cache-status"]).not.toBe("HIT");
    // The page's HTML is still the copy kept for everyone.
    expect((await get(page)).headers["x-cache-status"]).toBe("HIT");
  });

  it("keys a flight request by RSC and every router header at the front server too", () => {
    const key = (headers: http.IncomingHttpHeaders) => cacheKey("GET", "/claims/x?_rsc=abc", headers);
    expect(key({ rsc: "1" })).not.toBeNull();
    expect(key({ rsc: "1" })).not.toBe(cacheKey("GET", "/claims/x", {}));
    expect(new Set([key({ rsc: "1" }), key({ rsc: "1", "next-router-prefetch": "1" }), key({ rsc: "1", "next-router-state-tree": TREE }), key({ rsc: "1", "next-router-segment-prefetch": "/_tree" }), key({ rsc: "1", "next-url": "/claims" })]).size).toBe(5);
    expect(key({ rsc: "2" })).toBeNull();
    // What Next reads as a request for the page's HTML is keyed as one: an empty RSC, router headers without RSC: 1.
    expect(cacheKey("GET", "/claims/x", { rsc: "" })).toBe(cacheKey("GET", "/claims/x", {}));
    expect(cacheKey("GET", "/claims/x", { "next-router-state-tree": TREE, "next-url": "/desk" })).toBe(cacheKey("GET", "/claims/x", {}));
    expect(cacheKey("GET", "/claims/x", { "next-router-prefetch": "1" })).toBeNull();
    // The _rsc key makes no other address cacheable.
    expect(cacheKey("GET", "/desk?_rsc=abc", { rsc: "1" })).toBeNull();
    expect(cacheKey("GET", "/claims/x?_rsc=abc", {})).toBeNull();
  });
});
