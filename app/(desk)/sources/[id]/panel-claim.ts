// The claim panel's data: the claim named by `?claim=`, cut down to what the panel shows (null when absent or unknown).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { getClaimForDesk } from "@/lib/claims/get-claim";
import { isAppError } from "@/lib/errors";
import type { PanelClaim } from "./claim-panel";

/** The end of the current claim's latest quote in this source: the keys continue from there. */
export function resumeOffset(claim: PanelClaim | null): number | null {
  const here = claim?.quotes.filter((q) => q.isHere) ?? [];
  if (!here.length) return null;
  return here.reduce((latest, q) => (q.createdAt > latest.createdAt ? q : latest)).end;
}

export async function loadPanelClaim(actor: Actor, param: string | string[] | undefined, sourceId: string, untitled: string): Promise<PanelClaim | null> {
  const id = Array.isArray(param) ? param[0] : param;
  if (!id) return null;
  try {
    const claim = await getClaimForDesk(actor, id);
    const target = claim.mergedInto ?? null;
    if (target) return loadPanelClaim(actor, target.id, sourceId, untitled);
    return {
      id: claim.id,
      text: claim.text,
      state: claim.state,
      kind: claim.kind,
      quotes: claim.appearances.map((a) => ({ id: a.id, exact: a.exact, isHere: a.sourceId === sourceId, sourceTitle: a.source.title ?? untitled, end: a.end, createdAt: a.createdAt.toISOString() })),
      evidence: claim.evidence.map((e) => ({ id: e.id, stance: e.stance, text: e.exact ?? e.title ?? e.url ?? "" })),
    };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
