// POST /api/desk/proposals/{id}/withdraw (the proposal's author, or an admin): takes an open proposal back.
import { deskRoute } from "@/lib/auth/desk-route";
import { withdrawProposal } from "@/lib/workflow/withdraw";

export const POST = deskRoute<{ id: string }>(async ({ actor, params, ip }) => ({ withdrawn: await withdrawProposal(actor, { proposalId: params.id }, { ip }) }));
