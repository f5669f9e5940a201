// A correction may change what a claim says without a word of its text: who said it, its kind, the ledger's supplier
// or materiel, its quotes. The public history and the reviewer's diff compared the verdict, the text, the summary and
// the rationale only, so such a correction was listed as "No change to the text.": the public corrections log did not
// show what changed. Every part of a revision the public reads is now compared.
import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser, publishClaim } from "@/test/factories";
import { updateClaim } from "@/lib/claims/update-claim";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { startResearch } from "@/lib/workflow/propose";
import { getClaimForDesk } from "@/lib/claims/get-claim";
import { getClaimWorkflow } from "@/lib/workflow/queues";
import { WorkflowPanel } from "@/app/(desk)/desk/claims/[id]/workflow-panel";
import { WorkflowNews } from "@/app/(desk)/desk/claims/[id]/workflow-news";
import { proposeVerdict } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { getPublishedClaim } from "@/lib/public/published-claims";
import { diffNames, RevisionDiff } from "@/app/components/revision-diff";
import { en } from "@/lib/i18n/en";
import { vi } from "@/lib/i18n/vi";

describe("the public history of a correction", () => {
  it("shows a changed claimant and attributes, though the text is unchanged", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const published = await publishClaim(editor, reviewer, {
      text: `Triều Tiên chuyển đạn pháo cho Nga ${randomUUID().slice(0, 8)}`,
      kind: "ARMS_TRANSFER",
      claimantName: "Tình báo Hàn Quốc",
      claimantKind: "STATE_BODY",
      attributes: { supplier: "Triều Tiên", recipient: "Nga", materiel: "ARTILLERY_SHELLS" },
    });
    const claim = await getDb().claim.findUniqueOrThrow({ where: { id: published.id } });
    // The same words, now said by someone else, about rockets from Iran.
    await updateClaim(editor, { id: claim.id, version: claim.version, text: claim.text, kind: "ARMS_TRANSFER", claimantName: "Bộ Quốc phòng Ukraine", claimantKind: "STATE_BODY", attributes: { supplier: "Iran", recipient: "Nga", materiel: "ROCKETS" } });
    const correction = await proposeVerdict(editor, { claimId: claim.id, kind: "CORRECTION", verdict: "CONFIRMED", summary: "Confirmed by the published record.", rationale: "Two independent outlets report it.", reason: "The source and the supplier were misattributed.", evidenceIds: [published.evidenceId] });
    await reviewProposal(reviewer, { proposalId: correction.id, decision: "APPROVE" });

    const page = await getPublishedClaim(published.slug);
    if (!page || !("claim" in page)) throw new Error("not public");
    const [after, before] = page.claim.revisions;
    const html = renderToStaticMarkup(RevisionDiff({ before: before!.snapshot, after: after!.snapshot, labels: en.claimPage, verdictName: (v) => v ?? "", names: diffNames(en) }));
    expect(html).not.toContain(en.claimPage.noChanges);
    // Each field's old and new words, marked word by word.
    const text = html.replace(/<[^>]+>/g, "");
    for (const shown of ["Claimant", "Tình báo", "Bộ Quốc phòng", "Ukraine", "Attributes", "Supplier: ", "Iran", "Rockets", "Artillery shells"]) expect(text).toContain(shown);
    expect(html).toMatch(/<ins>[^<]*Ukraine/);
    // The wording did not change, so it is not listed.
    expect(html).not.toContain(`<dt>${en.claimPage.fieldText}</dt>`);
    const viHtml = renderToStaticMarkup(RevisionDiff({ before: before!.snapshot, after: after!.snapshot, labels: vi.claimPage, verdictName: (v) => v ?? "", names: diffNames(vi) }));
    expect(viHtml).toContain(vi.claimPage.claimant);
    expect(viHtml).toContain(vi.ledger.fields.supplier);
  });

  it("of a first verdict has no diff, so what approval publishes lists the date, gloss, tags, attributes and evidence notes", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const claim = await createClaim(editor, { text: `Nga nhận tên lửa ${randomUUID().slice(0, 8)}`, kind: "ARMS_TRANSFER", gloss: "Russia receives missiles", tags: ["tên lửa", "Nga"], madeAt: "2024-01-04", attributes: { supplier: "Triều Tiên", materiel: "BALLISTIC_MISSILES" } });
    await startResearch(editor, { claimId: claim.id });
    const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/missiles", title: "Report", note: "Published under the item on the claim's page" });
    await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Debris was identified.", rationale: "Two independent outlets report it.", evidenceIds: [evidence.id] });
    const [desk, workflow] = await Promise.all([getClaimForDesk(reviewer, claim.id), getClaimWorkflow(reviewer, claim.id)]);
    const html = renderToStaticMarkup(createElement(WorkflowNews, null, WorkflowPanel({ claim: desk, workflow, actor: reviewer, locale: "en", t: en })));
    const field = (id: string) => html.match(new RegExp(`data-testid="${id}"[^>]*>(.*?)</dd>`, "s"))?.[1];
    expect(field("snapshot-gloss")).toBe("Russia receives missiles");
    expect(field("snapshot-tags")).toBe("tên lửa, Nga");
    expect(field("snapshot-made-at")).toContain("2024-01-04");
    expect(field("snapshot-attributes")).toContain("Supplier: Triều Tiên");
    expect(field("snapshot-attributes")).toContain("Materiel: Ballistic missiles");
    expect(html.match(/data-testid="snapshot-evidence-note"[^>]*>(.*?)<\/p>/)?.[1]).toBe("Published under the item on the claim&#x27;s page");
  });
});
