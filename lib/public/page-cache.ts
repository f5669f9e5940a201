// The front server `npm start` puts before `next start`: it passes every request through, and keeps the
// HTML of public pages (home, corrections, claim and search pages) that visitors without a session receive, so a
// published claim page is served from memory rather than rendered per request. Each answer from the cache
// gets a fresh CSP nonce (written into the page's script tags and the header), and the whole cache is
// dropped when the database announces a publication (NOTIFY from the approving transaction, so only once
// it has committed), with a time limit besides.
import http from "node:http";
import { randomUUID } from "node:crypto";
import { listenForPublications } from "./publications";
import { unavailableAnswer } from "./unavailable";

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token/;
const LOCALE_COOKIE = /(?:^|;\s*)locale=(\w+)/;
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

export type PageCacheOptions = { port: number; host?: string; upstream: { host: string; port: number }; databaseUrl?: string; ttlMs?: number; log?: (line: string) => void };

/** The cache key for a request, or null when its answer may differ per visitor or is not a page. */
export function cacheKey(method: string | undefined, url: string | undefined, headers: http.IncomingHttpHeaders): string | null {
  if ((method !== "GET" && method !== "HEAD") || !url || !CACHEABLE_PATH.test(url)) return null;
  // React Server Component requests (client navigation, prefetch) answer with a different payload.
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-action"]) return null;
  const cookie = headers.cookie ?? "";
  if (SESSION_COOKIE.test(cookie)) return null;
  return `${LOCALE_COOKIE.exec(cookie)?.[1] ?? "vi"} ${url}`;
}

const newNonce = () => Buffer.from(randomUUID()).toString("base64");

function forwardedHeaders(request: http.IncomingMessage, overrides: http.OutgoingHttpHeaders = {}): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(request.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
  // The left-most entry is the caller: keep one a client or reverse proxy sent, else the socket's.
  headers["x-forwarded-for"] = request.headers["x-forwarded-for"] ?? request.socket.remoteAddress ?? "unknown";
  return { ...headers, ...overrides };
}

function responseHeaders(upstream: http.IncomingMessage): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(upstream.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
  return headers;
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

  const pass = (request: http.IncomingMessage, response: http.ServerResponse, key: string | null) => {
    const upstream = http.request(
      {
        host: options.upstream.host,
        port: options.upstream.port,
        method: request.method,
        path: request.url,
        // A page to keep is fetched uncompressed, so its nonce can be rewritten.
        headers: forwardedHeaders(request, key ? { "accept-encoding": "identity" } : {}),
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
      if (response.headersSent) return response.destroy();
      // next-server is down or restarting (npm start supervises it): a short page, and a hint to retry.
      const answer = unavailableAnswer(request.headers.cookie);
      response.writeHead(answer.status, answer.headers);
      response.end(request.method === "HEAD" ? undefined : answer.body);
    });
    request.pipe(upstream);
  };

  const server = http.createServer((request, response) => {
    const key = cacheKey(request.method, request.url, request.headers);
    const entry = key ? cache.get(key) : undefined;
    if (key && entry && Date.now() - entry.storedAt < ttlMs) return serveEntry(response, entry, request.method === "HEAD");
    pass(request, response, key);
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
