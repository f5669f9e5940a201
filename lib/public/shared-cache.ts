// Keeping nginx's cached copies fresh on approval. Open-source nginx has no purge; instead deploy/nginx.conf lets
// one request header, X-Claimdesk-Refresh, carrying the secret CLAIMDESK_NGINX_REFRESH_SECRET, bypass its cache:
// nginx then fetches the answer from an instance and stores the new copy in place of the old one. Any other value
// (a visitor's forged header) is ignored by nginx's map and never reaches the app.
//
// After an approval commits, the approving process (lib/workflow/review.ts) asks nginx, at CLAIMDESK_NGINX_URL:
// 1. for the public site's generation (GENERATION_PATH, lib/public/generation.ts), which is part of the key of
//    every answer nginx keeps: every cached page and API answer, search pages and API searches included (one per
//    query, which no list could name), is retired at once, and its next visitor gets it new;
// 2. for every public URL the approval changed (`changedPublicPaths`), once per encoding nginx keeps a copy for, so
//    the most visited pages are stored again before visitors ask. The instance's front server
//    (lib/public/page-cache.ts) that gets such a request sees the same secret and renders the page again instead
//    of answering from its own cache, which may not have heard the publication notice yet.
// No "server-only": the front server reads the header's name and checks the secret.
import http from "node:http";
import https from "node:https";
import { randomUUID, timingSafeEqual } from "node:crypto";
import { alternateHrefs } from "./locale-path";
import { configuredOrigin } from "./origin";

/** The request header (lower case, as Node gives it) that carries the refresh secret. */
export const REFRESH_HEADER = "x-claimdesk-refresh";

/**
 * One id per refresh (per approval), sent with the secret: a front server renders a page once per refresh and
 * answers that refresh's other encodings from the copy it made (honoured only with the secret).
 */
export const REFRESH_ID_HEADER = "x-claimdesk-refresh-id";

/** The app's answer header that carries the public site's generation (deploy/nginx.conf reads it). */
export const GENERATION_HEADER = "x-claimdesk-generation";

/** Where nginx and the refresh ask for the generation (app/api/cache-generation/route.ts). */
export const GENERATION_PATH = "/api/cache-generation";

/** The encodings nginx keeps a copy for (deploy/nginx.conf's $claimdesk_encoding): "" is uncompressed. */
export const CACHED_ENCODINGS = ["br", "gzip", ""] as const;

type Env = Record<string, string | undefined>;

const SECRET = /^[A-Za-z0-9_-]{24,200}$/;

/** The configured secret, or null when unset or unusable (then no header is ever honoured). */
export function refreshSecret(env: Env = process.env): string | null {
  const secret = env.CLAIMDESK_NGINX_REFRESH_SECRET?.trim();
  return secret && SECRET.test(secret) ? secret : null;
}

/** Whether a request's refresh header carries the configured secret (compared in constant time). */
export function isRefreshRequest(value: string | string[] | undefined, env: Env = process.env): boolean {
  const secret = refreshSecret(env);
  if (!secret || typeof value !== "string") return false;
  const given = Buffer.from(value);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The public URLs (site-relative, both languages) whose answer an approval of this claim changes: its page, the
 * pages of the claims it links to or that link to it, the home, corrections and ledger pages, the feeds, the sitemap
 * and, when the sitemap is an index of files, the files whose lists changed (`sitemapFiles`, their numbers).
 */
export function changedPublicPaths(slug: string, relatedSlugs: readonly string[] = [], sitemapFiles: readonly number[] = []): string[] {
  const pages = ["/", "/corrections", "/ledger", ...[slug, ...relatedSlugs].map((s) => `/claims/${s}`)];
  const both = pages.flatMap((page) => Object.values(alternateHrefs(page)));
  const files = sitemapFiles.map((n) => `/sitemap.xml?page=${n}`);
  return [...new Set([...both, "/feed.xml", "/sitemap.xml", ...files, "/api/v1/claimreview-feed.json"])];
}

export type RefreshResult = { path: string; encoding: string; status: number | null };

/** One GET through nginx with the secret, on the public host (nginx's cache key), the body read and dropped. */
function refreshOne(nginx: URL, host: string, path: string, encoding: string, secret: string, id: string, timeoutMs: number): Promise<number | null> {
  const client = nginx.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = client.get(
      { host: nginx.hostname, port: nginx.port || undefined, path, servername: host.split(":")[0], headers: { host, [REFRESH_HEADER]: secret, [REFRESH_ID_HEADER]: id, ...(encoding ? { "accept-encoding": encoding } : {}) }, timeout: timeoutMs },
      (answer) => {
        answer.resume();
        answer.on("end", () => resolve(answer.statusCode ?? null));
        answer.on("error", () => resolve(null));
      },
    );
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(null));
  });
}

/**
 * Asks nginx for the new generation, then for fresh copies of these paths, a few at a time. Nothing when CLAIMDESK_NGINX_URL or the secret is
 * unset. The Host sent is CLAIMDESK_PUBLIC_URL's (the host visitors use, which nginx keys its copies by), else
 * CLAIMDESK_NGINX_URL's own.
 */
export async function refreshSharedCache(paths: readonly string[], env: Env = process.env, options: { concurrency?: number; timeoutMs?: number } = {}): Promise<RefreshResult[]> {
  const secret = refreshSecret(env);
  const target = env.CLAIMDESK_NGINX_URL?.trim();
  if (!secret || !target) return [];
  const nginx = new URL(target);
  const configured = configuredOrigin(env);
  const host = configured ? new URL(configured).host : nginx.host;
  const id = randomUUID();
  const results: RefreshResult[] = [];
  // The generation first: every cached answer is retired at once (and the pages below are stored under the new key).
  results.push({ path: GENERATION_PATH, encoding: "", status: await refreshOne(nginx, host, GENERATION_PATH, "", secret, id, options.timeoutMs ?? 10_000) });
  let next = 0;
  // A path's encodings one after the other (the first renders, the others reuse it); one path at a time by
  // default, so the refresh does not crowd out visitors on instances that just took the publication notice.
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      for (const encoding of CACHED_ENCODINGS) results.push({ path, encoding, status: await refreshOne(nginx, host, path, encoding, secret, id, options.timeoutMs ?? 10_000) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 1, paths.length) }, worker));
  return results;
}
