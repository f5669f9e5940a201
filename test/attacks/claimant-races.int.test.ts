// Two editors tidying the claimant list at the same moment. A merge read both claimants without locking them, so
// "A into B" and "B into A" sent together both went through: each claimant pointed at the other, both vanished from
// the list and the search, their claims hung on a merged record, and no later merge could mend it. A claimant created
// twice at once (two editors adding the same new name) failed on the alias's unique key with an unexplained error.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createClaimant, mergeClaimants } from "@/lib/claims/claimants";
import { createClaim } from "@/lib/claims/create-claim";
import { makeUser } from "@/test/factories";

let n = 0;
const unique = (name: string) => `${name} ${++n} ${Date.now().toString(36)}`;

describe("claimants changed by two editors at once", () => {
  it("merging A into B and B into A together: one merge goes through, the other is refused, one claimant stands", async () => {
    const editor = await makeUser();
    const other = await makeUser();
    for (let round = 0; round < 6; round++) {
      const a = await createClaimant(editor, { name: unique("Bộ Ngoại giao"), kind: "STATE_BODY", aliases: [] });
      const b = await createClaimant(editor, { name: unique("Ngoại trưởng"), kind: "PERSON", aliases: [] });
      const claim = await createClaim(editor, { text: `Bộ Ngoại giao bác bỏ tin chuyển giao vũ khí, lần ${round}`, kind: "DENIAL", claimantName: a.name });
      const results = await Promise.allSettled([mergeClaimants(editor, { fromId: a.id, intoId: b.id }), mergeClaimants(other, { fromId: b.id, intoId: a.id })]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
      expect(refused.reason).toMatchObject({ code: "CONFLICT" });
      const rows = await getDb().claimant.findMany({ where: { id: { in: [a.id, b.id] } }, select: { id: true, mergedIntoId: true } });
      const standing = rows.filter((r) => r.mergedIntoId === null);
      expect(standing).toHaveLength(1);
      // The claim and every alias of both names now belong to the one that stands.
      expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { claimantId: true } })).claimantId).toBe(standing[0]!.id);
      expect(await getDb().claimantAlias.count({ where: { claimantId: { in: [a.id, b.id] }, NOT: { claimantId: standing[0]!.id } } })).toBe(0);
    }
  });

  it("the same new claimant added twice at once: one is created, the other is told the name is taken", async () => {
    const editor = await makeUser();
    const name = unique("Hãng thông tấn");
    const results = await Promise.allSettled([createClaimant(editor, { name, kind: "OUTLET", aliases: [] }), createClaimant(editor, { name, kind: "OUTLET", aliases: [] })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", message: "Another claimant already has this name." });
  });

  it("a new claim naming a claimant being merged away ends up on the claimant that stands", async () => {
    const editor = await makeUser();
    for (let round = 0; round < 4; round++) {
      const a = await createClaimant(editor, { name: unique("Điện Kremlin"), kind: "STATE_BODY", aliases: [] });
      const b = await createClaimant(editor, { name: unique("Phủ Tổng thống Nga"), kind: "STATE_BODY", aliases: [] });
      const [claim] = await Promise.all([
        createClaim(editor, { text: `Điện Kremlin nói không nhận đạn pháo, lần ${round}`, kind: "DENIAL", claimantName: a.name }),
        mergeClaimants(editor, { fromId: a.id, intoId: b.id }),
      ]);
      expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { claimantId: true } })).claimantId).toBe(b.id);
    }
  });
});
