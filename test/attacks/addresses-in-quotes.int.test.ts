// Quotes (an appearance's words with those around them, an evidence quote) are evidence of what a source said, and are
// published as quoted: an intranet host name or a private address in them stays (leaving it out would misquote, and
// the claim may be about that very address), and is never made a link anywhere public, so no reader's browser is sent
// to it. A user name and password in an address are the exception: they were published as quoted, in the page, the API
// and the revision feed; now they become "[…]", even when the address runs across the quote's parts; the same in a
// source's title and outlet (its own words, as its quotes are). The revision keeps what was reviewed.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { getPublishedClaim, listClaimReviews } from "@/lib/public/published-claims";
import { claimReviewFor } from "@/lib/public/claim-review";
import { getClaimForApi } from "@/lib/public/api";
import { vi as dictionary } from "@/lib/i18n/vi";
import { makeUser } from "@/test/factories";

const SECRET = "Tr0ng-kho-9x";
// The appearance's exact words end inside the credentials: the password is in its suffix, the user name in its words.
const APPEARANCE = "Tài liệu rò rỉ nằm tại http://bientap:";
const APPEARANCE_AFTER = `${SECRET}@kho.toasoan.internal/ban-nhap và 10.20.0.7 theo nguồn tin.`;
const EVIDENCE = `Máy chủ postgres://app:${SECRET}@10.20.0.8:5432/desk chứa danh sách`;
const BODY = `Phóng viên cho biết. ${APPEARANCE}${APPEARANCE_AFTER}\n\nNgoài ra ${EVIDENCE} phóng viên.`;

describe("addresses inside published quotes", () => {
  it("are published as quoted, as text only, but for a user name and password", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const source = await getDb().source.create({
      data: { title: `Bản chụp ftp://luutru:${SECRET}@kho.toasoan.internal/b`, outlet: "Báo Thử", url: "https://news.example.org/ro-ri", language: "vi", body: BODY, blocks: BODY.split("\n\n").map((text) => ({ kind: "paragraph", text })), raw: BODY, contentHash: randomUUID(), fingerprint: randomUUID() },
    });
    const at = (quote: string) => ({ sourceId: source.id, start: BODY.indexOf(quote), end: BODY.indexOf(quote) + quote.length, exact: quote });
    const claim = await createClaim(editor, { text: `Kho tài liệu nội bộ bị lộ ${randomUUID()}`, kind: "ARMS_TRANSFER", appearance: at(APPEARANCE) });
    await startResearch(editor, { claimId: claim.id });
    const evidence = await addEvidence(editor, { kind: "source", claimId: claim.id, stance: "SUPPORTS", anchor: at(EVIDENCE) });
    const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Đúng: tài liệu nội bộ đã bị lộ ra ngoài.", rationale: "Nguồn tin [1] xác nhận kho tài liệu bị lộ.", evidenceIds: [evidence.id] });
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });

    const found = await getPublishedClaim(claim.slug);
    if (!found || !("claim" in found)) throw new Error("the claim is not published");
    const { snapshot } = found.claim.latest;
    const [appearance] = snapshot.appearances;
    expect(appearance!.exact).toBe("Tài liệu rò rỉ nằm tại http://[…]");
    expect(appearance!.suffix).toMatch(/^@kho\.toasoan\.intern/);
    expect(snapshot.evidence[0]!.quote).toBe("Máy chủ postgres://[…]@10.20.0.8:5432/desk chứa danh sách");
    // The source's title is its own words too.
    expect(appearance!.source.title).toBe("Bản chụp ftp://[…]@kho.toasoan.internal/b");

    const answers = {
      page: JSON.stringify(found),
      api: JSON.stringify(await getClaimForApi(claim.id, "https://claims.example")),
      feed: JSON.stringify((await listClaimReviews(100)).find((r) => r.id === claim.id)?.latest),
      claimReview: JSON.stringify(claimReviewFor(found.claim, dictionary.verdicts, { organisation: { name: "Desk", url: "https://claims.example" }, baseUrl: "https://claims.example" })),
    };
    for (const [where, answer] of Object.entries(answers)) {
      expect(answer, where).not.toContain(SECRET);
      expect(answer, where).not.toContain("bientap");
    }
    // The host names and private addresses stay as quoted, where the public reads quotes.
    for (const answer of [answers.page, answers.api]) {
      expect(answer).toContain("@kho.toasoan.interna");
      expect(answer).toContain("10.20.0.8:5432/desk");
    }

    // The reviewed revision keeps the quote as the source has it.
    const revision = await getDb().claimRevision.findFirstOrThrow({ where: { claimId: claim.id }, select: { snapshot: true } });
    expect(JSON.stringify(revision.snapshot)).toContain(`postgres://app:${SECRET}@10.20.0.8`);
  });
});
