// POST /api/desk/account/password: change your own password ({ currentPassword, newPassword, confirmPassword }).
import { deskRoute } from "@/lib/auth/desk-route";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";

export const POST = deskRoute(async ({ actor, body, ip }) => {
  await changeOwnPassword(actor, await body(), { ip });
  return { ok: true };
}, { isForPendingPassword: true });
