// GET /api/desk/claims/similar?q=…&exclude=…: the closest existing claims, for suggestions while typing.
import { deskRoute } from "@/lib/auth/desk-route";
import { suggestSimilarClaims } from "@/lib/claims/suggest-similar";
import { readListText } from "@/lib/list-filters";
import { isUuid } from "@/lib/validation";

export const GET = deskRoute(async ({ actor, request }) => {
  const params = new URL(request.url).searchParams;
  // Only a real UUID reaches PostgreSQL's ::uuid: anything else (36 dashes passed a looser check) is ignored.
  const exclude = params.get("exclude");
  const claims = await suggestSimilarClaims(actor, readListText(params.get("q")?.slice(0, 2000), 2000), { excludeId: isUuid(exclude) ? exclude : undefined });
  return { claims };
});
