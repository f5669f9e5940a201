// What one editor marks as page furniture is learnt for the outlet and applied to everyone's next imports of it
// (lib/sources/outlet-profile-store.ts). The roles apply to the body too, so a sentence learnt as furniture from one
// article's foot was cut from the middle of every later article of that outlet, and the preview's list of lines, which
// held only the header and the last short paragraphs, did not show it: another editor's import lost a claim's
// sentence without a trace. Every paragraph a role drops is now listed, struck, with the role that can bring it back.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearSources, makeUser } from "@/test/factories";
import { importSources, previewImport } from "@/lib/sources/import-sources";
import { lineKey } from "@/lib/sources/line-roles";

const DENIAL = "Điện Kremlin phủ nhận đã nhận đạn pháo của Triều Tiên.";

const article = (headline: string, paragraphs: string[]) =>
  [
    headline,
    "",
    "Cập nhật 21/09/2023 10:15",
    "",
    `(Dân trí) - Bình Nhưỡng hôm thứ Năm đã phóng một vệ tinh do thám quân sự, theo quân đội Hàn Quốc, lần thứ ba trong năm nay (${headline}).`,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
  ].join("\n");

const LONG = "Nhật Bản đã phát cảnh báo cho người dân ở tỉnh Okinawa trong vài phút trước khi rút lại, theo đài NHK, và yêu cầu người dân vào nơi trú ẩn.";

beforeEach(async () => {
  await clearSources();
  await getDb().$executeRaw`DELETE FROM "OutletProfile"`;
});

describe("a sentence one editor taught an outlet's profile as furniture", () => {
  it("is listed in another editor's preview where it is dropped from the body, and kept when marked as text", async () => {
    const mallory = await makeUser();
    const victim = await makeUser();
    // Mallory's article ends with the denial; they mark it as furniture and save.
    const taught = article("Triều Tiên phóng vệ tinh do thám lần thứ ba", [LONG, DENIAL]);
    const [own] = await previewImport(mallory, { fileName: "a.txt", text: taught });
    expect(own!.lines.map((l) => l.key)).toContain(lineKey(DENIAL));
    await importSources(mallory, { fileName: "a.txt", text: taught, roles: [{ key: lineKey(DENIAL), role: "furniture" }] });
    expect((await getDb().outletProfile.findFirstOrThrow()).furniture).toContain(lineKey(DENIAL));

    // Another editor's article of the outlet holds the denial in the middle of its body.
    const later = article("Hàn Quốc nâng mức cảnh giác sau vụ phóng", [LONG, DENIAL, LONG.replace("Okinawa", "Kagoshima"), LONG.replace("Okinawa", "Nagasaki")]);
    const [preview] = await previewImport(victim, { fileName: "b.txt", text: later });
    expect(preview!.profileOutlet).toBe("Dân trí");
    expect(preview!.body).not.toContain(DENIAL);
    const listed = preview!.lines.find((l) => l.key === lineKey(DENIAL));
    expect(listed, "the dropped sentence is shown in the preview's list of lines").toMatchObject({ text: DENIAL, role: "furniture", region: "body" });

    // Marked as article text, it stays in the body, and the profile forgets it.
    const saved = await importSources(victim, { fileName: "b.txt", text: later, roles: [{ key: lineKey(DENIAL), role: "body" }] });
    const stored = await getDb().source.findUniqueOrThrow({ where: { id: saved.outcomes[0]!.id } });
    expect(stored.body).toContain(DENIAL);
    expect((await getDb().outletProfile.findFirstOrThrow()).furniture).not.toContain(lineKey(DENIAL));
  });
});
