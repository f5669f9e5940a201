// The pages' Content-Security-Policy, in two forms:
// - with a per-response nonce (signed-in visitors, and pages no front server post-processes): proxy.ts;
// - for anonymous public pages that caches keep: no nonce (a nonce repeated to every visitor of a cached page is
//   no secret), but the sha256 of each of the page's inline scripts, computed by the front server once the page
//   is rendered (lib/public/page-cache.ts), and only of the framework's own (see FRAMEWORK_SCRIPT); its files load
//   from 'self'.
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

/**
 * The framework's inline scripts, as Next writes them: its flight-data bootstrap and pushes (each push one JSON
 * string literal), and Turbopack's list of the page's chunks. Only these are hashed. Any other inline script (markup that escaped React's escaping, say) gets no
 * hash and stays blocked, so the policy keeps its worth against injection; data blocks (application/ld+json) are
 * not executed and need none.
 */
const CHUNK = String.raw`"static\/chunks\/[\w.-]+\.js"`;
const FRAMEWORK_SCRIPT = new RegExp(
  [
    String.raw`\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)`,
    String.raw`self\.__next_f\.push\(\[[0-3],(?:null|"(?:[^"\\\n<]|\\.)*")\]\)`,
    // Turbopack's chunk list for the page's runtime.
    String.raw`\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\[(?:${CHUNK}(?:,${CHUNK})*)?\],"runtimeModuleIds":\[\d+(?:,\d+)*\]\}\);`,
  ]
    .map((pattern) => `(?:${pattern})`)
    .join("|")
    .replace(/^/, "^(?:")
    .replace(/$/, ")$"),
);

/** Inline executable <script> elements' text (no src, no data type), exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1]!;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== "text/javascript" && type !== "module") continue;
    scripts.push(match[2]!);
  }
  return scripts;
}

export function isFrameworkScript(text: string): boolean {
  return FRAMEWORK_SCRIPT.test(text);
}

/** The policy with the placeholder replaced by the hashes of the page's framework scripts (each listed once). */
export function withScriptHashes(policy: string, html: string): string {
  const hashes = new Set(
    inlineScripts(html)
      .filter(isFrameworkScript)
      .map((text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`),
  );
  return policy.replace(HASHES_PLACEHOLDER, [...hashes].join(" ")).replace(/ {2,}/g, " ").replace(/ ;/g, ";");
}
