// A desk page whose id cannot be an id (`/desk/claims/<not-a-uuid>`, `/sources/<not-a-uuid>`) read the visitor's
// session, rendered the desk's layout and ran the page's lookup, then rendered the not-found page inside it, for every
// made-up id; the desk's JSON routes under an id read the session and parsed the body first. The front server now
// answers such an address 404 itself, before any read or render: a page's with the site's not-found page, a JSON
// route's with the desk's JSON error. Every dynamic segment under app/ is listed in lib/http/id-segments.ts, checked
// here against app/ itself. Counted in requests reaching a stand-in app behind the real front server.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startPageCache } from "@/lib/public/page-cache";
import { DYNAMIC_SEGMENTS, impossibleId } from "@/lib/http/id-segments";
import { startStandIn, type StandIn } from "@/test/next-stand-in";
import { rawHttp, rawStatus } from "@/test/raw-http";

const APP = path.join(process.cwd(), "app");
const UUID = "0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b";

/** Each dynamic segment's folder under app/, route groups dropped, up to and with the segment. */
function dynamicFolders(dir: string, found: Set<string>): Set<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith("_")) continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith("[")) found.add(`/${path.relative(APP, full).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join("/")}`);
    dynamicFolders(full, found);
  }
  return found;
}

let upstream: StandIn;
let front: Awaited<ReturnType<typeof startPageCache>>;
let port: number;
const reached: string[] = [];

beforeAll(async () => {
  upstream = await startStandIn((request, response) => {
    reached.push(`${request.method} ${request.url}`);
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" });
    response.end("<html><body>rendered</body></html>");
  });
  port = await freePort();
  front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, env: {} });
});

afterAll(async () => {
  await front?.close();
  await upstream?.close();
});

const COOKIE = "authjs.session-token=a-session";

function request(method: string, target: string, body = ""): Promise<string> {
  const head = [`${method} ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, `Cookie: ${COOKIE}`, "Connection: close"];
  if (method !== "GET") head.push("Content-Type: application/json", `Content-Length: ${Buffer.byteLength(body)}`);
  return rawHttp(port, `${head.join("\r\n")}\r\n\r\n${body}`);
}

describe("every dynamic segment under app/", () => {
  it("is listed with what it can hold, or where it is checked", () => {
    const folders = [...dynamicFolders(APP, new Set())].sort();
    expect(folders.length).toBeGreaterThan(5);
    expect(folders).toEqual(DYNAMIC_SEGMENTS.map((s) => s.route).sort());
    for (const segment of DYNAMIC_SEGMENTS) expect(segment.path !== undefined || segment.leftTo !== undefined, segment.route).toBe(true);
  });

  it("an id checked here is a uuid (any case, escaped or not); the static folders beside it are not ids", () => {
    for (const p of [`/desk/claims/${UUID}`, `/desk/claims/${UUID.toUpperCase()}`, `/sources/${UUID}`, "/desk/claims/new", "/sources/import", "/sources/%69mport", `/api/desk/claims/${UUID}/proposals`, "/api/desk/claims/search", "/claims/x", "/desk/claims"]) {
      expect(impossibleId(p), p).toBeNull();
    }
    for (const p of ["/desk/claims/x", "/desk/claims/1", `/desk/claims/${UUID}x`, "/sources/..", "/sources/%E2%80%8B"]) expect(impossibleId(p), p).toBe("page");
    for (const p of ["/api/desk/accounts/x", "/api/desk/accounts/x/held-confirmation", "/api/desk/claims/x/proposals", "/api/desk/proposals/x/review", "/api/desk/proposals/x/withdraw"]) expect(impossibleId(p), p).toBe("json");
  });
});

describe("an address whose id cannot be an id, for a signed-in visitor", () => {
  it("a desk page is answered 404 with the site's not-found page by the front server; nothing reaches the app", async () => {
    reached.length = 0;
    for (const target of ["/desk/claims/not-a-uuid", "/sources/12345", "/desk/claims/%27%20or%201=1", `/desk/claims/${UUID}-x?tab=1`]) {
      const answer = await request("GET", target);
      expect(rawStatus(answer), target).toBe(404);
      expect(answer, target).toMatch(/text\/html/);
      expect(answer, target).toMatch(/no-store/i);
      expect(answer, target).toMatch(/<a href="\/">/);
    }
    expect((await request("POST", "/desk/claims/x", "{}")).startsWith("HTTP/1.1 404")).toBe(true);
    expect(reached, "requests that reached the app").toEqual([]);
  });

  it("a desk JSON route under an id is answered 404 in its JSON shape; nothing reaches the app", async () => {
    reached.length = 0;
    for (const target of ["/api/desk/proposals/x/review", "/api/desk/claims/1/proposals", "/api/desk/accounts/me"]) {
      const answer = await request(target.includes("accounts") ? "PATCH" : "POST", target, '{"decision":"approve"}');
      expect(rawStatus(answer), target).toBe(404);
      expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toEqual({ error: { code: "NOT_FOUND", message: "Not found." } });
    }
    expect(reached).toEqual([]);
  });

  it("a real id, and the static pages beside the ids, still reach the app", async () => {
    reached.length = 0;
    for (const target of [`/desk/claims/${UUID}`, "/desk/claims/new", "/sources/import", `/sources/${UUID}`]) expect(rawStatus(await request("GET", target)), target).toBe(200);
    expect(reached).toEqual([`GET /desk/claims/${UUID}`, "GET /desk/claims/new", "GET /sources/import", `GET /sources/${UUID}`]);
  });
});
