// Retrieval's second path on real PostgreSQL when a sentence shares a single rare key with the claim it states:
// every other key of the sentence is in hundreds of claims (over the 500 whose lists the path reads), so no claim
// shares two usable keys with it, and the first path's pairs of rare words have none of the claim's words.
// Its own file: the word statistics are read once per process and kept.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { makeUser } from "@/test/factories";
import { createClaim, foldClaimText } from "@/lib/claims/create-claim";
import { keyWords } from "./keywords";
import { matchingIdle } from "./background";
import { candidateClaims } from "./retrieve";

let editor: Actor;
const TARGET = "Quan hệ Nga – Triều Tiên đang vi phạm nhiều nghị quyết của Hội đồng Bảo an";
// Shares "quan_he" with TARGET and nothing else that is rare: "quan", "hệ" and the resolution's words are in every decoy.
const SENTENCE = "Theo ông, mối quan hệ giữa hai nước vi phạm các nghị quyết của Hội đồng Bảo an.";
const DECOYS = 600;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  await createClaim(editor, { text: TARGET, kind: "OTHER" });
  const texts = Array.from({ length: DECOYS }, (_, i) => `Quân đội nước ${i + 1} vi phạm nghị quyết ${1700 + i} của Hội đồng Bảo an về hệ thống tên lửa`);
  await getDb().$executeRaw`
    INSERT INTO "Claim" (id, slug, text, "textFolded", kind, tags, state, "updatedAt")
    SELECT gen_random_uuid(), 'rare-key-decoy-' || n, t, f, 'OTHER', '{}', 'DRAFT', now()
    FROM unnest(${texts}::text[], ${texts.map(foldClaimText)}::text[]) WITH ORDINALITY AS u(t, f, n)`;
  await getDb().$executeRaw`ANALYZE "Claim"`;
  await getDb().$executeRaw`ANALYZE "ClaimKey"`;
  await matchingIdle();
});

describe("retrieval by one rare key", () => {
  it("finds the only claim having a sentence's one rare key, where every other key is common", async () => {
    const keys = keyWords(SENTENCE);
    const counts = await getDb().$queryRaw<{ key: string; n: number }[]>`
      SELECT k AS key, (SELECT count(*)::int FROM "ClaimKey" ck WHERE ck.key = k) AS n FROM unnest(${[...keys]}::text[]) AS k`;
    const target = await getDb().claim.findFirstOrThrow({ where: { text: TARGET }, select: { id: true } });
    const shared = await getDb().claimKey.findMany({ where: { claimId: target.id, key: { in: [...keys] } }, select: { key: true } });
    // The attack holds: of the keys the sentence shares with the claim, only "quan_he" is in fewer than 500 claims.
    expect(shared.map((s) => s.key).filter((k) => counts.find((c) => c.key === k)!.n < 500)).toEqual(["quan_he"]);
    const candidates = await candidateClaims(getDb(), [[...keys]]);
    expect(candidates.map((c) => c.id)).toContain(target.id);
  });
});
