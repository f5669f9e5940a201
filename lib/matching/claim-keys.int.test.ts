// Matching's claim keys (ClaimKey, the claim_keys migration) on real PostgreSQL: the triggers keep them in the
// transaction of every change of a claim's wording, gloss or merge, whichever code path makes it.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { makeUser } from "@/test/factories";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { addAppearance } from "@/lib/claims/add-appearance";
import { linkClaims } from "@/lib/claims/link-claims";
import { importSources } from "@/lib/sources/import-sources";
import { matchingIdle } from "./background";

let editor: Actor;
let sourceId: string;
let body: string;

async function keysOf(claimId: string): Promise<string[]> {
  const rows = await getDb().claimKey.findMany({ where: { claimId }, select: { key: true }, orderBy: { key: "asc" } });
  return rows.map((r) => r.key);
}

function anchor(quote: string) {
  const start = body.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return { sourceId, start, end: start + quote.length, exact: quote };
}

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  const title = `Khóa so khớp ${Date.now().toString(36)}`;
  const text = [title, "", "Báo Thử, 02/10/2024", "", "Hãng Yonhap dẫn nguồn tình báo cho biết Bình Nhưỡng đã chuyển tên lửa KN-23 qua cảng Rajin.", "", "Một quan chức giấu tên nói lô hàng gồm đạn pháo cỡ lớn."].join("\n");
  const { outcomes } = await importSources(editor, { fileName: `${title}.txt`, text });
  sourceId = outcomes[0]!.id;
  body = (await getDb().source.findUniqueOrThrow({ where: { id: sourceId }, select: { body: true } })).body;
  await matchingIdle();
});

describe("claim keys kept by triggers", () => {
  it("holds the folded words and neighbouring pairs of the wording and gloss from the claim's creation", async () => {
    const claim = await createClaim(editor, { text: "Triều Tiên chuyển tên lửa KN-23 cho Nga ngày 13/9/2023", gloss: "North Korea shipped missiles", kind: "OTHER" });
    const keys = await keysOf(claim.id);
    for (const k of ["trieu", "tien", "trieu_tien", "kn", "23", "kn_23", "2023", "nga", "north_korea", "shipped", "missiles"]) expect(keys, k).toContain(k);
    expect(keys).not.toContain("9"); // a single character is no key
    expect(keys.filter((k) => k === "trieu_tien")).toHaveLength(1);
  });

  it("follows an edit of the wording, and never takes a quote's words (quotes have their own index)", async () => {
    const claim = await createClaim(editor, { text: "Triều Tiên bán vũ khí cho Nga", kind: "OTHER" });
    await addAppearance(editor, { claimId: claim.id, ...anchor("Bình Nhưỡng đã chuyển tên lửa KN-23 qua cảng Rajin") });
    expect(await keysOf(claim.id)).not.toContain("rajin");
    const row = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true, kind: true } });
    await updateClaim(editor, { id: claim.id, version: row.version, text: "Iran bán máy bay không người lái cho Nga", kind: row.kind });
    const edited = await keysOf(claim.id);
    expect(edited).toContain("iran");
    expect(edited).toContain("khong_nguoi");
    expect(edited).not.toContain("vu_khi"); // the old wording's keys are gone
  });

  it("gives a claim merged as a duplicate no keys", async () => {
    const canonical = await createClaim(editor, { text: "Nga nhận đạn pháo của Triều Tiên", kind: "OTHER" });
    const duplicate = await createClaim(editor, { text: "Moskva nhận đạn pháo cỡ lớn từ Bình Nhưỡng", kind: "OTHER", appearance: anchor("lô hàng gồm đạn pháo cỡ lớn") });
    expect(await keysOf(duplicate.id)).toContain("co_lon");
    await linkClaims(editor, { fromClaimId: duplicate.id, toClaimId: canonical.id, type: "DUPLICATE_OF" });
    expect(await keysOf(duplicate.id)).toEqual([]);
    expect(await keysOf(canonical.id)).toContain("dan_phao");
  });
});
