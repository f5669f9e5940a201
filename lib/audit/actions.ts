// Every action the audit trail records, and every kind of object it names: the lists the audit log's filters
// offer and its labels translate. A test checks that each action written under lib/ is listed here.
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
