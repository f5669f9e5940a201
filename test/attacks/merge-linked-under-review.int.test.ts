// A merge re-points every link of the duplicate, and a link is part of the claim at its other end too: merging a draft
// that a claim under review links to (or is linked from) changed that claim's reviewed links. The database refused it
// at commit (the deferred trigger of migration `…_claim_frozen_under_review`), and its English words reached the
// editor. The desk now refuses it first, beside the link type, in the reader's language; the trigger still refuses a
// writer that goes past the data function.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser, rejection } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { linkClaims, MERGE_LINKED_UNDER_REVIEW } from "@/lib/claims/link-claims";
import { localizeMessage } from "@/lib/i18n/messages";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";

let editor: Actor;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
});

const draft = (text: string) => createClaim(editor, { text: `${text} ${randomUUID().slice(0, 8)}`, kind: "ARMS_TRANSFER" });

/** A claim linked to `other` (from it, or to it), then proposed for review. */
async function underReviewLinkedTo(other: string, direction: "from" | "to") {
  const claim = await draft("Nga nhận đạn pháo từ Triều Tiên");
  await startResearch(editor, { claimId: claim.id });
  const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/report", title: "Report" });
  const ends = direction === "from" ? { fromClaimId: claim.id, toClaimId: other } : { fromClaimId: other, toClaimId: claim.id };
  await linkClaims(editor, { ...ends, type: "CORROBORATES" });
  await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed.", rationale: "Two outlets report it.", evidenceIds: [evidence.id] });
  return claim;
}

const linksOf = (claimId: string) =>
  getDb().claimLink.findMany({ where: { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] }, select: { fromClaimId: true, toClaimId: true, type: true }, orderBy: { id: "asc" } });

describe("merging a draft linked to a claim under review", () => {
  for (const direction of ["from", "to"] as const) {
    it(`is refused by the desk beside the link type, in both languages (the claim under review links ${direction} it)`, async () => {
      const duplicate = await draft("Triều Tiên chuyển đạn cho Nga");
      const canonical = await draft("Bình Nhưỡng gửi đạn pháo sang Nga");
      const reviewed = await underReviewLinkedTo(duplicate.id, direction);
      const before = await linksOf(reviewed.id);

      const refused = await rejection(linkClaims(editor, { fromClaimId: duplicate.id, toClaimId: canonical.id, type: "DUPLICATE_OF" }));
      expect(refused.code).toBe("CONFLICT");
      expect(refused.message).toContain(reviewed.text);
      expect(refused.details?.fieldErrors?.type).toEqual([MERGE_LINKED_UNDER_REVIEW]);
      for (const message of [refused.message, MERGE_LINKED_UNDER_REVIEW]) {
        const vi = localizeMessage("vi", message);
        expect(vi).not.toBe(message);
        expect(vi).not.toMatch(/under review|merg/i);
      }
      expect(localizeMessage("vi", refused.message)).toContain(reviewed.text);

      expect(await linksOf(reviewed.id)).toEqual(before);
      expect((await getDb().claim.findUniqueOrThrow({ where: { id: duplicate.id } })).mergedIntoId).toBeNull();
    });
  }

  it("the database still refuses re-pointing such a link from a writer past the desk", async () => {
    const duplicate = await draft("Triều Tiên chuyển đạn cho Nga");
    const canonical = await draft("Bình Nhưỡng gửi đạn pháo sang Nga");
    const reviewed = await underReviewLinkedTo(duplicate.id, "from");
    await expect(
      getDb().$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "ClaimLink" SET "toClaimId" = ${canonical.id}::uuid WHERE "fromClaimId" = ${reviewed.id}::uuid AND "toClaimId" = ${duplicate.id}::uuid`;
      }),
    ).rejects.toThrow(/is under review/);
    expect((await linksOf(reviewed.id)).map((l) => l.toClaimId)).toEqual([duplicate.id]);
  });

  it("a draft linked only to claims not under review still merges", async () => {
    const duplicate = await draft("Triều Tiên chuyển đạn cho Nga");
    const canonical = await draft("Bình Nhưỡng gửi đạn pháo sang Nga");
    const other = await draft("Một tuyên bố khác");
    await linkClaims(editor, { fromClaimId: other.id, toClaimId: duplicate.id, type: "REPEATS" });
    await linkClaims(editor, { fromClaimId: duplicate.id, toClaimId: canonical.id, type: "DUPLICATE_OF" });
    expect((await linksOf(other.id)).map((l) => l.toClaimId)).toEqual([canonical.id]);
  });
});
