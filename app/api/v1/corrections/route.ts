// GET /api/v1/corrections?limit=&cursor=: the public corrections log, newest first.
import { apiPreflight, publicApiRoute } from "@/lib/public/api-route";
import { listCorrectionsForApi } from "@/lib/public/api";
import { siteUrl } from "@/lib/public/site";

// Every answer is counted against the caller's rate limit: never prerendered or cached by the server.
export const dynamic = "force-dynamic";

export const GET = publicApiRoute((request) => listCorrectionsForApi(new URL(request.url).searchParams, siteUrl(request.headers)));
export const OPTIONS = apiPreflight;
