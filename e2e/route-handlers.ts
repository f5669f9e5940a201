// The app's route handlers read from app/ itself: each route.ts's address (route groups dropped, each dynamic
// segment given a sample) and the HTTP methods it exports. Specs that must cover every route (the permission table,
// the methods each answers) enumerate them here, so a new route cannot be left out of them.
import fs from "node:fs";
import path from "node:path";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
export type RouteHandler = { file: string; url: string; exported: HttpMethod[] };

/**
 * Every route.ts under `root` (a folder of app/), `catchAll` standing for a catch-all segment's sample; `reExports`:
 * whether methods a file re-exports from another route (`export { GET, POST } from "./[...path]/route"`) count as its own.
 */
export function routeHandlers(root = "app", { catchAll = "a/b", reExports = true }: { catchAll?: string; reExports?: boolean } = {}): RouteHandler[] {
  const found: RouteHandler[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8");
        // `export async function POST`, `export const GET = …`, `export const { GET, POST } = handlers`, `export { GET }`
        const exported = HTTP_METHODS.filter((m) => new RegExp(`export (?:const|async function|function) ${m}\\b|export const \\{[^}]*\\b${m}\\b${reExports ? `|export \\{[^}]*\\b${m}\\b` : ""}`).test(source));
        const segments = path.relative("app", dir).split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
        found.push({ file: full, url: `/${segments.map((s) => (s.startsWith("[...") ? catchAll : s.startsWith("[") ? "00000000-0000-4000-8000-000000000000" : s)).join("/")}`, exported });
      }
    }
  };
  walk(root);
  return found;
}
