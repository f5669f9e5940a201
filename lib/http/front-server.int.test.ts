// The front server (lib/public/page-cache.ts) decides who is calling: a client rotating X-Forwarded-For gets
// neither a fresh public API budget nor fresh sign-in attempts, and the audit trail records the socket address.
// The stand-in app behind it runs the real clientIp, public API wrapper and authenticate on a real database.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startPageCache } from "@/lib/public/page-cache";
import { clientIp } from "@/lib/auth/client-ip";
import { authenticate } from "@/lib/auth/authenticate";
import { PAIR_MAX_FAILURES } from "@/lib/auth/throttle-rules";
import { getDb } from "@/lib/db/client";
import { makeUser, TEST_PASSWORD } from "@/test/factories";
import { parseTrustedProxies } from "./forwarded";
import { startStandIn, type StandIn } from "@/test/next-stand-in";

process.env.CLAIMDESK_API_RATE_LIMIT = "3";
let upstream: StandIn;
const fronts: Awaited<ReturnType<typeof startPageCache>>[] = [];
let untrusted: string;
let trusted: string;

function toHeaders(request: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
  return headers;
}

beforeAll(async () => {
  const { publicApiRoute } = await import("@/lib/public/api-route");
  const api = publicApiRoute(async () => ({ ok: true }));
  upstream = await startStandIn(async (request, response) => {
    const headers = toHeaders(request);
    if (request.url === "/sources/import?echo") {
      const echoed = Object.fromEntries(["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-real-ip", "forwarded", "x-forwarded-port"].map((n) => [n, request.headers[n] ?? null]));
      response.writeHead(200, { "content-type": "application/json" });
      return response.end(JSON.stringify(echoed));
    }
    if (request.url === "/api/v1/claims") {
      const answer = await api(new Request("http://app/api/v1/claims", { headers }), { params: Promise.resolve({}) });
      response.writeHead(answer.status, { "content-type": "application/json" });
      return response.end(await answer.text());
    }
    if (request.url?.startsWith("/sign-in?")) {
      const params = new URL(request.url, "http://app").searchParams;
      try {
        await authenticate({ email: params.get("email"), password: params.get("password") }, clientIp(headers));
        response.end("ok");
      } catch (error) {
        response.end((error as { code?: string }).code ?? "ERROR");
      }
      return;
    }
    response.writeHead(404);
    response.end();
  });
  const start = async (trustedProxies?: ReturnType<typeof parseTrustedProxies>) => {
    const port = await freePort();
    fronts.push(await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, trustedProxies }));
    return `http://127.0.0.1:${port}`;
  };
  untrusted = await start();
  trusted = await start(parseTrustedProxies("127.0.0.1, ::1"));
});

afterAll(async () => {
  for (const front of fronts) await front.close();
  await upstream.close();
});

let rotation = 0;
const rotated = () => ({ "x-forwarded-for": `198.51.100.${(rotation++ % 250) + 1}`, "x-real-ip": `192.0.2.${(rotation % 250) + 1}` });

describe("the front server's forwarding headers", () => {
  it("replaces whatever an untrusted client sent with the socket's address, host and protocol", async () => {
    const answer = await fetch(`${untrusted}/sources/import?echo`, {
      headers: { "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-real-ip": "6.6.6.6", forwarded: "for=6.6.6.6", "x-forwarded-port": "1" },
    });
    expect(await answer.json()).toEqual({
      "x-forwarded-for": "127.0.0.1",
      "x-forwarded-host": new URL(untrusted).host,
      "x-forwarded-proto": "http",
      "x-real-ip": null,
      forwarded: null,
      "x-forwarded-port": null,
    });
  });

  it("takes the client a trusted proxy names, walking past trusted hops from the right", async () => {
    const answer = await fetch(`${trusted}/sources/import?echo`, { headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.7", "x-forwarded-host": "desk.example", "x-forwarded-proto": "https" } });
    expect(await answer.json()).toMatchObject({ "x-forwarded-for": "198.51.100.7", "x-forwarded-host": "desk.example", "x-forwarded-proto": "https" });
  });
});

describe("rotating X-Forwarded-For from an untrusted peer", () => {
  it("does not bypass the public API limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${untrusted}/api/v1/claims`, { headers: rotated() })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it("does not bypass the sign-in throttle, and the audit trail records the socket address", async () => {
    const user = await makeUser();
    const guess = async (password: string) => (await fetch(`${untrusted}/sign-in?${new URLSearchParams({ email: user.email, password })}`, { headers: rotated() })).text();
    // The first guesses answer at once; then the address waits after each failure (1 s, then 2 s): a rotated header
    // was a fresh address with no wait. The waits are read by their outcome, not by a clock, so a slow machine (where
    // a wait may pass between two guesses) gives the same count of failures.
    const outcomes: string[] = [];
    for (let i = 0; outcomes.filter((o) => o === "UNAUTHENTICATED").length < PAIR_MAX_FAILURES && i < 40; i++) {
      outcomes.push(await guess(`guess-${i}`));
      if (outcomes.at(-1) === "RATE_LIMITED") await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(outcomes.slice(0, 3)).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED"]);
    expect(outcomes).toContain("RATE_LIMITED");
    expect(outcomes.filter((o) => o === "UNAUTHENTICATED")).toHaveLength(PAIR_MAX_FAILURES);
    // Five failures of one e-mail from one address hold that pair for the whole window, however long the guesses
    // took: with each guess from a "new" address, the right password would sign in.
    expect(await guess(TEST_PASSWORD)).toBe("RATE_LIMITED");
    const events = await getDb().auditEvent.findMany({ where: { action: { startsWith: "auth.signIn" } }, select: { ip: true } });
    expect(events.length).toBeGreaterThanOrEqual(6);
    expect(new Set(events.map((e) => e.ip))).toEqual(new Set(["127.0.0.1"]));
  });
});
