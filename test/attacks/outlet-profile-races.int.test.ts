// What editors mark as page furniture is learnt for the outlet when they save an import (outlet-profile-store.ts).
// The learning read the outlet's profile unlocked and wrote back the whole list: two editors saving imports of the
// same outlet at once kept only one's lines (and for a new outlet the second failed on the unique key after its
// sources were stored, so the editor was told the save failed), and an admin's removal of a wrong pattern made
// while an import was saved came back with it.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { lineKey } from "@/lib/sources/line-roles";
import { updateOutletProfile } from "@/lib/sources/outlet-profile-store";
import { outletKeyOf } from "@/lib/sources/outlet-profiles";
import { makeUser } from "@/test/factories";
import { learnBanner as learn } from "@/test/outlet-profile-learning";

const WORDS = ["xanh", "đỏ", "vàng"];
const ROUNDS = ["một", "hai", "ba", "bốn", "năm"];
const profileOf = (outlet: string) => getDb().outletProfile.findUniqueOrThrow({ where: { outletKey: outletKeyOf(outlet)! } });

describe("an outlet's profile learnt by several saves at once", () => {
  it("keeps what every editor marked, for a new outlet and for a known one", async () => {
    const editors = [await makeUser(), await makeUser(), await makeUser()];
    const outlet = `Báo Đồng Thời ${Date.now()}`;
    await Promise.all(editors.map((editor, i) => learn(editor, outlet, `Quảng cáo đầu trang màu ${WORDS[i]}`)));
    expect((await profileOf(outlet)).furniture).toHaveLength(3);
    await Promise.all(editors.map((editor, i) => learn(editor, outlet, `Dòng chia sẻ mạng xã hội màu ${WORDS[i]}`)));
    expect((await profileOf(outlet)).furniture).toHaveLength(6);
  });

  it("does not bring back a pattern an admin removed while an import was being saved", async () => {
    const [editor, admin] = [await makeUser(), await makeUser({ role: "ADMIN" })];
    const outlet = `Báo Sửa Tay ${Date.now()}`;
    await learn(editor, outlet, "Quảng cáo sai bị đánh dấu");
    for (let round = 0; round < 5; round++) {
      const before = await profileOf(outlet);
      const [saved, edited] = await Promise.allSettled([
        learn(editor, outlet, `Dòng rác mới lần ${ROUNDS[round]}`),
        updateOutletProfile(admin, { id: before.id, version: String(before.version), furniture: "", dateHints: "" }),
      ]);
      expect(saved.status).toBe("fulfilled");
      const after = await profileOf(outlet);
      // Either the admin's edit came first (the save then adds its one line to the emptied list) or it was refused
      // as stale because the save came first; never the old list back over an accepted edit.
      if (edited.status === "fulfilled") {
        expect(after.furniture).toEqual([lineKey(`Dòng rác mới lần ${ROUNDS[round]}`)]);
      } else {
        expect(edited.reason).toMatchObject({ code: "CONFLICT" });
        expect(after.furniture).toContain(lineKey("Quảng cáo sai bị đánh dấu"));
      }
      // Put the wrong pattern back for the next round.
      await learn(editor, outlet, "Quảng cáo sai bị đánh dấu");
    }
  });
});
