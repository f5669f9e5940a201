// GET /api/desk/claims/search?q=…&exclude=…: claims having every typed word, for the claim pickers.
import { deskRoute } from "@/lib/auth/desk-route";
import { findClaimsByWords } from "@/lib/claims/find-claims";
import { readListText } from "@/lib/list-filters";
import { isUuid } from "@/lib/validation";

export const GET = deskRoute(async ({ actor, request }) => {
  const params = new URL(request.url).searchParams;
  // Only a real UUID reaches PostgreSQL's ::uuid: anything else (36 dashes passed a looser check) is ignored.
  const exclude = params.get("exclude");
  const claims = await findClaimsByWords(actor, readListText(params.get("q")?.slice(0, 500), 500), { excludeId: isUuid(exclude) ? exclude : undefined });
  return { claims };
});
