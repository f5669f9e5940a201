// Who may do what: one table of actions to roles, plus the rules that depend on the object.
import { AppError } from "@/lib/errors";

export const ROLES = ["EDITOR", "REVIEWER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export type Actor = { id: string; role: Role; email: string; name: string };

const DESK: readonly Role[] = ["EDITOR", "REVIEWER", "ADMIN"];

export const PERMISSIONS = {
  "desk.use": DESK,
  "account.changeOwnPassword": DESK,
  "source.read": DESK,
  "source.import": DESK,
  "source.edit": DESK,
  "claim.read": DESK,
  "claim.edit": DESK,
  "proposal.create": DESK,
  "proposal.review": ["REVIEWER", "ADMIN"],
  "account.list": ["ADMIN"],
  "account.create": ["ADMIN"],
  "account.changeRole": ["ADMIN"],
  "account.setActive": ["ADMIN"],
  "account.unlock": ["ADMIN"],
  "account.confirmHeld": ["ADMIN"],
  "account.resetPassword": ["ADMIN"],
  "audit.read": ["ADMIN"],
  "outletProfile.manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  return !!actor && (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

/** Throws UNAUTHENTICATED without an actor and FORBIDDEN when the role may not. */
export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", "Your role does not allow this.", { permission, reason: "role" });
}
