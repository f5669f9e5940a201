// Claim matching on the demo desk (the sample articles and their five claims) on real PostgreSQL: retrieval
// through the word indexes, matching after an import, accepting, dismissing, and nothing of it public.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { makeUser, rejection } from "@/test/factories";
import { seedSampleArticles } from "@/prisma/seed";
import { seedDemoClaims } from "@/prisma/seed-claims";
import { importSources } from "@/lib/sources/import-sources";
import { describeAnchor } from "@/lib/anchoring/selectors";
import { createClaim } from "@/lib/claims/create-claim";
import { getPublishedClaim } from "@/lib/public/published-claims";
import { matchingIdle } from "./background";
import { relayArticle, RELAY_SENTENCES } from "@/fixtures/matching/relay";
import { computeSuggestions, storeSuggestions } from "./retrieve";
import { acceptMatchSuggestion, dismissMatchSuggestion, listPossibleAppearances, listSourceMatching, matchSource } from "./suggestions";

let editor: Actor;
let claims: { visit: string; denial: string; sanctions: string; allegation: string; talks: string };
let n = 0;

async function importRelay(): Promise<string> {
  const title = `Bài tiếp sức ${++n} ${Date.now().toString(36)}`;
  const { outcomes } = await importSources(editor, { fileName: `${title}.txt`, text: relayArticle(title, title) });
  expect(outcomes[0]?.status).toBe("stored");
  return outcomes[0]!.id;
}

async function suggestionsOf(sourceId: string) {
  return getDb().matchSuggestion.findMany({ where: { sourceId }, include: { claim: { select: { text: true } } }, orderBy: { start: "asc" } });
}

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  await makeUser({ role: "REVIEWER" });
  await seedSampleArticles(() => {});
  await seedDemoClaims(() => {});
  await matchingIdle();
  const rows = await getDb().claim.findMany({ select: { id: true, text: true } });
  const by = (start: string) => rows.find((r) => r.text.startsWith(start))!.id;
  claims = { visit: by("Kim Jong Un gặp"), denial: by("Nga và Triều Tiên bác bỏ"), sanctions: by("Quan hệ Nga"), allegation: by("Triều Tiên cung cấp"), talks: by("Mỹ nói") };
});

describe("matching after an import", () => {
  it("finds the relay's known claims in the background job, beside their sentences", async () => {
    const sourceId = await importRelay();
    await matchingIdle();
    const found = await suggestionsOf(sourceId);
    const at = (claim: keyof typeof claims) => found.filter((s) => s.claimId === claims[claim]).map((s) => s.exact);
    expect(at("visit")).toEqual([RELAY_SENTENCES.visit]);
    expect(at("denial")).toEqual([RELAY_SENTENCES.denial]);
    expect(at("sanctions")[0]).toMatch(/^Theo Ngoại trưởng Blinken/);
    expect(found.some((s) => s.exact.startsWith("Thời tiết"))).toBe(false);
    for (const s of found) {
      expect(s.state).toBe("SUGGESTED");
      expect(s.explanation).toMatchObject({ code: expect.stringMatching(/^(wording|gloss|quote)$/), params: { shared: expect.any(Number), total: expect.any(Number), quotes: expect.any(Number) } });
    }
  });

  it("stores each computed suggestion as computed (score to the last bit, explanation, anchor), and nothing twice", async () => {
    const sourceId = await importRelay();
    await matchingIdle();
    await getDb().matchSuggestion.deleteMany({ where: { sourceId } });
    const rows = await computeSuggestions(sourceId);
    expect(rows.length).toBeGreaterThan(2);
    expect(await storeSuggestions(getDb(), rows)).toBe(rows.length);
    const stored = await getDb().matchSuggestion.findMany({ where: { sourceId }, omit: { id: true, createdAt: true, decidedAt: true, decidedById: true, appearanceId: true } });
    const key = (r: { start: number; claimId: string }) => `${r.start} ${r.claimId}`;
    expect(stored.map((r) => ({ ...r })).sort((a, b) => key(a).localeCompare(key(b)))).toEqual(rows.map((r) => ({ ...r, state: "SUGGESTED" })).sort((a, b) => key(a).localeCompare(key(b))));
    // Again, and with one row repeated in the same batch: nothing new, no error.
    expect(await storeSuggestions(getDb(), [...rows, rows[0]!])).toBe(0);
    expect(await getDb().matchSuggestion.count({ where: { sourceId } })).toBe(rows.length);
  });

  it("offers the sentence with a new checkable claim as a candidate, with its cues, and not the sentences already suggested", async () => {
    const sourceId = await importRelay();
    await matchingIdle();
    const { candidates, suggestions } = await listSourceMatching(editor, sourceId);
    expect(suggestions.length).toBeGreaterThanOrEqual(3);
    expect(candidates[0]?.text).toMatch(/^Bộ Quốc phòng Hàn Quốc cho biết/);
    expect([...new Set(candidates[0]?.cues.map((c) => c.kind))].sort()).toEqual(["attribution", "quantity", "weapon"]);
    expect(candidates.some((c) => suggestions.some((s) => s.start === c.start))).toBe(false);
  });
});

describe("retrieval through the word indexes", () => {
  it("finds a claim through one of its quotes when its own wording shares little with the sentence", async () => {
    const claim = await createClaim(editor, { text: `Tuyên bố thử nghiệm số ${Date.now()}`, kind: "OTHER" });
    const source = await getDb().source.findFirstOrThrow({ where: { body: { contains: "Nga tuyệt vọng cần thêm vũ khí" } }, select: { id: true, body: true } });
    const quote = "Nga tuyệt vọng cần thêm vũ khí, đặc biệt là đạn dược và đạn pháo, cho cuộc chiến ở Ukraine";
    const start = source.body.indexOf(quote);
    const { addAppearance } = await import("@/lib/claims/add-appearance");
    await addAppearance(editor, { claimId: claim.id, sourceId: source.id, start, end: start + quote.length, exact: quote });
    const title = `Bài trích lại ${Date.now().toString(36)}`;
    const { outcomes } = await importSources(editor, { fileName: `${title}.txt`, text: `${title}\n\nBáo Mẫu, 16/09/2023\n\nCác nhà phân tích nói Nga đang tuyệt vọng cần thêm vũ khí, nhất là đạn dược và đạn pháo cho cuộc chiến ở Ukraine.` });
    await matchingIdle();
    const found = await getDb().matchSuggestion.findMany({ where: { sourceId: outcomes[0]!.id, claimId: claim.id } });
    expect(found).toHaveLength(1);
    expect(found[0]!.explanation).toMatchObject({ code: "quote" });
  });

  it("uses the quote and gloss indexes of the migration (the plan names them)", async () => {
    await getDb().$executeRaw`SET enable_seqscan = off`;
    try {
      const plan = (await getDb().$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN SELECT a."claimId" FROM "Appearance" a WHERE to_tsvector('simple', "matching_fold"(a.exact)) @@ 'vostochny'::tsquery
        UNION SELECT c.id FROM "Claim" c WHERE to_tsvector('simple', "matching_fold"(coalesce(c.gloss, ''))) @@ 'cosmodrome'::tsquery`).map((r) => r["QUERY PLAN"]).join("\n");
      expect(plan).toContain("Appearance_exact_words_idx");
      expect(plan).toContain("Claim_gloss_words_idx");
    } finally {
      await getDb().$executeRaw`SET enable_seqscan = on`;
    }
  });

  it("folds in the database as the app does (matching_fold equals foldDiacritics)", async () => {
    const { foldDiacritics } = await import("@/lib/sources/normalize");
    const text = "ĐIỆN Kremlin, Bình Nhưỡng và Hội đồng Bảo an Liên Hiệp Quốc: Đạn dược, Ukraina, Mátxcơva";
    const [row] = await getDb().$queryRaw<{ folded: string }[]>`SELECT "matching_fold"(${text}) AS folded`;
    expect(row!.folded).toBe(foldDiacritics(text));
  });
});

describe("accepting and dismissing", () => {
  it("accepting anchors an appearance exactly as a manual selection would, with both audit events", async () => {
    const sourceId = await importRelay();
    await matchingIdle();
    const suggestion = (await suggestionsOf(sourceId)).find((s) => s.claimId === claims.visit)!;
    const appearance = await acceptMatchSuggestion(editor, { id: suggestion.id });
    const body = (await getDb().source.findUniqueOrThrow({ where: { id: sourceId }, select: { body: true } })).body;
    const manual = describeAnchor(body, suggestion.start, suggestion.end);
    expect(appearance).toMatchObject({ claimId: claims.visit, sourceId, start: manual.position.start, end: manual.position.end, exact: manual.quote.exact, prefix: manual.quote.prefix, suffix: manual.quote.suffix, status: "ANCHORED" });
    expect(body.slice(appearance.start, appearance.end)).toBe(suggestion.exact);
    const stored = await getDb().matchSuggestion.findUniqueOrThrow({ where: { id: suggestion.id } });
    expect(stored).toMatchObject({ state: "ACCEPTED", appearanceId: appearance.id, decidedById: editor.id });
    const events = await getDb().auditEvent.findMany({ where: { objectId: { in: [appearance.id, suggestion.id] } }, select: { action: true } });
    expect(events.map((e) => e.action).sort()).toEqual(["appearance.create", "matchSuggestion.accept"]);
    expect((await rejection(acceptMatchSuggestion(editor, { id: suggestion.id }))).code).toBe("CONFLICT");
    expect((await listSourceMatching(editor, sourceId)).suggestions.some((s) => s.id === suggestion.id)).toBe(false);
  });

  it("a dismissed suggestion is never suggested again for that sentence and claim, even when matching runs again", async () => {
    const sourceId = await importRelay();
    await matchingIdle();
    const suggestion = (await suggestionsOf(sourceId)).find((s) => s.claimId === claims.denial)!;
    await dismissMatchSuggestion(editor, { id: suggestion.id });
    await matchSource(editor, { sourceId });
    const again = (await suggestionsOf(sourceId)).filter((s) => s.claimId === claims.denial && s.start === suggestion.start);
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ id: suggestion.id, state: "DISMISSED", decidedById: editor.id });
    expect((await listSourceMatching(editor, sourceId)).suggestions.some((s) => s.claimId === claims.denial)).toBe(false);
    expect((await listPossibleAppearances(editor, claims.denial)).some((s) => s.id === suggestion.id)).toBe(false);
    // The database holds the rule too: a second row for the same sentence and claim is refused.
    await expect(getDb().$executeRaw`INSERT INTO "MatchSuggestion" (id, "sourceId", "claimId", start, "end", exact, prefix, suffix, "bodyVersion", score, explanation) SELECT gen_random_uuid(), "sourceId", "claimId", start, "end", exact, prefix, suffix, "bodyVersion", score, explanation FROM "MatchSuggestion" WHERE id = ${suggestion.id}::uuid`).rejects.toThrow(/unique/i);
  });

  it("refuses a caller without a session, and an unknown suggestion", async () => {
    const sourceId = await importRelay();
    await matchingIdle();
    const [suggestion] = await suggestionsOf(sourceId);
    expect((await rejection(acceptMatchSuggestion(null, { id: suggestion!.id }))).code).toBe("UNAUTHENTICATED");
    expect((await rejection(dismissMatchSuggestion(null, { id: suggestion!.id }))).code).toBe("UNAUTHENTICATED");
    expect((await rejection(matchSource(null, { sourceId }))).code).toBe("UNAUTHENTICATED");
    expect((await rejection(listSourceMatching(null, sourceId))).code).toBe("UNAUTHENTICATED");
    expect((await rejection(acceptMatchSuggestion(editor, { id: "00000000-0000-4000-8000-000000000000" }))).code).toBe("NOT_FOUND");
    expect((await getDb().matchSuggestion.findUniqueOrThrow({ where: { id: suggestion!.id } })).state).toBe("SUGGESTED");
  });

  it("lists the claim's open suggestions in other sources for the claim page", async () => {
    const sourceId = await importRelay();
    await matchingIdle();
    const possible = await listPossibleAppearances(editor, claims.sanctions);
    const mine = possible.filter((p) => p.sourceId === sourceId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.exact).toMatch(/^Theo Ngoại trưởng Blinken/);
  });
});

describe("nothing suggested is public", () => {
  it("the published claim reads the same before and after suggestions for it exist", async () => {
    const slug = (await getDb().claim.findUniqueOrThrow({ where: { id: claims.visit }, select: { slug: true } })).slug;
    await getDb().matchSuggestion.deleteMany({ where: { claimId: claims.visit } });
    const before = await getPublishedClaim(slug);
    expect(before && "claim" in before).toBe(true);
    await importRelay();
    await matchingIdle();
    expect(await getDb().matchSuggestion.count({ where: { claimId: claims.visit, state: "SUGGESTED" } })).toBeGreaterThan(0);
    expect(await getPublishedClaim(slug)).toEqual(before);
  });

  it("no public code reads suggestions", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && /matchSuggestion|lib\/matching/i.test(fs.readFileSync(full, "utf8"))) offenders.push(full);
      }
    };
    for (const dir of ["lib/public", "app/(public)", "app/api/v1"]) walk(dir);
    expect(offenders).toEqual([]);
  });
});
