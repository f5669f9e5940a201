// Which URLs belong to the signed-in workbench, and which sign-in return addresses are safe.
const DESK_PREFIXES = ["/desk", "/admin", "/account", "/sources", "/review", "/claims-desk"];

export function isDeskPath(pathname: string): boolean {
  return DESK_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Any origin works for the check: a same-origin answer is a path, whatever the app's real origin. */
const APP_ORIGIN = "http://claimdesk.invalid";
// C0 controls, DEL and C1 controls: browsers drop tab and newline from URLs, so "/\t/evil" becomes "//evil".
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function decodeFully(value: string): string | null {
  let current = value;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * A redirect target from a request (callbackUrl and any other redirect parameter): accepted only as a
 * same-origin path that starts with a single "/", with no control characters and no backslashes, raw or
 * percent-decoded, and no "//" start after decoding. The answer is the URL parser's serialisation (non-ASCII
 * percent-encoded), so it is always a valid Location header. Anything else gives the fallback.
 */
export function safeRedirectPath(value: unknown, fallback = "/desk"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  const decoded = decodeFully(value);
  if (decoded === null) return fallback;
  for (const text of [value, decoded]) {
    if (!text.startsWith("/") || text.startsWith("//") || text.includes("\\") || CONTROL.test(text)) return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, APP_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== APP_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}

/**
 * Auth.js's redirect callback (sign-in, sign-out, the callbackUrl form field and cookie): a path, or an absolute URL
 * on the site's own origin, is checked as safeRedirectPath checks any target; anything else, a URL that does not parse
 * included, goes to the site's root. Auth.js's own check let `//evil` and `/\evil` through as paths, and threw on
 * an unparsable value, answering a visitor's typo with its "Configuration" error page and a stack in the log.
 */
export function authRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  let path: string | null = url;
  if (!url.startsWith("/")) {
    try {
      const parsed = new URL(url);
      path = parsed.origin === baseUrl ? `${parsed.pathname}${parsed.search}${parsed.hash}` : null;
    } catch {
      path = null;
    }
  }
  return `${baseUrl}${safeRedirectPath(path, "/")}`;
}

/** The sign-in return address: see safeRedirectPath. */
export const safeCallbackUrl = safeRedirectPath;
