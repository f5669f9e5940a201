// PATCH /api/desk/accounts/{id} (admin): { role } and/or { isActive }, applied together or not at all.
import { deskRoute } from "@/lib/auth/desk-route";
import { accountPatchSchema } from "@/lib/auth/schemas";
import { updateAccount } from "@/lib/accounts/update-account";
import { parseInput } from "@/lib/validation";

export const PATCH = deskRoute<{ id: string }>(async ({ actor, params, body, ip }) => {
  const patch = parseInput(accountPatchSchema, await body());
  return { account: await updateAccount(actor, { ...patch, userId: params.id }, { ip }) };
});
