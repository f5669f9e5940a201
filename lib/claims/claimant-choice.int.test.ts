// Claimants on real PostgreSQL: found by any name without diacritics, with their kind; a new one only by explicit choice.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { makeUser, rejection } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "./create-claim";
import { updateClaim } from "./update-claim";
import { createClaimant, searchClaimants, UNKNOWN_CLAIMANT } from "./claimants";

let editor: Actor;
const tag = randomUUID().slice(0, 6);

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  await createClaimant(editor, { name: `Bộ Ngoại giao Nga ${tag}`, kind: "STATE_BODY", aliases: [`Ngoại trưởng Lavrov ${tag}`] });
  await createClaimant(editor, { name: `Điện Kremlin ${tag}`, kind: "STATE_BODY", aliases: [] });
});

describe("claimant autocomplete", () => {
  it("finds a claimant by an alias typed without diacritics, with its kind", async () => {
    const found = await searchClaimants(editor, `ngoai truong lavrov ${tag}`);
    expect(found.map((c) => [c.name, c.kind])).toContainEqual([`Bộ Ngoại giao Nga ${tag}`, "STATE_BODY"]);
  });

  it("finds by the start of a name and by a name with a typo", async () => {
    expect((await searchClaimants(editor, `dien kreml`)).map((c) => c.name)).toContain(`Điện Kremlin ${tag}`);
    expect((await searchClaimants(editor, `Dien Kremlim ${tag}`)).map((c) => c.name)).toContain(`Điện Kremlin ${tag}`);
  });
});

describe("choosing a claimant for a claim", () => {
  it("files a claim under the claimant a known alias names, whatever the spelling", async () => {
    const claim = await createClaim(editor, { text: `Lavrov nói Nga không vi phạm nghị quyết ${tag}`, kind: "DENIAL", claimantName: `ngoai truong LAVROV ${tag}` });
    const stored = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { claimant: { select: { name: true } } } });
    expect(stored.claimant?.name).toBe(`Bộ Ngoại giao Nga ${tag}`);
  });

  it("refuses a name the desk does not know unless it is added as new with a kind, and creates nothing", async () => {
    const before = await getDb().claimant.count();
    const refused = await rejection(createClaim(editor, { text: `Một tuyên bố của người lạ ${tag}`, kind: "OTHER", claimantName: `Điện Kremlim ${tag}` }));
    expect(refused.code).toBe("INVALID");
    expect(refused.details?.fieldErrors).toEqual({ claimantName: [UNKNOWN_CLAIMANT] });
    expect(await getDb().claimant.count()).toBe(before);
    expect(await getDb().claim.count({ where: { text: `Một tuyên bố của người lạ ${tag}` } })).toBe(0);

    const made = await createClaim(editor, { text: `Một tuyên bố của Hãng thông tấn Yonhap ${tag}`, kind: "OTHER", claimantName: `Yonhap ${tag}`, claimantKind: "OUTLET" });
    const stored = await getDb().claim.findUniqueOrThrow({ where: { id: made.id }, select: { claimant: { select: { name: true, kind: true } } } });
    expect(stored.claimant).toEqual({ name: `Yonhap ${tag}`, kind: "OUTLET" });
  });

  it("an edit to an unknown claimant name is refused the same way", async () => {
    const claim = await createClaim(editor, { text: `Tuyên bố sẽ được sửa ${tag}`, kind: "OTHER" });
    const refused = await rejection(updateClaim(editor, { id: claim.id, version: claim.version, text: claim.text, kind: "OTHER", claimantName: `Ai đó mới ${tag}` }));
    expect(refused.details?.fieldErrors).toEqual({ claimantName: [UNKNOWN_CLAIMANT] });
  });
});
