// A row's updatedAt was filled by the writing instance's clock (Prisma fills @updatedAt itself), and the desk orders by
// it: the claims list, a reader's drafts and assigned claims, the claim picker, the tie-break of similar-claim
// suggestions, the orphaned quotes. Behind a load balancer, a claim edited on an instance ten minutes behind went below
// one edited earlier. A trigger stamps it by the database's clock on every table that has one.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { listClaimsForDesk } from "@/lib/claims/list-claims";
import { getDb } from "@/lib/db/client";
import { databaseMs, withClockOff } from "@/test/clock-skew";
import { makeUser } from "@/test/factories";

let editor: Actor;
let n = 0;
const unique = () => `${Date.now().toString(36)}${++n}`;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("updatedAt on instances whose clocks differ", () => {
  it("lists the claim edited last first, though its instance runs ten minutes behind", async () => {
    const marker = `vostochny${unique()}`;
    const first = await createClaim(editor, { text: `Cảng ${marker} nhận hàng lần một`, kind: "OTHER" });
    const second = await createClaim(editor, { text: `Cảng ${marker} nhận hàng lần hai`, kind: "OTHER" });
    const edit = async (id: string, text: string) => {
      const { version } = await getDb().claim.findUniqueOrThrow({ where: { id }, select: { version: true } });
      await updateClaim(editor, { id, version: String(version), text, kind: "OTHER" });
    };
    await edit(second.id, `Cảng ${marker} nhận hàng lần hai, sửa`);
    const start = await databaseMs();
    await withClockOff(-10, () => edit(first.id, `Cảng ${marker} nhận hàng lần một, sửa sau`));
    const end = await databaseMs();

    const listed = await listClaimsForDesk(editor, { q: marker });
    expect(listed.claims.map((c) => c.id)).toEqual([first.id, second.id]);
    const stamped = listed.claims[0]!.updatedAt.getTime();
    expect(stamped).toBeGreaterThanOrEqual(start);
    expect(stamped).toBeLessThanOrEqual(end);
  });

  it("stamps a new row of every table with updatedAt by the database's clock", async () => {
    const start = await databaseMs();
    const claim = await withClockOff(-10, () => createClaim(editor, { text: `Tàu rời cảng Rajin ${unique()}`, kind: "OTHER" }));
    const user = await withClockOff(-10, () => makeUser({ role: "EDITOR" }));
    const end = await databaseMs();
    const rows = [
      ["Claim", (await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { updatedAt: true } })).updatedAt],
      ["User", (await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { updatedAt: true } })).updatedAt],
    ] as const;
    for (const [name, at] of rows) {
      expect(at.getTime(), name).toBeGreaterThanOrEqual(start);
      expect(at.getTime(), name).toBeLessThanOrEqual(end);
    }
    const tables = await getDb().$queryRaw<{ table: string }[]>`
      SELECT c.relname AS table FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace s ON s.oid = c.relnamespace
      WHERE a.attname = 'updatedAt' AND c.relkind = 'r' AND s.nspname = current_schema() AND NOT a.attisdropped
        AND NOT EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = c.oid AND p.proname = 'stamp_updated_at')`;
    expect(tables, "tables with updatedAt and no trigger to stamp it").toEqual([]);
  });

  it("leaves updatedAt as it was on an update in SQL that does not set it", async () => {
    const claim = await createClaim(editor, { text: `Tàu chở than rời Nakhodka ${unique()}`, kind: "OTHER" });
    const before = (await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { updatedAt: true } })).updatedAt;
    await getDb().$executeRaw`UPDATE "Claim" SET "searchFolded" = 'x' WHERE id = ${claim.id}::uuid`;
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { updatedAt: true } })).updatedAt).toEqual(before);
  });
});
