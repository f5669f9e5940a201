// GET /api/v1/openapi.json: the public API's OpenAPI 3.1 description.
import { apiPreflight, publicApiRoute } from "@/lib/public/api-route";
import { onlyParams } from "@/lib/public/api";
import { openApiDocument } from "@/lib/public/openapi";
import { siteUrl } from "@/lib/public/site";

// Every answer is counted against the caller's rate limit: never prerendered or cached by the server.
export const dynamic = "force-dynamic";

export const GET = publicApiRoute(async (request) => {
  onlyParams(new URL(request.url).searchParams, []);
  return openApiDocument(siteUrl(request.headers));
});
export const OPTIONS = apiPreflight;
