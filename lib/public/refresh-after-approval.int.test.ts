// An approval refreshes nginx's copies of the public URLs it changed: the claim's page, the pages of the claims it
// links to and that link to it, in both languages, and the lists and feeds; sent from the approving process to a
// stand-in nginx here (e2e/instances.spec.ts does it through the real one).
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser, publishClaim } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { linkClaims } from "@/lib/claims/link-claims";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { freePort } from "@/lib/free-port";
import { getDb } from "@/lib/db/client";
import { listRelatedPublicSlugs, sitemapFilesListing } from "./published-claims";
import { holdSharedCacheRefreshes, refreshAfterApproval } from "./refresh-after-approval";
import { GENERATION_PATH } from "./shared-cache";
import { publicGeneration } from "./generation";

const SECRET = "refresh-after-approval-secret-0123";
let editor: Actor;
let reviewer: Actor;
let nginx: http.Server;
let nginxUrl: string;
const asked: { path: string; secret: unknown; encoding: unknown }[] = [];
const saved = { url: process.env.CLAIMDESK_NGINX_URL, secret: process.env.CLAIMDESK_NGINX_REFRESH_SECRET };

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
  nginx = http.createServer((request, response) => {
    asked.push({ path: request.url!, secret: request.headers["x-claimdesk-refresh"], encoding: request.headers["accept-encoding"] });
    response.end();
  });
  const port = await freePort();
  await new Promise<void>((resolve) => nginx.listen(port, "127.0.0.1", resolve));
  nginxUrl = `http://127.0.0.1:${port}`;
});

/** From now on, approvals in this process refresh the stand-in nginx (the set-up's approvals did not). */
function configureNginx() {
  process.env.CLAIMDESK_NGINX_URL = nginxUrl;
  process.env.CLAIMDESK_NGINX_REFRESH_SECRET = SECRET;
}

afterAll(async () => {
  for (const [name, value] of [["CLAIMDESK_NGINX_URL", saved.url], ["CLAIMDESK_NGINX_REFRESH_SECRET", saved.secret]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await new Promise((resolve) => nginx.close(resolve));
});

describe("refreshing nginx after an approval", () => {
  it("asks for the approved claim's pages, the denied claim's, the lists and the feeds, in every kept encoding", async () => {
    const allegation = await publishClaim(editor, reviewer, { text: "Triều Tiên gửi tên lửa đạn đạo cho Nga", kind: "OTHER", verdict: "MIXED" });
    const unrelated = await publishClaim(editor, reviewer, { text: "Một tuyên bố không liên quan", kind: "OTHER", verdict: "MIXED" });
    const denial = await createClaim(editor, { text: "Moskva phủ nhận nhận tên lửa", kind: "OTHER" });
    await linkClaims(editor, { fromClaimId: denial.id, toClaimId: allegation.id, type: "DENIES" });
    await startResearch(editor, { claimId: denial.id });
    const evidence = await addEvidence(editor, { kind: "external", claimId: denial.id, stance: "REFUTES", url: "https://example.org/denial", title: "Denial" });
    const proposal = await proposeVerdict(editor, { claimId: denial.id, kind: "VERDICT", verdict: "FALSE", summary: "Reviewed against the published record.", rationale: "Two independent outlets report it.", evidenceIds: [evidence.id] });
    configureNginx();
    asked.length = 0;
    const before = await publicGeneration();
    const { slug } = await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
    // The generation nginx keys every cached answer by has moved on.
    expect(await publicGeneration()).not.toBe(before);

    // Both directions of the link count: each claim's page shows the other.
    expect(await listRelatedPublicSlugs(slug)).toEqual([allegation.slug]);
    expect(await listRelatedPublicSlugs(allegation.slug)).toEqual([slug]);
    expect(await listRelatedPublicSlugs(unrelated.slug)).toEqual([]);

    // Sent after the commit without holding up the reviewer: wait for all of them.
    const expected = ["/", "/en", "/corrections", "/en/corrections", "/ledger", "/en/ledger", `/claims/${slug}`, `/en/claims/${slug}`, `/claims/${allegation.slug}`, `/en/claims/${allegation.slug}`, "/feed.xml", "/sitemap.xml", "/api/v1/claimreview-feed.json"];
    await expect.poll(() => asked.length, { timeout: 10_000 }).toBe(expected.length * 3 + 1);
    // First the generation, which retires every cached answer (search pages and API searches included).
    expect(asked[0]!.path).toBe(GENERATION_PATH);
    expect([...new Set(asked.slice(1).map((a) => a.path))].sort()).toEqual(expected.sort());
    expect(asked.every((a) => a.secret === SECRET)).toBe(true);
    expect(new Set(asked.slice(1).map((a) => a.encoding ?? "identity"))).toEqual(new Set(["br", "gzip", "identity"]));
    expect(asked.some((a) => a.path.includes(unrelated.slug))).toBe(false);
  });

  it("held while the process starts (its seed approving before any instance listens): nothing is sent until released, then all of it once", async () => {
    configureNginx();
    const release = holdSharedCacheRefreshes();
    const slugs: string[] = [];
    for (const text of ["Tuyên bố duyệt lúc khởi động thứ nhất", "Tuyên bố duyệt lúc khởi động thứ hai"]) {
      asked.length = 0;
      const { slug } = await publishClaim(editor, reviewer, { text, kind: "OTHER", verdict: "MIXED" });
      slugs.push(slug);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(asked, "nothing reaches nginx while held").toEqual([]);

    const results = await release();
    expect(asked[0]!.path).toBe(GENERATION_PATH);
    expect(asked.filter((a) => a.path === GENERATION_PATH)).toHaveLength(1);
    for (const slug of slugs) expect(asked.filter((a) => a.path === `/claims/${slug}`)).toHaveLength(3);
    expect(asked.filter((a) => a.path === "/")).toHaveLength(3); // the lists once, not once per approval
    expect(results.every((r) => r.status === 200)).toBe(true);

    // Released: the next approval refreshes at once again.
    asked.length = 0;
    const { slug } = await publishClaim(editor, reviewer, { text: "Tuyên bố duyệt sau khi khởi động", kind: "OTHER", verdict: "MIXED" });
    await expect.poll(() => asked.filter((a) => a.path === `/claims/${slug}`).length, { timeout: 10_000 }).toBe(3);
  });

  it("sends nothing for a rejection", async () => {
    const claim = await createClaim(editor, { text: "Một tuyên bố bị từ chối", kind: "OTHER" });
    await startResearch(editor, { claimId: claim.id });
    const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "REFUTES", url: "https://example.org/x", title: "X" });
    const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "VERDICT", verdict: "FALSE", summary: "Reviewed against the published record.", rationale: "Two independent outlets report it.", evidenceIds: [evidence.id] });
    configureNginx();
    asked.length = 0;
    const before = await publicGeneration();
    await reviewProposal(reviewer, { proposalId: proposal.id, decision: "REJECT", note: "Not enough." });
    expect(await publicGeneration()).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(asked).toEqual([]);
  });
});

describe("refreshing nginx's copies of a sitemap of several files", () => {
  it("asks for the file listing the approved claim and every later one (a new claim is in the last)", async () => {
    const perFile = 2;
    const [count] = await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Claim" WHERE state IN ('PUBLISHED', 'WITHDRAWN') AND "mergedIntoId" IS NULL`;
    // At least three files once this claim is published.
    for (let i = count!.n; i < 2 * perFile; i++) await publishClaim(editor, reviewer, { text: `Tuyên bố lấp chỗ trong sơ đồ trang ${i}`, kind: "OTHER", verdict: "MIXED" });
    const { slug } = await publishClaim(editor, reviewer, { text: "Tuyên bố mới nhất của sơ đồ trang", kind: "OTHER", verdict: "MIXED" });
    const files = Math.ceil((Math.max(count!.n, 2 * perFile) + 1) / perFile);
    configureNginx();
    asked.length = 0;
    await refreshAfterApproval(slug, process.env, perFile);
    const paths = new Set(asked.map((a) => a.path));
    expect(paths.has("/sitemap.xml")).toBe(true);
    expect(paths.has(`/sitemap.xml?page=${files}`)).toBe(true);
    expect(asked.filter((a) => a.path === `/sitemap.xml?page=${files}`)).toHaveLength(3);
    // The files before the claim's list the same claims as before.
    expect(paths.has("/sitemap.xml?page=1")).toBe(false);

    // The first claim published lists in the first file: every file may have changed.
    const [first] = await getDb().$queryRaw<{ slug: string }[]>`SELECT slug FROM "Claim" WHERE state IN ('PUBLISHED', 'WITHDRAWN') AND "mergedIntoId" IS NULL ORDER BY "publishedAt", id LIMIT 1`;
    expect(await sitemapFilesListing(first!.slug, perFile)).toEqual(Array.from({ length: files }, (_, i) => i + 1));
    // One file is the whole sitemap: /sitemap.xml itself, no ?page=.
    expect(await sitemapFilesListing(slug, 10_000)).toEqual([]);
  });
});
