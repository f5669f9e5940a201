// The public ledger's supplier, recipient and materiel filters find a denial through the claims it denies. They must
// read the denial's published revision, never its working copy: a DENIES link an editor adds to a published denial
// is unreviewed work, and a visitor filtering /ledger (or /api/v1/ledger, ledger.csv) saw the denial appear the
// moment the link was saved, before any proposal, review or publication.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { linkClaims } from "@/lib/claims/link-claims";
import { getLedger, parseLedgerFilter } from "@/lib/public/ledger";
import { makeUser, publishClaim } from "@/test/factories";

let editor: Actor;
let reviewer: Actor;
const SUPPLIER = `Nhà cung cấp ${randomUUID().slice(0, 6)}`;
const RECIPIENT = `Bên nhận ${randomUUID().slice(0, 6)}`;
let shipment: { id: string; slug: string };
let publishedDenial: { id: string; slug: string };
let laterDenial: { id: string; slug: string };

const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug).sort();

/** A denial published with its DENIES link to `denied`, as the workflow requires. */
async function publishDenial(text: string, denied: string): Promise<{ id: string; slug: string }> {
  const { createClaim } = await import("@/lib/claims/create-claim");
  const { startResearch, proposeVerdict } = await import("@/lib/workflow/propose");
  const { reviewProposal } = await import("@/lib/workflow/review");
  const { addEvidence } = await import("@/lib/claims/add-evidence");
  const denial = await createClaim(editor, { text, kind: "DENIAL", attributes: { deniedBy: "Bộ Ngoại giao" }, madeAt: "2024-03-20" });
  await linkClaims(editor, { fromClaimId: denial.id, toClaimId: denied, type: "DENIES" });
  await startResearch(editor, { claimId: denial.id });
  const evidence = await addEvidence(editor, { kind: "external", claimId: denial.id, stance: "CONTEXT", url: "https://example.org/statement", title: "Statement" });
  const proposal = await proposeVerdict(editor, { claimId: denial.id, kind: "VERDICT", verdict: "MISLEADING", summary: "Contradicted by the record.", rationale: "Rail manifests show the shipment.", evidenceIds: [evidence.id] });
  await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
  return denial;
}

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
  const transfer = (supplier: string, recipient: string) => ({ text: `${supplier} chuyển đạn pháo cho ${recipient}`, kind: "ARMS_TRANSFER", attributes: { supplier, recipient, materiel: "ARTILLERY_SHELLS", periodFrom: "2024-03" } });
  shipment = await publishClaim(editor, reviewer, transfer(SUPPLIER, RECIPIENT));
  // Another shipment between other parties, which the later denial's published revision denies.
  const other = await publishClaim(editor, reviewer, transfer(`Bên khác ${randomUUID().slice(0, 6)}`, `Bên khác ${randomUUID().slice(0, 6)}`));
  // A denial whose published revision denies the shipment: the filters find it through that claim.
  publishedDenial = await publishDenial(`${RECIPIENT} phủ nhận nhận đạn pháo của ${SUPPLIER}`, shipment.id);
  // A denial published denying the other shipment; an editor then links it to this one, on the working copy only.
  laterDenial = await publishDenial(`Một quan chức phủ nhận mọi chuyến hàng ${randomUUID().slice(0, 6)}`, other.id);
  await linkClaims(editor, { fromClaimId: laterDenial.id, toClaimId: shipment.id, type: "DENIES" });
});

describe("the ledger's filters read a denial's published links only", () => {
  for (const [name, filter] of [
    ["supplier", { supplier: SUPPLIER }],
    ["recipient", { recipient: RECIPIENT }],
    ["materiel with a recipient", { recipient: RECIPIENT, materiel: "ARTILLERY_SHELLS" }],
  ] as const) {
    it(`by ${name}: the published denial is found, the denial linked since (unreviewed) is not`, async () => {
      const ledger = await getLedger(parseLedgerFilter(filter));
      expect(slugs(ledger.rows)).toEqual(slugs([shipment, publishedDenial]));
      expect(ledger.total).toBe(2);
      expect(ledger.timeline.reduce((sum, m) => sum + m.counts.DENIED, 0)).toBe(1);
    });
  }

  it("the unfiltered ledger lists the later denial as published, without the denial it has not published", async () => {
    const row = (await getLedger(parseLedgerFilter({}))).rows.find((r) => r.slug === laterDenial.slug);
    expect(row?.status).toBe("DENIED");
    expect(row?.denies.map((d) => d.slug)).not.toContain(shipment.slug);
  });
});
