// The front server without CLAIMDESK_ALLOWED_HOSTS or CLAIMDESK_PUBLIC_URL learns the site's host from its visitors.
// It took the first host any request named: one request with a made-up Host, sent first after a start (through nginx,
// whose default server passes any Host), made that host the site's, and every page of the real site was then
// rendered per visitor and answered `private` (so nginx kept nothing either) until the next restart. Now the host most
// client addresses ask for is the site's: one address, one vote.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startPageCache } from "@/lib/public/page-cache";
import { answerLikeNext, startStandIn, type StandIn } from "@/test/next-stand-in";
import { parseTrustedProxies } from "@/lib/http/forwarded";
import { HostPolicy, MAX_VOTERS } from "@/lib/http/allowed-hosts";

let upstream: StandIn;

beforeAll(async () => {
  // Renders like Next behind proxy.ts: hashed when the front server asks, naming the host it was asked for.
  upstream = await startStandIn((request, response) => answerLikeNext(request, response));
});

afterAll(() => upstream.close());

function get(port: number, path: string, headers: http.OutgoingHttpHeaders): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers, agent: false }, (answer) => {
        answer.resume();
        answer.on("end", () => resolve({ status: answer.statusCode!, headers: answer.headers }));
      })
      .on("error", reject);
  });
}

describe("learning the site's host", () => {
  it("a made-up Host sent first does not become the site's: the real site's pages are kept once two visitors ask", async () => {
    const port = await freePort();
    // Behind a trusted proxy (nginx on loopback), which names each visitor's address.
    const front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, env: {}, trustedProxies: parseTrustedProxies("127.0.0.1") });
    try {
      const attacker = { "x-forwarded-for": "203.0.113.9" };
      // The attacker is first, and keeps asking under ever new made-up hosts too.
      expect((await get(port, "/claims/a", { ...attacker, host: "evil.example" })).headers["cache-control"]).toMatch(/public/);
      for (let i = 0; i < 20; i += 1) await get(port, "/claims/a", { ...attacker, host: `evil-${i}.example` });
      await get(port, "/claims/a", { ...attacker, host: "evil.example" });
      // Two visitors of the real site: it leads, and its pages are kept and public from then on.
      await get(port, "/claims/a", { host: "news.example", "x-forwarded-for": "198.51.100.1" });
      await get(port, "/claims/a", { host: "news.example", "x-forwarded-for": "198.51.100.2" });
      const real = await get(port, "/claims/a", { host: "news.example", "x-forwarded-for": "198.51.100.3" });
      expect(real.headers["cache-control"]).toMatch(/^public/);
      expect(real.headers["x-claimdesk-cache"]).toMatch(/hit|miss/);
      expect((await get(port, "/claims/a", { host: "news.example", "x-forwarded-for": "198.51.100.4" })).headers["x-claimdesk-cache"]).toBe("hit");
      // The attacker's host is now rendered for it alone, never kept.
      const forged = await get(port, "/claims/a", { ...attacker, host: "evil.example" });
      expect(forged.headers["cache-control"]).toMatch(/private/);
      expect(forged.headers["x-claimdesk-cache"]).toBeUndefined();
    } finally {
      await front.close();
    }
  });

  it("one address counts once however many hosts or requests it sends; an IPv6 /64 is one address", () => {
    const policy = new HostPolicy({});
    expect(policy.check("news.example", "/", "198.51.100.1")).toBe("allowed");
    for (let i = 0; i < 50; i += 1) policy.check("evil.example", "/", `2001:db8:1:2::${i.toString(16)}`);
    expect(policy.check("news.example", "/", "198.51.100.1")).toBe("allowed");
    expect(policy.check("evil.example", "/", "2001:db8:1:2::ffff")).toBe("uncached");
    // A second real visitor, then a second attacking network: a tie keeps the leader.
    policy.check("news.example", "/", "198.51.100.2");
    policy.check("evil.example", "/", "203.0.113.5");
    expect(policy.check("news.example", "/", "198.51.100.2")).toBe("allowed");
    expect(policy.check("evil.example", "/", "203.0.113.5")).toBe("uncached");
  });

  it("an IPv6 site (/48) is one vote: its holder cycling its /64s does not outvote a small site's visitors", () => {
    const policy = new HostPolicy({});
    for (let i = 1; i <= 20; i += 1) expect(policy.check("news.example", "/", `198.51.100.${i}`)).toBe("allowed");
    for (let i = 0; i < 300; i += 1) policy.check("evil.example", "/", `2001:db8:7:${i.toString(16)}::1`);
    expect(policy.check("news.example", "/", "198.51.100.1")).toBe("allowed");
    expect(policy.check("evil.example", "/", "2001:db8:7:1::1")).toBe("uncached");
    // Visitors from other sites still count one each.
    for (let i = 0; i < 30; i += 1) policy.check("other.example", "/", `2001:db8:${(100 + i).toString(16)}:1::1`);
    expect(policy.check("other.example", "/", "2001:db8:64:1::1")).toBe("allowed");
  });

  it("remembers at most MAX_VOTERS addresses, forgetting those not heard from for longest", () => {
    const policy = new HostPolicy({});
    policy.check("old.example", "/", "192.0.2.1");
    for (let i = 0; i < MAX_VOTERS + 10; i += 1) policy.check("news.example", "/", `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    expect(policy.check("news.example", "/", "10.0.0.1")).toBe("allowed");
    expect(policy.check("old.example", "/", "192.0.2.2")).toBe("uncached");
  });
});
