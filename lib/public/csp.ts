// The pages' Content-Security-Policy, in two forms:
// - with a per-response nonce (signed-in visitors, and pages no front server post-processes): proxy.ts;
// - for anonymous public pages that caches keep: no nonce (a nonce repeated to every visitor of a cached page is
//   no secret), but the sha256 of each of the page's inline scripts, computed by the front server once the page
//   is rendered (lib/public/page-cache.ts); the framework's own files load from 'self'.
// No "server-only": proxy.ts and the front server use it.
import { createHash } from "node:crypto";

/**
 * Request header the front server sets (replacing any the client sent) on a request whose page it will hash:
 * proxy.ts then renders it without a nonce and marks the answer with HASH_CSP_RESPONSE_HEADER.
 */
export const HASH_CSP_REQUEST_HEADER = "x-claimdesk-csp";
export const HASH_CSP_RESPONSE_HEADER = "x-claimdesk-csp";
/** The script-src placeholder in a policy awaiting its hashes. */
const HASHES_PLACEHOLDER = "'claimdesk-script-hashes'";

export function contentSecurityPolicy(scripts: { nonce: string } | "hashes", isDev = false): string {
  const scriptSrc = scripts === "hashes" ? `'self' ${HASHES_PLACEHOLDER}` : `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'`;
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}${isDev ? " 'unsafe-eval'" : ""}`,
    // No 'unsafe-inline': the app's styles are stylesheets; React sets a style={…} through the CSSOM in the browser,
    // which CSP does not govern, and no server-rendered element carries a style attribute.
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Inline <script> elements' text (those without src), exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1]!)) continue;
    scripts.push(match[2]!);
  }
  return scripts;
}

/** The policy with the placeholder replaced by the hashes of the page's inline scripts (each listed once). */
export function withScriptHashes(policy: string, html: string): string {
  const hashes = new Set(inlineScripts(html).map((text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`));
  return policy.replace(HASHES_PLACEHOLDER, [...hashes].join(" ")).replace(/ {2,}/g, " ").replace(/ ;/g, ";");
}
