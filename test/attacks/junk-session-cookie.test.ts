// A session cookie passed both caches: nginx's map and the front server took any cookie under Auth.js's session names
// for a signed-in visitor and let the request past their copies to a render of its own, while Auth.js reads a made-up,
// cut, expired or foreign-sealed one as signed out. So anyone rendered public pages at will, and read the feed, the
// sitemap and the API from the database at will, by sending `authjs.session-token=x`. Now the front server opens the
// cookie (lib/auth/session-cookie.ts) and answers one that is no session from the copy kept for everyone, and nginx
// keeps the answers that never read a session whatever cookie comes (deploy/nginx.conf). Counted in renders and reads
// at a stand-in app behind the real front server and nginx.
import http from "node:http";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { publicCacheControl } from "@/lib/public/cache-policy";
import { holdsSession, withoutSessionCookies } from "@/lib/auth/session-cookie";
import { sessionCookieName } from "@/lib/auth/auth.config";
import { answerLikeNext, nginxOverStandIn } from "@/test/next-stand-in";

const SECRET = "a-secret-of-this-desk-only-32-characters-long";
const NAME = sessionCookieName(false);

/** What reached the app: each page render and each read of a route (path and whether a session cookie came with it). */
const reached: { url: string; session: boolean }[] = [];

const seal = (token: Record<string, unknown>, options: { secret?: string; maxAge?: number; salt?: string } = {}) =>
  encode({ token, secret: options.secret ?? SECRET, salt: options.salt ?? NAME, maxAge: options.maxAge ?? 3600 });

const stack = nginxOverStandIn((request, response) => {
  reached.push({ url: request.url ?? "", session: /authjs\.session-token/.test(String(request.headers.cookie ?? "")) });
  if (request.url === "/feed.xml" || request.url === "/sitemap.xml" || request.url?.startsWith("/api/v1/")) {
    // As the routes answer: public, the same for everyone, never reading a session.
    response.writeHead(200, { "content-type": "application/xml", "cache-control": publicCacheControl(), etag: 'W/"feed"' });
    return void response.end("<feed/>");
  }
  answerLikeNext(request, response);
}, { sessionSecret: SECRET });

function get(port: number, path: string, headers: http.OutgoingHttpHeaders = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers: { "accept-encoding": "identity", ...headers }, agent: false }, (answer) => {
        let body = "";
        answer.setEncoding("utf8");
        answer.on("data", (chunk) => (body += chunk));
        answer.on("end", () => resolve({ status: answer.statusCode!, headers: answer.headers, body }));
      })
      .on("error", reject);
  });
}

/** Cookies that are no session to Auth.js: each is read by it as signed out. */
async function junkCookies(): Promise<string[]> {
  const live = await seal({ sub: "someone", sid: "s" });
  return [
    `${NAME}=x`,
    `${NAME}=${"A".repeat(3000)}`,
    `__Secure-${NAME}=x; __Host-${NAME}=y`,
    `theme=dark; ${NAME}=${live.slice(0, -8)}`,
    `${NAME}=${await seal({ sub: "someone" }, { secret: "another-desk-secret-of-32-characters-or-more" })}`,
    `${NAME}=${await seal({ sub: "someone" }, { maxAge: -60 })}`,
    // Sealed for the https name, sent under the http one (the name is the key's salt).
    `${NAME}=${await seal({ sub: "someone" }, { salt: sessionCookieName(true) })}`,
    `${NAME}.0=${live.slice(0, 20)}; ${NAME}.1=zz`,
  ];
}

describe("a session cookie that is no session", () => {
  it("is answered from the front server's copy of a public page, never rendered", async () => {
    const host = `127.0.0.1:${stack.nginx().port}`;
    const pages = ["/claims/a-claim", "/en/corrections", "/ledger?supplier=Nga"];
    for (const page of pages) expect((await get(stack.frontPort(), page, { host })).status).toBe(200);
    const before = reached.length;
    for (const cookie of await junkCookies()) {
      for (const page of pages) {
        const answer = await get(stack.frontPort(), page, { host, cookie });
        expect(answer.status, `${page} ${cookie.slice(0, 40)}`).toBe(200);
        expect(answer.headers["x-claimdesk-cache"], `${page} ${cookie.slice(0, 40)}`).toBe("hit");
      }
    }
    expect(reached.slice(before), "renders for made-up session cookies").toEqual([]);
  });

  it("is rendered for the visitor without it when no copy is kept yet, and that render is kept", async () => {
    const host = `127.0.0.1:${stack.nginx().port}`;
    const before = reached.length;
    const first = await get(stack.frontPort(), "/claims/another-claim", { host, cookie: `lang=en; ${NAME}=x` });
    expect(first.headers["x-claimdesk-cache"]).toBe("miss");
    expect(reached.slice(before)).toEqual([{ url: "/claims/another-claim", session: false }]);
    expect((await get(stack.frontPort(), "/claims/another-claim", { host })).headers["x-claimdesk-cache"]).toBe("hit");
  });

  it("through nginx: a page costs no render, and the feed, the sitemap and the API no read of the app", async () => {
    const paths = ["/claims/a-third-claim", "/feed.xml", "/sitemap.xml", "/api/v1/claims?limit=5"];
    for (const path of paths) expect((await get(stack.nginx().port, path)).status, path).toBe(200);
    const before = reached.length;
    for (const cookie of await junkCookies()) for (const path of paths) expect((await get(stack.nginx().port, path, { cookie })).status, path).toBe(200);
    expect(reached.slice(before), "requests that reached the app").toEqual([]);
  });

  it("through nginx: the client router's and a server action's headers do not pass the copy of an answer the same for everyone", async () => {
    const routes = ["/feed.xml", "/sitemap.xml", "/api/v1/claims?limit=5"];
    for (const path of routes) expect((await get(stack.nginx().port, path)).status, path).toBe(200);
    const before = reached.length;
    for (const headers of [{ rsc: "1" }, { "next-router-prefetch": "1" }, { "next-action": "7f00" }]) {
      for (const path of routes) expect((await get(stack.nginx().port, path, headers)).headers["x-cache-status"], `${path} ${JSON.stringify(headers)}`).toBe("HIT");
    }
    expect(reached.slice(before), "requests that reached the app").toEqual([]);
    // A page's client-router request is another answer: it still passes.
    await get(stack.nginx().port, "/claims/a-third-claim", { rsc: "1" });
    expect(reached.slice(before).map((r) => r.url)).toEqual(["/claims/a-third-claim"]);
  });

  it("a real session still passes both copies, with its cookie, each request rendered and kept by neither", async () => {
    const live = await seal({ sub: "editor", sid: "a-session" });
    const before = reached.length;
    for (let i = 0; i < 3; i++) {
      const answer = await get(stack.nginx().port, "/claims/a-claim", { cookie: `theme=dark; ${NAME}=${live}` });
      expect(answer.status).toBe(200);
      expect(answer.headers["cache-control"]).toMatch(/private/);
      expect(answer.headers["x-cache-status"]).not.toBe("HIT");
    }
    expect(reached.slice(before)).toEqual(Array.from({ length: 3 }, () => ({ url: "/claims/a-claim", session: true })));
  });
});

describe("reading a session cookie as Auth.js does", () => {
  it("takes the cookie of the scheme's name, opened with the desk's secret and not run out, chunks joined", async () => {
    const http = await seal({ sub: "u" });
    const https = await seal({ sub: "u" }, { salt: sessionCookieName(true) });
    expect(await holdsSession(`${NAME}=${http}`, false, SECRET)).toBe(true);
    expect(await holdsSession(`${sessionCookieName(true)}=${https}`, true, SECRET)).toBe(true);
    expect(await holdsSession(`${NAME}.0=${http.slice(0, 100)}; ${NAME}.1=${http.slice(100)}`, false, SECRET)).toBe(true);
    expect(await holdsSession(`${NAME}=${http}`, true, SECRET), "the http name over https").toBe(false);
    expect(await holdsSession(`__Secure-${NAME}=${https}`, true, SECRET), "the __Secure- name Auth.js no longer reads").toBe(false);
    expect(await holdsSession(`${NAME}=${http}`, false, "another-desk-secret-of-32-characters-or-more")).toBe(false);
    expect(await holdsSession(`other=1`, false, SECRET)).toBe(false);
  });

  it("drops every session cookie and keeps the others", () => {
    expect(withoutSessionCookies(`a=1; ${NAME}=x;__Host-${NAME}=y; ${NAME}.0=z; b=2`)).toBe("a=1; b=2");
    expect(withoutSessionCookies(`${NAME}=x`)).toBeNull();
  });
});
