// Public search on a real database: diacritics, hyphens, typos and aliases; filters, facets and pages;
// and nothing unpublished, ever.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser, publishClaim } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimant } from "@/lib/claims/claimants";
import { addEvidence } from "@/lib/claims/add-evidence";
import { proposeVerdict, startResearch } from "@/lib/workflow/propose";
import { MIGRATIONS_DIR } from "@/lib/db/migrate";
import { clearSearchCache, publicationChanged, readSearchFilters, parseSearchFilters, searchPublishedClaims, type SearchFilters } from "./search";
import { listenForPublications } from "./publications";
import { PUBLISHED_CHANNEL } from "./site";

let editor: Actor;
let reviewer: Actor;
const claims: Record<"summit" | "shells" | "troops", { id: string; slug: string }> = {} as never;

const VOSTOCHNY = "Kim Jong Un gặp Vladimir Putin tại Sân bay Vũ trụ Vostochny ngày 13/9/2023";
const SHELLS = "Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine";
const TROOPS = "Triều Tiên gửi binh sĩ sang Nga";

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
  await createClaimant(editor, { name: "Kim Jong Un", aliases: ["Chủ tịch Kim"] });
  claims.summit = await publishClaim(editor, reviewer, { text: VOSTOCHNY, kind: "MEETING_OR_VISIT", claimantName: "Kim Jong Un", claimantKind: "PERSON", verdict: "CONFIRMED", summary: "KCNA and the Kremlin both reported the meeting." });
  claims.shells = await publishClaim(editor, reviewer, { text: SHELLS, kind: "ARMS_TRANSFER", claimantName: "Nhà Trắng", claimantKind: "STATE_BODY", verdict: "UNVERIFIABLE", summary: "Both governments deny it." });
  claims.troops = await publishClaim(editor, reviewer, { text: TROOPS, kind: "MILITARY_COOPERATION", claimantName: "Nhà Trắng", claimantKind: "STATE_BODY", verdict: "MOSTLY_CONFIRMED", summary: "Seoul says these troops fight for Russia in Ukraine." });
  // Never public: a draft and a claim in review, both full of the words searched for below.
  await createClaim(editor, { text: "Triều Tiên bản nháp Vostochny Kim Jong Un bí mật", kind: "ARMS_TRANSFER", claimantName: "Nhà Trắng", claimantKind: "STATE_BODY" });
  const inReview = await createClaim(editor, { text: "Triều Tiên đang chờ duyệt Vostochny Kim Jong Un", kind: "ARMS_TRANSFER", claimantName: "Nhà Trắng", claimantKind: "STATE_BODY" });
  await startResearch(editor, { claimId: inReview.id });
  const evidence = await addEvidence(editor, { kind: "external", claimId: inReview.id, stance: "SUPPORTS", url: "https://example.org/x", title: "X" });
  await proposeVerdict(editor, { claimId: inReview.id, kind: "VERDICT", verdict: "FALSE", summary: "Awaiting its reviewer.", rationale: "Not yet reviewed by anyone.", evidenceIds: [evidence.id] });
});

const search = (filters: Partial<SearchFilters>, window = { offset: 0, limit: 20 }) => searchPublishedClaims({ q: "", ...filters }, window);
const slugs = async (filters: Partial<SearchFilters>) => (await search(filters)).hits.map((h) => h.slug).sort();

describe("public search", () => {
  it("finds claims without diacritics and marks the words found", async () => {
    const result = await search({ q: "trieu tien" });
    expect(result.hits.map((h) => h.slug).sort()).toEqual([claims.shells.slug, claims.troops.slug].sort());
    expect(result.total).toBe(2);
    const shells = result.hits.find((h) => h.slug === claims.shells.slug)!;
    expect(shells.highlight.text.filter((s) => s.match).map((s) => s.text)).toEqual(["Triều", "Tiên"]);
    expect(shells.highlight.text.map((s) => s.text).join("")).toBe(SHELLS);
    expect(shells).toMatchObject({ state: "PUBLISHED", verdict: "UNVERIFIABLE", kind: "ARMS_TRANSFER", claimant: "Nhà Trắng", summary: "Both governments deny it." });
  });

  it("finds 'kim jong-un', a typo ('vostochy') and a claimant's alias", async () => {
    expect(await slugs({ q: "kim jong-un" })).toEqual([claims.summit.slug]);
    expect(await slugs({ q: "vostochy" })).toEqual([claims.summit.slug]);
    expect(await slugs({ q: "chu tich" })).toEqual([claims.summit.slug]);
    expect(await slugs({ q: "Kremlin" })).toEqual([claims.summit.slug]);
    expect(await slugs({ q: "đạn DƯỢC" })).toEqual([claims.shells.slug]);
  });

  it("ranks the closer match first and finds nothing for unrelated words", async () => {
    const [first] = (await search({ q: "trieu tien dan duoc ukraine" })).hits;
    expect(first?.slug).toBe(claims.shells.slug);
    expect((await search({ q: "hoà bình thế giới xyz" })).total).toBe(0);
  });

  it("ranks a claim that says the words above one whose summary or claimant does", async () => {
    // Both mention Ukraine; the newer one only in its summary, so newest-first would put it on top.
    expect((await search({ q: "ukraine" })).hits.map((h) => h.slug)).toEqual([claims.shells.slug, claims.troops.slug]);
  });

  it("never shows a draft or a claim in review, with or without a query", async () => {
    expect(await slugs({ q: "ban nhap" })).toEqual([]);
    expect(await slugs({ q: "cho duyet" })).toEqual([]);
    expect(await slugs({ q: "bi mat" })).toEqual([]);
    expect(await slugs({})).toEqual(Object.values(claims).map((c) => c.slug).sort());
    expect(await slugs({ q: "vostochny" })).toEqual([claims.summit.slug]);
  });

  it("filters by kind, verdict, claimant and publication day", async () => {
    expect(await slugs({ q: "trieu tien", kind: "ARMS_TRANSFER" })).toEqual([claims.shells.slug]);
    expect(await slugs({ verdict: "MOSTLY_CONFIRMED" })).toEqual([claims.troops.slug]);
    expect(await slugs({ claimant: "Nhà Trắng" })).toEqual([claims.shells.slug, claims.troops.slug].sort());
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
    expect((await search({ from: today, to: today })).total).toBe(3);
    expect((await search({ to: "2000-01-01" })).total).toBe(0);
    expect((await search({ from: "2999-01-01" })).total).toBe(0);
  });

  it("counts verdicts, kinds and claimants for the query, each ignoring its own filter", async () => {
    const { facets } = await search({ q: "trieu tien", verdict: "UNVERIFIABLE" });
    expect(facets.verdict).toEqual([
      { value: "MOSTLY_CONFIRMED", count: 1 },
      { value: "UNVERIFIABLE", count: 1 },
    ]);
    expect(facets.kind).toEqual([{ value: "ARMS_TRANSFER", count: 1 }]);
    expect(facets.claimant).toEqual([{ value: "Nhà Trắng", count: 1 }]);
    expect((await search({})).facets.claimant).toEqual([
      { value: "Nhà Trắng", count: 2 },
      { value: "Kim Jong Un", count: 1 },
    ]);
  });

  it("pages through the results without repeating or losing one", async () => {
    const pages = await Promise.all([0, 1, 2, 3].map((offset) => search({}, { offset, limit: 1 })));
    expect(pages.map((p) => p.total)).toEqual([3, 3, 3, 3]);
    expect(pages.map((p) => p.hits.length)).toEqual([1, 1, 1, 0]);
    expect(new Set(pages.flatMap((p) => p.hits.map((h) => h.slug))).size).toBe(3);
    // Newest first without a query.
    expect(pages[0]!.hits[0]!.slug).toBe(claims.troops.slug);
  });

  it("reads filters strictly for the API and leniently for the page", () => {
    expect(() => parseSearchFilters({ verdict: "MAYBE" })).toThrow(expect.objectContaining({ code: "INVALID" }));
    expect(parseSearchFilters({ q: " nga ", kind: "", verdict: "FALSE", claimant: "   " })).toEqual({ q: "nga", verdict: "FALSE" });
    expect(readSearchFilters({ q: "nga", verdict: "MAYBE", from: "yesterday", to: "2024-01-31", page: "2" })).toEqual({ q: "nga", to: "2024-01-31" });
  });

  it("gets the same search document from the migration's backfill as from approval", async () => {
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, "20261125225226_public_search", "migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf("WITH parts AS"));
    const documents = () => getDb().$queryRaw<unknown[]>`
      SELECT id, "searchFolded", "searchVector"::text AS vector, "publicKind", "publicClaimant" FROM "Claim" WHERE "searchFolded" IS NOT NULL ORDER BY id`;
    const before = await documents();
    expect(before).toHaveLength(3);
    await getDb().$executeRaw`UPDATE "Claim" SET "searchFolded" = NULL, "searchVector" = NULL, "publicKind" = NULL, "publicClaimant" = NULL`;
    // Written behind the app's back: its kept answers are dropped by hand, as a publication would.
    clearSearchCache();
    expect(await slugs({})).toEqual([]);
    await getDb().$executeRawUnsafe(backfill);
    clearSearchCache();
    expect(await documents()).toEqual(before);
    expect(await slugs({ q: "trieu tien" })).toEqual([claims.shells.slug, claims.troops.slug].sort());
  });

  it("gets the same vocabulary from the migration's backfill as from approval", async () => {
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, "20261126014416_search_vocabulary", "migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf('INSERT INTO "SearchWord"'));
    const words = async () => (await getDb().searchWord.findMany({ orderBy: { word: "asc" } })).map((w) => w.word);
    const before = await words();
    expect(before).toEqual(expect.arrayContaining(["vostochny", "trieu", "kremlin", "chu", "tich"]));
    await getDb().searchWord.deleteMany();
    await getDb().$executeRawUnsafe(backfill);
    expect(await words()).toEqual(before);
  });

  it("matches exactly the claims PostgreSQL's full-text search matches, for words, prefixes and filters", async () => {
    const queries: [string, string][] = [["trieu tien", "trieu:* & tien:*"], ["ukr", "ukr:*"], ["nga", "nga:*"], ["kim", "kim:*"], ["binh si nga", "binh:* & si:* & nga:*"], ["nha trang", "nha:* & trang:*"]];
    for (const [q, tsquery] of queries) {
      const expected = await getDb().$queryRaw<{ slug: string }[]>`
        SELECT slug FROM "Claim" WHERE state IN ('PUBLISHED', 'WITHDRAWN') AND "mergedIntoId" IS NULL AND "searchVector" @@ to_tsquery('simple', ${tsquery}) ORDER BY slug`;
      expect({ q, slugs: await slugs({ q }) }).toEqual({ q, slugs: expected.map((row) => row.slug) });
      const kind = await getDb().$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM "Claim" WHERE state IN ('PUBLISHED', 'WITHDRAWN') AND "searchVector" @@ to_tsquery('simple', ${tsquery}) AND "publicKind" = 'ARMS_TRANSFER'`;
      expect((await search({ q, kind: "ARMS_TRANSFER" })).total).toBe(Number(kind[0]!.n));
    }
  });

  it("reads again only the claim a notice names, and everything when notices may have been missed", async () => {
    await search({ q: "kursk" }); // the index is built
    const reword = (slug: string, words: string) =>
      getDb().$executeRaw`UPDATE "Claim" SET "searchVector" = "searchVector" || setweight(to_tsvector('simple', ${words}::text), 'A') WHERE slug = ${slug}`;
    // Another process's approval changed the troops claim: its notice names it.
    await reword(claims.troops.slug, "kursk");
    expect(await slugs({ q: "kursk" })).toEqual([]); // not announced yet: the index does not know
    publicationChanged(claims.troops.slug);
    expect(await slugs({ q: "kursk" })).toEqual([claims.troops.slug]);
    // A lost connection: notices may be missed, so the index is built again while the old one answers.
    await reword(claims.summit.slug, "belgorod");
    publicationChanged(null);
    await expect.poll(() => slugs({ q: "belgorod" })).toEqual([claims.summit.slug]);
    clearSearchCache();
  });

  it("hears the published claim's slug in each notice, and null when its connection is lost", async () => {
    const heard: (string | null)[] = [];
    const listener = await listenForPublications(process.env.DATABASE_URL!, (slug) => heard.push(slug), () => {});
    try {
      await getDb().$executeRaw`SELECT pg_notify(${PUBLISHED_CHANNEL}, ${claims.shells.slug})`;
      await expect.poll(() => heard).toEqual([claims.shells.slug]);
      await getDb().$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = ${`LISTEN ${PUBLISHED_CHANNEL}`} AND pid <> pg_backend_pid()`;
      await expect.poll(() => heard).toContain(null);
    } finally {
      await listener.close();
    }
  });

  it("keeps answers until a publication, which shows at once", async () => {
    const first = await search({ q: "binh si" });
    expect(first.hits.map((h) => h.slug)).toEqual([claims.troops.slug]);
    expect(await search({ q: "binh si" })).toBe(first);
    const another = await publishClaim(editor, reviewer, { text: "Binh sĩ Triều Tiên có mặt ở Kursk", kind: "MILITARY_COOPERATION" });
    expect((await slugs({ q: "binh si" }))).toEqual([claims.troops.slug, another.slug].sort());
  });
});
