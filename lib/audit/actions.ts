// Every action the audit trail records, and every kind of object it names: the lists the audit log's filters
// offer and its labels translate. A test checks that each action written under lib/ is listed here.
import type { Permission } from "@/lib/auth/permissions";
export const AUDIT_ACTIONS = [
  "auth.signIn",
  "auth.signInFailed",
  "auth.signInThrottled",
  "auth.signInPasswordExpired",
  "auth.signOut",
  "auth.refused",
  "account.create",
  "account.changeRole",
  "account.deactivate",
  "account.reactivate",
  "account.changePassword",
  "account.changePasswordFailed",
  "account.unlock",
  "account.confirmHeld",
  "account.resetPassword",
  "account.requestRemoval",
  "account.cancelRemoval",
  "source.import",
  "dossier.import",
  "source.update",
  "source.editBody",
  "outletProfile.create",
  "outletProfile.update",
  "outletProfile.delete",
  "source.match",
  "claim.create",
  "claim.update",
  "claim.merge",
  "claim.startResearch",
  "claim.assign",
  "claimant.create",
  "claimant.merge",
  "appearance.create",
  "matchSuggestion.accept",
  "matchSuggestion.dismiss",
  "evidence.create",
  "claimLink.create",
  "proposal.create",
  "proposal.approve",
  "proposal.requestChanges",
  "proposal.reject",
  "proposal.withdraw",
  "proposal.assign",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OBJECT_TYPES = ["User", "Source", "Dossier", "Claim", "Claimant", "Appearance", "Evidence", "ClaimLink", "Proposal", "OutletProfile", "MatchSuggestion"] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export function isAuditObjectType(value: string): value is AuditObjectType {
  return (AUDIT_OBJECT_TYPES as readonly string[]).includes(value);
}

/**
 * What the acting account must still be allowed, in the write's own transaction, for the change an event records to
 * land: the audit writer re-reads the account there (lib/auth/confirm-actor.ts), so an account deactivated or demoted
 * while its request was on its way lands nothing. Null for the events that record what happened to an account
 * whatever its state (signing in and out, a wrong password, a refusal): those are written for inactive accounts too.
 */
export const AUDIT_ACTION_PERMISSION: Record<AuditAction, Permission | null> = {
  "auth.signIn": null,
  "auth.signInFailed": null,
  "auth.signInThrottled": null,
  "auth.signInPasswordExpired": null,
  "auth.signOut": null,
  "auth.refused": null,
  "account.create": "account.create",
  "account.changeRole": "account.changeRole",
  "account.deactivate": "account.setActive",
  "account.reactivate": "account.setActive",
  "account.changePassword": "account.changeOwnPassword",
  "account.changePasswordFailed": null,
  "account.unlock": "account.unlock",
  "account.confirmHeld": "account.confirmHeld",
  "account.resetPassword": "account.resetPassword",
  "account.requestRemoval": "account.changeRole",
  "account.cancelRemoval": "account.changeRole",
  "source.import": "source.import",
  "dossier.import": "source.import",
  "source.update": "source.edit",
  "source.editBody": "source.edit",
  "outletProfile.create": "source.import",
  "outletProfile.update": "source.import",
  "outletProfile.delete": "outletProfile.manage",
  "source.match": "claim.edit",
  "claim.create": "claim.edit",
  "claim.update": "claim.edit",
  "claim.merge": "claim.edit",
  "claim.startResearch": "claim.edit",
  "claim.assign": "claim.edit",
  "claimant.create": "claim.edit",
  "claimant.merge": "claim.edit",
  "appearance.create": "claim.edit",
  "matchSuggestion.accept": "claim.edit",
  "matchSuggestion.dismiss": "claim.edit",
  "evidence.create": "claim.edit",
  "claimLink.create": "claim.edit",
  "proposal.create": "proposal.create",
  "proposal.approve": "proposal.review",
  "proposal.requestChanges": "proposal.review",
  "proposal.reject": "proposal.review",
  "proposal.withdraw": "proposal.create",
  "proposal.assign": "claim.edit",
};

/** An action this list does not know still needs an active desk account: a new write is guarded before it is listed. */
export function permissionToRecord(action: string): Permission | null {
  return isAuditAction(action) ? AUDIT_ACTION_PERMISSION[action] : "desk.use";
}
