// Public search documents written before published text left local addresses out still held their words: the public
// search found a claim by its intranet's host name and offered that name as a spelling, until the claim's next
// approval. The migration that marks the change makes the runner's callers write every document again from its
// claim's latest revision (lib/public/rewrite-search-documents.ts), asked by a "PendingUpkeep" row. A document written
// by the old rule is put back here as it was, then the step runs as scripts/start.ts and scripts/db-migrate.ts run it.
// (Killed between the migration and the rewrite: ./migration-follow-up-killed.int.test.ts.)
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { REWRITE_SEARCH_DOCUMENTS } from "@/lib/public/rewrite-search-documents";
import { readMigrations } from "@/lib/db/migrate";
import { runUpkeep, UPKEEP_TASKS } from "@/scripts/lib/upkeep";
import { makeUser, publishClaim } from "@/test/factories";

let editor: Actor;
let reviewer: Actor;
beforeEach(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

const HOST = "kho-noi-bo-zq.newsroom.internal";

/** The claim's document as the rule before wrote it: the summary's words with its address's. */
async function writtenByTheOldRule(claimId: string) {
  await getDb().$executeRaw`
    UPDATE "Claim" SET "searchFolded" = "searchFolded" || ' http kho noi bo zq newsroom internal',
      "searchVector" = "searchVector" || setweight(to_tsvector('simple', 'http kho noi bo zq newsroom internal khonoibozq'), 'B')
    WHERE id = ${claimId}::uuid`;
  await getDb().$executeRaw`INSERT INTO "SearchWord" (word) VALUES ('khonoibozq') ON CONFLICT DO NOTHING`;
}

const found = async (claimId: string, word: string) =>
  (await getDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Claim" WHERE id = ${claimId}::uuid AND "searchVector" @@ to_tsquery('simple', ${word})`)[0]!.n > 0;
const offered = async (word: string) => (await getDb().searchWord.count({ where: { word } })) > 0;

describe("search documents written before the publishing rule", () => {
  it("are written again as published when the marking migration has just been applied; the vocabulary loses the address's words", async () => {
    const claim = await publishClaim(editor, reviewer, { text: "Giá điện tăng gấp đôi kể từ tháng này", kind: "ARMS_TRANSFER", summary: `Sai, theo <http://${HOST}/bao-cao> và số liệu công bố.` });
    await writtenByTheOldRule(claim.id);
    expect(await found(claim.id, "khonoibozq")).toBe(true);
    expect(await offered("khonoibozq")).toBe(true);

    // Nothing asked for: nothing is rewritten.
    await getDb().pendingUpkeep.deleteMany({});
    await runUpkeep(() => {});
    expect(await found(claim.id, "khonoibozq")).toBe(true);

    await getDb().pendingUpkeep.create({ data: { task: REWRITE_SEARCH_DOCUMENTS } });
    const lines: string[] = [];
    await runUpkeep((line) => lines.push(line));
    expect(await found(claim.id, "khonoibozq")).toBe(false);
    expect(await found(claim.id, "internal")).toBe(false);
    expect(await offered("khonoibozq")).toBe(false);
    // The claim is still found by what it publishes, and its words are still offered.
    expect(await found(claim.id, "gia & dien")).toBe(true);
    expect(await found(claim.id, "cong & bo")).toBe(true);
    expect(await offered("dien")).toBe(true);
    expect(lines).toHaveLength(1);
    expect(await getDb().pendingUpkeep.count()).toBe(0);
  });

  it("is asked by a migration, and every task a migration asks for is one the start knows", () => {
    const asked = readMigrations().flatMap((m) => [...m.sql.matchAll(/INSERT INTO "PendingUpkeep"\s*\("task"\)\s*VALUES\s*\('([^']+)'\)/g)].map((hit) => hit[1]!));
    expect(asked).toContain(REWRITE_SEARCH_DOCUMENTS);
    for (const task of asked) expect(Object.keys(UPKEEP_TASKS)).toContain(task);
  });

  it("leaves a task this version does not know for the version that asked for it", async () => {
    await getDb().pendingUpkeep.deleteMany({});
    await getDb().pendingUpkeep.create({ data: { task: "from-a-newer-version" } });
    const lines: string[] = [];
    await runUpkeep((line) => lines.push(line));
    expect(lines.join("\n")).toMatch(/unknown to this version/);
    expect(await getDb().pendingUpkeep.count({ where: { task: "from-a-newer-version" } })).toBe(1);
  });
});
