// Any other /api/v1/… address: the API's JSON error shape with 404, whatever the method, instead of the site's HTML page.
import { AppError } from "@/lib/errors";
import { apiPreflight, publicApiRoute } from "@/lib/public/api-route";

export const dynamic = "force-dynamic";

const notFound = publicApiRoute<{ path: string[] }>(async () => {
  throw new AppError("NOT_FOUND", "No such API path. The paths are listed in /api/v1/openapi.json.");
});

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = apiPreflight;
