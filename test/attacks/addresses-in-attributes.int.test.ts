// A claim's structured attributes (supplier, route, obligation, measures…) are free text an editor types, and where a
// value was selected from a quote its provenance keeps the quote's words around it. The public read model cleans
// every other free text (publishedText: no local address, no credentials) and every quote (publishedQuote: no
// credentials), but published the attributes as typed: the public API's claim, the ledger page, its CSV and its API
// carried an intranet address and a password the rationale beside them would have lost. They now go through the same
// rules; the revision keeps what was typed.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { provenanceOf } from "@/lib/claims/attribute-selection";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { getClaimForApi, getLedgerForApi } from "@/lib/public/api";
import { getLedger, ledgerCsv } from "@/lib/public/ledger";
import { makeUser } from "@/test/factories";

const QUOTE = "Bình Nhưỡng chuyển đạn pháo cho Nga qua cảng Rajin";
const BODY = `Theo tệp http://ops:hunter2@a.org ${QUOTE} trong tháng Chín.`;
const LEAKS = ["10.0.0.5", "hunter2", "ops:", "s3cret", "admin:", "intranet.internal"];

describe("addresses typed into a claim's attributes", () => {
  it("are published as free text and quotes are: no local address, no credentials; the revision keeps them", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const source = await getDb().source.create({ data: { title: "Tin", language: "vi", body: BODY, blocks: [], raw: BODY, contentHash: randomUUID(), fingerprint: randomUUID() } });
    const start = BODY.indexOf(QUOTE);
    const claim = await createClaim(editor, { text: `Triều Tiên chuyển đạn pháo cho Nga ${randomUUID().slice(0, 8)}`, kind: "ARMS_TRANSFER", appearance: { sourceId: source.id, start, end: start + QUOTE.length, exact: QUOTE } });
    const a = await getDb().appearance.findFirstOrThrow({ where: { claimId: claim.id } });
    const quote = { id: a.id, sourceId: a.sourceId, exact: a.exact, prefix: a.prefix, suffix: a.suffix, start: a.start };
    const supplier = provenanceOf(quote, 0, "Bình Nhưỡng".length);
    expect(supplier.prefix).toContain("hunter2");
    await updateClaim(editor, {
      id: claim.id,
      version: "1",
      text: claim.text,
      kind: "ARMS_TRANSFER",
      attributes: {
        supplier: "Bình Nhưỡng",
        recipient: "Nga, http://admin:s3cret@files.example.org/nga",
        route: "Cảng Rajin, theo http://10.0.0.5/ban-do và <http://wiki.intranet.internal/tuyen>",
        quantity: "1 triệu quả, xem http://10.0.0.5/so-lieu",
        provenance: JSON.stringify({ supplier }),
      },
    });
    await startResearch(editor, { claimId: claim.id });
    const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://www.un.org/report", title: "Báo cáo" });
    const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Xác nhận theo hồ sơ công khai.", rationale: "Hai nguồn độc lập cùng đưa tin.", evidenceIds: [evidence.id] });
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });

    // The revision keeps what was typed.
    const revision = await getDb().claimRevision.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(JSON.stringify(revision.snapshot)).toContain("hunter2");
    expect(JSON.stringify(revision.snapshot)).toContain("10.0.0.5");

    const api = await getClaimForApi(claim.id, "https://claims.example");
    expect(api.published.attributes).toMatchObject({
      supplier: ["Bình Nhưỡng"],
      recipient: ["Nga", "http://files.example.org/nga"],
      route: "Cảng Rajin, theo và",
      quantity: { text: "1 triệu quả, xem", min: 1_000_000 },
      provenance: { supplier: { exact: "Bình Nhưỡng", start: supplier.start } },
    });
    expect(api.published.attributes!.provenance!.supplier!.prefix).toContain("http://[…]@a.org ");

    const ledger = await getLedger({ supplier: "Bình Nhưỡng", recipient: undefined });
    const row = ledger.rows.find((r) => r.url.endsWith(`/${api.slug}`));
    expect(row?.attributes.route).toBe("Cảng Rajin, theo và");
    const answers = {
      api: JSON.stringify(api),
      ledger: JSON.stringify(row),
      csv: ledgerCsv(ledger, "https://claims.example"),
      ledgerApi: JSON.stringify(await getLedgerForApi(new URLSearchParams({ supplier: "Bình Nhưỡng" }))),
    };
    for (const [where, text] of Object.entries(answers)) for (const leak of LEAKS) expect(text, `${where}: ${leak}`).not.toContain(leak);
  });
});
