// The front server `npm start` puts before `next start`: it passes every request through, and keeps the
// HTML of public pages (home, corrections, claim, search and ledger pages, in both languages: /… and /en/…) that
// visitors without a session receive, so a published claim page is served from memory rather than rendered per
// request. Such a page is rendered without a CSP nonce (proxy.ts, asked by HASH_CSP_REQUEST_HEADER) and gets a
// policy naming the sha256 of its inline scripts (lib/public/csp.ts), so the same bytes are valid for everyone and
// any shared cache in front (nginx, a CDN) may keep them: it is answered with Cache-Control public/s-maxage
// (lib/public/cache-policy.ts), a weak ETag answering 304, and gzip or brotli when the client accepts it.
// Signed-in visitors' pages pass through with a nonce and `private, no-store`.
// The cache is dropped when the database announces a publication (lib/public/invalidate.ts), with a time limit
// besides; a request carrying nginx's refresh secret (lib/public/shared-cache.ts) is rendered anew, and one for a
// generation newer than this server has seen waits until it has caught up (step 4 of lib/public/invalidate.ts).
// Request bodies are bounded per path (lib/http/body-limit.ts) here first: by Content-Length before a byte is read,
// else counted while streaming, answering 413. A server action's body (a form, or a fetch action's arguments) is read
// whole and checked before it is sent on (lib/http/form-body.ts); a page answers GET, HEAD and POST only
// (lib/http/page-methods.ts).
import http from "node:http";
import { createHash } from "node:crypto";
import zlib from "node:zlib";
import type { Duplex } from "node:stream";
import { bodyLimitFor, declaredLength } from "@/lib/http/body-limit";
import { BODY_IDLE_MS, DEFAULT_HELD_BODY_BYTES, HeldBodyBytes, heldBodiesFull, LargeBodyGate, tooManyLargeBodies, type BodyHold } from "@/lib/http/large-bodies";
import { HostPolicy, misdirectedAnswer } from "@/lib/http/allowed-hosts";
import { refuseRequestShape, withoutNextQueryKeys } from "@/lib/http/request-shape";
import { plainAnswer } from "@/lib/http/plain-answer";
import { isFrameworkInternalHeader } from "@/lib/http/framework-headers";
import { ACTION_HEADER, ActionRefusalTally, refuseServerAction } from "@/lib/http/server-actions";
import { actionBodyKind, formBoundary, isWellFormedActionBody, malformedFormAnswer } from "@/lib/http/form-body";
import { wholeSetting } from "@/lib/env-setting";
import { clientLimitSettings, ConnectionCounter, RenderBudget, rendersPage, tooManyRenders, type ClientLimitSettings } from "@/lib/http/client-limits";
import { generationCatchUp, generationReader, onPublication } from "./invalidate";
import { unavailableAnswer } from "./unavailable";
import { claimPageSlug, impossibleClaimPage, notFoundAnswer, notFoundLocale, slugReader } from "./missing-claims";
import { isNoAddress } from "@/lib/http/page-methods";
import { impossibleId } from "@/lib/http/id-segments";
import { publicOrigin } from "./origin";
import { HASH_CSP_REQUEST_HEADER, HASH_CSP_RESPONSE_HEADER, withScriptHashes } from "./csp";
import { PRIVATE_CACHE_CONTROL, PUBLIC_VARY, publicCacheControl } from "./cache-policy";
import { splitLocalePath } from "./locale-path";
import { GENERATION_HEADER, isRefreshRequest, REFRESH_HEADER, REFRESH_ID_HEADER } from "./shared-cache";
import { holdsSession, sessionEnded, withoutSessionCookies } from "@/lib/auth/session-cookie";
import { FORWARDING_HEADERS, isTrustedPeer, resolveCaller, TRUST_NONE, upstreamForwardingHeaders, type TrustedProxies } from "@/lib/http/forwarded";

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?authjs\.session-token/;
/**
 * Public pages whose HTML is the same for every visitor without a session: the home, the corrections log, claim
 * pages, and search and ledger pages by their whole address (query and filters included), each also under /en.
 */
const CACHEABLE_PATH = /^(?:\/en)?\/(?:corrections|claims\/[a-z0-9-]{1,200}|(?:claims|ledger)(?:\?[^#\s]{1,300})?)?$/;
const MAX_ENTRIES = 5_000;
// A page render that sends nothing for this long is given up (nginx's proxy_read_timeout is 60 s): a next-server that
// hangs must not hold its visitors, and every visitor waiting on the same render, forever.
export const RENDER_IDLE_MS = 30_000;
/**
 * And at most this many bytes (each page kept plain, gzipped and brotli'd): a desk with thousands of published
 * claims would otherwise keep up to MAX_ENTRIES whole pages, hundreds of MB.
 */
const MAX_BYTES = 24 * 1024 * 1024;
// `expect` too: this server answers a client's 100-continue itself (checkContinue below).
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te", "trailer", "expect"]);

/** Headers on the answers this server writes itself (next.config.js gives the app's the same). */
const OWN_ANSWER_HEADERS = { "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" } as const;

const guard = (response: http.ServerResponse) => {
  for (const [name, value] of Object.entries(OWN_ANSWER_HEADERS)) response.setHeader(name, value);
};

/** One of this server's prepared answers (421, 429, 503: lib/http, ./unavailable), without its body to a HEAD. */
function sendAnswer(request: http.IncomingMessage, response: http.ServerResponse, answer: { status: number; headers: http.OutgoingHttpHeaders; body: string }) {
  response.writeHead(answer.status, answer.headers);
  response.end(request.method === "HEAD" ? undefined : answer.body);
}

/** `refreshId`: the nginx refresh (lib/public/shared-cache.ts) that rendered it, if one did. */
type Entry = { plain: Buffer; gzip: Buffer; br: Buffer; etag: string; headers: http.OutgoingHttpHeaders; storedAt: number; refreshId?: string };
const entryBytes = (entry: Entry | undefined) => (entry ? entry.plain.length + entry.gzip.length + entry.br.length : 0);

export type PageCacheOptions = {
  port: number;
  host?: string;
  upstream: { host: string; port: number };
  databaseUrl?: string;
  /** false: no LISTEN for publication notices (tests that hold them back); the generation catch-up still runs. */
  listen?: boolean;
  ttlMs?: number;
  log?: (line: string) => void;
  trustedProxies?: TrustedProxies;
  /**
   * The settings CLAIMDESK_CACHE_S_MAXAGE, CLAIMDESK_CACHE_STALE_SECONDS, CLAIMDESK_PUBLIC_URL, CLAIMDESK_ALLOWED_HOSTS,
   * CLAIMDESK_CONNECTIONS_PER_ADDRESS and CLAIMDESK_PAGE_RENDERS_PER_MINUTE (process.env by default).
   */
  env?: Record<string, string | undefined>;
  /** Per-address limits (lib/http/client-limits.ts); from `env` by default. */
  limits?: ClientLimitSettings;
  /** How long a page render may send nothing before it is given up with a 503 (RENDER_IDLE_MS by default). */
  renderIdleMs?: number;
  /**
   * The build's server action ids (lib/http/server-actions.ts readServerActionIds): a POST naming another is answered
   * here. Absent or null: ids are not checked (development, tests with a stand-in app).
   */
  serverActionIds?: ReadonlySet<string> | null;
  /** The bytes of server-action bodies held at once across clients (lib/http/large-bodies.ts); from `env` by default. */
  heldBodyBytes?: number;
  /** How long a server action's body being read may send nothing before the caller is dropped (BODY_IDLE_MS). */
  bodyIdleMs?: number;
  /**
   * AUTH_SECRET, the one next-server's Auth.js reads: a session cookie on a page kept for everyone is then taken for a
   * session only when it opens with it (lib/auth/session-cookie.ts). Absent: any session cookie passes (tests).
   */
  sessionSecret?: string;
};

/**
 * The headers the client router's payload (a React Server Components "flight" answer, `RSC: 1`) depends on besides its
 * address: which segments the client holds (the state tree), whether and what it prefetches, and the page it
 * navigates from (`Next-Url`, for intercepted routes). Next checks that the address's `_rsc` is the hash of them and
 * redirects a request whose is not, but that hash is no secret and no bar to a collision, so they are in the key.
 */
export const ROUTER_HEADERS = ["next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"] as const;
const ROUTER_KEY = "_rsc";

/** The address without the client router's `_rsc` (the hash Next asks of a flight request), for CACHEABLE_PATH. */
function withoutRouterKey(url: string): string {
  const mark = url.indexOf("?");
  if (mark < 0) return url;
  const rest = url
    .slice(mark + 1)
    .split("&")
    .filter((pair) => pair.split("=")[0] !== ROUTER_KEY);
  return rest.length ? `${url.slice(0, mark)}?${rest.join("&")}` : url.slice(0, mark);
}

/**
 * The cache key for a request, or null when its answer may differ per visitor or is not a page. A page's flight
 * answer (`RSC: 1`, the client router's navigation or prefetch) is kept under a key of its own, which holds RSC and
 * every router header: a browser asking for the page's HTML never meets it, nor a client holding other segments. A
 * request with another RSC value, or a prefetch without RSC: 1, is not kept (Next reads RSC as "1" or not at all).
 */
export function cacheKey(method: string | undefined, url: string | undefined, headers: http.IncomingHttpHeaders): string | null {
  if ((method !== "GET" && method !== "HEAD") || !url || headers["next-action"] || headers["next-hmr-refresh"]) return null;
  const flight = headers.rsc === "1";
  // An empty RSC is none to Next (and to nginx): the page's HTML, kept as any.
  if (headers.rsc && !flight) return null;
  // Next reads the other router headers only with RSC: 1 (a page's HTML is the same without them), but a prefetch's.
  if (!flight && headers["next-router-prefetch"]) return null;
  const path = flight ? withoutRouterKey(url) : url;
  if (!(path === "/en" || CACHEABLE_PATH.test(path))) return null;
  if (SESSION_COOKIE.test(headers.cookie ?? "")) return null;
  // The language is in the URL; by the origin its absolute URLs name (canonical, og:url, ClaimReview), so a
  // forged Host never reaches another visitor.
  const page = `${publicOrigin(headers)} ${url}`;
  return flight ? `${page} ${JSON.stringify(["rsc", ...ROUTER_HEADERS.map((name) => headers[name] ?? null)])}` : page;
}

/**
 * A session cookie on a request for a page kept for everyone (`headers` are those the app will see) that is no session
 * Auth.js reads (made up, cut, expired, sealed with another secret: each read as signed out) is dropped from `headers`,
 * so the page is answered from the copy kept for visitors without one, or rendered as theirs and kept. Such a cookie
 * sent every request past the copy to a render of its own: anyone rendered public pages at will by sending one.
 */
async function dropUnreadableSession(method: string | undefined, url: string | undefined, headers: http.OutgoingHttpHeaders, secret: string): Promise<void> {
  const cookie = headers.cookie;
  if (typeof cookie !== "string" || !SESSION_COOKIE.test(cookie)) return;
  const without = withoutSessionCookies(cookie);
  const anonymous: http.IncomingHttpHeaders = { ...(headers as http.IncomingHttpHeaders), cookie: without ?? undefined };
  if (cacheKey(method, url, anonymous) === null) return;
  if (await holdsSession(cookie, String(headers["x-forwarded-proto"]).replace(/:$/, "") === "https", secret)) return;
  if (without) headers.cookie = without;
  else delete headers.cookie;
}

/** The encoding to answer with: brotli, else gzip, else none, as Accept-Encoding allows (q=0 refuses). */
export function chooseEncoding(acceptEncoding: string | string[] | undefined): "br" | "gzip" | null {
  const accepted = new Map<string, number>();
  for (const part of (Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "")).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  return allows("br") ? "br" : allows("gzip") ? "gzip" : null;
}

/** Whether If-None-Match names this (weak) tag: weak comparison, as RFC 9110 asks for GET. */
function matchesEtag(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, "");
  return String(ifNoneMatch)
    .split(",")
    .some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === opaque);
}

/**
 * This server is the one place that decides who is calling: the client's X-Forwarded-For/-Host/-Proto
 * (and X-Real-IP, Forwarded) are dropped and replaced by single values worked out from the socket and,
 * only from trusted proxies (CLAIMDESK_TRUSTED_PROXIES), their headers. Next's internal request headers
 * (lib/http/framework-headers.ts) are dropped too. The app reads them as given
 * (lib/auth/client-ip.ts; Auth.js for host and protocol). Contract: lib/http/forwarded.ts.
 */
function forwardedHeaders(request: http.IncomingMessage, trust: TrustedProxies): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(request.headers)) if (!HOP_BY_HOP.has(name) && !FORWARDING_HEADERS.has(name) && !isFrameworkInternalHeader(name) && name !== HASH_CSP_REQUEST_HEADER && name !== REFRESH_HEADER && name !== REFRESH_ID_HEADER && name !== GENERATION_HEADER) headers[name] = value;
  // The generation nginx looked up (step 4 of lib/public/invalidate.ts), believed from a trusted proxy only.
  const generation = request.headers[GENERATION_HEADER];
  if (typeof generation === "string" && isTrustedPeer(request.socket.remoteAddress, trust)) headers[GENERATION_HEADER] = generation;
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
  for (const [name, value] of Object.entries(upstream.headers)) if (!HOP_BY_HOP.has(name) && name !== HASH_CSP_RESPONSE_HEADER) headers[name] = value;
  // An answer that sets a cookie belongs to its visitor: whatever the route said, no shared cache may keep it.
  if (headers["set-cookie"] && /\b(?:public|s-maxage)\b/i.test(String(headers["cache-control"] ?? ""))) headers["cache-control"] = PRIVATE_CACHE_CONTROL;
  return headers;
}

/**
 * A refused body is read and discarded, never kept, up to this much: a client that writes its whole body before
 * reading (as Playwright's request API does) still gets the 413; a longer one has its connection closed.
 */
const DISCARD_BYTES = 64 * 1024 * 1024;

/** What the caller still sends of a body this server refused is read and dropped, up to DISCARD_BYTES. */
function discardBody(request: http.IncomingMessage) {
  let discarded = 0;
  request.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_BYTES) request.socket.destroy();
  });
  request.resume();
}

/**
 * A refusal of a body still arriving: the answer goes out at once, and the connection stays open while the rest is
 * read and dropped (discardBody: up to DISCARD_BYTES), until the caller has sent it all or stays silent for
 * BODY_IDLE_MS. Closing at once with the body still coming makes the kernel reset the connection, and a client still
 * writing loses the answer it was sent (nginx's lingering close does the same). A caller waiting for "100 Continue"
 * sends no body: its answer ends at once.
 */
/** A desk JSON route's 404 (lib/errors.ts errorBody's shape), for an id that cannot be one. */
function jsonNotFound(): { status: number; headers: http.OutgoingHttpHeaders; body: string } {
  return { status: 404, headers: { "content-type": "application/json", "cache-control": "no-store" }, body: JSON.stringify({ error: { code: "NOT_FOUND", message: "Not found." } }) };
}

function refuseDraining(request: http.IncomingMessage, response: http.ServerResponse, answer: { status: number; headers: http.OutgoingHttpHeaders; body: string }) {
  discardBody(request);
  response.writeHead(answer.status, { ...answer.headers, "content-length": String(Buffer.byteLength(answer.body)) });
  const body = request.method === "HEAD" ? undefined : answer.body;
  if (request.headers.expect !== undefined) return void response.end(body);
  endAfterBody(request, response, body);
}

/**
 * Ends an answer whose head is written: at once when the caller's body is all in, else once the rest of it has been
 * read and dropped (the caller draining it with discardBody) or the caller stays silent for BODY_IDLE_MS. What is
 * written of the answer goes out meanwhile. Ending it with the body still coming closes a connection the caller asked
 * to close (or one the server will not read on) under that body, and the kernel's reset throws away the answer
 * waiting unread at the caller.
 */
function endAfterBody(request: http.IncomingMessage, response: http.ServerResponse, body?: string | Buffer) {
  if (request.complete || request.destroyed) return void response.end(body);
  if (body !== undefined) response.write(body);
  const finish = () => {
    clearTimeout(idle);
    if (!response.writableEnded) response.end();
  };
  const idle = setTimeout(finish, BODY_IDLE_MS);
  request.on("data", () => idle.refresh());
  request.once("end", finish);
  request.once("close", finish);
}

/** 413 for a body over its path's limit; what the caller still sends is discarded. */
function refuseTooLarge(request: http.IncomingMessage, response: http.ServerResponse) {
  if (response.headersSent) {
    discardBody(request);
    return response.destroy();
  }
  // JSON routes answer as their own refusals do (lib/errors.ts errorBody), pages in plain text.
  if (request.url?.startsWith("/api/")) {
    const body = JSON.stringify({ error: { code: "TOO_LARGE", message: "The request body is too large." } });
    return refuseDraining(request, response, { status: 413, headers: { "content-type": "application/json", "cache-control": "no-store" }, body });
  }
  refuseDraining(request, response, { status: 413, headers: { "content-type": "text/plain; charset=utf-8" }, body: "The request body is too large.\n" });
}

/** 429 for a client already sending its share of large bodies (lib/http/large-bodies.ts); its body is discarded. */
function refuseBusy(request: http.IncomingMessage, response: http.ServerResponse) {
  refuseDraining(request, response, tooManyLargeBodies(request.url));
}

/**
 * The whole body of a request, "too-large" as soon as it passes `limit` (the rest is left to refuseTooLarge), "full"
 * when it passes what the shared bound still holds (lib/http/large-bodies.ts HeldBodyBytes), or null when the caller
 * went away before sending all of it.
 */
function readWhole(request: http.IncomingMessage, limit: number, hold: BodyHold, idleMs = BODY_IDLE_MS): Promise<Buffer<ArrayBuffer> | "too-large" | "full" | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // A caller that stops sending is dropped: what it held goes back to the others.
    const idle = setTimeout(() => request.destroy(), idleMs);
    const settle = (outcome: Buffer<ArrayBuffer> | "too-large" | "full" | null) => {
      clearTimeout(idle);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      idle.refresh();
      size += chunk.length;
      // Each chunk is held from the shared bound as it comes.
      const fits = size <= limit && hold.grow(chunk.length);
      if (fits) return void chunks.push(chunk);
      request.off("data", onData);
      chunks.length = 0;
      settle(size > limit ? "too-large" : "full");
    };
    request.on("data", onData);
    request.once("end", () => settle(size > limit ? "too-large" : Buffer.concat(chunks)));
    request.once("close", () => settle(null));
  });
}

function serveEntry(request: http.IncomingMessage, response: http.ServerResponse, entry: Entry, state: "hit" | "miss") {
  const headers = { ...entry.headers, "x-claimdesk-cache": state };
  if (matchesEtag(request.headers["if-none-match"], entry.etag)) {
    response.writeHead(304, headers);
    return void response.end();
  }
  const encoding = chooseEncoding(request.headers["accept-encoding"]);
  const body = encoding === "br" ? entry.br : encoding === "gzip" ? entry.gzip : entry.plain;
  response.writeHead(200, { ...headers, ...(encoding ? { "content-encoding": encoding } : {}), "content-length": body.length });
  response.end(request.method === "HEAD" ? undefined : body);
}

/**
 * The User-Agent a page to keep is rendered for. Next writes a page's metadata (title, description, canonical, og:
 * tags) into the head for the crawlers next.config.js's htmlLimitedBots names and streams it into the body for anyone
 * else, so the copy every visitor got was shaped by whoever asked first: a visitor without a User-Agent, or with a
 * browser's, right after a publication, left link previews and crawlers that read only the head without a title. Every
 * kept page is rendered for this one, which that setting names, whoever asks.
 */
export const KEPT_PAGE_USER_AGENT = "claimdesk-front-server";

/**
 * A page to keep is fetched uncompressed (its scripts are hashed, and it is compressed here) and without a nonce;
 * revalidation (If-None-Match) is answered here, from what is kept.
 */
function pageRequestHeaders(upstreamHeaders: http.OutgoingHttpHeaders): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = { ...upstreamHeaders, "accept-encoding": "identity", [HASH_CSP_REQUEST_HEADER]: "hashes", "user-agent": KEPT_PAGE_USER_AGENT };
  delete headers["if-none-match"];
  delete headers["if-modified-since"];
  return headers;
}

/** A rendered anonymous public page made ready for every visitor and any shared cache. */
function makeEntry(html: Buffer, upstreamHeaders: http.OutgoingHttpHeaders, env: Record<string, string | undefined>): Entry {
  const text = html.toString("utf8");
  const headers: http.OutgoingHttpHeaders = { ...upstreamHeaders };
  delete headers["content-length"];
  delete headers["content-encoding"];
  headers["content-security-policy"] = withScriptHashes(String(headers["content-security-policy"] ?? ""), text);
  headers["cache-control"] = publicCacheControl(env);
  headers.vary = PUBLIC_VARY;
  const etag = `W/"${createHash("sha256").update(html).digest("base64url").slice(0, 32)}"`;
  headers.etag = etag;
  const gzip = zlib.gzipSync(html, { level: 6 });
  const br = zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: html.length } });
  return { plain: html, gzip, br, etag, headers, storedAt: Date.now() };
}

/**
 * A request Node cannot parse (a request line or headers over its 16 KB limit, broken framing) gets a short
 * answer that says what was wrong, in both languages, instead of Node's bare status line; the connection closes.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || (socket as { _httpMessage?: unknown })._httpMessage) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const body = tooLarge
    ? "Địa chỉ hoặc phần đầu của yêu cầu quá dài (tối đa 16 KB). / The address or the request's headers are too long (at most 16 KB).\n"
    : "Yêu cầu không đúng định dạng HTTP. / The request is not well-formed HTTP.\n";
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\n${Object.entries(OWN_ANSWER_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join("")}Connection: close\r\n\r\n${body}`);
}

/** Why the front server could not take its port, in a line an operator can act on. */
export function listenFailure(error: NodeJS.ErrnoException, port: number, host?: string): string {
  const where = host ? `${host}:${port}` : `port ${port}`;
  if (error.code === "EADDRINUSE") return `${where} is taken by another program: stop it, or set PORT to a free port.`;
  if (error.code === "EACCES") return `${where} needs privileges this process does not have: set PORT to a port above 1023, or put a proxy in front.`;
  if (error.code === "EADDRNOTAVAIL") return `${where}: this machine has no such address: set HOST to one of its addresses, or leave it unset.`;
  return `the front server could not listen on ${where}: ${error.message}`;
}

export async function startPageCache(options: PageCacheOptions): Promise<{ close: () => Promise<void>; clear: () => void; size: () => number; heldBodyBytes: () => { now: number; highest: number } }> {
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const env = options.env ?? process.env;
  const cache = new Map<string, Entry>();
  let bytes = 0;
  const drop = (key: string) => {
    bytes -= entryBytes(cache.get(key));
    cache.delete(key);
  };
  // Renders under way, by key: concurrent misses for one page wait for the first render instead of each
  // asking next for it (a viral page just published, or just dropped by a publication, is rendered once).
  const rendering = new Map<string, Promise<Entry | null>>();
  // Bumped by every drop: a render begun before it may hold what was dropped, so it is answered but not kept.
  let epoch = 0;
  const clear = () => {
    cache.clear();
    rendering.clear();
    bytes = 0;
    epoch += 1;
  };
  const log = options.log ?? (() => {});
  // Bodies above the ordinary limit (imports), at most two under way per client: Next holds each whole.
  const largeBodies = new LargeBodyGate();
  // And the bytes of bodies read here to be checked, across every client at once.
  const heldBodies = new HeldBodyBytes(options.heldBodyBytes ?? wholeSetting(env.CLAIMDESK_HELD_BODY_BYTES, DEFAULT_HELD_BODY_BYTES));
  const hosts = new HostPolicy(env);
  const limits = options.limits ?? clientLimitSettings(env);
  const renders = new RenderBudget(limits.pageRendersPerMinute);
  const connections = new ConnectionCounter(limits.connectionsPerAddress);
  const actionRefusals = new ActionRefusalTally();

  // A body that would pass the bytes held at once: 503 with Retry-After, what the caller still sends discarded.
  const refuseHeldFull = (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (response.headersSent) {
      discardBody(request);
      return void response.destroy();
    }
    refuseDraining(request, response, heldBodiesFull());
  };

  // A form posted to a page that is no form: 400, counted in the log with the other refused action requests.
  const refuseMalformedForm = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const line = actionRefusals.note("malformed");
    if (line) log(`front server: ${line}`);
    refuseDraining(request, response, malformedFormAnswer());
  };

  const pass = (
    request: http.IncomingMessage,
    response: http.ServerResponse,
    key: string | null,
    upstreamHeaders: http.OutgoingHttpHeaders,
    refreshId?: string,
    settle: (entry: Entry | null) => void = () => {},
  ) => {
    // Whatever happens to this request, those waiting on its render hear once: the page kept, or null.
    let settled = false;
    const done = (entry: Entry | null) => {
      if (settled) return;
      settled = true;
      settle(entry);
    };
    response.once("close", () => done(null));
    const limit = bodyLimitFor(request.url);
    const declared = declaredLength(request.headers["content-length"]);
    if (declared !== null && declared > limit) return refuseTooLarge(request, response);
    const release = largeBodies.admit(request.method, request.url, declared, String(upstreamHeaders["x-forwarded-for"] ?? "unknown"));
    if (!release) return refuseBusy(request, response);
    response.once("close", release);
    // Sends the request on to next-server: `body` when it was read here already, else the caller's as it arrives.
    const forward = (body: Buffer | null, handedOn: () => void = () => {}) => {
      let refused = false;
      let answered = false;
      const begunIn = epoch;
      const upstream = http.request(
        {
          host: options.upstream.host,
          port: options.upstream.port,
          // A page to keep is fetched whole (a HEAD too: it is kept for the GETs after it).
          method: key ? "GET" : request.method,
          path: request.url,
          headers: body ? { ...upstreamHeaders, "content-length": String(body.length) } : key ? pageRequestHeaders(upstreamHeaders) : upstreamHeaders,
        },
        (answer) => {
          // next-server died mid-answer: end the caller's connection too, or it would wait for the rest forever.
          answer.on("error", () => response.destroy());
          // A page's HTML, or its flight answer when that was asked for (the client router's, kept under its own key).
          const type = String(answer.headers["content-type"]);
          const hashed = answer.headers[HASH_CSP_RESPONSE_HEADER] === "hashes" && (type.startsWith("text/html") || (request.headers.rsc === "1" && type.startsWith("text/x-component")));
          if (!hashed) {
            const headers = responseHeaders(answer);
            // A public page for a signed-in visitor carries their name: never kept by a shared cache.
            if (!key && request.url && splitLocalePath(request.url.split("?")[0]!) && String(answer.headers["content-type"]).startsWith("text/html")) headers["cache-control"] = PRIVATE_CACHE_CONTROL;
            done(null);
            response.writeHead(answer.statusCode ?? 502, headers);
            // Ended once the caller's body is in: the app may answer before reading it (Next refusing it early).
            answer.pipe(response, { end: false });
            answer.once("end", () => {
              answered = true;
              stopFeeding();
              endAfterBody(request, response);
            });
            return;
          }
          const chunks: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => chunks.push(chunk));
          answer.on("end", () => {
            const entry: Entry = { ...makeEntry(Buffer.concat(chunks), responseHeaders(answer), env), ...(refreshId ? { refreshId } : {}) };
            const keep = key && answer.statusCode === 200 && !answer.headers["set-cookie"] && begunIn === epoch;
            if (!keep) {
              // Not a page to keep (a 404, a HEAD): still answered with its hashed policy, but not stored anywhere. One
              // that sets a cookie is this visitor's alone: a shared cache in front must not keep it (and its cookie).
              const withCookie = Boolean(answer.headers["set-cookie"]);
              const cacheControl = withCookie ? PRIVATE_CACHE_CONTROL : answer.statusCode === 200 ? entry.headers["cache-control"] : String(answer.headers["cache-control"] ?? "no-store");
              const headers = { ...entry.headers, "cache-control": cacheControl };
              if (answer.statusCode !== 200 || withCookie) delete headers.etag;
              done(null);
              answered = true;
              stopFeeding();
              response.writeHead(answer.statusCode ?? 502, { ...headers, "content-length": entry.plain.length });
              return endAfterBody(request, response, request.method === "HEAD" ? undefined : entry.plain);
            }
            drop(key);
            // Oldest first (a Map keeps insertion order) until the new page fits both bounds.
            while (cache.size && (cache.size >= MAX_ENTRIES || bytes + entryBytes(entry) > MAX_BYTES)) drop(cache.keys().next().value!);
            if (entryBytes(entry) <= MAX_BYTES) {
              cache.set(key, entry);
              bytes += entryBytes(entry);
            }
            done(entry);
            serveEntry(request, response, entry, "miss");
          });
        },
      );
      // A page render that stalls (next-server hung, a connection that never answers) fails like one that broke.
      if (key) upstream.setTimeout(options.renderIdleMs ?? RENDER_IDLE_MS, () => upstream.destroy(new Error("the page render sent nothing in time")));
      // Next may answer before reading a body it refuses (too large, not JSON). Once its answer is in, stop feeding
      // the upstream and drain the caller's body (discardBody): the answer is ended when that is in (endAfterBody).
      let fed = true;
      const stopFeeding = () => {
        if (request.complete || !fed) return;
        fed = false;
        request.unpipe(upstream);
        discardBody(request);
        upstream.destroy();
      };
      response.once("finish", stopFeeding);
      // The caller went away before its answer ended (a reload during a streamed import preview): next-server's request
      // ends too, so the work it was doing for it stops. A page to keep is fetched to its end for the next visitor.
      response.once("close", () => {
        if (!key && !response.writableFinished) upstream.destroy();
      });
      upstream.on("error", () => {
        done(null);
        // The app's answer is all in: its connection going away under the caller's body changes nothing.
        if (refused || answered) return;
        if (response.headersSent) return response.destroy();
        // next-server is down or restarting (npm start supervises it): a short page, and a hint to retry.
        sendAnswer(request, response, unavailableAnswer(request.headers.cookie));
      });
      // Once written out to next-server the body is no longer held here.
      if (body) return void upstream.end(body, handedOn);
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
    // A server action's body (a form, or a fetch action's arguments) is read whole and checked first: one Next cannot
    // parse is answered 400 here, not 500 by Next (lib/http/form-body.ts).
    const contentType = String(request.headers["content-type"] ?? "");
    const isFetchAction = upstreamHeaders[ACTION_HEADER] !== undefined;
    const kind = actionBodyKind(request.method, request.url, contentType, isFetchAction);
    if (!kind) return forward(null);
    if (kind === "form" && formBoundary(contentType) === null) return refuseMalformedForm(request, response);
    // Held from the shared bound while it is read, checked and handed on: answered 503 when its declared length does
    // not fit now, or when what it sends passes what is left.
    const hold = heldBodies.hold(declared ?? 0);
    if (!hold) return refuseHeldFull(request, response);
    response.once("close", hold.release);
    void readWhole(request, limit, hold, options.bodyIdleMs).then(async (body) => {
      if (body === "too-large") return refuseTooLarge(request, response);
      if (body === "full") return refuseHeldFull(request, response);
      if (body === null) return void response.destroy();
      // A check that fails on the body (whatever it holds) refuses it, and never ends the process.
      const wellFormed = await isWellFormedActionBody(body, contentType, kind, isFetchAction).catch(() => false);
      if (!wellFormed) return refuseMalformedForm(request, response);
      forward(body, hold.release);
    });
  };

  // Step 4 of lib/public/invalidate.ts: catching up with the generation nginx asks for, read from PostgreSQL.
  const reader = options.databaseUrl ? generationReader(options.databaseUrl) : null;
  // Whether a claim page's slug is any claim's, read before it is rendered (./missing-claims.ts).
  const slugs = options.databaseUrl ? slugReader(options.databaseUrl) : null;
  const generation = reader ? generationCatchUp(reader.read, clear, (line) => log(`page cache: ${line}`)) : null;

  const server = http.createServer((request, response) => {
    // Every answer this server writes itself (421, 429, 413, 503) cannot be framed or sniffed; the app's answers
    // carry their own, which replace these.
    guard(response);
    // Keyed by the headers the app will see: a forged X-Forwarded-Host from an untrusted client is already gone.
    const upstreamHeaders = forwardedHeaders(request, options.trustedProxies ?? TRUST_NONE);
    // A target that is not a path, TRACE, a broken escape in the path, or no usable Host (lib/http/request-shape.ts).
    const resolvedHost = upstreamHeaders["x-forwarded-host"] as string | undefined;
    // A method the address does not answer (PUT, DELETE, OPTIONS … on a page) too: 405 with Allow.
    const refused = refuseRequestShape({ method: request.method, url: request.url, rawHeaders: request.rawHeaders, resolvedHost });
    if (refused) {
      discardBody(request);
      return sendAnswer(request, response, refused);
    }
    // The app sees the host decided here as its Host too, never a value it would build a broken URL from.
    upstreamHeaders.host = resolvedHost ?? "localhost";
    // An empty query ("/claims/x?") is the address without it: Next reads them alike, and as an address of its own it
    // was rendered anew on every request, past the copy kept of the page.
    if (request.url?.endsWith("?") && request.url.indexOf("?") === request.url.length - 1) request.url = request.url.slice(0, -1);
    // A query key Next takes for its own (`_rsc` on a request for HTML, `nxtP…`) is sent to the address without it,
    // before the app: the page proxy never sees such a key, so each made-up value was an address rendered anew.
    const bare = request.method === "GET" || request.method === "HEAD" ? withoutNextQueryKeys(request.url ?? "/", request.headers.rsc === "1") : null;
    if (bare !== null) {
      discardBody(request);
      return sendAnswer(request, response, plainAnswer(308, "Địa chỉ này đã chuyển. / This address has moved.\n", { location: bare }));
    }
    // A server action the build does not have, or one posted from another site: answered here, counted in the log.
    if (upstreamHeaders[ACTION_HEADER] !== undefined) {
      const refusal = refuseServerAction({ method: request.method, action: request.headers[ACTION_HEADER], origin: request.headers.origin, resolvedHost }, options.serverActionIds ?? null);
      if (refusal) {
        const line = actionRefusals.note(refusal.reason);
        if (line) log(`front server: ${line}`);
        request.resume();
        return sendAnswer(request, response, refusal);
      }
      if (request.method !== "POST") delete upstreamHeaders[ACTION_HEADER];
    }
    const behind = generation?.catchUp(upstreamHeaders[GENERATION_HEADER] as string | undefined);
    const session = options.sessionSecret ? dropUnreadableSession(request.method, request.url, upstreamHeaders, options.sessionSecret) : null;
    if (behind || session) return void Promise.all([behind, session]).then(() => answer(request, response, upstreamHeaders));
    answer(request, response, upstreamHeaders);
  });

  const answer = (request: http.IncomingMessage, response: http.ServerResponse, upstreamHeaders: http.OutgoingHttpHeaders) => {
    // A host this site does not serve: refused when the hosts are configured, else rendered but never kept
    // (lib/http/allowed-hosts.ts), so forged hosts cannot fill the cache nor put their name in a kept page.
    const hostVerdict = hosts.check(upstreamHeaders["x-forwarded-host"] as string | undefined, request.url, String(upstreamHeaders["x-forwarded-for"] ?? "unknown"));
    if (hostVerdict === "refused") return sendAnswer(request, response, misdirectedAnswer());
    // A path that is no page's nor any route's: 404 here, not Next's not-found page rendered for every made-up path
    // (a POST's too, an escaped spelling of a public page's included, which only a GET or HEAD is sent on from: a body
    // still arriving is read and dropped).
    const [path = "/", query] = (request.url ?? "/").split("?", 2);
    if (isNoAddress(path, request.method)) return refuseDraining(request, response, notFoundAnswer(notFoundLocale(path)));
    // An address whose id cannot be an id (`/desk/claims/<not-a-uuid>`): 404 before the session is read or the desk
    // rendered (lib/http/id-segments.ts).
    const noSuchId = impossibleId(path);
    if (noSuchId) return refuseDraining(request, response, noSuchId === "json" ? jsonNotFound() : notFoundAnswer(notFoundLocale(path)));
    // And a claim page's address that no slug can be.
    const reads = request.method === "GET" || request.method === "HEAD";
    if (reads && impossibleClaimPage(path)) return sendAnswer(request, response, notFoundAnswer(notFoundLocale(path)));
    const key = hostVerdict === "allowed" ? cacheKey(request.method, request.url, upstreamHeaders as http.IncomingHttpHeaders) : null;
    // nginx refreshing its copy after an approval (lib/public/shared-cache.ts) gets a new render, and the kept page
    // is replaced: this server may not have heard the publication notice yet.
    // The same refresh's other encodings are answered from the page it rendered.
    const refresh = isRefreshRequest(request.headers[REFRESH_HEADER], env);
    const refreshId = refresh ? String(request.headers[REFRESH_ID_HEADER] ?? "").slice(0, 100) || undefined : undefined;
    const kept = key ? cache.get(key) : undefined;
    const entry = !refresh || (refreshId && kept?.refreshId === refreshId) ? kept : undefined;
    if (key && entry && Date.now() - entry.storedAt < ttlMs) return serveEntry(request, response, entry, "hit");
    // Not kept: Next renders it. One address gets a bounded number of renders per minute (lib/http/client-limits.ts);
    // a visitor waiting on another's render of the same page below costs nothing and is not counted.
    if (!refresh && rendersPage(request.url) && !(key && rendering.has(key))) {
      const wait = renders.take(String(upstreamHeaders["x-forwarded-for"] ?? "unknown"));
      if (wait) return sendAnswer(request, response, tooManyRenders(wait));
    }
    const proceed = () => {
      if (!key || refresh) return pass(request, response, key, upstreamHeaders, refreshId);
      // Kept meanwhile (another visitor's render ended while this one's slug was looked up): served from it.
      const keptNow = cache.get(key);
      if (keptNow && Date.now() - keptNow.storedAt < ttlMs) return serveEntry(request, response, keptNow, "hit");
      renderOnce(request, response, key, upstreamHeaders);
    };
    // A claim page whose slug no claim holds nor held: 404 without a render (./missing-claims.ts), whoever asks and
    // however (a signed-in visitor, the client router, whose flight request meeting HTML loads the page whole). A
    // query other than a flight request's `_rsc` goes on: the page proxy sends it to the address without it, unread.
    const plain = query === undefined || (request.headers.rsc === "1" && /^_rsc=[^&]*$/.test(query));
    const claimPage = slugs && reads && plain && !refresh && !(key && rendering.has(key)) ? claimPageSlug(path) : null;
    if (!claimPage) return proceed();
    void slugs!.known(claimPage.slug).then((known) => (known === false ? sendAnswer(request, response, notFoundAnswer(claimPage.locale)) : proceed()));
  };

  /** A page to keep, rendered once however many ask for it at once. */
  const renderOnce = (request: http.IncomingMessage, response: http.ServerResponse, key: string, upstreamHeaders: http.OutgoingHttpHeaders) => {
    const under = rendering.get(key);
    if (under) {
      // Another visitor's request is rendering this page: answer from its render, or render anew if it kept none.
      void under.then((shared) => (shared ? serveEntry(request, response, shared, "hit") : pass(request, response, key, upstreamHeaders)));
      return;
    }
    let settle!: (entry: Entry | null) => void;
    const render = new Promise<Entry | null>((resolve) => (settle = resolve));
    rendering.set(key, render);
    pass(request, response, key, upstreamHeaders, undefined, (kept) => {
      if (rendering.get(key) === render) rendering.delete(key);
      settle(kept);
    });
  };
  server.keepAliveTimeout = 65_000;
  // Headers must arrive within 20 s (slowloris); Node's own default is a minute.
  server.headersTimeout = 20_000;
  server.on("clientError", answerClientError);
  // `Expect: 100-continue`: a body over its path's limit is refused before the client sends it, not after.
  server.on("checkContinue", (request: http.IncomingMessage, response: http.ServerResponse) => {
    const declared = declaredLength(request.headers["content-length"]);
    if (declared !== null && declared > bodyLimitFor(request.url)) {
      guard(response);
      response.shouldKeepAlive = false;
      return refuseTooLarge(request, response);
    }
    response.writeContinue();
    server.emit("request", request, response);
  });
  // At most so many open connections per client address; a trusted proxy carries everyone's and is not counted.
  const trust = options.trustedProxies ?? TRUST_NONE;
  server.on("connection", (socket) => {
    if (isTrustedPeer(socket.remoteAddress, trust)) return;
    const release = connections.admit(socket.remoteAddress);
    if (!release) return void socket.destroy();
    socket.once("close", release);
  });

  // With a database to read the generation from, a notice drops the pages once that read finds a newer one (so a
  // render begun meanwhile is not thrown away twice); without one, at once. A session's end is heard on the same
  // connection, for the sessions read from the database (lib/auth/session-cookie.ts).
  const dropPages = () => (generation ? generation.heard() : clear());
  const listener = options.databaseUrl && options.listen !== false ? await onPublication(options.databaseUrl, { dropPages, sessionEnded }, (line) => log(`page cache: ${line}`)) : null;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    await listener?.close().catch(() => {});
    await reader?.close().catch(() => {});
    await slugs?.close().catch(() => {});
    throw new Error(listenFailure(error as NodeJS.ErrnoException, options.port, options.host));
  }
  return {
    clear,
    size: () => cache.size,
    heldBodyBytes: () => heldBodies.size(),
    close: async () => {
      await listener?.close();
      await reader?.close().catch(() => {});
      await slugs?.close().catch(() => {});
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
