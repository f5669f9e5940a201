// Requests the front server answers itself, before the app sees them, because their shape is not one a browser sends
// and the app mishandled it:
// - a request target that is not a path ("GET http://evil.example/claims", "OPTIONS *"): Next took the absolute
//   form's host for the page's own and answered its redirects (308) on it, an open redirect a shared cache could keep;
// - TRACE and CONNECT: Next cannot build a Request from them and answered 500 (Node's parser refuses TRACK itself);
// - a path with broken percent-encoding ("/claims/%ff"): a dynamic route failed to decode it and answered 500;
// - a method the address does not answer (PUT, DELETE, OPTIONS … on a page): Next rendered the page (./page-methods.ts);
// - no usable Host (absent, empty, repeated, or not a host name: "localhost:3000@evil", "a/b"): the app fell back
//   to `next start`'s private address in its absolute URLs, or failed to build its URL (500). RFC 9112 §3.2 asks
//   for 400 here. /api/health answers any host, and none, for load balancers that ask by address or in HTTP/1.0;
// - a fragment in the target ("/claims/x#<random>"): RFC 9112's request-target has none, and Next read the path before
//   it, so each made-up fragment was an address of its own to nginx and the front server, the page rendered anew;
// - Next's image optimizer (`/_next/image?url=/sitemap.xml&w=640&q=75`): the site has no image for it, yet it fetched
//   any local address named in `url` through Next's own router to find that out, so each request rendered a page or ran
//   a feed's or the sitemap's queries behind every kept copy and outside the per-address render budget: 404 here.
// - a dot segment in the path ("/claims/./x", "/claims/%2e%2e/claims/x", "/en/../claims/x"): Next reads the path
//   through WHATWG's URL, which removes them, so each spelling rendered the claim page it names, an address of its own
//   to nginx and the front server (both key on the target as sent) and so a render and a database read every time.
//   Browsers remove dot segments before they send a path; one that holds any is not a browser's.
// Pure: the front server passes what it knows of the request.
import { allowedMethods, refuseMethod } from "./page-methods";
import { plainAnswer as plain, type ShapeAnswer } from "./plain-answer";

export type RequestShape = {
  method: string | undefined;
  url: string | undefined;
  /** The request's raw header list (names and values alternating), to count Host lines. */
  rawHeaders: string[];
  /** The host the front server settled on (Host, or a trusted proxy's X-Forwarded-Host), when it is well-formed. */
  resolvedHost: string | undefined;
};

const UNSUPPORTED_METHODS = new Set(["TRACE", "CONNECT"]);

/** Whether every % in the text starts a %XX escape and the escapes decode as UTF-8. */
export function isWellEncoded(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** A segment WHATWG's URL reads as "." or ".." (a dot may be escaped: "%2e", ".%2E"); `\\` parts segments as `/` does. */
const DOT_SEGMENT = /(?:^|[/\\])(?:\.|%2e){1,2}(?=[/\\]|$)/i;

/** Whether the path holds a dot segment, which URL parsing (Next's included) removes. */
export function hasDotSegment(path: string): boolean {
  return DOT_SEGMENT.test(path);
}

/**
 * Query keys Next takes for its own before the page proxy sees the address: the client router's `_rsc` (the hash it
 * asks of a flight request) and keys under its route-parameter prefixes (`nxtP…`, `nxtI…`, read as the key after
 * the prefix). proxy.ts sees `_rsc` never and `nxtPq` as `q`, so `/claims/x?_rsc=<random>` or `/claims?q=a&nxtPq=a`
 * passed its check of the query the site writes, and each was rendered anew under an address of its own to nginx and
 * the front server.
 */
const NEXT_OWN_KEY = /^(?:_rsc|nxt[PI].+)$/;

function queryKey(pair: string): string {
  const raw = pair.split("=", 1)[0]!.replace(/\+/g, " ");
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The target without the query keys Next takes for its own (NEXT_OWN_KEY), `_rsc` kept on a flight request (RSC: 1)
 * whose hash Next checks; null when it holds none. Never a target another host could be read from ("//host/…").
 */
export function withoutNextQueryKeys(url: string, flight: boolean): string | null {
  const mark = url.indexOf("?");
  if (mark < 0) return null;
  const pairs = url.slice(mark + 1).split("&");
  const kept = pairs.filter((pair) => {
    const key = queryKey(pair);
    return !NEXT_OWN_KEY.test(key) || (flight && key === "_rsc");
  });
  if (kept.length === pairs.length) return null;
  const path = url.slice(0, mark).replace(/^[/\\]+/, "/");
  return kept.length ? `${path}?${kept.join("&")}` : path;
}

/** Next's image optimizer's address (decoded: Next reads `/_next/%69mage` as it). */
export function isImageOptimizer(path: string): boolean {
  try {
    return /^\/_next\/image(?:\/|$)/.test(decodeURIComponent(path));
  } catch {
    return false;
  }
}

export function isHealthCheck(url: string | undefined): boolean {
  return url === "/api/health" || Boolean(url?.startsWith("/api/health?"));
}

/** The answer for a request of a shape the app must not see, or null to pass it on. */
export function refuseRequestShape(request: RequestShape): ShapeAnswer | null {
  const method = (request.method ?? "").toUpperCase();
  if (UNSUPPORTED_METHODS.has(method)) return plain(405, "Phương thức này không được hỗ trợ. / This method is not supported.\n", { allow: allowedMethods(request.url) });
  const url = request.url ?? "";
  if (!url.startsWith("/")) return plain(400, "Yêu cầu không hợp lệ. / Bad request: the target must be a path.\n");
  if (url.includes("#")) return plain(400, "Yêu cầu không hợp lệ. / Bad request: the target must not hold a fragment (#).\n");
  const path = url.split("?", 1)[0]!;
  if (!isWellEncoded(path)) return plain(400, "Địa chỉ không hợp lệ. / Bad request: the path's percent-encoding is broken.\n");
  if (hasDotSegment(path)) return plain(400, "Địa chỉ không hợp lệ. / Bad request: the path must not hold '.' or '..' segments.\n");
  if (isImageOptimizer(path)) return plain(404, "Không tìm thấy. / Not found: this site has no images to optimize.\n");
  const hostLines = request.rawHeaders.filter((_, i) => i % 2 === 0 && request.rawHeaders[i]!.toLowerCase() === "host").length;
  if (isHealthCheck(url) && hostLines <= 1) return refuseMethod(request.method, url);
  if (hostLines !== 1 || !request.resolvedHost) return plain(400, "Thiếu tên miền hợp lệ. / Bad request: one well-formed Host header is needed.\n");
  return refuseMethod(request.method, url);
}
