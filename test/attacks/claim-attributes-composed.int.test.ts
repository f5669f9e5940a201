// A supplier or recipient typed with combining marks (Vietnamese typed in "Unicode tổ hợp", a copy from macOS) was stored
// and published as typed: the ledger's name arrays held the decomposed letters, and a filter read composed missed the
// row. Attribute values are now stored composed, the ledger's arrays are composed as they are written, and a migration
// composed those stored before.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getLedger, parseLedgerFilter } from "@/lib/public/ledger";
import { getDb } from "@/lib/db/client";
import { MIGRATIONS_DIR } from "@/lib/db/migrate";
import { makeUser, publishClaim } from "@/test/factories";

const COMPOSED = "Triều Tiên";
const DECOMPOSED = COMPOSED.normalize("NFD");
const MIGRATION = path.join(MIGRATIONS_DIR, "20261207053000_claim_attributes_composed", "migration.sql");

async function ledgerSlugs(supplier: string): Promise<string[]> {
  return (await getLedger(parseLedgerFilter(new URLSearchParams({ supplier })))).rows.map((r) => r.slug);
}

describe("claim attributes typed with combining marks", () => {
  it("are stored composed, and the ledger row is found by the name typed composed", async () => {
    expect(DECOMPOSED).not.toBe(COMPOSED);
    const editor = await makeUser({ role: "EDITOR" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    const claim = await publishClaim(editor, reviewer, {
      text: "Triều Tiên chuyển rocket cho Nga qua đường sắt",
      kind: "ARMS_TRANSFER",
      attributes: { supplier: DECOMPOSED, recipient: "Nga", materiel: "ROCKETS", route: `Tuyến ${"đường sắt Khasan".normalize("NFD")}` },
    });
    const stored = await getDb().claim.findUniqueOrThrow({ where: { slug: claim.slug }, select: { attributes: true } });
    expect(stored.attributes).toMatchObject({ supplier: [COMPOSED], route: "Tuyến đường sắt Khasan" });
    expect(await ledgerSlugs(COMPOSED)).toContain(claim.slug);
  });

  it("stored decomposed before are composed by the migration, in the ledger and in the working copy", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    const claim = await publishClaim(editor, reviewer, { text: "Triều Tiên chuyển đạn cho Nga qua cảng Rajin", kind: "ARMS_TRANSFER", attributes: { supplier: COMPOSED, recipient: "Nga" } });
    // As a desk before the change held them: written decomposed.
    const db = getDb();
    await db.$executeRaw`UPDATE "LedgerEntry" SET "suppliers" = ARRAY[lower(${DECOMPOSED})] WHERE "claimId" = ${claim.id}::uuid`;
    await db.$executeRaw`UPDATE "Claim" SET "attributes" = jsonb_set("attributes", '{supplier}', jsonb_build_array(${DECOMPOSED}::text)) WHERE id = ${claim.id}::uuid`;
    expect(await ledgerSlugs(COMPOSED)).not.toContain(claim.slug);
    const sql = fs.readFileSync(MIGRATION, "utf8");
    await db.$executeRawUnsafe(sql.slice(sql.indexOf('UPDATE "LedgerEntry"'), sql.indexOf('UPDATE "Claim"')));
    await db.$executeRawUnsafe(sql.slice(sql.indexOf('UPDATE "Claim"')));
    expect(await ledgerSlugs(COMPOSED)).toContain(claim.slug);
    expect(await ledgerSlugs(DECOMPOSED)).toContain(claim.slug);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { attributes: true } });
    expect(stored.attributes).toMatchObject({ supplier: [COMPOSED], recipient: ["Nga"] });
  });
});
