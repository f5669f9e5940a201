// Claims on a real database: anchored appearances, claimants, duplicate suggestions, conflicts, links and merges.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { parseImport } from "@/lib/sources/parse-import";
import { storeParsedFiles } from "@/lib/sources/store-sources";
import { createClaim } from "./create-claim";
import { updateClaim, CLAIM_CONFLICT } from "./update-claim";
import { addAppearance } from "./add-appearance";
import { addEvidence } from "./add-evidence";
import { linkClaims, MERGE_CYCLE } from "./link-claims";
import { suggestSimilarClaims } from "./suggest-similar";
import { aliasKey, createClaimant, mergeClaimants, searchClaimants } from "./claimants";
import { ANCHOR_MISMATCH } from "./anchor-in-source";

const NHATTAN = "nhattan-2023-09-arms-talks.txt";
let editor: Actor;
let source: { id: string; body: string };

function select(body: string, quote: string) {
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`quote not in body: ${quote}`);
  return { sourceId: source.id, start, end: start + quote.length, exact: quote };
}

beforeAll(async () => {
  editor = await makeUser();
  const text = fs.readFileSync(new URL(`../../fixtures/articles/${NHATTAN}`, import.meta.url), "utf8");
  const [outcome] = await storeParsedFiles([{ fileName: NHATTAN, text, sources: parseImport(text, NHATTAN) }], { importedById: null });
  source = await getDb().source.findUniqueOrThrow({ where: { id: outcome!.id }, select: { id: true, body: true } });
});

const QUOTE = "sẽ không có ảnh hưởng tốt đẹp gì cho Triều Tiên";

describe("createClaim", () => {
  it("creates a draft claim whose first appearance is anchored in the source's text", async () => {
    const claim = await createClaim(editor, {
      text: "Mỹ: cung cấp vũ khí cho Nga sẽ không có lợi cho Triều Tiên",
      claimantName: "Jake Sullivan", claimantKind: "PERSON",
      kind: "ARMS_TRANSFER",
      madeAt: "2023-08-29",
      tags: "Sullivan, vũ khí",
      appearance: select(source.body, QUOTE),
    });
    expect(claim).toMatchObject({ state: "DRAFT", version: 1, kind: "ARMS_TRANSFER" });
    expect(claim.slug).toMatch(/^my-cung-cap-vu-khi-cho-nga-se-[0-9a-f]{6}$/);
    const [appearance] = await getDb().appearance.findMany({ where: { claimId: claim.id } });
    expect(appearance).toMatchObject({ exact: QUOTE, status: "ANCHORED", bodyVersion: 1 });
    expect(source.body.slice(appearance!.start, appearance!.end)).toBe(QUOTE);
    expect(source.body.slice(appearance!.start - appearance!.prefix.length, appearance!.start)).toBe(appearance!.prefix);
    expect(source.body.slice(appearance!.end, appearance!.end + appearance!.suffix.length)).toBe(appearance!.suffix);
    const stored = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, include: { claimant: true } });
    expect(stored).toMatchObject({ tags: ["Sullivan", "vũ khí"], madeAt: "2023-08-29", madeAtPrecision: "day", claimant: { name: "Jake Sullivan" } });
    expect(await getDb().auditEvent.count({ where: { objectId: claim.id, action: "claim.create" } })).toBe(1);
  });

  it("refuses an anchor whose words are not at that place in the text, and stores nothing", async () => {
    const before = await getDb().claim.count();
    const wrong = { ...select(source.body, QUOTE), start: 3, end: 3 + QUOTE.length };
    await expect(createClaim(editor, { text: "Một tuyên bố thử nghiệm", kind: "OTHER", appearance: wrong })).rejects.toMatchObject({ code: "INVALID", message: ANCHOR_MISMATCH });
    expect(await getDb().claim.count()).toBe(before);
  });

  it("names each invalid field and refuses callers without a session", async () => {
    await expect(createClaim(editor, { text: "abc", kind: "WAR", madeAt: "2023-13-01" })).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { text: expect.any(Array), kind: expect.any(Array), madeAt: expect.any(Array) } },
    });
    await expect(createClaim(null, { text: "Một tuyên bố", kind: "OTHER" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("claimants", () => {
  it("treats spellings of one name as one claimant, and finds it without diacritics", async () => {
    expect(aliasKey("Kim Jong-un")).toBe(aliasKey("KIM JONG UN"));
    const a = await createClaim(editor, { text: "Kim Jong Un nói quan hệ với Nga là ưu tiên tuyệt đối", kind: "MILITARY_COOPERATION", claimantName: "Kim Jong Un", claimantKind: "PERSON" });
    const b = await createClaim(editor, { text: "Kim Jong-un hứa ủng hộ Nga trong cuộc chiến", kind: "MILITARY_COOPERATION", claimantName: "Kim Jong-un", claimantKind: "PERSON" });
    const [ca, cb] = await Promise.all([a, b].map((c) => getDb().claim.findUniqueOrThrow({ where: { id: c.id }, select: { claimantId: true } })));
    expect(ca!.claimantId).toBe(cb!.claimantId);
    const found = await searchClaimants(editor, "kim jong");
    expect(found.map((f) => f.name)).toContain("Kim Jong Un");
  });

  it("merges two claimants: aliases and claims move to the survivor", async () => {
    const kcna = await createClaimant(editor, { name: "KCNA", kind: "OUTLET", aliases: "Cơ quan Thông tấn Trung ương Triều Tiên" });
    const other = await createClaimant(editor, { name: "Hãng thông tấn KCNA", kind: "OUTLET" });
    const claim = await createClaim(editor, { text: "KCNA nói chuyến thăm mở ra chương mới", kind: "MEETING_OR_VISIT", claimantName: "Hãng thông tấn KCNA", claimantKind: "OUTLET" });
    expect(await mergeClaimants(editor, { fromId: other.id, intoId: kcna.id })).toEqual({ claimsMoved: 1 });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).claimantId).toBe(kcna.id);
    const again = await createClaim(editor, { text: "KCNA đưa tin về cuộc gặp ở Vostochny", kind: "MEETING_OR_VISIT", claimantName: "hãng thông tấn kcna", claimantKind: "OUTLET" });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: again.id } })).claimantId).toBe(kcna.id);
    await expect(createClaimant(editor, { name: "kcna" })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("duplicate suggestions", () => {
  it("find a claim typed without diacritics, and ignore unrelated ones", async () => {
    const shells = await createClaim(editor, { text: "Triều Tiên cung cấp đạn pháo cho Nga", kind: "ARMS_TRANSFER" });
    await createClaim(editor, { text: "Hàn Quốc và Việt Nam phối hợp về thương mại", kind: "OTHER" });
    for (const typed of ["trieu tien cung cap dan phao cho nga", "Triều Tiên cung cấp đạn pháo", "trieu tien cung cap dan"]) {
      const suggestions = await suggestSimilarClaims(editor, typed);
      expect(suggestions[0], typed).toMatchObject({ id: shells.id });
    }
    expect(await suggestSimilarClaims(editor, "máy bay ném bom B-52 tập trận")).toEqual([]);
    expect(await suggestSimilarClaims(editor, "trieu tien cung cap dan phao", { excludeId: shells.id })).not.toContainEqual(expect.objectContaining({ id: shells.id }));
  });

  it("find a claim reworded, and leave out claims merged into another", async () => {
    const canonical = await createClaim(editor, { text: "Nga nhận tên lửa đạn đạo từ Triều Tiên", kind: "ARMS_TRANSFER" });
    const duplicate = await createClaim(editor, { text: "Nga đã nhận tên lửa đạn đạo của Triều Tiên", kind: "ARMS_TRANSFER" });
    await linkClaims(editor, { fromClaimId: duplicate.id, toClaimId: canonical.id, type: "DUPLICATE_OF" });
    const suggestions = await suggestSimilarClaims(editor, "Nga đã nhận được tên lửa đạn đạo của Triều Tiên");
    expect(suggestions[0]).toMatchObject({ id: canonical.id });
    expect(suggestions.map((s) => s.id)).not.toContain(duplicate.id);
  });
});

describe("updateClaim", () => {
  it("saves with a new version, and refuses 49 of 50 concurrent stale edits with the winner shown", async () => {
    const claim = await createClaim(editor, { text: "Nga và Triều Tiên bàn về vệ tinh quân sự", kind: "TECHNOLOGY_TRANSFER" });
    const editors = await Promise.all(Array.from({ length: 5 }, () => makeUser()));
    const attempts = Array.from({ length: 50 }, (_, i) =>
      updateClaim(editors[i % 5]!, { id: claim.id, version: 1, text: `Nga và Triều Tiên bàn về vệ tinh (bản ${i})`, kind: "TECHNOLOGY_TRANSFER" }).then(
        () => ({ ok: true as const, i }),
        (error: { code: string; message: string; details?: { current?: { text: string; version: number } } }) => ({ ok: false as const, i, error }),
      ),
    );
    const results = await Promise.all(attempts);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(49);
    const stored = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ version: 2, text: `Nga và Triều Tiên bàn về vệ tinh (bản ${winners[0]!.i})` });
    for (const loser of losers) {
      expect(loser.error).toMatchObject({ code: "CONFLICT", message: CLAIM_CONFLICT, details: { current: { version: 2, text: stored.text } } });
    }
    expect(await getDb().auditEvent.count({ where: { objectId: claim.id, action: "claim.update" } })).toBe(1);
  });
});

describe("evidence", () => {
  it("attaches a quoted source and an external reference, each once per stance; the database refuses evidence that is neither", async () => {
    const claim = await createClaim(editor, { text: "Nga và Triều Tiên đang đàm phán vũ khí", kind: "ARMS_TRANSFER" });
    const quoted = await addEvidence(editor, { kind: "source", claimId: claim.id, stance: "SUPPORTS", note: "Lời cố vấn an ninh Mỹ", anchor: select(source.body, QUOTE) });
    expect(quoted).toMatchObject({ stance: "SUPPORTS", exact: QUOTE, status: "ANCHORED" });
    const external = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "REFUTES", url: "https://example.org/kremlin-denial", title: "Kremlin denies", publisher: "TASS", publishedAt: "2023-09-05", retrievedAt: "2023-09-06" });
    expect(external).toMatchObject({ stance: "REFUTES", sourceId: null, url: "https://example.org/kremlin-denial" });
    await expect(addEvidence(editor, { kind: "external", claimId: claim.id, stance: "CONTEXT", url: "javascript:alert(1)", title: "x" })).rejects.toMatchObject({ code: "INVALID" });
    // Sent twice, the same quote or reference under the same stance is refused; under another stance it is kept.
    await expect(addEvidence(editor, { kind: "external", claimId: claim.id, stance: "REFUTES", url: "https://example.org/kremlin-denial", title: "Kremlin denies again" })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { fieldErrors: { url: ["This claim already has this evidence with this stance."] } },
    });
    await expect(addEvidence(editor, { kind: "source", claimId: claim.id, stance: "SUPPORTS", anchor: select(source.body, QUOTE) })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(addEvidence(editor, { kind: "external", claimId: claim.id, stance: "CONTEXT", url: "https://example.org/kremlin-denial", title: "Kremlin denies" })).resolves.toMatchObject({ stance: "CONTEXT" });
    expect(await getDb().evidence.count({ where: { claimId: claim.id } })).toBe(3);
    await expect(getDb().$executeRaw`INSERT INTO "Evidence" (id, "claimId", stance) VALUES (gen_random_uuid(), ${claim.id}::uuid, 'CONTEXT')`).rejects.toThrow(/Evidence_source_or_reference/);
  });
});

describe("links and merges", () => {
  it("links a denial to the allegation it denies, refusing self-links and repeats", async () => {
    const allegation = await createClaim(editor, { text: "Triều Tiên chuyển đạn pháo cho Nga qua đường sắt", kind: "ARMS_TRANSFER" });
    const denial = await createClaim(editor, { text: "Moscow và Bình Nhưỡng bác bỏ mọi thỏa thuận vũ khí", kind: "DENIAL" });
    const link = await linkClaims(editor, { fromClaimId: denial.id, toClaimId: allegation.id, type: "DENIES" });
    expect(link).toMatchObject({ type: "DENIES", fromClaimId: denial.id, toClaimId: allegation.id });
    await expect(linkClaims(editor, { fromClaimId: denial.id, toClaimId: allegation.id, type: "DENIES" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(linkClaims(editor, { fromClaimId: denial.id, toClaimId: denial.id, type: "CONTRADICTS" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(getDb().$executeRaw`INSERT INTO "ClaimLink" (id, type, "fromClaimId", "toClaimId") VALUES (gen_random_uuid(), 'REPEATS', ${denial.id}::uuid, ${denial.id}::uuid)`).rejects.toThrow(/ClaimLink_no_self_link/);
  });

  it("merges a duplicate: appearances, evidence and links move, the old slug leads on, cycles are refused", async () => {
    const canonical = await createClaim(editor, { text: "Mỹ nói đàm phán vũ khí Nga – Triều đang tiến triển", kind: "ARMS_TRANSFER", appearance: select(source.body, "các cuộc đàm phán vũ khí giữa Nga và Triều Tiên") });
    const duplicate = await createClaim(editor, { text: "Mỹ: đàm phán vũ khí giữa Nga và Triều Tiên tiến triển", kind: "ARMS_TRANSFER", appearance: select(source.body, QUOTE) });
    await addEvidence(editor, { kind: "external", claimId: duplicate.id, stance: "SUPPORTS", url: "https://example.org/reuters", title: "Reuters" });
    const denial = await createClaim(editor, { text: "Điện Kremlin phủ nhận đàm phán vũ khí", kind: "DENIAL" });
    await linkClaims(editor, { fromClaimId: denial.id, toClaimId: duplicate.id, type: "DENIES" });

    await linkClaims(editor, { fromClaimId: duplicate.id, toClaimId: canonical.id, type: "DUPLICATE_OF" });
    const merged = await getDb().claim.findUniqueOrThrow({ where: { id: canonical.id }, include: { appearances: true, evidence: true, linksTo: true } });
    expect(merged.appearances.map((a) => a.exact).sort()).toEqual(["các cuộc đàm phán vũ khí giữa Nga và Triều Tiên", QUOTE].sort());
    expect(merged.evidence).toHaveLength(1);
    expect(merged.linksTo.map((l) => [l.type, l.fromClaimId])).toEqual(expect.arrayContaining([["DENIES", denial.id], ["DUPLICATE_OF", duplicate.id]]));
    expect(await getDb().claimSlug.findUnique({ where: { slug: duplicate.slug } })).toMatchObject({ claimId: canonical.id });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: duplicate.id } })).mergedIntoId).toBe(canonical.id);

    await expect(linkClaims(editor, { fromClaimId: canonical.id, toClaimId: duplicate.id, type: "DUPLICATE_OF" })).rejects.toMatchObject({ code: "CONFLICT", message: MERGE_CYCLE });
    await expect(addAppearance(editor, { claimId: duplicate.id, ...select(source.body, "Jake Sullivan") })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("adds a second appearance once; the same quote again is a conflict", async () => {
    const claim = await createClaim(editor, { text: "Sullivan nói Triều Tiên sẽ phải trả giá", kind: "ARMS_TRANSFER" });
    await addAppearance(editor, { claimId: claim.id, ...select(source.body, "họ sẽ phải trả giá cho điều này") });
    await expect(addAppearance(editor, { claimId: claim.id, ...select(source.body, "họ sẽ phải trả giá cho điều này") })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
