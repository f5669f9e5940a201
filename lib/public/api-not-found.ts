// The public API's answer for an address it does not have (/api/v1 itself, or any unknown path under it):
// its JSON error shape with 404, whatever the method, instead of the site's HTML page.
import "server-only";
import { AppError } from "@/lib/errors";
import { publicApiRoute } from "./api-route";

export const apiNotFound = publicApiRoute<{ path?: string[] }>(async () => {
  throw new AppError("NOT_FOUND", "No such API path. The paths are listed in /api/v1/openapi.json.");
});
