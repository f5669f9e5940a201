// GET /api/v1/claims?q=&kind=&verdict=&claimant=&from=&to=&limit=&cursor=: search published claims.
import { apiPreflight, publicApiRoute } from "@/lib/public/api-route";
import { searchClaimsForApi } from "@/lib/public/api";
import { siteUrl } from "@/lib/public/site";

// Every answer is counted against the caller's rate limit: never prerendered or cached by the server.
export const dynamic = "force-dynamic";

export const GET = publicApiRoute((request) => searchClaimsForApi(new URL(request.url).searchParams, siteUrl(request.headers)));
export const OPTIONS = apiPreflight;
