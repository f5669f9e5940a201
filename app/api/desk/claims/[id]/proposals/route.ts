// POST /api/desk/claims/{id}/proposals (editor): { kind, verdict, summary, rationale, reason, evidenceIds }.
import { deskRoute } from "@/lib/auth/desk-route";
import { proposeVerdict } from "@/lib/workflow/propose";

export const POST = deskRoute<{ id: string }>(async ({ actor, params, body, ip }) => {
  const input = (await body()) as Record<string, unknown> | null;
  const proposal = await proposeVerdict(actor, { ...(typeof input === "object" && input ? input : {}), claimId: params.id }, { ip });
  return { proposal: { id: proposal.id, status: proposal.status, kind: proposal.kind, verdict: proposal.verdict } };
});
