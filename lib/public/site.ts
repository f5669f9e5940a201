// Who publishes the public site, and its absolute URLs (the origin comes from lib/public/origin.ts).
import { configuredOrigin, publicOrigin, type HeaderSource } from "./origin";

export type Organisation = { name: string; url: string };

/**
 * The public base URL for a request, without a trailing slash: CLAIMDESK_PUBLIC_URL, or the host the visitor
 * used (see publicOrigin). Without headers (scripts, tests) and no setting, http://localhost:PORT.
 */
export function siteUrl(headers?: HeaderSource, env: Record<string, string | undefined> = process.env): string {
  if (headers) return publicOrigin(headers, env);
  return configuredOrigin(env) ?? `http://localhost:${env.PORT || 3000}`;
}

/** The fact-checking organisation named as ClaimReview's author (CLAIMDESK_ORG_NAME, CLAIMDESK_ORG_URL, else the site). */
export function organisation(base: string, env: Record<string, string | undefined> = process.env): Organisation {
  return { name: env.CLAIMDESK_ORG_NAME?.trim() || "Claim desk", url: env.CLAIMDESK_ORG_URL?.trim() || base };
}

export function claimUrl(slug: string, base: string): string {
  return `${base}/claims/${slug}`;
}

/** The PostgreSQL NOTIFY channel an approval announces a publication on (after its transaction commits). */
export const PUBLISHED_CHANNEL = "claimdesk_published";
