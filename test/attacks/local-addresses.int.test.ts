// A claim published with a quote from an article captured on the newsroom's own network: the public page's read
// model, the API and the ClaimReview name the article but print no address for it; an article on the public web keeps
// its address. The reviewed revision itself is unchanged (the desk still sees where the capture came from).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { getPublishedClaim } from "@/lib/public/published-claims";
import { claimReviewFor } from "@/lib/public/claim-review";
import { getClaimForApi } from "@/lib/public/api";
import { vi as dictionary } from "@/lib/i18n/vi";
import { makeUser } from "@/test/factories";

const QUOTE = "Bình Nhưỡng chuyển đạn pháo cho Moscow";
const BODY = `Nguồn tin cho biết ${QUOTE} trong tháng Chín.\n\nCác quan chức từ chối bình luận.`;

async function sourceAt(url: string) {
  const source = await getDb().source.create({
    data: { title: `Bản chụp ${new URL(url).pathname.length}`, outlet: "Báo Thử", url, language: "vi", body: BODY, blocks: BODY.split("\n\n").map((text) => ({ kind: "paragraph", text })), raw: BODY, contentHash: randomUUID(), fingerprint: randomUUID() },
  });
  const start = BODY.indexOf(QUOTE);
  return { sourceId: source.id, start, end: start + QUOTE.length, exact: QUOTE };
}

describe("a published claim quoting an article captured on a local network", () => {
  it("prints no address for it anywhere public, and keeps a public article's", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const local = await sourceAt("http://10.0.4.2/intranet/ban-tin?id=7");
    const open = await sourceAt("https://news.example.org/dan-phao");
    const claim = await createClaim(editor, { text: `Triều Tiên chuyển đạn pháo cho Nga ${Math.random()}`, kind: "ARMS_TRANSFER", appearance: local });
    await startResearch(editor, { claimId: claim.id });
    const evidence = await addEvidence(editor, { kind: "source", claimId: claim.id, stance: "SUPPORTS", anchor: open });
    const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: "Two outlets report it.", evidenceIds: [evidence.id] });
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });

    const found = await getPublishedClaim(claim.slug);
    expect(found && "claim" in found).toBe(true);
    const { latest } = (found as { claim: { latest: { snapshot: { appearances: { source: { url: string | null } }[]; evidence: { source: { url: string | null } | null }[] } } } }).claim;
    expect(latest.snapshot.appearances.map((a) => a.source.url)).toEqual([null]);
    expect(latest.snapshot.evidence.map((e) => e.source?.url)).toEqual(["https://news.example.org/dan-phao"]);

    const api = JSON.stringify(await getClaimForApi(claim.id, "https://claims.example"));
    expect(api).not.toContain("10.0.4.2");
    const review = JSON.stringify(claimReviewFor((found as { claim: Parameters<typeof claimReviewFor>[0] }).claim, dictionary.verdicts, { organisation: { name: "Desk", url: "https://claims.example" }, baseUrl: "https://claims.example" }));
    expect(review).not.toContain("10.0.4.2");

    // The reviewed revision keeps what was reviewed.
    const revision = await getDb().claimRevision.findFirstOrThrow({ where: { claimId: claim.id }, select: { snapshot: true } });
    expect(JSON.stringify(revision.snapshot)).toContain("http://10.0.4.2/intranet/ban-tin?id=7");
  });
});
