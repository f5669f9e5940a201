// /api/v1 itself, which names no resource: the API's JSON 404 (lib/public/api-not-found.ts).
import { apiPreflight } from "@/lib/public/api-route";
import { apiNotFound } from "@/lib/public/api-not-found";

export const dynamic = "force-dynamic";

export const GET = apiNotFound;
export const HEAD = apiNotFound;
export const POST = apiNotFound;
export const PUT = apiNotFound;
export const PATCH = apiNotFound;
export const DELETE = apiNotFound;
export const OPTIONS = apiPreflight;
