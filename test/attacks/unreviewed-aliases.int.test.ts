// An editor adds names to a claimant (a new claimant with any aliases, merged into the claimant of a claim under
// review, or of one published): approval wrote the claimant's aliases as they stood then into the public search
// document, so a published claim became findable by any word no reviewer saw. The aliases are now frozen with the
// proposal, shown to the reviewer with the rest of what approval publishes, and only those are indexed; a revision
// that recorded none is found by none, when its document is written again.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser, publishClaim } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimant, mergeClaimants } from "@/lib/claims/claimants";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import { REWRITE_SEARCH_DOCUMENTS, rewriteSearchDocuments } from "@/lib/public/rewrite-search-documents";
import { readMigrations } from "@/lib/db/migrate";
import { clearSearchCache, searchPublishedClaims } from "@/lib/public/search";
import { getClaimForApi } from "@/lib/public/api";
import { getClaimForDesk } from "@/lib/claims/get-claim";
import { getClaimWorkflow } from "@/lib/workflow/queues";
import { en } from "@/lib/i18n/en";
import { WorkflowPanel } from "@/app/(desk)/desk/claims/[id]/workflow-panel";
import { WorkflowNews } from "@/app/(desk)/desk/claims/[id]/workflow-news";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

async function found(q: string): Promise<string[]> {
  clearSearchCache();
  return (await searchPublishedClaims({ q }, { offset: 0, limit: 20 })).hits.map((h) => h.slug);
}

/** Another claimant carrying `alias`, merged into `intoId`: its names become the survivor's aliases. */
async function plantAlias(intoId: string, alias: string) {
  const planted = await createClaimant(editor, { name: `Vỏ bọc ${alias}`, kind: "PERSON", aliases: [alias] });
  await mergeClaimants(editor, { fromId: planted.id, intoId });
}

describe("a claimant's aliases in the public search", () => {
  it("are those the proposal froze and the reviewer saw: one added while the claim is under review is not indexed", async () => {
    const claimant = await createClaimant(editor, { name: "Bộ Quốc phòng Xứ Mơ", kind: "STATE_BODY", aliases: ["Quân đội Xứ Mơ"] });
    const claim = await createClaim(editor, { text: "Xứ Mơ nhận tàu ngầm", kind: "ARMS_TRANSFER", claimantName: "Bộ Quốc phòng Xứ Mơ" });
    await startResearch(editor, { claimId: claim.id });
    const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/submarine", title: "Report" });
    const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "FALSE", summary: "No such delivery.", rationale: "The registry lists none.", evidenceIds: [evidence.id] });
    // What the reviewer reads lists the names the search will find it by.
    expect((proposal.snapshot as RevisionSnapshot).claimantAliases).toEqual(["Bộ Quốc phòng Xứ Mơ", "Quân đội Xứ Mơ"]);
    const [desk, workflow] = await Promise.all([getClaimForDesk(reviewer, claim.id), getClaimWorkflow(reviewer, claim.id)]);
    const html = renderToStaticMarkup(createElement(WorkflowNews, null, WorkflowPanel({ claim: desk, workflow, actor: reviewer, locale: "en", t: en })));
    expect(html.match(/data-testid="snapshot-claimant-aliases"[^>]*>(.*?)<\/dd>/)?.[1]).toBe("Quân đội Xứ Mơ"); // its own name is shown as the claimant, not again among the other names
    await plantAlias(claimant.id, "xổ số trúng thưởng");
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
    const { slug } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { slug: true } });
    expect(await found("quan doi xu mo")).toEqual([slug]);
    expect(await found("xo so trung thuong")).toEqual([]);
    const vocabulary = await getDb().searchWord.findMany({ where: { word: { in: ["xo", "so", "trung", "thuong"] } } });
    expect(vocabulary).toEqual([]);
    // The recorded aliases feed the search only: the API's claim lists no names it did not list before.
    expect(JSON.stringify(await getClaimForApi(claim.id, "https://claims.example"))).not.toContain("Quân đội");
  });

  it("stay as recorded when a published claim's document is written again after its claimant gained a name", async () => {
    const claimant = await createClaimant(editor, { name: "Đài Xứ Sương", kind: "OUTLET", aliases: [] });
    const published = await publishClaim(editor, reviewer, { text: "Xứ Sương thử tên lửa", kind: "OTHER", claimantName: "Đài Xứ Sương" });
    await plantAlias(claimant.id, "khuyến mãi khủng");
    await rewriteSearchDocuments();
    expect(await found("dai xu suong")).toEqual([published.slug]);
    expect(await found("khuyen mai khung")).toEqual([]);
    // A correction proposed now records the name: the reviewer's diff against the published revision shows it added,
    // and once approved the search finds it.
    const correction = await proposeVerdict(editor, { claimId: published.id, kind: "CORRECTION", verdict: "CONFIRMED", summary: "Confirmed by the published record.", rationale: "Two independent outlets report it.", reason: "The claimant's other name.", evidenceIds: [published.evidenceId] });
    const [desk, workflow] = await Promise.all([getClaimForDesk(reviewer, published.id), getClaimWorkflow(reviewer, published.id)]);
    const html = renderToStaticMarkup(createElement(WorkflowNews, null, WorkflowPanel({ claim: desk, workflow, actor: reviewer, locale: "en", t: en })));
    const diff = html.slice(html.indexOf('class="revision-diff"'));
    expect(diff).toContain(`<dt>${en.workflow.snapshotAliases.replace(/'/g, "&#x27;")}</dt>`);
    expect(diff).toMatch(/<ins>[^<]*khuyến mãi khủng/);
    await reviewProposal(reviewer, { proposalId: correction.id, decision: "APPROVE" });
    expect(await found("khuyen mai khung")).toEqual([published.slug]);
  });

  it("of a revision published before they were recorded are left out of its document written again", async () => {
    const published = await publishClaim(editor, reviewer, { text: "Xứ Gió đóng cửa khẩu", kind: "OTHER", claimantName: "Cửa khẩu Xứ Gió", claimantKind: "STATE_BODY" });
    const db = getDb();
    // Such a revision, as stored before: no claimantAliases. Revisions are append-only, so the test writes around the guard.
    await db.$executeRaw`ALTER TABLE "ClaimRevision" DISABLE TRIGGER USER`;
    try {
      await db.$executeRaw`UPDATE "ClaimRevision" SET snapshot = snapshot - 'claimantAliases' WHERE "claimId" = ${published.id}::uuid`;
    } finally {
      await db.$executeRaw`ALTER TABLE "ClaimRevision" ENABLE TRIGGER USER`;
    }
    const claimant = await db.claim.findUniqueOrThrow({ where: { id: published.id }, select: { claimantId: true } });
    await plantAlias(claimant.claimantId!, "vé máy bay giá rẻ");
    // Documents written before hold the aliases of their day: the migration asks every start to write them again.
    const migration = readMigrations().find((m) => m.name === "20261207131500_search_documents_reviewed_aliases");
    expect(migration?.sql).toContain(`'${REWRITE_SEARCH_DOCUMENTS}'`);
    await rewriteSearchDocuments();
    expect(await found("ve may bay gia re")).toEqual([]);
    // Its claimant's own name is still found: it is in the revision.
    expect(await found("cua khau xu gio")).toEqual([published.slug]);
  });
});
