// A claimant spoofed in one script: "ТАЅЅ" written wholly in Cyrillic letters that each look like a Latin one mixes no
// scripts, so the schemas take it, yet a reader cannot tell it from "TASS". Creating a claimant, an alias or a claim
// under such a name is refused when it looks like another claimant's, in either order; names that only share some
// letters (Russian "ТАСС"), and a claimant's own spellings, pass.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { createClaimant } from "@/lib/claims/claimants";
import { createClaim } from "@/lib/claims/create-claim";
import { localizeMessage } from "@/lib/i18n/messages";
import { makeUser, rejection } from "@/test/factories";

let editor: Actor;
const tag = () => Math.random().toString(36).slice(2, 8).toUpperCase().replace(/[0-9]/g, "X");
beforeEach(async () => {
  editor = await makeUser();
});

const claimWith = (claimantName: string, claimantKind?: string) =>
  createClaim(editor, { text: `Một tuyên bố để kiểm tra tên ${Math.random()}`, kind: "OTHER", claimantName, ...(claimantKind ? { claimantKind } : {}) });
const claimantsNamed = (...names: string[]) => getDb().claimant.count({ where: { name: { in: names } } });

describe("a claimant's name that only looks like another's", () => {
  it("refuses an all-Cyrillic spoof of a Latin name, as a claimant, an alias and a claim's new claimant", async () => {
    await createClaimant(editor, { name: "TASS", kind: "OUTLET" }).catch(() => undefined);
    const spoof = "ТАЅЅ"; // Cyrillic Т, А, Ѕ, Ѕ
    const asClaimant = await rejection(createClaimant(editor, { name: spoof, kind: "OUTLET" }));
    expect(asClaimant).toMatchObject({ code: "CONFLICT", details: { fieldErrors: { aliases: ["Looks like another claimant's name: TASS"] } } });
    expect(await rejection(createClaimant(editor, { name: `Hãng ${tag()}`, kind: "OUTLET", aliases: [spoof] }))).toMatchObject({ code: "CONFLICT" });
    const asClaim = await rejection(claimWith(spoof, "OUTLET"));
    expect(asClaim).toMatchObject({ code: "INVALID", details: { fieldErrors: { claimantName: ["Looks like another claimant's name: TASS"] } } });
    expect(await claimantsNamed(spoof)).toBe(0);
    expect(localizeMessage("vi", "Looks like another claimant's name: TASS")).toBe("Trông giống tên của một người đưa ra khác: TASS");
  });

  it("refuses it the other way round: a Latin name a Cyrillic or Greek spelling on the desk already imitates", async () => {
    const latin = `PEPSICO${tag()}`.replace(/[^ACEHIKMOPTX]/g, "O");
    const cyrillic = [...latin].map((c) => ({ A: "А", C: "С", E: "Е", H: "Н", I: "І", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х" })[c]!).join("");
    await createClaimant(editor, { name: cyrillic, kind: "OUTLET" });
    expect(await rejection(createClaimant(editor, { name: latin, kind: "OUTLET" }))).toMatchObject({ code: "CONFLICT" });
    expect(await rejection(claimWith(latin, "OUTLET"))).toMatchObject({ code: "INVALID" });
    const greek = "ΚϹΝΑ"; // Greek Κ, lunate sigma, Ν, Α
    await createClaimant(editor, { name: "KCNA", kind: "OUTLET" }).catch(() => undefined);
    expect(await rejection(createClaimant(editor, { name: greek, kind: "OUTLET" }))).toMatchObject({ code: "CONFLICT" });
  });

  it("takes a name in another script that does not look alike, and a claimant's own spellings", async () => {
    await createClaimant(editor, { name: "TASS", kind: "OUTLET" }).catch(() => undefined);
    const name = `ТАСС ${tag().toLowerCase().replace(/./g, "д")}`; // Russian spelling: С is no S
    await claimWith(name, "OUTLET");
    expect(await claimantsNamed(name)).toBe(1);
    const own = `TIME${tag()}`.replace(/[^ACEHIKMOPTX]/g, "M");
    const ownCyrillic = [...own].map((c) => ({ A: "А", C: "С", E: "Е", H: "Н", I: "І", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х" })[c]!).join("");
    // One claimant may hold both spellings: they are its own.
    await createClaimant(editor, { name: own, kind: "OUTLET", aliases: [ownCyrillic] });
    const claim = await claimWith(ownCyrillic);
    const { claimant } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { claimant: { select: { name: true } } } });
    expect(claimant?.name).toBe(own);
  });

  it("takes Vietnamese names that differ by a letter, diacritics or not", async () => {
    const suffix = tag();
    await createClaimant(editor, { name: `Lê Văn Lương ${suffix}`, kind: "PERSON" });
    for (const name of [`Lê Văn Cương ${suffix}`, `Lý Văn Lương ${suffix}`, `Đỗ Văn Lương ${suffix}`]) {
      await claimWith(name, "PERSON");
      expect(await claimantsNamed(name)).toBe(1);
    }
  });
});
