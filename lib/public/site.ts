// Where the public site lives and who publishes it: absolute URLs for ClaimReview, the feed and the sitemap.
export type Organisation = { name: string; url: string };

/** The public base URL, without a trailing slash (CLAIMDESK_PUBLIC_URL; by default the local server). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CLAIMDESK_PUBLIC_URL?.trim();
  return (configured || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, "");
}

/** The fact-checking organisation named as ClaimReview's author (CLAIMDESK_ORG_NAME, CLAIMDESK_ORG_URL). */
export function organisation(env: NodeJS.ProcessEnv = process.env): Organisation {
  return { name: env.CLAIMDESK_ORG_NAME?.trim() || "Claim desk", url: env.CLAIMDESK_ORG_URL?.trim() || siteUrl(env) };
}

export function claimUrl(slug: string, base = siteUrl()): string {
  return `${base}/claims/${slug}`;
}

/** The PostgreSQL NOTIFY channel an approval announces a publication on (after its transaction commits). */
export const PUBLISHED_CHANNEL = "claimdesk_published";
