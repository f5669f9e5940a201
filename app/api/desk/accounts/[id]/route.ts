// PATCH /api/desk/accounts/{id} (admin): { role } and/or { isActive }.
import { z } from "zod";
import { deskRoute } from "@/lib/auth/desk-route";
import { changeRole, setAccountActive } from "@/lib/accounts/update-account";
import { parseInput } from "@/lib/validation";

const patchSchema = z.object({ role: z.unknown().optional(), isActive: z.unknown().optional() }).strict();

export const PATCH = deskRoute<{ id: string }>(async ({ actor, params, body, ip }) => {
  const patch = parseInput(patchSchema, await body());
  let account;
  if (patch.role !== undefined) account = await changeRole(actor, { userId: params.id, role: patch.role }, { ip });
  if (patch.isActive !== undefined) account = await setAccountActive(actor, { userId: params.id, isActive: patch.isActive }, { ip });
  return { account: account ?? null };
});
