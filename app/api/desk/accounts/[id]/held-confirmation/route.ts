// POST /api/desk/accounts/{id}/held-confirmation (admin, neither the account nor one up its chain of creators):
// confirms the account is held by its own person (lib/accounts/confirm-account-held.ts).
import { deskRoute } from "@/lib/auth/desk-route";
import { confirmAccountHeld } from "@/lib/accounts/confirm-account-held";

export const POST = deskRoute<{ id: string }>(async ({ actor, params, ip }) => ({ account: await confirmAccountHeld(actor, { userId: params.id }, { ip }) }));
