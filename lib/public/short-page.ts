// The short pages the front server writes itself (a 404 for an address that is no page's, a 503 while the app
// restarts): no script, nothing loaded, one inline style in the site's colours allowed by its hash alone.
import { createHash } from "node:crypto";
import { escapeHtml } from "@/lib/html-escape";
import type { Locale } from "@/lib/i18n/locale";

const STYLE =
  "html{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;background:#fbfaf7;line-height:1.55}" +
  "body{margin:0}main{max-width:36rem;margin:12vh auto 0;padding:2rem 1.5rem;background:#fff;border:1px solid #e3e0d8;border-radius:8px}" +
  "h1{font-size:1.5rem;margin:0 0 .5rem}p{margin:.5rem 0;color:#4b5563}nav{margin-top:1.25rem;display:flex;gap:1rem;flex-wrap:wrap}" +
  "a{color:#0f4c81;font-weight:600}a:focus-visible{outline:3px solid #0f4c81;outline-offset:2px}";

/** The style's hash, the only source the short pages' policy allows. */
export const SHORT_PAGE_STYLE_HASH = `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`;
/** Nothing runs, loads or frames the page; its one style element is allowed by its hash. */
export const SHORT_PAGE_POLICY = `default-src 'none'; style-src ${SHORT_PAGE_STYLE_HASH}; frame-ancestors 'none'`;

/** A short page in `locale`: a heading, a line of text and links (already the site's own addresses). */
export function shortPage(locale: Locale, page: { title: string; heading: string; text: string; links?: Array<{ href: string; label: string }>; noindex?: boolean }): string {
  const links = page.links?.length ? `<nav>${page.links.map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a>`).join("")}</nav>` : "";
  const robots = page.noindex ? `<meta name="robots" content="noindex">` : "";
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${robots}<title>${escapeHtml(page.title)}</title><style>${STYLE}</style></head><body><main><h1>${escapeHtml(page.heading)}</h1><p>${escapeHtml(page.text)}</p>${links}</main></body></html>\n`;
}
