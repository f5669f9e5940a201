// An evidence reference typed before local addresses were refused (an intranet page, a development server, a cloud
// metadata address, a .internal or .local name) is still in the reviewed revision. The public read model, which the
// claim page, the API, the feeds and ClaimReview all read, prints the reference without that address; a reference on
// the public web keeps its own, and the desk's revision keeps what was reviewed.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { getPublishedClaim, listClaimReviews } from "@/lib/public/published-claims";
import { claimReviewFeedForApi, getClaimForApi } from "@/lib/public/api";
import { claimQuotedIn, makeUser } from "@/test/factories";

const QUOTE = "Bình Nhưỡng chuyển đạn pháo cho Moscow";
const BODY = `Nguồn tin cho biết ${QUOTE} trong tháng Chín.\n\nCác quan chức từ chối bình luận.`;
const LOCAL = ["http://10.0.0.5/bao-cao.pdf", "http://localhost:3000/ban-nhap", "http://169.254.169.254/latest/meta-data/", "https://wiki.newsroom.internal/trang", "http://nas.local/tep", "http://[::1]/x"];
const PUBLIC = "https://www.un.org/securitycouncil/report";

describe("evidence references stored with a local address", () => {
  it("are published without the address everywhere public, and kept in the reviewed revision", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const { claim } = await claimQuotedIn(editor, BODY, QUOTE);
    const ids: string[] = [];
    for (let i = 0; i <= LOCAL.length; i++) {
      const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: `https://example.org/placeholder-${i}`, title: `Tham chiếu ${i}` });
      ids.push(evidence.id);
    }
    // What the form refuses now was stored before the rule: written here as the old rows hold it.
    for (const [i, url] of [...LOCAL, PUBLIC].entries()) await getDb().evidence.update({ where: { id: ids[i] }, data: { url } });
    const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: "The report [7] says so.", evidenceIds: ids });
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });

    const found = await getPublishedClaim(claim.slug);
    if (!found || !("claim" in found)) throw new Error("the claim is not published");
    const references = found.claim.latest.snapshot.evidence.map((e) => e.reference);
    // Every item stays in its place (the rationale cites them by number) with its title; only the address goes.
    expect(references.map((r) => r?.title)).toEqual([...LOCAL, PUBLIC].map((_, i) => `Tham chiếu ${i}`));
    expect(references.map((r) => r?.url)).toEqual([...LOCAL.map(() => null), PUBLIC]);
    for (const revision of found.claim.revisions) expect(revision.snapshot.evidence.map((e) => e.reference?.url ?? null)).toEqual([...LOCAL.map(() => null), PUBLIC]);

    const feedRows = await listClaimReviews(100);
    const answers = [
      JSON.stringify(await getClaimForApi(claim.id, "https://claims.example")),
      JSON.stringify(await claimReviewFeedForApi(new URLSearchParams({ limit: "100" }), "https://claims.example")),
      JSON.stringify(feedRows.find((r) => r.id === claim.id)?.latest),
    ];
    // ClaimReview names no evidence; the API and the feeds' read model name the public reference.
    for (const answer of [answers[0], answers[2]]) expect(answer).toContain(PUBLIC);
    for (const answer of answers) {
      for (const host of ["10.0.0.5", "localhost", "169.254.169.254", "newsroom.internal", "nas.local", "[::1]"]) expect(answer).not.toContain(host);
    }

    const revision = await getDb().claimRevision.findFirstOrThrow({ where: { claimId: claim.id }, select: { snapshot: true } });
    for (const url of LOCAL) expect(JSON.stringify(revision.snapshot)).toContain(url);
  });
});
