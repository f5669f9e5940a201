// GET /api/desk/claims/search?q=…&exclude=…: claims having every typed word, for the claim pickers.
import { deskRoute } from "@/lib/auth/desk-route";
import { findClaimsByWords } from "@/lib/claims/find-claims";
import { readListText } from "@/lib/list-filters";

export const GET = deskRoute(async ({ actor, request }) => {
  const params = new URL(request.url).searchParams;
  const exclude = params.get("exclude") ?? undefined;
  const claims = await findClaimsByWords(actor, readListText(params.get("q")?.slice(0, 500), 500), { excludeId: exclude && /^[0-9a-f-]{36}$/.test(exclude) ? exclude : undefined });
  return { claims };
});
