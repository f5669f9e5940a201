// POST /api/desk/proposals/{id}/review (reviewer, never the proposal's author): { decision, note }.
import { deskRoute } from "@/lib/auth/desk-route";
import { reviewProposal } from "@/lib/workflow/review";

export const POST = deskRoute<{ id: string }>(async ({ actor, params, body, ip }) => {
  const input = (await body()) as Record<string, unknown> | null;
  return { review: await reviewProposal(actor, { ...(typeof input === "object" && input ? input : {}), proposalId: params.id }, { ip }) };
});
