// The front server `npm start` puts before `next start`: it passes every request through, and keeps the
// HTML of public pages (home, corrections, claim and search pages) that visitors without a session receive, so a
// published claim page is served from memory rather than rendered per request. Each answer from the cache
// gets a fresh CSP nonce (written into the page's script tags and the header), and the whole cache is
// dropped when the database announces a publication (NOTIFY from the approving transaction, so only once
// it has committed), with a time limit besides. Request bodies are bounded per path (lib/http/body-limit.ts)
// here first: by Content-Length before a byte is read, else counted while streaming, answering 413.
import http from "node:http";
import { randomUUID } from "node:crypto";
import { bodyLimitFor, declaredLength } from "@/lib/http/body-limit";
import { listenForPublications } from "./publications";
import { unavailableAnswer } from "./unavailable";
import { localeFromCookieHeader } from "@/lib/i18n/locale";
import { publicOrigin } from "./origin";
import { FORWARDING_HEADERS, resolveCaller, TRUST_NONE, upstreamForwardingHeaders, type TrustedProxies } from "@/lib/http/forwarded";

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token/;
/**
 * Public pages whose HTML is the same for every visitor without a session (per language): the home, the
 * corrections log, claim pages, and search and ledger pages by their whole address (query and filters included).
 */
const CACHEABLE_PATH = /^\/(?:corrections|claims\/[a-z0-9-]{1,200}|(?:claims|ledger)(?:\?[^#\s]{1,300})?)?$/;
const MAX_ENTRIES = 5_000;
/**
 * And at most this many bytes of HTML (UTF-16 in memory, so about twice the pages' UTF-8 size): a desk with
 * thousands of published claims would otherwise keep up to MAX_ENTRIES whole pages, hundreds of MB.
 */
const MAX_CHARS = 24 * 1024 * 1024;
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te", "trailer"]);

type Entry = { body: string; nonce: string; headers: http.OutgoingHttpHeaders; storedAt: number };

export type PageCacheOptions = { port: number; host?: string; upstream: { host: string; port: number }; databaseUrl?: string; ttlMs?: number; log?: (line: string) => void; trustedProxies?: TrustedProxies };

/** The cache key for a request, or null when its answer may differ per visitor or is not a page. */
export function cacheKey(method: string | undefined, url: string | undefined, headers: http.IncomingHttpHeaders): string | null {
  if ((method !== "GET" && method !== "HEAD") || !url || !CACHEABLE_PATH.test(url)) return null;
  // React Server Component requests (client navigation, prefetch) answer with a different payload.
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-action"]) return null;
  const cookie = headers.cookie ?? "";
  if (SESSION_COOKIE.test(cookie)) return null;
  // By the language the page renders in (the app's own cookie reading) and by the origin its absolute URLs name
  // (canonical, og:url, ClaimReview), so neither a duplicated cookie nor a forged Host reaches another visitor.
  return `${localeFromCookieHeader(cookie)} ${publicOrigin(headers)} ${url}`;
}

const newNonce = () => Buffer.from(randomUUID()).toString("base64");

/**
 * This server is the one place that decides who is calling: the client's X-Forwarded-For/-Host/-Proto
 * (and X-Real-IP, Forwarded) are dropped and replaced by single values worked out from the socket and,
 * only from trusted proxies (CLAIMDESK_TRUSTED_PROXIES), their headers. The app reads them as given
 * (lib/auth/client-ip.ts; Auth.js for host and protocol). Contract: lib/http/forwarded.ts.
 */
function forwardedHeaders(request: http.IncomingMessage, trust: TrustedProxies): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(request.headers)) if (!HOP_BY_HOP.has(name) && !FORWARDING_HEADERS.has(name)) headers[name] = value;
  const caller = resolveCaller(
    {
      socketAddress: request.socket.remoteAddress,
      isEncrypted: "encrypted" in request.socket && Boolean(request.socket.encrypted),
      host: request.headers.host,
      forwardedFor: request.headers["x-forwarded-for"],
      forwardedHost: request.headers["x-forwarded-host"],
      forwardedProto: request.headers["x-forwarded-proto"],
    },
    trust,
  );
  return { ...headers, ...upstreamForwardingHeaders(caller) };
}

function responseHeaders(upstream: http.IncomingMessage): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(upstream.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
  return headers;
}

/**
 * A refused body is read and discarded, never kept, up to this much: a client that writes its whole body before
 * reading (as Playwright's request API does) still gets the 413; a longer one has its connection closed.
 */
const DISCARD_BYTES = 64 * 1024 * 1024;

/** 413 for a body over its path's limit; what the caller still sends is discarded. */
function refuseTooLarge(request: http.IncomingMessage, response: http.ServerResponse) {
  let discarded = 0;
  request.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_BYTES) request.socket.destroy();
  });
  request.resume();
  if (response.headersSent) return response.destroy();
  // JSON routes answer as their own refusals do (lib/errors.ts errorBody), pages in plain text.
  if (request.url?.startsWith("/api/")) {
    response.writeHead(413, { "content-type": "application/json", "cache-control": "no-store" });
    return void response.end(JSON.stringify({ error: { code: "TOO_LARGE", message: "The request body is too large." } }));
  }
  response.writeHead(413, { "content-type": "text/plain; charset=utf-8" });
  response.end("The request body is too large.\n");
}

function serveEntry(response: http.ServerResponse, entry: Entry, head: boolean) {
  const nonce = newNonce();
  const body = entry.body.split(entry.nonce).join(nonce);
  const csp = String(entry.headers["content-security-policy"] ?? "").split(entry.nonce).join(nonce);
  response.writeHead(200, { ...entry.headers, "content-security-policy": csp, "content-length": Buffer.byteLength(body), "x-claimdesk-cache": "hit" });
  response.end(head ? undefined : body);
}

export async function startPageCache(options: PageCacheOptions): Promise<{ close: () => Promise<void>; clear: () => void; size: () => number }> {
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const cache = new Map<string, Entry>();
  let chars = 0;
  const drop = (key: string) => {
    chars -= cache.get(key)?.body.length ?? 0;
    cache.delete(key);
  };
  const clear = () => {
    cache.clear();
    chars = 0;
  };
  const log = options.log ?? (() => {});

  const pass = (request: http.IncomingMessage, response: http.ServerResponse, key: string | null, upstreamHeaders: http.OutgoingHttpHeaders) => {
    const limit = bodyLimitFor(request.url);
    const declared = declaredLength(request.headers["content-length"]);
    if (declared !== null && declared > limit) return refuseTooLarge(request, response);
    let refused = false;
    const upstream = http.request(
      {
        host: options.upstream.host,
        port: options.upstream.port,
        method: request.method,
        path: request.url,
        // A page to keep is fetched uncompressed, so its nonce can be rewritten.
        headers: key ? { ...upstreamHeaders, "accept-encoding": "identity" } : upstreamHeaders,
      },
      (answer) => {
        // next-server died mid-answer: end the caller's connection too, or it would wait for the rest forever.
        answer.on("error", () => response.destroy());
        const csp = String(answer.headers["content-security-policy"] ?? "");
        const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
        const keep = key && request.method === "GET" && answer.statusCode === 200 && nonce && !answer.headers["set-cookie"] && String(answer.headers["content-type"]).startsWith("text/html");
        if (!keep) {
          response.writeHead(answer.statusCode ?? 502, responseHeaders(answer));
          answer.pipe(response);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => {
          const entry: Entry = { body: Buffer.concat(chunks).toString("utf8"), nonce, headers: responseHeaders(answer), storedAt: Date.now() };
          delete entry.headers["content-length"];
          drop(key);
          // Oldest first (a Map keeps insertion order) until the new page fits both bounds.
          while (cache.size && (cache.size >= MAX_ENTRIES || chars + entry.body.length > MAX_CHARS)) drop(cache.keys().next().value!);
          if (entry.body.length <= MAX_CHARS) {
            cache.set(key, entry);
            chars += entry.body.length;
          }
          const body = entry.body;
          response.writeHead(200, { ...entry.headers, "content-length": Buffer.byteLength(body), "x-claimdesk-cache": "miss" });
          response.end(body);
        });
      },
    );
    // Next may answer before reading a body it refuses (too large, not JSON). Once the answer is sent, stop
    // feeding the upstream and drain the caller's body, or a caller still sending would wait forever.
    response.once("finish", () => {
      if (request.complete) return;
      request.unpipe(upstream);
      request.resume();
      upstream.destroy();
    });
    upstream.on("error", () => {
      if (refused) return;
      if (response.headersSent) return response.destroy();
      // next-server is down or restarting (npm start supervises it): a short page, and a hint to retry.
      const answer = unavailableAnswer(request.headers.cookie);
      response.writeHead(answer.status, answer.headers);
      response.end(request.method === "HEAD" ? undefined : answer.body);
    });
    // A body without a Content-Length (or with a false one) is counted as it passes through.
    let received = 0;
    request.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit || refused) return;
      refused = true;
      request.unpipe(upstream);
      upstream.destroy();
      refuseTooLarge(request, response);
    });
    request.pipe(upstream);
  };

  const server = http.createServer((request, response) => {
    // Keyed by the headers the app will see: a forged X-Forwarded-Host from an untrusted client is already gone.
    const upstreamHeaders = forwardedHeaders(request, options.trustedProxies ?? TRUST_NONE);
    const key = cacheKey(request.method, request.url, upstreamHeaders as http.IncomingHttpHeaders);
    const entry = key ? cache.get(key) : undefined;
    if (key && entry && Date.now() - entry.storedAt < ttlMs) return serveEntry(response, entry, request.method === "HEAD");
    pass(request, response, key, upstreamHeaders);
  });
  server.keepAliveTimeout = 65_000;

  const listener = options.databaseUrl ? await listenForPublications(options.databaseUrl, clear, (line) => log(`page cache: ${line}`)) : null;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    clear,
    size: () => cache.size,
    close: async () => {
      await listener?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
