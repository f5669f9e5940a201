// GET /api/v1/claimreview-feed.json?limit=&cursor=: a schema.org DataFeed of every published ClaimReview.
import { apiPreflight, publicApiRoute } from "@/lib/public/api-route";
import { claimReviewFeedForApi } from "@/lib/public/api";
import { siteUrl } from "@/lib/public/site";
import { publicCacheControl } from "@/lib/public/cache-policy";

// Every answer is counted against the caller's rate limit: never prerendered or cached by the server.
export const dynamic = "force-dynamic";

export const GET = publicApiRoute((request) => claimReviewFeedForApi(new URL(request.url).searchParams, siteUrl(request.headers)), { cacheControl: publicCacheControl });
export const OPTIONS = apiPreflight;
