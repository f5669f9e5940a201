// GET /api/v1/openapi.json: the public API's OpenAPI 3.1 description.
import { apiPreflight, publicApiRoute } from "@/lib/public/api-route";
import { OPENAPI } from "@/lib/public/openapi";

// Every answer is counted against the caller's rate limit: never prerendered or cached by the server.
export const dynamic = "force-dynamic";

export const GET = publicApiRoute(async () => OPENAPI);
export const OPTIONS = apiPreflight;
