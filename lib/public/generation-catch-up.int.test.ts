// Step 4 of lib/public/invalidate.ts on a real database, with the publication notices held back: an instance that
// nginx asks for a newer generation than it has heard of catches up from PostgreSQL before answering — the front
// server drops its kept pages, the search reads the claims published since — so nginx never keeps a stale answer
// under the new key. A visitor's forged generation header changes nothing.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort } from "@/lib/free-port";
import { knownClaimSlugs, makeUser, publishClaim } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { parseTrustedProxies, TRUST_NONE } from "@/lib/http/forwarded";
import { startPageCache } from "./page-cache";
import { contentSecurityPolicy } from "./csp";
import { publicGeneration } from "./generation";
import { generationCatchUp, parseGeneration } from "./invalidate";
import { GENERATION_HEADER } from "./shared-cache";
import { startStandIn, type StandIn } from "@/test/next-stand-in";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

describe("the generation", () => {
  it("counts every published revision, with the newest one's time, and parses back", async () => {
    const before = parseGeneration(await publicGeneration())!;
    await publishClaim(editor, reviewer, { text: "Bình Nhưỡng mở lại đường bay thẳng tới Vladivostok", kind: "OTHER" });
    const after = parseGeneration(await publicGeneration())!;
    expect(after.revisions).toBe(before.revisions + 1);
    expect(after.latest.getTime()).toBeGreaterThanOrEqual(before.latest.getTime());
    expect(parseGeneration("12-1733300000000")).toEqual({ revisions: 12, latest: new Date(1733300000000) });
    expect([parseGeneration("x"), parseGeneration("1-2-3"), parseGeneration(undefined), parseGeneration(" ")]).toEqual([null, null, null, null]);
  });
});

describe("catching up (generationCatchUp)", () => {
  it("reads the database once for many requests, drops only when it is really newer, and ignores an older or forged value", async () => {
    let database = "5-1000";
    let reads = 0;
    const drops: (number | null)[] = [];
    const tracker = generationCatchUp(
      async () => {
        reads += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return database;
      },
      (since) => void drops.push(since?.revisions ?? null),
      () => {},
    );
    await Promise.all([tracker.catchUp("5-1000"), tracker.catchUp("5-1000"), tracker.catchUp("4-900")]);
    expect({ reads, drops }).toEqual({ reads: 1, drops: [null] });
    // Seen already, or older: nothing to wait for.
    expect([tracker.catchUp("5-1000"), tracker.catchUp("3-1"), tracker.catchUp(undefined), tracker.catchUp("nonsense")]).toEqual([null, null, null, null]);
    database = "6-2000";
    await Promise.all([tracker.catchUp("6-2000"), tracker.catchUp("6-2000")]);
    expect({ reads, drops, known: tracker.known()?.revisions }).toEqual({ reads: 2, drops: [null, 5], known: 6 });
    // A forged value beyond the database: nothing dropped. Reads never overlap: a request arriving while one is under
    // way waits for it, then all such requests share one more (the first may predate what nginx saw).
    let overlapping = 0;
    let most = 0;
    const forged = generationCatchUp(
      async () => {
        most = Math.max(most, ++overlapping);
        await new Promise((resolve) => setTimeout(resolve, 20));
        overlapping -= 1;
        reads += 1;
        return database;
      },
      (since) => void drops.push(since?.revisions ?? null),
      () => {},
    );
    forged.assume(parseGeneration(database)!);
    await Promise.all(Array.from({ length: 20 }, () => forged.catchUp("999999-1")));
    expect({ reads, most, drops, known: forged.known()?.revisions }).toEqual({ reads: 4, most: 1, drops: [null, 5], known: 6 });
    // A notice: read again in the background, so the requests after it need not.
    database = "7-3000";
    tracker.heard();
    await vi.waitFor(() => expect(tracker.known()?.revisions).toBe(7));
    expect(tracker.catchUp("7-3000")).toBeNull();
    expect(drops).toEqual([null, 5, 6]);
  });
});

describe("the front server, its notices held back", () => {
  let upstream: StandIn;
  let renders = 0;
  const seen: http.IncomingHttpHeaders[] = [];
  let trusted: Awaited<ReturnType<typeof startPageCache>>;
  let untrusted: Awaited<ReturnType<typeof startPageCache>>;
  let trustedUrl: string;
  let untrustedUrl: string;

  beforeAll(async () => {
    await knownClaimSlugs("catch-up");
    // A stand-in for next start: each render says which one it is.
    upstream = await startStandIn((request, response) => {
      renders += 1;
      seen.push(request.headers);
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": contentSecurityPolicy("hashes"), "x-claimdesk-csp": "hashes" });
      response.end(`<html><body>render ${renders}</body></html>`);
    });
    const start = async (trustedProxies: ReturnType<typeof parseTrustedProxies>) => {
      const port = await freePort();
      // listen: false — this instance never hears the publication notices (as if they were late, or its LISTEN
      // connection were down): only the catch-up can keep it current.
      const server = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, databaseUrl: process.env.DATABASE_URL, listen: false, trustedProxies, env: { CLAIMDESK_CACHE_S_MAXAGE: "30" } });
      return { server, url: `http://127.0.0.1:${port}` };
    };
    ({ server: trusted, url: trustedUrl } = await start(parseTrustedProxies("127.0.0.1")));
    ({ server: untrusted, url: untrustedUrl } = await start(TRUST_NONE));
  });

  afterAll(async () => {
    await trusted?.close();
    await untrusted?.close();
    await upstream.close();
  });

  const page = async (base: string, generation?: string) => {
    const response = await fetch(`${base}/claims/catch-up`, { headers: generation ? { [GENERATION_HEADER]: generation } : {} });
    return { body: await response.text(), state: response.headers.get("x-claimdesk-cache") };
  };

  it("answers nginx's request for a new generation with a new render, not the page it kept", async () => {
    await publishClaim(editor, reviewer, { text: "Nga chuyển giao lô máy bay tiêm kích cho Triều Tiên", kind: "ARMS_TRANSFER" });
    const first = await publicGeneration();
    const kept = await page(trustedUrl, first);
    expect(kept.state).toBe("miss");
    expect(await page(trustedUrl, first)).toEqual({ body: kept.body, state: "hit" });

    // An approval on another instance: this one never hears of it.
    await publishClaim(editor, reviewer, { text: "Triều Tiên nhận lô máy bay tiêm kích từ Nga", kind: "ARMS_TRANSFER" });
    const second = await publicGeneration();
    expect(parseGeneration(second)!.revisions).toBeGreaterThan(parseGeneration(first)!.revisions);
    // Asked under the old key: the kept page is still the right answer.
    expect(await page(trustedUrl, first)).toEqual({ body: kept.body, state: "hit" });
    // Asked under the new key: the front server reads the generation, drops its pages, and renders anew.
    const rendersBefore = renders;
    const fresh = await page(trustedUrl, second);
    expect(fresh.state).toBe("miss");
    expect(fresh.body).not.toBe(kept.body);
    expect(renders).toBe(rendersBefore + 1);
    // next start is told too (its search catches up the same way), and the new page is kept for what follows.
    expect(seen.at(-1)?.[GENERATION_HEADER]).toBe(second);
    expect(await page(trustedUrl, second)).toEqual({ body: fresh.body, state: "hit" });
    expect(await page(trustedUrl)).toEqual({ body: fresh.body, state: "hit" });
  });

  it("ignores the header from a peer that is not a trusted proxy, and a forged value costs no render", async () => {
    const current = await publicGeneration();
    const kept = await page(untrustedUrl);
    expect(await page(untrustedUrl)).toEqual({ body: kept.body, state: "hit" });
    await publishClaim(editor, reviewer, { text: "Hàn Quốc triệu Đại sứ Nga sau chuyến bay của máy bay tiêm kích", kind: "OTHER" });
    const newer = await publicGeneration();
    expect(newer).not.toBe(current);
    // Not from a trusted proxy: not believed, not passed on (it answers as before, under its s-maxage).
    expect(await page(untrustedUrl, newer)).toEqual({ body: kept.body, state: "hit" });
    await (await fetch(`${untrustedUrl}/api/anything`, { headers: { [GENERATION_HEADER]: newer } })).text();
    expect(seen.at(-1)?.[GENERATION_HEADER]).toBeUndefined();
    await (await fetch(`${trustedUrl}/api/anything`, { headers: { [GENERATION_HEADER]: newer } })).text();
    expect(seen.at(-1)?.[GENERATION_HEADER]).toBe(newer);
    // From the trusted proxy, a generation beyond the database: one read, nothing dropped, nothing rendered.
    await page(trustedUrl, newer);
    const rendersBefore = renders;
    const again = await page(trustedUrl, "999999999-1");
    expect(again.state).toBe("hit");
    expect(renders).toBe(rendersBefore);
  });
});

describe("the search of an instance that has not heard of an approval", () => {
  it("finds the claim once asked for the new generation, and not before", async () => {
    // Another process's search: its own module state, and (outside Next) no LISTEN at all, so it hears nothing.
    vi.resetModules();
    const other = await import("./search");
    const find = async () => (await other.searchPublishedClaims({ q: "Kaesong" }, { offset: 0, limit: 20 })).hits.map((h) => h.slug);
    expect(await find()).toEqual([]);
    const before = await publicGeneration();
    const { slug } = await publishClaim(editor, reviewer, { text: "Triều Tiên đóng cửa khu công nghiệp Kaesong lần nữa", kind: "OTHER" });
    const after = await publicGeneration();
    // Its kept answer and its index do not know the claim yet; an older generation asks for nothing new.
    expect(await find()).toEqual([]);
    await other.catchUpSearch(before);
    expect(await find()).toEqual([]);
    // nginx asks for the new generation: the claims published since are read before the search runs.
    await other.catchUpSearch(after);
    expect(await find()).toEqual([slug]);
  });
});
