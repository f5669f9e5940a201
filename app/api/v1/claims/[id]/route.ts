// GET /api/v1/claims/{id}: one published claim by id or slug, with its revisions and corrections.
import { apiPreflight, publicApiRoute } from "@/lib/public/api-route";
import { getClaimForApi } from "@/lib/public/api";
import { siteUrl } from "@/lib/public/site";

// Every answer is counted against the caller's rate limit: never prerendered or cached by the server.
export const dynamic = "force-dynamic";

export const GET = publicApiRoute<{ id: string }>((request, { id }) => getClaimForApi(id, siteUrl(request.headers), new URL(request.url).searchParams));
export const OPTIONS = apiPreflight;
