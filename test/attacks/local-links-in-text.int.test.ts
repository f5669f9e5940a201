// Local, private and credential-bearing addresses typed into free text: a rationale's Markdown link to an intranet
// report, an autolink to a development server, a reference-style link to a .internal wiki, a link with a user name and
// password, a bare cloud-metadata address in an evidence note and in a correction's reason. The reviewed revision
// keeps what was typed; the public read model (the claim page, the API, the feeds, ClaimReview, search, the ledger,
// the corrections log) publishes each link's words without a local address, and a public address without its
// credentials.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { getPublishedClaim, listClaimReviews, listCorrections, listLatestVerdicts, listRecentRevisions } from "@/lib/public/published-claims";
import { claimReviewFeedForApi, getClaimForApi, listCorrectionsForApi } from "@/lib/public/api";
import { claimQuotedIn, makeUser } from "@/test/factories";

const QUOTE = "Bình Nhưỡng chuyển đạn pháo cho Moscow";
const BODY = `Nguồn tin cho biết ${QUOTE} trong tháng Chín.\n\nCác quan chức từ chối bình luận.`;
const RATIONALE = [
  "Theo [báo cáo nội bộ](http://10.0.0.5/bao-cao.pdf) và [bản nháp][nhap], xem <http://localhost:8080/ban-nhap>.",
  "Nguồn công khai: [Liên Hợp Quốc](https://www.un.org/report) và [kho lưu](http://editor:hunter2@archive.example.org/x).",
  "",
  "[nhap]: https://wiki.newsroom.internal/trang",
].join("\n");
const NOTE = "Bản gốc ở http://169.254.169.254/latest/meta-data/ và http://[::1]/x, bản công khai https://news.example.org/a";
const REASON = "Sửa theo [tệp](http://nas.local/tep) của https://admin:secret@news.example.org/b";
const LEAKS = ["10.0.0.5", "localhost", "newsroom.internal", "169.254.169.254", "[::1]", "nas.local", "hunter2", "editor:", "admin:", "secret@"];

describe("addresses typed into published free text", () => {
  it("are published as the links' words, public addresses without credentials; the revision keeps what was typed", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const { claim } = await claimQuotedIn(editor, BODY, QUOTE);
    const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://www.un.org/report", title: "Báo cáo", note: NOTE });
    const first = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Xác nhận, xem <http://localhost:3000/x>.", rationale: RATIONALE, evidenceIds: [evidence.id] });
    await reviewProposal(reviewer, { proposalId: first.id, decision: "APPROVE" });
    const correction = await proposeVerdict(editor, { claimId: claim.id, kind: "CORRECTION", verdict: "MISLEADING", summary: "Gây hiểu lầm, theo [tệp](http://nas.local/tep).", rationale: RATIONALE, reason: REASON, evidenceIds: [evidence.id] });
    await reviewProposal(reviewer, { proposalId: correction.id, decision: "APPROVE" });

    const found = await getPublishedClaim(claim.slug);
    if (!found || !("claim" in found)) throw new Error("the claim is not published");
    const latest = found.claim.latest.snapshot;
    expect(latest.rationale).toBe(
      [
        "Theo báo cáo nội bộ và bản nháp, xem.",
        "Nguồn công khai: [Liên Hợp Quốc](https://www.un.org/report) và [kho lưu](<http://archive.example.org/x>).",
        "",
        "",
      ].join("\n"),
    );
    expect(latest.evidence[0]!.note).toBe("Bản gốc ở và, bản công khai https://news.example.org/a");
    expect(latest.reason).toBe("Sửa theo tệp của https://news.example.org/b");
    expect(found.claim.revisions.at(-1)!.snapshot.summary).toBe("Xác nhận, xem.");
    expect(found.claim.corrections[0]!.reason).toBe(latest.reason);

    const json = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    const answers = {
      page: json(found),
      api: json(await getClaimForApi(claim.id, "https://claims.example")),
      claimReviewFeed: json(await claimReviewFeedForApi(new URLSearchParams({ limit: "100" }), "https://claims.example")),
      corrections: json(await listCorrectionsForApi(new URLSearchParams(), "https://claims.example")),
      correctionsLog: json(await listCorrections(100)),
      feed: json(await listRecentRevisions(100)),
      latest: json(await listLatestVerdicts(100)),
      claimReviews: json(await listClaimReviews(100)),
    };
    for (const [name, answer] of Object.entries(answers)) {
      for (const leak of LEAKS) expect(answer, `${name} names ${leak}`).not.toContain(leak);
    }
    expect(answers.api).toContain("https://www.un.org/report");
    expect(latest.summary).toBe("Gây hiểu lầm, theo tệp.");
    // Public search finds the claim by what it publishes, and never by (nor offers the spelling of) a local address.
    const { searchFolded } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { searchFolded: true } });
    expect(searchFolded).toContain("gay hieu lam");
    expect(searchFolded).not.toMatch(/\bnas\b|\blocal\b/);

    // What was typed is what was reviewed: the desk's revision and proposal keep it.
    const revisions = await getDb().claimRevision.findMany({ where: { claimId: claim.id }, select: { snapshot: true } });
    for (const revision of revisions) {
      expect(JSON.stringify(revision.snapshot)).toContain("http://10.0.0.5/bao-cao.pdf");
      expect(JSON.stringify(revision.snapshot)).toContain("editor:hunter2@archive.example.org");
    }
    expect((await getDb().correction.findFirstOrThrow({ where: { claimId: claim.id } })).reason).toBe(REASON);
  });
});
