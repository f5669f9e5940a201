// The workbench's JSON routes took a write from another site's page when it read no body: the JSON content type each
// other write requires forces a CORS preflight, but withdrawing a proposal and confirming that an account is held by
// its own person read none, so a plain form post (from a sibling host of the newsroom's site, whose requests carry
// the session cookie: SameSite counts sites, not hosts) withdrew the proposal or confirmed the account as the
// signed-in admin. Every write of every route under /api/desk is now refused 403 when a browser says it came from
// another site (lib/http/same-origin.ts), before the session is read.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { CROSS_SITE_WRITE } from "@/lib/http/same-origin";

const ROOT = path.resolve("app/api/desk");
const WRITES = ["POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === "route.ts" ? [full] : [];
  });
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const FORGED: Record<string, Record<string, string>> = {
  "another site's form": { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "application/x-www-form-urlencoded" },
  "a sibling host's form": { origin: "https://blog.desk.example", "sec-fetch-site": "same-site", "content-type": "application/x-www-form-urlencoded" },
  "a sandboxed frame": { origin: "null", "content-type": "text/plain" },
  "a form whose Origin was dropped": { "sec-fetch-site": "cross-site", "content-type": "application/x-www-form-urlencoded" },
};

describe("writes to the workbench's JSON routes from another site", () => {
  const files = routeFiles(ROOT);

  it("are refused 403 on every route, before the session is read", async () => {
    const refused: string[] = [];
    for (const file of files) {
      const route = (await import(file)) as Partial<Record<(typeof WRITES)[number], Handler>>;
      for (const method of WRITES) {
        const handler = route[method];
        if (!handler) continue;
        for (const [name, headers] of Object.entries(FORGED)) {
          const request = new Request("http://desk.example/api/desk/x", { method, headers: { host: "desk.example", ...headers }, body: "decision=APPROVE" });
          const response = await handler(request, { params: Promise.resolve({ id: "00000000-0000-4000-8000-000000000000" }) });
          expect(response.status, `${method} ${path.relative(ROOT, file)} from ${name}`).toBe(403);
          expect(JSON.stringify(await response.json())).toContain(CROSS_SITE_WRITE);
          refused.push(`${method} ${path.relative(ROOT, file)}`);
        }
      }
    }
    // The body-less writes among them, and the others.
    expect(refused).toEqual(expect.arrayContaining(["POST proposals/[id]/withdraw/route.ts", "POST accounts/[id]/held-confirmation/route.ts", "POST proposals/[id]/review/route.ts", "PATCH accounts/[id]/route.ts"]));
  });

  it("pass the desk's own pages and clients that are no browser on to the session check", async () => {
    const { POST } = (await import(path.join(ROOT, "proposals/[id]/withdraw/route.ts"))) as { POST: Handler };
    const ownPages: Record<string, string>[] = [{ origin: "http://desk.example", "sec-fetch-site": "same-origin" }, {}];
    // Outside Next's request scope the session check itself fails, on `headers()`: reaching it is what is asked.
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    for (const headers of ownPages) {
      const request = new Request("http://desk.example/api/desk/proposals/x/withdraw", { method: "POST", headers: { host: "desk.example", ...headers } });
      const response = await POST(request, { params: Promise.resolve({ id: "00000000-0000-4000-8000-000000000000" }) });
      expect(JSON.stringify(await response.json())).not.toContain(CROSS_SITE_WRITE);
    }
    expect(logged.mock.calls.map((call) => String(call[0]))).toEqual(ownPages.map(() => expect.stringContaining("`headers` was called outside a request scope")));
    logged.mockRestore();
  });
});
