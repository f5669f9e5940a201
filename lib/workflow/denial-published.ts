// A denial is published beside the claim it denies: a verdict or a correction of a denial whose frozen snapshot names
// no published claim it denies would put a denial before the public with nothing denied (a "denies" link to a draft is
// kept on the desk, and left out of the snapshot, which links published revisions only).
import type { RevisionSnapshot } from "./snapshot";

export const DENIAL_NEEDS_PUBLISHED_CLAIM =
  "The claim this denial denies is not published yet, so the denial would be published without it: publish that claim first, then propose.";

export const DENIAL_APPROVAL_WITHOUT_DENIED =
  "This denial names no published claim it denies, so approving it would publish it alone. Request changes: the claim it denies must be published first.";

/**
 * Whether a proposal's snapshot may be published as far as denials go: anything but a denial, a withdrawal (taking a
 * claim down is always possible), or a denial linked as "denies" to a claim whose published revision it names.
 */
export function namesPublishedDenied(snapshot: Pick<RevisionSnapshot, "kind" | "links">, proposalKind: string): boolean {
  if (snapshot.kind !== "DENIAL" || proposalKind === "WITHDRAWAL") return true;
  return (snapshot.links ?? []).some((link) => link.type === "DENIES" && link.direction === "from");
}
