// PUT, PATCH, DELETE, OPTIONS and methods no browser sends, on pages, against the front server before a stand-in app:
// Next rendered the whole page for each (200). Now a page answers GET, HEAD and POST only, the others 405 with Allow,
// and none reaches the app; route handlers keep their own methods. Which addresses are route handlers is checked
// against app/ itself, so a new route.ts cannot be taken for a page (nor a new page for a route).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/free-port";
import { startStandIn, type StandIn } from "@/test/next-stand-in";
import { startPageCache } from "@/lib/public/page-cache";
import { isNoAddress, isPagePath, isRouteHandlerPath, PAGE_METHODS, ROUTE_METHODS } from "@/lib/http/page-methods";
import { rawHttp as raw, rawStatus as status } from "@/test/raw-http";

const APP = path.join(process.cwd(), "app");
/** Next's metadata files, answered by a route Next writes: `robots.ts` is /robots.txt, `icon.svg` /icon.svg … */
const METADATA = /^(?:robots|sitemap|manifest|favicon|icon\d*|apple-icon\d*|opengraph-image\d*|twitter-image\d*)\.(?:ts|tsx|js|txt|xml|json|webmanifest|ico|svg|png|jpe?g|gif)$/;
const GENERATED_NAME: Record<string, string> = { robots: "robots.txt", sitemap: "sitemap.xml", manifest: "manifest.webmanifest" };

/** An address the folder answers at: route groups dropped, each dynamic segment given a sample value. */
function urlOf(dir: string): string {
  const segments = path.relative(APP, dir).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.map((s) => (s.startsWith("[[...") || s.startsWith("[...") ? "a/b" : s.startsWith("[") ? "sample" : s)).join("/")}`.replace(/\/$/, "") || "/";
}

function walk(dir: string, found: { pages: string[]; routes: string[] }) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith("_")) walk(full, found);
      continue;
    }
    if (/^page\.(?:tsx|ts|jsx|js)$/.test(entry.name)) found.pages.push(urlOf(dir));
    else if (/^route\.(?:ts|js)$/.test(entry.name)) found.routes.push(urlOf(dir));
    else if (METADATA.test(entry.name)) {
      const [base, ext] = [entry.name.replace(/\.[^.]+$/, ""), entry.name.split(".").pop()!];
      const name = /^(?:ts|tsx|js)$/.test(ext) ? (GENERATED_NAME[base] ?? base) : entry.name;
      found.routes.push(`${urlOf(dir)}/${name}`.replace(/^\/\//, "/"));
    }
  }
}

describe("which addresses are pages", () => {
  const found = { pages: [] as string[], routes: [] as string[] };
  walk(APP, found);

  it("every route handler and metadata route in app/ is a route handler's address", () => {
    expect(found.routes.length).toBeGreaterThan(10);
    expect(found.routes).toContain("/robots.txt");
    for (const route of found.routes) expect(isRouteHandlerPath(route), route).toBe(true);
  });

  it("every page in app/ is a page's address", () => {
    expect(found.pages.length).toBeGreaterThan(10);
    for (const page of found.pages) expect(isRouteHandlerPath(page), page).toBe(false);
    for (const page of found.pages) expect(isPagePath(page), page).toBe(true);
    for (const page of found.pages) expect(isNoAddress(page), page).toBe(false);
  });

  it("a path no page nor route answers is no address; one Next spells otherwise (escaped, slashes) or its own is left to Next", () => {
    const pages = new Set(found.pages.map((page) => page.replace(/sample/g, "[^/]+")));
    // Each segment added to a page's address, or a page's address in another case, is a page no more.
    for (const page of found.pages.filter((p) => p !== "/")) {
      for (const path of [`${page}/x`, page.toUpperCase()]) {
        const isPage = [...pages].some((pattern) => new RegExp(`^${pattern}$`).test(path));
        expect(isNoAddress(path), path).toBe(!isPage);
      }
    }
    for (const path of ["/x", "/favicon.ico", "/.well-known/security.txt", "/en/sign-in", "/claims/x/y", "/wp-login.php", "/en/desk"]) expect(isNoAddress(path), path).toBe(true);
    for (const path of ["/x/", "/claims/", "//x", "/a\\b", "/__nextjs_original-stack-frame", "/_next/static/x.js", "/api/nope", "/robots.txt"]) expect(isNoAddress(path), path).toBe(false);
    // Escapes as Next reads them: a fixed segment matches only as written, a dynamic one takes any, and the page proxy
    // sends a public address spelt with escapes to its plain spelling.
    for (const path of ["/%78", "/x%41", "/sign%2Din%2F", "/claims%2Fx", "/api%2Fv1%2Fclaims", "/en%2Fclaims", "/robots%2Etxt", "/%64esk", "/desk/%63laims", "/sign-%69n"]) expect(isNoAddress(path), path).toBe(true);
    for (const path of ["/%63laims", "/%65n", "/feed%2Exml", "/e%6E/claims/x", "/sitemap%2Exml", "/claims/t%C3%A0u", "/api/v1/claims/%61", "/_next/static/x%20y.js", "/desk/claims/a%2Fb"]) expect(isNoAddress(path), path).toBe(false);
    // Only a GET or HEAD is sent to the plain spelling: to any other method an escaped public page is no address.
    for (const path of ["/%63laims", "/%65n", "/e%6E/claims/x", "/claims%2Fx"]) expect(isNoAddress(path, "POST"), path).toBe(true);
    for (const path of ["/claims/t%C3%A0u", "/api/v1/claims/%61", "/desk/claims/a%2Fb", "/claims", "/claims/"]) expect(isNoAddress(path, "POST"), path).toBe(false);
  });
});

describe("a path that is no address", () => {
  it("is answered 404 by the front server in the address's language, kept by no cache, and never reaches the app", async () => {
    const port = await freePort();
    const front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, env: {} });
    try {
      seen.length = 0;
      for (let i = 0; i < 50; i++) {
        for (const [target, language] of [[`/${i.toString(36)}x${Math.random().toString(36).slice(2)}`, "vi"], [`/en/claims/x/${i}`, "en"], [`/wp-admin/${i}.php?x=1`, "vi"]] as const) {
          const answer = await send(port, "GET", target);
          expect(answer.status, target).toBe(404);
          expect(answer.headers["cache-control"], target).toBe("no-store");
          expect(answer.body, target).toContain(`<html lang="${language}">`);
        }
      }
      // One escape in a made-up path (Next matches fixed segments only as written: each was its not-found page rendered).
      for (let i = 0; i < 30; i++) {
        for (const target of [`/x${i}%41`, `/claims%2F${i}`, `/api%2Fv1%2Fclaims%3F${i}`, `/sign%2Din${i}`]) expect((await send(port, "GET", target)).status, target).toBe(404);
      }
      expect((await send(port, "HEAD", "/nope")).status).toBe(404);
      const posted = await send(port, "POST", "/nope", "x".repeat(200_000));
      expect([posted.status, posted.headers["cache-control"]]).toEqual([404, "no-store"]);
      expect(seen).toEqual([]);
      // An escaped spelling of a public page is sent to its plain one by the page proxy on a GET or HEAD only: a POST
      // (or a form's, a server action's) reached Next, which matches fixed segments only as written, and its not-found
      // page was rendered for each; other methods are refused 405 before it.
      for (let i = 0; i < 20; i++) {
        for (const target of [`/%63laims/x${i}`, "/%63laims", `/e%6E/claims/x${i}`, "/l%65dger", `/x${i}%41`]) {
          const answer = await send(port, "POST", target, "x=1");
          expect([answer.status, answer.headers["cache-control"]], target).toEqual([404, "no-store"]);
        }
        for (const method of ["PUT", "DELETE", "PATCH"]) expect((await send(port, method, `/%63laims/x${i}`)).status, method).toBe(405);
      }
      expect(seen).toEqual([]);
      // A claim page's address no slug can be (the page read nothing for it and rendered its 404 each time).
      for (const target of ["/claims/x.css", "/claims/a_b", "/en/claims/t%C3%A0u", "/claims/%2e%2e%2e", `/claims/${"a".repeat(201)}`]) {
        const answer = await send(port, "GET", target);
        expect([answer.status, answer.headers["cache-control"]], target).toEqual([404, "no-store"]);
      }
      expect(seen).toEqual([]);
      // A page, a route and what Next answers itself still reach it, a slug's other spellings too (proxy.ts sends them on).
      const passed = ["/claims/x", "/feed.xml", "/claims/", "/%63laims", "/claims/Tau-Angara", "/claims/tau%2Dangara"];
      for (const target of passed) await send(port, "GET", target);
      expect(seen.map((r) => r.url)).toEqual(passed);
    } finally {
      await front.close();
    }
  });
});

let upstream: StandIn;
const seen: { method?: string; url?: string }[] = [];

beforeAll(async () => {
  upstream = await startStandIn((request, response) => {
    seen.push({ method: request.method, url: request.url });
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "text/plain", "cache-control": "private, no-store" });
      response.end(`app: ${request.method} ${request.url}`);
    });
  });
});

afterAll(() => upstream.close());

function send(port: number, method: string, target: string, body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path: target, method, headers: { host: "news.example" }, agent: false }, (answer) => {
      let text = "";
      answer.on("data", (chunk: Buffer) => (text += chunk.toString()));
      answer.on("end", () => resolve({ status: answer.statusCode!, headers: answer.headers, body: text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

describe("methods on pages", () => {
  it("PUT, PATCH, DELETE, OPTIONS and others are answered 405 with Allow, and never reach the app", async () => {
    const port = await freePort();
    const front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, env: {} });
    try {
      seen.length = 0;
      for (const target of ["/", "/claims/some-claim", "/en/claims/some-claim", "/claims?q=x", "/desk/claims/1", "/sign-in", "/no-such-page"]) {
        for (const method of ["PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND", "PURGE"]) {
          const answer = await send(port, method, target, method === "PUT" ? "x".repeat(100_000) : undefined);
          expect(answer.status, `${method} ${target}`).toBe(405);
          expect(answer.headers.allow).toBe(PAGE_METHODS);
          expect(answer.headers["cache-control"]).toBe("no-store");
          expect(answer.body).not.toContain("app:");
        }
      }
      expect(seen).toEqual([]);
      // A method in lower case is another method to Node's parser (refused 400); one Node knows is refused here.
      expect(status(await raw(port, "MKCOL /claims HTTP/1.1\r\nHost: news.example\r\nConnection: close\r\n\r\n"))).toBe(405);
      // What a page answers still reaches the app.
      for (const method of ["GET", "HEAD", "POST"]) expect((await send(port, method, "/claims/some-claim", method === "POST" ? "[]" : undefined)).status, method).toBe(200);
      expect(seen.map((r) => r.method)).toEqual(["GET", "GET", "POST"]);
    } finally {
      await front.close();
    }
  });

  it("route handlers keep their methods; a method no route can export is 405 there too", async () => {
    const port = await freePort();
    const front = await startPageCache({ port, host: "127.0.0.1", upstream: { host: "127.0.0.1", port: upstream.port }, env: {} });
    try {
      seen.length = 0;
      for (const [method, target] of [["OPTIONS", "/api/v1/claims"], ["PATCH", "/api/desk/accounts/0b9e4c1a-2f3d-4e5f-8a6b-7c8d9e0f1a2b"], ["DELETE", "/api/v1/x"], ["OPTIONS", "/feed.xml"], ["POST", "/sources/import/preview"], ["PUT", "/api/health"]]) {
        expect((await send(port, method!, target!)).status, `${method} ${target}`).toBe(200);
      }
      expect(seen).toHaveLength(6);
      const odd = await send(port, "PROPFIND", "/api/v1/claims");
      expect(odd.status).toBe(405);
      expect(odd.headers.allow).toBe(ROUTE_METHODS);
      expect(seen).toHaveLength(6);
    } finally {
      await front.close();
    }
  });
});
