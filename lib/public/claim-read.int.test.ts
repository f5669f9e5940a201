// A claim page's read is several statements (the claim's row, then its revisions, then its corrections): an approval
// committed between them must not make the page mix two revisions. A second connection forces that interleaving: it
// takes the revisions table, the read waits on it after reading the row, and the connection then publishes a
// withdrawal (as an approval writes it, in SQL) and commits, releasing the read.
import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { makeUser, publishClaim } from "@/test/factories";
import { untilSomeoneWaits } from "@/test/lock-wait";
import type { Actor } from "@/lib/auth/permissions";
import { proposeVerdict } from "@/lib/workflow/propose";
import { createClaim } from "@/lib/claims/create-claim";
import { linkClaims } from "@/lib/claims/link-claims";
import { getPublishedClaim } from "./published-claims";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

describe("a claim page's read", () => {
  it("shows one revision whole when a withdrawal commits between its statements", async () => {
    const claim = await publishClaim(editor, reviewer, { text: "Tàu Angara chở container từ Rajin đến Dunai", kind: "OTHER", verdict: "MIXED" });
    const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "WITHDRAWAL", summary: "Withdrawn after new records.", rationale: "The shipping records contradict the source.", reason: "The source was retracted.", evidenceIds: [] });
    const before = await getPublishedClaim(claim.slug);
    expect(before).toMatchObject({ claim: { state: "PUBLISHED", latest: { number: 1, kind: "VERDICT" } } });

    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query(`LOCK TABLE "ClaimRevision" IN ACCESS EXCLUSIVE MODE`);
      const during = getPublishedClaim(claim.slug);
      during.catch(() => {}); // awaited below
      expect(await untilSomeoneWaits(blocker)).toBeGreaterThan(0);
      // The approval's writes, as lib/workflow/review.ts makes them (the database's triggers check each).
      const q = (text: string, values: unknown[]) => blocker.query(text, values);
      await q(`INSERT INTO "Review" (id, "proposalId", "reviewerId", decision) VALUES (gen_random_uuid(), $1, $2, 'APPROVE')`, [proposal.id, reviewer.id]);
      await q(`UPDATE "Proposal" SET status = 'APPROVED', "openClaimId" = NULL, "decidedAt" = now() WHERE id = $1`, [proposal.id]);
      const revision = await q(
        `INSERT INTO "ClaimRevision" (id, "claimId", number, "proposalId", kind, verdict, snapshot, "proposedById", "approvedById")
         SELECT gen_random_uuid(), "claimId", 2, id, kind, (snapshot->>'verdict')::"Verdict", snapshot, "proposedById", $2 FROM "Proposal" WHERE id = $1 RETURNING id, verdict`,
        [proposal.id, reviewer.id],
      );
      const { id: revisionId, verdict } = revision.rows[0] as { id: string; verdict: string | null };
      await q(`INSERT INTO "Correction" (id, "claimId", "revisionId", kind, "oldVerdict", "newVerdict", reason) VALUES (gen_random_uuid(), $1, $2, 'WITHDRAWAL', 'MIXED', $3, 'The source was retracted.')`, [claim.id, revisionId, verdict]);
      await q(`UPDATE "Claim" SET state = 'WITHDRAWN', verdict = $2, revision = 2 WHERE id = $1`, [claim.id, verdict]);
      await blocker.query("COMMIT");

      const read = await during;
      const after = await getPublishedClaim(claim.slug);
      expect(after).toMatchObject({ claim: { state: "WITHDRAWN", latest: { number: 2, kind: "WITHDRAWAL" } } });
      // Wholly the claim before the withdrawal (its row was read first) or wholly after: never its row's state with
      // the other revision's verdict, revisions and corrections.
      expect([before, after]).toContainEqual(read);
    } finally {
      await blocker.end();
    }
  });
});

describe("a merged claim's address", () => {
  it("leads to the published claim it was merged into, and to nothing while that one is not public", async () => {
    const canonical = await publishClaim(editor, reviewer, { text: "Triều Tiên gửi thêm đạn pháo sang Nga qua cảng Rajin", kind: "ARMS_TRANSFER" });
    const duplicate = await createClaim(editor, { text: "Triều Tiên tiếp tục chuyển đạn pháo cho Nga qua Rajin", kind: "ARMS_TRANSFER" });
    await linkClaims(editor, { fromClaimId: duplicate.id, toClaimId: canonical.id, type: "DUPLICATE_OF" });
    expect(await getPublishedClaim(duplicate.slug)).toEqual({ redirect: canonical.slug });

    const draft = await createClaim(editor, { text: "Nga gửi chuyên gia tên lửa sang Bình Nhưỡng", kind: "TECHNOLOGY_TRANSFER" });
    const copy = await createClaim(editor, { text: "Nga cử chuyên gia tên lửa tới Bình Nhưỡng", kind: "TECHNOLOGY_TRANSFER" });
    await linkClaims(editor, { fromClaimId: copy.id, toClaimId: draft.id, type: "DUPLICATE_OF" });
    expect(await getPublishedClaim(copy.slug)).toBeNull();
  });
});
