// Input schemas for sign-in and accounts, shared by forms, server actions and route handlers.
import { z } from "zod";
import { ROLES } from "./permissions";
import { boundMessage } from "@/lib/i18n/bounds";

export const emailSchema = z
  .string({ error: "Enter an e-mail address." })
  .trim()
  .toLowerCase()
  .max(254, boundMessage("most", 254, "characters"))
  .pipe(z.email({ error: "Enter a valid e-mail address." }));

/**
 * The name an account is shown by (reviewer pickers, the accounts list, the audit trail): composed (NFC, so the same
 * letters typed two ways read alike), with the zero-width characters that show nothing and join nothing (U+200B,
 * U+2060, U+FEFF, the soft hyphen) taken out, spaces collapsed; one with nothing visible left is refused, not shown
 * as a blank where a reviewer is chosen. The zero-width joiners stay: names in some scripts need them.
 */
export const accountNameSchema = z
  .string({ error: "Enter a name." })
  .transform((name) => name.normalize("NFC").replace(/[\u200b\u2060\ufeff\u00ad]/g, "").replace(/\s+/g, " ").trim())
  .pipe(z.string().regex(/[^\p{Cf}\p{Z}\p{Cc}]/u, "Enter a name.").max(120, boundMessage("most", 120, "characters")));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200, boundMessage("most", 200, "characters")),
});

/** A new password in NFC (as it is hashed), its length counted in those characters, not in combining marks. */
export const newPasswordSchema = z
  .string({ error: "Enter a new password." })
  .transform((password) => password.normalize("NFC"))
  .pipe(z.string().min(12, boundMessage("least", 12, "characters")).max(200, boundMessage("most", 200, "characters")));

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Repeat the new password." }),
  })
  .refine((v) => v.newPassword === v.confirmPassword.normalize("NFC"), { path: ["confirmPassword"], message: "The two passwords differ." });

export const roleSchema = z.enum(ROLES, { error: "Choose a role." });

export const createAccountSchema = z.object({
  email: emailSchema,
  name: accountNameSchema,
  role: roleSchema,
});

export const changeRoleSchema = z.object({ userId: z.uuid({ error: "Unknown account." }), role: roleSchema });
export const unlockAccountSchema = z.object({ userId: z.uuid({ error: "Unknown account." }) });
export const resetAccountPasswordSchema = z.object({ userId: z.uuid({ error: "Unknown account." }) });
export const confirmAccountHeldSchema = z.object({ userId: z.uuid({ error: "Unknown account." }) });
export const setActiveSchema = z.object({ userId: z.uuid({ error: "Unknown account." }), isActive: z.boolean() });
export const cancelRemovalSchema = z.object({ removalId: z.uuid({ error: "Unknown request." }) });
/** PATCH /api/desk/accounts/{id}: a role, an activation, or both, and nothing else. */
export const accountPatchSchema = z.object({ role: roleSchema.optional(), isActive: z.boolean().optional() }).strict();
export const updateAccountSchema = accountPatchSchema.extend({ userId: z.uuid({ error: "Unknown account." }) });
