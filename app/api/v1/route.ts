// /api/v1 itself, which names no resource: the same JSON 404 as any other unknown /api/v1/… address.
export { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } from "./[...path]/route";

// Segment settings are read from this file's own text, so this one is written here, not re-exported.
export const dynamic = "force-dynamic";
