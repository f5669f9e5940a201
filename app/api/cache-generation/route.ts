// GET /api/cache-generation: the public site's generation (lib/public/generation.ts) in X-Claimdesk-Generation, for
// nginx's cache key (deploy/nginx.conf asks for it on every request and keeps the answer as the public pages).
import { publicGeneration } from "@/lib/public/generation";
import { publicCacheControl } from "@/lib/public/cache-policy";
import { GENERATION_HEADER } from "@/lib/public/shared-cache";

export const dynamic = "force-dynamic";

export async function GET() {
  const generation = await publicGeneration();
  return Response.json({ generation }, { headers: { [GENERATION_HEADER]: generation, "Cache-Control": publicCacheControl() } });
}
