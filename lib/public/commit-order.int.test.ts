// Public lists page in commit order: two approvals, the one that began first committing last, with clients paging
// and polling across them on a real database (the first approval held mid-transaction by a second connection).
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { MIGRATIONS_DIR } from "@/lib/db/migrate";
import { makeUser, publishClaim } from "@/test/factories";
import { untilSomeoneWaits } from "@/test/lock-wait";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { reviewProposal } from "@/lib/workflow/review";
import { claimReviewFeedForApi, listCorrectionsForApi, searchClaimsForApi } from "./api";

const BASE = "https://news.example";
const params = (query: Record<string, string>) => new URLSearchParams(query);

let reviewer: Actor;
let editor: Actor;

/** A claim with a verdict proposed by `proposer`, waiting for review: the proposal's id. */
async function proposed(proposer: Actor, text: string): Promise<{ claimId: string; slug: string; proposalId: string }> {
  const claim = await createClaim(proposer, { text, kind: "OTHER" });
  await startResearch(proposer, { claimId: claim.id });
  const evidence = await addEvidence(proposer, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/report", title: "Report" });
  const proposal = await proposeVerdict(proposer, { claimId: claim.id, kind: "VERDICT", verdict: "CONFIRMED", summary: "Confirmed by two outlets.", rationale: "Two independent outlets report it.", evidenceIds: [evidence.id] });
  return { claimId: claim.id, slug: claim.slug, proposalId: proposal.id };
}

/**
 * Approves `late` so that its transaction begins first and commits last: a second connection locks its proposer's
 * row, which the approval waits for once its revision is written; `meanwhile` runs while it waits.
 */
async function approveLate(late: { proposalId: string; proposer: Actor }, meanwhile: () => Promise<void>): Promise<void> {
  const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await blocker.connect();
  try {
    await blocker.query("BEGIN");
    await blocker.query(`SELECT 1 FROM "User" WHERE id = $1 FOR UPDATE`, [late.proposer.id]);
    const approval = reviewProposal(reviewer, { proposalId: late.proposalId, decision: "APPROVE" });
    approval.catch(() => {}); // awaited below
    await untilSomeoneWaits(blocker);
    await meanwhile();
    await blocker.query("COMMIT");
    await approval;
  } finally {
    await blocker.end();
  }
}

type FeedPage = Awaited<ReturnType<typeof claimReviewFeedForApi>>;
const slugOf = (item: FeedPage["dataFeedElement"][number]) => new URL(String((item.item as { url: string }).url)).pathname.split("/").pop()!;

/** An aggregator's poll: the feed from its start, page by page, until an item it already has (or the end). */
async function poll(known: Set<string>): Promise<string[]> {
  const fresh: string[] = [];
  let cursor: string | null = null;
  do {
    const page: FeedPage = await claimReviewFeedForApi(params({ limit: "2", ...(cursor ? { cursor } : {}) }), BASE);
    for (const item of page.dataFeedElement) {
      const slug = slugOf(item);
      if (known.has(slug)) return fresh;
      fresh.push(slug);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return fresh;
}

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

describe("commit order", () => {
  it("numbers revisions as they commit: the approval that began first and committed last comes first, and a poller misses neither", async () => {
    const before: string[] = [];
    for (let i = 0; i < 5; i++) before.push((await publishClaim(editor, reviewer, { text: `Tuyên bố đã công bố số ${i} về cảng Rajin`, kind: "OTHER" })).slug);
    const lateProposer = await makeUser({ role: "EDITOR" });
    const earlyProposer = await makeUser({ role: "EDITOR" });
    const late = await proposed(lateProposer, "Tàu chở đạn pháo rời cảng Rajin lúc rạng sáng");
    const early = await proposed(earlyProposer, "Một chuyến tàu khác cập cảng Vostochny");

    // A client pages through the feed while the two approvals commit; an aggregator polls it meanwhile too.
    const first: FeedPage = await claimReviewFeedForApi(params({ limit: "2" }), BASE);
    const pass = first.dataFeedElement.map(slugOf);
    const known = new Set(before);
    let polledBetween: string[] = [];
    await approveLate({ proposalId: late.proposalId, proposer: lateProposer }, async () => {
      await reviewProposal(reviewer, { proposalId: early.proposalId, decision: "APPROVE" });
      polledBetween = await poll(known);
      polledBetween.forEach((slug) => known.add(slug));
    });
    let cursor = first.nextCursor;
    while (cursor) {
      const page: FeedPage = await claimReviewFeedForApi(params({ limit: "2", cursor }), BASE);
      pass.push(...page.dataFeedElement.map(slugOf));
      cursor = page.nextCursor;
    }
    const polledAfter = await poll(known);

    // The pass saw what was published when it began, each once: the publications during it repeat nothing.
    expect(pass).toEqual([...before].reverse());
    // The poll between the commits found the first to commit; the next found the other, though its approval began first.
    expect(polledBetween).toEqual([early.slug]);
    expect(polledAfter).toEqual([late.slug]);

    const rows = await getDb().$queryRaw<{ slug: string; position: bigint; publishedAt: Date }[]>`
      SELECT c.slug, o.position, r."publishedAt" FROM "ClaimRevision" r JOIN "Claim" c ON c.id = r."claimId" JOIN "PublicationOrder" o ON o."revisionId" = r.id
      WHERE c.slug = ANY(${[late.slug, early.slug]}::text[])`;
    const of = (slug: string) => rows.find((r) => r.slug === slug)!;
    expect(of(late.slug).publishedAt.getTime()).toBeLessThan(of(early.slug).publishedAt.getTime());
    expect(of(late.slug).position).toBeGreaterThan(of(early.slug).position);
  });

  it("pages the corrections log and the claims without a query across a publication, neither repeating nor skipping", async () => {
    const claims = [];
    for (let i = 0; i < 4; i++) claims.push(await publishClaim(editor, reviewer, { text: `Tuyên bố được đính chính số ${i} về đường sắt Tumangang`, kind: "OTHER", verdict: "MIXED" }));
    const correct = async (claim: { id: string; evidenceId: string }) => {
      const proposal = await proposeVerdict(editor, { claimId: claim.id, kind: "CORRECTION", verdict: "CONFIRMED", summary: "Now confirmed by records.", rationale: "The customs records came out this week.", reason: "New records.", evidenceIds: [claim.evidenceId] });
      await reviewProposal(reviewer, { proposalId: proposal.id, decision: "APPROVE" });
    };
    for (const claim of claims.slice(0, 3)) await correct(claim);

    const corrections = await listCorrectionsForApi(params({ limit: "2" }), BASE);
    const claimsPage = await searchClaimsForApi(params({ limit: "2" }), BASE);
    const claimsTotal = claimsPage.total;
    // Published between the two requests: a correction, and a new claim.
    await correct(claims[3]!);
    const fresh = await publishClaim(editor, reviewer, { text: "Một tuyên bố mới giữa hai lần đọc trang", kind: "OTHER" });

    const restOf = async <T,>(page: { nextCursor: string | null; data: T[] }, next: (cursor: string) => Promise<{ nextCursor: string | null; data: T[] }>) => {
      const all = [...page.data];
      let cursor = page.nextCursor;
      while (cursor) {
        const more = await next(cursor);
        all.push(...more.data);
        cursor = more.nextCursor;
      }
      return all;
    };
    const correctionSlugs = (await restOf(corrections, (cursor) => listCorrectionsForApi(params({ limit: "2", cursor }), BASE))).map((c) => c.slug);
    expect(correctionSlugs).toEqual(claims.slice(0, 3).map((c) => c.slug).reverse());

    const claimSlugs = (await restOf(claimsPage, (cursor) => searchClaimsForApi(params({ limit: "2", cursor }), BASE))).map((c) => c.slug);
    expect(new Set(claimSlugs).size).toBe(claimSlugs.length);
    expect(claimSlugs).toHaveLength(claimsTotal);
    expect(claimSlugs).not.toContain(fresh.slug);
    expect(claimSlugs.slice(0, 4)).toEqual(claims.map((c) => c.slug).reverse());
  });

  it("gives every committed revision its place, and refuses to change one", async () => {
    const rows = await getDb().$queryRaw<{ missing: number }[]>`SELECT count(*)::int AS missing FROM "ClaimRevision" r WHERE NOT EXISTS (SELECT 1 FROM "PublicationOrder" o WHERE o."revisionId" = r.id)`;
    expect(rows[0]!.missing).toBe(0);
    await expect(getDb().$executeRaw`UPDATE "PublicationOrder" SET position = position + 1000`).rejects.toThrow(/append-only|permission denied/);
  });

  it("backfills, in the migration, the revisions published before it: in the order their approvals began, later ones after", async () => {
    const dir = fs.readdirSync(MIGRATIONS_DIR).find((name) => name.endsWith("_publication_order"))!;
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf("-- Revisions published so far"), sql.indexOf("-- A revision's position"));
    expect(backfill).toMatch(/INSERT INTO "PublicationOrder"/);
    const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await owner.connect();
    // A sequence is not rolled back with the transaction: its state is put back by hand at the end.
    const sequence = `pg_get_serial_sequence('"PublicationOrder"', 'position')`;
    const saved = (await owner.query<{ last: string; called: boolean }>(`SELECT last_value::text AS last, is_called AS called FROM "PublicationOrder_position_seq"`)).rows[0]!;
    try {
      // As before the migration: no places at all (undone at the end).
      await owner.query("BEGIN");
      await owner.query(`ALTER TABLE "PublicationOrder" DISABLE TRIGGER "PublicationOrder_append_only"`);
      await owner.query(`DELETE FROM "PublicationOrder"`);
      await owner.query(backfill);
      const { rows } = await owner.query<{ position: string; rank: string; total: string }>(
        `SELECT o.position::text, (row_number() OVER (ORDER BY r."publishedAt", r."claimId", r.number))::text AS rank, (SELECT count(*) FROM "ClaimRevision")::text AS total
         FROM "ClaimRevision" r JOIN "PublicationOrder" o ON o."revisionId" = r.id ORDER BY o.position`,
      );
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.length).toBe(Number(rows[0]!.total));
      expect(rows.map((r) => r.position)).toEqual(rows.map((r) => r.rank));
      const next = await owner.query<{ next: string }>(`SELECT nextval(${sequence})::text AS next`);
      expect(Number(next.rows[0]!.next)).toBe(rows.length + 1);
    } finally {
      await owner.query("ROLLBACK").catch(() => {});
      await owner.query(`SELECT setval(${sequence}, $1::bigint, $2)`, [saved.last, saved.called]);
      await owner.end();
    }
  });
});
