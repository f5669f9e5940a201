// An outlet's profile was stored under its name's line shape, digits as "#": "VTV1" and "VTV4", or "Kênh 14" and
// "Kênh 24", shared one profile, so the page furniture an editor marked for one was dropped from the other's imports.
// Outlet keys now keep digits. Profiles stored under the old shape cannot be split (nothing says which outlet taught
// which line): each outlet of that shape keeps reading it until it learns a profile of its own, which starts from it.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { lineKey } from "@/lib/sources/line-roles";
import { loadOutletProfiles } from "@/lib/sources/outlet-profile-store";
import { outletKeyOf, profileFinder } from "@/lib/sources/outlet-profiles";
import { profileOutletOf } from "@/lib/sources/preview-shape";
import { makeUser } from "@/test/factories";
import { learnBanner as learn } from "@/test/outlet-profile-learning";

async function furnitureOf(outlet: string): Promise<string[] | null> {
  const found = profileFinder(await loadOutletProfiles(), [])(outlet);
  return found ? [...found.profile.furniture].sort() : null;
}

describe("outlets whose names differ by a digit", () => {
  it("keep separate profiles through saving and loading", async () => {
    const editor = await makeUser();
    const stamp = Date.now().toString(36).replace(/\d/g, "");
    const [one, four] = [`Kênh ${stamp} 14`, `Kênh ${stamp} 24`];
    expect(await learn(editor, one, "Quảng cáo đầu trang của kênh mười bốn")).toBe(1);
    expect(await learn(editor, four, "Dòng chia sẻ của kênh hai mươi bốn")).toBe(1);
    expect(await furnitureOf(one)).toEqual([lineKey("Quảng cáo đầu trang của kênh mười bốn")]);
    expect(await furnitureOf(four)).toEqual([lineKey("Dòng chia sẻ của kênh hai mươi bốn")]);
    expect(await furnitureOf(`KÊNH ${stamp} 34`)).toBeNull();
    expect(outletKeyOf(one)).not.toBe(outletKeyOf(four));
    expect(profileOutletOf({ outlet: four.toUpperCase() }, await loadOutletProfiles())).toBe(four);
  });

  it("keep reading a profile stored under the old shared key until each learns its own, which starts from it", async () => {
    const [editor, admin] = [await makeUser(), await makeUser({ role: "ADMIN" })];
    const stamp = Date.now().toString(36).replace(/\d/g, "");
    const [vtv1, vtv4, vtv7] = [`VTV${stamp} 1`, `VTV${stamp} 4`, `VTV${stamp} 7`];
    // What an earlier version stored for "VTV 1" and "VTV 4" together: one profile under the name's line shape.
    const shared = [lineKey("Quảng cáo chung của đài"), lineKey("Dòng chia sẻ chung")].sort();
    await getDb().outletProfile.create({ data: { outletKey: lineKey(vtv1), outlet: vtv1, furniture: shared, dateHints: [], createdById: admin.id, updatedById: admin.id } });
    expect(lineKey(vtv1)).toBe(lineKey(vtv4));
    expect(await furnitureOf(vtv4)).toEqual(shared);
    expect(profileOutletOf({ outlet: vtv4 }, await loadOutletProfiles())).toBe(vtv1);

    // VTV 4 learns a line: it gets a profile of its own with the shared lines and its new one; the others keep theirs.
    expect(await learn(editor, vtv4, "Logo riêng của kênh bốn")).toBe(1);
    expect(await furnitureOf(vtv4)).toEqual([...shared, lineKey("Logo riêng của kênh bốn")].sort());
    expect(await furnitureOf(vtv1)).toEqual(shared);
    expect(await furnitureOf(vtv7)).toEqual(shared);
    expect(await getDb().outletProfile.findUnique({ where: { outletKey: lineKey(vtv1) }, select: { furniture: true } })).toEqual({ furniture: shared });
  });
});
