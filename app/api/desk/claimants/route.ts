// GET /api/desk/claimants?q=…: claimants by any of their names, without diacritics, for the claimant field.
import { deskRoute } from "@/lib/auth/desk-route";
import { searchClaimants } from "@/lib/claims/claimants";
import { readListText } from "@/lib/list-filters";

export const GET = deskRoute(async ({ actor, request }) => {
  const claimants = await searchClaimants(actor, readListText(new URL(request.url).searchParams.get("q")?.slice(0, 200), 200), 8);
  return { claimants };
});
