// GET /api/desk/claims/similar?q=…&exclude=…: the closest existing claims, for suggestions while typing.
import { deskRoute } from "@/lib/auth/desk-route";
import { suggestSimilarClaims } from "@/lib/claims/suggest-similar";
import { readListText } from "@/lib/list-filters";

export const GET = deskRoute(async ({ actor, request }) => {
  const params = new URL(request.url).searchParams;
  const exclude = params.get("exclude") ?? undefined;
  const claims = await suggestSimilarClaims(actor, readListText(params.get("q")?.slice(0, 2000), 2000), { excludeId: exclude && /^[0-9a-f-]{36}$/.test(exclude) ? exclude : undefined });
  return { claims };
});
