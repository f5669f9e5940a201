// A claim published quoting a capture whose address is a look-alike of Reuters' ("https://www.rеuters.com/…", a
// Cyrillic "е"; the import names such a capture's outlet from its site name): the public page's read model, the API
// and the ClaimReview give that host in its ASCII form, as a browser shows it, never as Reuters' address. An
// international name that imitates nothing keeps its letters, and the reviewed revision keeps what was captured.
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
const LOOK_ALIKE = "https://www.r\u0435uters.com/world/asia-pacific/shells-2026-12-01/";
const ASCII = "https://www.xn--ruters-3of.com/world/asia-pacific/shells-2026-12-01/";

async function sourceAt(url: string) {
  const source = await getDb().source.create({
    data: { title: `Bản chụp ${randomUUID()}`, outlet: "Reuters", url, language: "vi", body: BODY, blocks: BODY.split("\n\n").map((text) => ({ kind: "paragraph", text })), raw: BODY, contentHash: randomUUID(), fingerprint: randomUUID() },
  });
  const start = BODY.indexOf(QUOTE);
  return { sourceId: source.id, start, end: start + QUOTE.length, exact: QUOTE };
}

describe("a published claim quoting a capture with a look-alike address", () => {
  it("gives the host in its ASCII form everywhere public, and an honest international name as written", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const fake = await sourceAt(LOOK_ALIKE);
    const honest = await sourceAt("https://báo.vn/dan-phao");
    const claim = await createClaim(editor, { text: `Triều Tiên chuyển đạn pháo cho Nga ${Math.random()}`, kind: "ARMS_TRANSFER", appearance: fake });
    await startResearch(editor, { claimId: claim.id });
    const evidence = await addEvidence(editor, { kind: "source", claimId: claim.id, stance: "SUPPORTS", anchor: honest });
    const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by the record.", rationale: "Two outlets report it.", evidenceIds: [evidence.id] });
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });

    const found = await getPublishedClaim(claim.slug);
    expect(found && "claim" in found).toBe(true);
    const { latest } = (found as { claim: { latest: { snapshot: { appearances: { source: { url: string | null } }[]; evidence: { source: { url: string | null } | null }[] } } } }).claim;
    expect(latest.snapshot.appearances.map((a) => a.source.url)).toEqual([ASCII]);
    expect(latest.snapshot.evidence.map((e) => e.source?.url)).toEqual(["https://báo.vn/dan-phao"]);

    const api = JSON.stringify(await getClaimForApi(claim.id, "https://claims.example"));
    expect(api).not.toContain("r\u0435uters");
    expect(api).toContain(ASCII);
    const review = JSON.stringify(claimReviewFor((found as { claim: Parameters<typeof claimReviewFor>[0] }).claim, dictionary.verdicts, { organisation: { name: "Desk", url: "https://claims.example" }, baseUrl: "https://claims.example" }));
    expect(review).not.toContain("r\u0435uters");
    expect(review).toContain(ASCII);

    // The reviewed revision keeps what was captured.
    const revision = await getDb().claimRevision.findFirstOrThrow({ where: { claimId: claim.id }, select: { snapshot: true } });
    expect(JSON.stringify(revision.snapshot)).toContain(LOOK_ALIKE);
  });
});
