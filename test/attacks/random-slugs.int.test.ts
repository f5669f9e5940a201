// A claim page's slug made up in the slug alphabet (`/claims/<random>`, endless) passed nginx and the front server,
// which keep no 404, to Next: the claim page's two indexed lookups and a whole render each. The front server now asks
// PostgreSQL the same question itself and answers a slug no claim holds, nor ever held, 404 without a render, kept by
// no cache (`no-store`), so a claim published a moment later is read at once: there is no kept 404 to purge.
// Counted at a stand-in app behind a front server reading the real database.
import http from "node:http";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startPageCache } from "@/lib/public/page-cache";
import { answerLikeNext, answersGeneration, startStandIn, type StandIn } from "@/test/next-stand-in";
import { knownClaimSlugs, makeUser, publishClaim } from "@/test/factories";
import { getDb } from "@/lib/db/client";
import { claimPageSlug } from "@/lib/public/missing-claims";
import { parseTrustedProxies } from "@/lib/http/forwarded";
import { nginxAvailable, startNginx, type Nginx } from "@/deploy/nginx";

let upstream: StandIn;
let front: Awaited<ReturnType<typeof startPageCache>>;
let port = 0;
let nginx: Nginx;
const reached: string[] = [];

beforeAll(async () => {
  expect(nginxAvailable(), "nginx is missing: apt-get install nginx (.ci/run does)").toBe(true);
  upstream = await startStandIn((request, response) => {
    if (answersGeneration(request, response)) return;
    reached.push(request.url ?? "");
    answerLikeNext(request, response);
  });
  port = await freePort();
  front = await startPageCache({
    port,
    host: "127.0.0.1",
    upstream: { host: "127.0.0.1", port: upstream.port },
    databaseUrl: process.env.DATABASE_URL,
    listen: false,
    env: { CLAIMDESK_PAGE_RENDERS_PER_MINUTE: "0" },
    trustedProxies: parseTrustedProxies("127.0.0.1"),
  });
  nginx = await startNginx({ upstreams: [{ host: "127.0.0.1", port }] });
});

afterAll(async () => {
  await nginx?.stop();
  await front.close();
  await upstream.close();
});

function get(path: string, headers: http.OutgoingHttpHeaders = {}, to = port): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: to, path, headers: { host: "news.example", ...headers } }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      })
      .on("error", reject);
  });
}

const randomSlug = () => `${randomBytes(6).toString("hex")}-${randomBytes(4).toString("hex")}`;

describe("a claim page whose slug no claim holds", () => {
  it("a flood of random slugs in both languages is answered 404 without one render, kept by no cache", async () => {
    const before = reached.length;
    for (let i = 0; i < 100; i++) {
      const path = i % 2 ? `/en/claims/${randomSlug()}` : `/claims/${randomSlug()}`;
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers["cache-control"], path).toBe("no-store");
      expect(answer.headers["x-frame-options"], path).toBe("DENY");
      expect(answer.body, path).toContain(i % 2 ? "Page not found" : '<html lang="vi">');
      expect(answer.body, path).not.toContain(path.split("/").pop());
    }
    expect(reached.length - before).toBe(0);
  });

  it("a slug a claim holds in any state, or once held, is rendered by the app as before", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    const { id } = await publishClaim(editor, reviewer, { text: "Tàu chở hàng rời cảng Rajin lúc nửa đêm hôm qua", kind: "OTHER" });
    const [claim] = await getDb().$queryRaw<{ slug: string }[]>`SELECT slug FROM "Claim" WHERE id = ${id}::uuid`;
    for (const path of [`/claims/${claim!.slug}`, `/en/claims/${claim!.slug}`]) {
      expect((await get(path)).status, path).toBe(200);
      expect(reached.at(-1), path).toBe(path);
    }
  });

  it("a slug that comes to be a claim's after its 404 is read at once: no 404 was kept", async () => {
    const slug = randomSlug();
    expect((await get(`/claims/${slug}`)).status).toBe(404);
    expect((await get(`/claims/${slug}`)).status).toBe(404);
    const before = reached.length;
    await knownClaimSlugs(slug);
    expect((await get(`/claims/${slug}`)).status).toBe(200);
    expect(reached.slice(before)).toEqual([`/claims/${slug}`]);
  });

  it("through nginx too: each asked twice renders nothing, nginx keeps none, and a slug that comes to be a claim's is read at once", async () => {
    const slug = randomSlug();
    const before = reached.length;
    for (let i = 0; i < 20; i++) {
      const path = i % 2 ? `/en/claims/${randomSlug()}` : `/claims/${slug}`;
      const answer = await get(path, {}, nginx.port);
      expect(answer.status, path).toBe(404);
      expect(answer.headers["x-cache-status"], path).not.toBe("HIT");
    }
    expect(reached.length - before).toBe(0);
    await knownClaimSlugs(slug);
    const found = await get(`/claims/${slug}`, {}, nginx.port);
    expect(found.status).toBe(200);
    expect(reached.slice(before)).toEqual([`/claims/${slug}`]);
  });

  it("answers so the client router's flight requests (with their _rsc), another RSC value, a prefetch and a signed-in visitor too", async () => {
    const slug = randomSlug();
    const before = reached.length;
    for (const [target, headers] of [
      [`/claims/${slug}?_rsc=1ab2c`, { rsc: "1", "next-router-state-tree": "%5B%5D" }],
      [`/claims/${slug}`, { rsc: "2" }],
      [`/claims/${slug}`, { "next-router-prefetch": "1" }],
      [`/claims/${slug}`, { cookie: "authjs.session-token=live" }],
    ] as const) {
      const answer = await get(target, headers);
      expect(answer.status, target).toBe(404);
      expect(answer.headers["content-type"], target).toMatch(/^text\/html/);
    }
    expect(reached.length - before).toBe(0);
    // A made-up query goes on to the page proxy, which sends it to the address without it before anything is read.
    await get(`/en/claims/${slug}?utm_source=x`);
    expect(reached.slice(before)).toEqual([`/en/claims/${slug}?utm_source=x`]);
    reached.splice(before);
    await knownClaimSlugs(slug);
    await get(`/claims/${slug}?_rsc=1ab2c`, { rsc: "1" });
    await get(`/claims/${slug}`, { cookie: "authjs.session-token=live" });
    expect(reached.slice(before)).toEqual([`/claims/${slug}?_rsc=1ab2c`, `/claims/${slug}`]);
    expect(claimPageSlug("/claims")).toBeNull();
    expect(claimPageSlug("/claims/x?q=1")).toBeNull();
    expect(claimPageSlug("/desk/claims/x")).toBeNull();
    expect(claimPageSlug("/en/claims/x")).toEqual({ slug: "x", locale: "en" });
  });
});
