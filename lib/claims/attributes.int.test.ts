// Structured attributes on a real database: validated per kind with field paths, stored as one JSON object,
// frozen in the proposal's snapshot and published with it, and part of the working copy approval guards.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser, rejection } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "./create-claim";
import { updateClaim } from "./update-claim";
import { addEvidence } from "./add-evidence";
import { parseQuantity } from "./attributes";
import { listClaimsForDesk } from "./list-claims";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { PROPOSAL_STALE } from "@/lib/workflow/working-copy";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";

let editor: Actor;
let reviewer: Actor;
beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

const SHELLS = { supplier: "Triều Tiên", recipient: "Nga", materiel: "ARTILLERY_SHELLS,ROCKETS", quantity: "khoảng 1 triệu", periodFrom: "2023-08", periodTo: "2023-10", route: "đường sắt qua Rajin" };

describe("claim attributes", () => {
  it("reads quantities as stated, with their precision", () => {
    expect(parseQuantity("5,000")).toEqual({ text: "5,000", min: 5000, max: 5000 });
    expect(parseQuantity("1,000-2,000")).toEqual({ text: "1,000-2,000", min: 1000, max: 2000 });
    expect(parseQuantity("about 1 million")).toEqual({ text: "about 1 million", min: 1_000_000, max: 1_000_000, approximate: true });
    expect(parseQuantity("millions")).toEqual({ text: "millions", min: 1_000_000, approximate: true });
    expect(parseQuantity("a lot")).toEqual({ text: "a lot" });
  });

  it("stores the attributes of the claim's kind, parsed, and audits the edit", async () => {
    const claim = await createClaim(editor, { text: "Triều Tiên chuyển đạn pháo cho Nga bằng đường sắt", kind: "ARMS_TRANSFER", attributes: SHELLS });
    const stored = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { attributes: true, version: true } });
    expect(stored.attributes).toEqual({
      supplier: ["Triều Tiên"],
      recipient: ["Nga"],
      materiel: ["ARTILLERY_SHELLS", "ROCKETS"],
      quantity: { text: "khoảng 1 triệu", min: 1_000_000, max: 1_000_000, approximate: true },
      periodFrom: "2023-08",
      periodTo: "2023-10",
      route: "đường sắt qua Rajin",
    });
    await updateClaim(editor, { id: claim.id, version: stored.version, text: "Triều Tiên chuyển đạn pháo cho Nga bằng đường sắt", kind: "ARMS_TRANSFER", attributes: { ...SHELLS, supplier: "Triều Tiên, Belarus" } });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { objectId: claim.id, action: "claim.update" }, orderBy: { createdAt: "desc" } });
    expect(audit.after).toMatchObject({ attributes: { supplier: ["Triều Tiên", "Belarus"] } });
    expect(audit.before).toMatchObject({ attributes: { supplier: ["Triều Tiên"] } });
  });

  it("refuses bad attributes with field-level errors and stores nothing", async () => {
    const before = await getDb().claim.count();
    const error = await rejection(
      createClaim(editor, {
        text: "Triều Tiên chuyển tên lửa cho Nga",
        kind: "ARMS_TRANSFER",
        attributes: { materiel: "ARTILLERY_SHELLS,LASER_SWORDS", periodFrom: "2023-13", quantity: "x".repeat(201) },
      }),
    );
    expect(error.code).toBe("INVALID");
    expect(Object.keys(error.details?.fieldErrors ?? {}).sort()).toEqual(["attributes.materiel", "attributes.periodFrom", "attributes.quantity"].sort());
    const reversed = await rejection(createClaim(editor, { text: "Triều Tiên chuyển tên lửa cho Nga", kind: "ARMS_TRANSFER", attributes: { periodFrom: "2024-02", periodTo: "2023-11" } }));
    expect(reversed.details?.fieldErrors).toHaveProperty(["attributes.periodTo"]);
    // A field of another kind is refused, not stored silently.
    const foreign = await rejection(createClaim(editor, { text: "Nga phủ nhận mọi thương vụ vũ khí", kind: "DENIAL", attributes: { supplier: "Nga" } }));
    expect(foreign.code).toBe("INVALID");
    expect(await getDb().claim.count()).toBe(before);
  });

  it("keeps attributes a JSON object in the database itself", async () => {
    const claim = await createClaim(editor, { text: "Nga phủ nhận nhận đạn pháo", kind: "DENIAL", attributes: { deniedBy: "Điện Kremlin" } });
    await expect(getDb().$executeRaw`UPDATE "Claim" SET attributes = '[]'::jsonb WHERE id = ${claim.id}::uuid`).rejects.toThrow(/Claim_attributes_object/);
    await expect(getDb().$executeRaw`UPDATE "Claim" SET attributes = '"x"'::jsonb WHERE id = ${claim.id}::uuid`).rejects.toThrow(/Claim_attributes_object/);
  });

  it("freezes attributes in the proposal's snapshot, publishes them, and refuses approval after they change", async () => {
    const claim = await createClaim(editor, { text: "Triều Tiên gửi đạn pháo cho Nga qua cảng Rajin", kind: "ARMS_TRANSFER", attributes: SHELLS });
    await startResearch(editor, { claimId: claim.id });
    const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/imagery", title: "Imagery of Rajin" });
    const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "MOSTLY_CONFIRMED", summary: "Satellite imagery shows it.", rationale: "Two outlets and imagery.", evidenceIds: [evidence.id] });
    expect((proposal.snapshot as RevisionSnapshot).attributes).toMatchObject({ supplier: ["Triều Tiên"], materiel: ["ARTILLERY_SHELLS", "ROCKETS"] });

    // A write past the desk is refused by the database while the proposal is open; one that gets past that too (the
    // proposal briefly not marked open) still cannot publish what no reviewer saw.
    const change = () => getDb().$executeRaw`UPDATE "Claim" SET attributes = jsonb_set(attributes, '{supplier}', '["Iran"]') WHERE id = ${claim.id}::uuid`;
    await expect(change()).rejects.toThrow(/is under review: its reviewed content \(Claim\)/);
    await getDb().$executeRaw`UPDATE "Proposal" SET status = 'CHANGES_REQUESTED', "openClaimId" = NULL, "decidedAt" = now() WHERE id = ${proposal.id}::uuid`;
    await change();
    await getDb().$executeRaw`UPDATE "Proposal" SET status = 'OPEN', "openClaimId" = "claimId", "decidedAt" = NULL WHERE id = ${proposal.id}::uuid`;
    const refused = await rejection(reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" }));
    expect(refused.message).toBe(PROPOSAL_STALE);
    expect(await getDb().claimRevision.count({ where: { claimId: claim.id } })).toBe(0);

    // Put back as proposed (past the freeze again): approval publishes the frozen attributes.
    await getDb().$executeRaw`UPDATE "Proposal" SET status = 'CHANGES_REQUESTED', "openClaimId" = NULL, "decidedAt" = now() WHERE id = ${proposal.id}::uuid`;
    await getDb().$executeRaw`UPDATE "Claim" SET attributes = jsonb_set(attributes, '{supplier}', '["Triều Tiên"]') WHERE id = ${claim.id}::uuid`;
    await getDb().$executeRaw`UPDATE "Proposal" SET status = 'OPEN', "openClaimId" = "claimId", "decidedAt" = NULL WHERE id = ${proposal.id}::uuid`;
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
    const revision = await getDb().claimRevision.findFirstOrThrow({ where: { claimId: claim.id } });
    expect((revision.snapshot as RevisionSnapshot).attributes).toEqual((proposal.snapshot as RevisionSnapshot).attributes);
  });

  it("filters the workbench's claims by supplier, recipient and materiel", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const a = await createClaim(editor, { text: `Lô tên lửa ${tag} từ Iran tới Nga`, kind: "ARMS_TRANSFER", attributes: { supplier: `Iran ${tag}`, recipient: "Nga", materiel: "DRONES" } });
    const b = await createClaim(editor, { text: `Lô đạn ${tag} từ Iran tới Belarus`, kind: "ARMS_TRANSFER", attributes: { supplier: `Iran ${tag}`, recipient: "Belarus", materiel: "SMALL_ARMS" } });
    const ids = async (filter: Record<string, string>) => (await listClaimsForDesk(editor, filter)).claims.map((c) => c.id).sort();
    expect(await ids({ supplier: `Iran ${tag}` })).toEqual([a.id, b.id].sort());
    expect(await ids({ supplier: `Iran ${tag}`, recipient: "Belarus" })).toEqual([b.id]);
    expect(await ids({ supplier: `Iran ${tag}`, materiel: "DRONES" })).toEqual([a.id]);
    expect(await ids({ supplier: `Iran ${tag}`, materiel: "LASER_SWORDS" })).toEqual([a.id, b.id].sort());
  });
});
