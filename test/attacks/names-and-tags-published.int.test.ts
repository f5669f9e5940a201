// A claim's text, quotes and attributes are published through the published-text rules (no local address, no user
// name and password in an address), but its claimant's name and its tags were published as typed: the claim page,
// the API, the feeds, ClaimReview, the home page and the public search (its results, its claimant facet, its words
// and offered spellings) carried an intranet address and a password the summary beside them would have lost. They now
// go through the same rules; the revision keeps what was typed. Search documents written before are rewritten by the
// upkeep the migration 20261206233500_search_documents_publish_claimant_names asks for.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getClaimForApi, searchClaimsForApi, claimReviewFeedForApi } from "@/lib/public/api";
import { getPublishedClaim, listLatestVerdicts, listRecentRevisions } from "@/lib/public/published-claims";
import { catchUpSearch } from "@/lib/public/search";
import { REWRITE_SEARCH_DOCUMENTS } from "@/lib/public/rewrite-search-documents";
import { readMigrations } from "@/lib/db/migrate";
import { runUpkeep } from "@/scripts/lib/upkeep";
import { makeUser, publishClaim } from "@/test/factories";

const CLAIMANT = "Nguồn tin http://ops:hunter2@files.example.org/ho-so theo http://10.0.0.5/danh-ba";
const TAGS = ["an ninh", "http://10.0.0.5/nhan", "xem http://admin:s3cret@a.org"];
const LEAKS = ["hunter2", "10.0.0.5", "ops:", "s3cret", "admin:"];
const BASE = "https://claims.example";

describe("a claimant's name and a claim's tags", () => {
  it("are published as other free text is; the revision keeps what was typed", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const word = `zq${randomUUID().replace(/[^a-f]/g, "").slice(0, 8)}`;
    const claim = await publishClaim(editor, reviewer, { text: `Triều Tiên chuyển đạn pháo cho Nga ${word}`, kind: "ARMS_TRANSFER", claimantName: CLAIMANT, claimantKind: "PERSON", tags: TAGS });

    const revision = await getDb().claimRevision.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(JSON.stringify(revision.snapshot)).toContain("hunter2");
    expect(JSON.stringify(revision.snapshot)).toContain("10.0.0.5/nhan");

    const api = await getClaimForApi(claim.id, BASE);
    expect(api.published.claimant).toEqual({ name: "Nguồn tin http://files.example.org/ho-so theo", kind: "PERSON" });
    expect(api.published.tags).toEqual(["an ninh", "xem http://a.org/"]);
    const page = await getPublishedClaim(api.slug);
    expect(page && "claim" in page && page.claim.latest.snapshot.claimant?.name).toBe("Nguồn tin http://files.example.org/ho-so theo");

    await catchUpSearch(undefined);
    const search = await searchClaimsForApi(new URLSearchParams({ q: word }), BASE);
    expect(search.data.map((hit) => hit.slug)).toEqual([api.slug]);
    expect(search.data[0]!.claimant).toBe("Nguồn tin http://files.example.org/ho-so theo");
    const { publicClaimant } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { publicClaimant: true } });
    expect(publicClaimant).toBe("Nguồn tin http://files.example.org/ho-so theo");
    const words = await getDb().$queryRaw<{ word: string }[]>`SELECT unnest(tsvector_to_array("searchVector")) AS word FROM "Claim" WHERE id = ${claim.id}::uuid`;
    expect(words.map((w) => w.word)).toContain("files");
    expect(words.map((w) => w.word)).not.toContain("hunter2");
    expect(words.map((w) => w.word)).not.toContain("danh");
    expect(await getDb().searchWord.count({ where: { word: "hunter2" } })).toBe(0);

    const answers = {
      api: JSON.stringify(api),
      page: JSON.stringify(page),
      search: JSON.stringify(search),
      facets: JSON.stringify((await searchClaimsForApi(new URLSearchParams({}), BASE)).facets),
      home: JSON.stringify((await listLatestVerdicts(50)).filter((c) => c.slug === api.slug)),
      feed: JSON.stringify((await listRecentRevisions(50)).filter((r) => r.slug === api.slug)),
      claimReview: JSON.stringify(await claimReviewFeedForApi(new URLSearchParams({}), BASE)),
    };
    expect(answers.home).toContain("Nguồn tin http://files.example.org/ho-so theo");
    expect(answers.claimReview).toContain("Nguồn tin http://files.example.org/ho-so theo");
    for (const [where, text] of Object.entries(answers)) for (const leak of LEAKS) expect(text, `${where}: ${leak}`).not.toContain(leak);
  });

  it("written into search documents before are rewritten by the upkeep the migration asks for", async () => {
    const [editor, reviewer] = [await makeUser(), await makeUser({ role: "REVIEWER" })];
    const claim = await publishClaim(editor, reviewer, { text: `Nga nhận tên lửa từ Triều Tiên ${randomUUID()}`, kind: "ARMS_TRANSFER", claimantName: `Người nói http://ops:hunter2@a.org ${randomUUID().slice(0, 8)}`, claimantKind: "PERSON" });
    // The document as the rule before wrote it: the name as typed, its words searchable and offered as spellings.
    await getDb().$executeRaw`
      UPDATE "Claim" SET "publicClaimant" = 'Người nói http://ops:hunter2@a.org',
        "searchVector" = "searchVector" || setweight(to_tsvector('simple', 'ops hunter2'), 'B')
      WHERE id = ${claim.id}::uuid`;
    await getDb().$executeRaw`INSERT INTO "SearchWord" (word) VALUES ('hunter2') ON CONFLICT DO NOTHING`;

    const migration = readMigrations().find((m) => m.name === "20261206233500_search_documents_publish_claimant_names");
    expect(migration?.sql).toContain(`'${REWRITE_SEARCH_DOCUMENTS}'`);
    await getDb().pendingUpkeep.upsert({ where: { task: REWRITE_SEARCH_DOCUMENTS }, create: { task: REWRITE_SEARCH_DOCUMENTS }, update: {} });
    await runUpkeep(() => {});
    const { publicClaimant } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { publicClaimant: true } });
    expect(publicClaimant).toMatch(/^Người nói http:\/\/a\.org\/ [0-9a-f]{8}$/);
    const words = await getDb().$queryRaw<{ word: string }[]>`SELECT unnest(tsvector_to_array("searchVector")) AS word FROM "Claim" WHERE id = ${claim.id}::uuid`;
    expect(words.map((w) => w.word)).not.toContain("hunter2");
    expect(await getDb().searchWord.count({ where: { word: "hunter2" } })).toBe(0);
  });
});
