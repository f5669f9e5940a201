// An import's matching runs after the save has answered, queued in the server's memory. A server killed with that
// queue unfinished used to leave the sources it stored never matched: no suggestion ever came, and nothing said so.
// Each import batch now marks its sources in its own transaction; matching clears the mark; a start matches what is
// still marked.
import { spawn } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "@/lib/claims/create-claim";
import { matchingIdle, resumePendingMatching } from "@/lib/matching/background";
import { importSources } from "@/lib/sources/import-sources";
import { makeUser } from "@/test/factories";

let editor: Actor;
const SENTENCE = "Hãng Yonhap dẫn nguồn tình báo cho biết Bình Nhưỡng đã chuyển tên lửa KN-23 cho Nga qua cảng Rajin.";
const article = (title: string) => [title, "", "Báo Thử, 02/10/2024", "", SENTENCE, "", `Một quan chức giấu tên nói lô hàng gồm đạn pháo cỡ lớn, theo bản tin "${title}".`].join("\n");

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  await createClaim(editor, { text: "Triều Tiên chuyển tên lửa KN-23 cho Nga", kind: "ARMS_TRANSFER", claimantName: "Yonhap", claimantKind: "OUTLET" });
});

/** The web import's data function in a process of its own, which ends as soon as the save has answered. */
async function importThenDie(title: string): Promise<number | null> {
  const script = `
    const { importSources } = await import("./lib/sources/import-sources.ts");
    await importSources(JSON.parse(process.env.ACTOR), { fileName: "k.txt", text: process.env.TEXT });
    process.exit(0);`;
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", script], {
    env: { ...process.env, ACTOR: JSON.stringify(editor), TEXT: article(title) },
    stdio: "ignore",
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

const sourceTitled = (title: string) => getDb().source.findFirstOrThrow({ where: { title }, select: { id: true, matchPending: true } });
const suggestionsFor = (sourceId: string) => getDb().matchSuggestion.count({ where: { sourceId } });

describe("matching of an import whose server died", () => {
  it("is done at the next start: the source stays marked until matched, then gets its suggestions", async () => {
    const title = `Bài nhập trước khi máy chết ${Date.now().toString(36)}`;
    expect(await importThenDie(title)).toBe(0);
    const source = await sourceTitled(title);
    expect(source.matchPending).toBe(true);
    expect(await suggestionsFor(source.id)).toBe(0);

    expect(await resumePendingMatching()).toBeGreaterThanOrEqual(1);
    await matchingIdle();
    expect((await sourceTitled(title)).matchPending).toBe(false);
    expect(await suggestionsFor(source.id)).toBeGreaterThan(0);
    // Nothing left for the start after.
    expect(await getDb().source.count({ where: { matchPending: true } })).toBe(0);
  });

  it("leaves nothing marked when the server lives: the import's own background matching clears it", async () => {
    const title = `Bài nhập bình thường ${Date.now().toString(36)}`;
    await importSources(editor, { fileName: "k.txt", text: article(title) });
    await matchingIdle();
    const source = await sourceTitled(title);
    expect(source.matchPending).toBe(false);
    expect(await suggestionsFor(source.id)).toBeGreaterThan(0);
  });
});
