// An editor's rationale is Markdown: on the review screen its links led where the editor typed, while the public page
// publishes them as published-text.ts makes them (a look-alike host in ASCII, an address of the newsroom's own network
// left out, credentials dropped). "[Reuters](https://www.rеuters.com/…)" (a Cyrillic е) or "[the wire](http://10.0.0.5/
// admin/reset?…)" sent the reviewer's browser, on a click, to another host or into the newsroom's own network. The
// review screen now shows the rationale as approval publishes it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { makeUser } from "@/test/factories";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { getClaimForDesk } from "@/lib/claims/get-claim";
import { getClaimWorkflow } from "@/lib/workflow/queues";
import { en } from "@/lib/i18n/en";
import { WorkflowPanel } from "@/app/(desk)/desk/claims/[id]/workflow-panel";
import { WorkflowNews } from "@/app/(desk)/desk/claims/[id]/workflow-news";

const RATIONALE = [
  "As [Reuters reported](https://www.r\u0435uters.com/world/shells-2026-12-01/), the shipment left in May.",
  "The [registry](http://10.0.0.5/admin/reset?user=all) and the [wiki](http://wiki.newsroom.internal/ships) agree.",
  "See also [the record](https://desk:s3cret@records.example.org/ship) and [the port](https://www.example.org/port).",
].join("\n\n");

describe("a rationale's links on the review screen", () => {
  it("lead where the published page's lead: no look-alike host, no address of the newsroom's network, no credentials", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const claim = await createClaim(editor, { text: `Tàu chở đạn pháo rời cảng ${Math.random()}`, kind: "ARMS_TRANSFER" });
    await startResearch(editor, { claimId: claim.id });
    const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/report", title: "Report" });
    await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: RATIONALE, evidenceIds: [evidence.id] });
    const [desk, workflow] = await Promise.all([getClaimForDesk(reviewer, claim.id), getClaimWorkflow(reviewer, claim.id)]);
    const html = renderToStaticMarkup(createElement(WorkflowNews, null, WorkflowPanel({ claim: desk, workflow, actor: reviewer, locale: "en", t: en })));
    const hrefs = [...html.matchAll(/<a href="([^"]*)" rel="nofollow/g)].map((m) => m[1]);
    expect(hrefs).toContain("https://www.xn--ruters-3of.com/world/shells-2026-12-01/");
    expect(hrefs).toContain("https://www.example.org/port");
    expect(hrefs.join(" ")).not.toMatch(/r\u0435uters|10\.0\.0\.5|newsroom\.internal|s3cret/);
    // The words stay, as the public page prints them.
    expect(html).toContain("Reuters reported");
    expect(html).toContain("registry");
  });

  it("are shown as published wherever the desk shows a published rationale, summary or note for reading; the form's fields keep the editor's text", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const claim = await createClaim(editor, { text: `Tàu chở đạn pháo rời cảng ${Math.random()}`, kind: "ARMS_TRANSFER" });
    await startResearch(editor, { claimId: claim.id });
    const note = "Mirrored at http://10.0.0.5/mirror/report and [the wire](https://www.r\u0435uters.com/wire).";
    const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/report", title: "Report", note });
    const summary = "Confirmed by the record (http://10.0.0.5/record).";
    const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary, rationale: RATIONALE, evidenceIds: [evidence.id] });
    // The review screen: the summary and the evidence note as the public page will print them.
    const [desk, workflow] = await Promise.all([getClaimForDesk(reviewer, claim.id), getClaimWorkflow(reviewer, claim.id)]);
    const review = renderToStaticMarkup(createElement(WorkflowNews, null, WorkflowPanel({ claim: desk, workflow, actor: reviewer, locale: "en", t: en })));
    expect(review).toContain("Confirmed by the record");
    expect(review).toContain("xn--ruters-3of.com/wire");
    expect(review).not.toMatch(/r\u0435uters|10\.0\.0\.5|newsroom\.internal|s3cret/);
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
    // The correction form, once published: its "published Markdown" is what the public page publishes.
    const [published, publishedFlow] = await Promise.all([getClaimForDesk(editor, claim.id), getClaimWorkflow(editor, claim.id)]);
    const html = renderToStaticMarkup(createElement(WorkflowNews, null, WorkflowPanel({ claim: published, workflow: publishedFlow, actor: editor, locale: "en", t: en })));
    const shown = [...html.matchAll(/<textarea[^>]*readOnly=""[^>]*>([^<]*)<\/textarea>/g)].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) {
      expect(text).toContain("https://www.xn--ruters-3of.com/world/shells-2026-12-01/");
      expect(text).not.toMatch(/r\u0435uters|10\.0\.0\.5|newsroom\.internal|s3cret/);
    }
    // The rationale field a correction starts from keeps what the editor typed.
    const fields = [...html.matchAll(/<textarea[^>]*name="rationale"[^>]*>([^<]*)<\/textarea>/g)].map((m) => m[1]!);
    expect(fields.length).toBeGreaterThan(0);
    for (const text of fields) expect(text).toContain("http://10.0.0.5/admin/reset");
  });
});
