// Ended sessions and old sign-in attempts are dropped; live ones and anything inside the window stay.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser } from "@/test/factories";
import { IMPORT_DRAFTS_KEPT_HOURS, pruneSignInRecords, SIGN_IN_RECORDS_KEPT_HOURS } from "./prune";

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

describe("pruneSignInRecords", () => {
  it("drops sessions a day after they ended attempts a day after they were made and import previews abandoned for a day, in batches, keeping the rest", async () => {
    const db = getDb();
    const user = await makeUser();
    const old = SIGN_IN_RECORDS_KEPT_HOURS + 1;
    const live = await db.session.create({ data: { userId: user.id, createdAt: hoursAgo(1), expiresAt: hoursAgo(-11) } });
    const justEnded = await db.session.create({ data: { userId: user.id, createdAt: hoursAgo(13), expiresAt: hoursAgo(1) } });
    await db.session.create({ data: { userId: user.id, createdAt: hoursAgo(old + 12), expiresAt: hoursAgo(old) } });
    await db.session.create({ data: { userId: user.id, createdAt: hoursAgo(old + 2), expiresAt: hoursAgo(-100), revokedAt: hoursAgo(old) } });
    await db.loginAttempt.createMany({ data: Array.from({ length: 12_345 }, (_, i) => ({ email: `x${i}@desk.test`, ip: "192.0.2.1", isSuccess: false, createdAt: hoursAgo(old + (i % 50)) })) });
    await db.loginAttempt.create({ data: { email: "recent@desk.test", ip: "192.0.2.2", isSuccess: false, createdAt: hoursAgo(2) } });
    const draft = (createdAt: Date) => db.importDraft.create({ data: { ownerId: user.id, createdAt, sources: { create: [{ fileIndex: 0, index: 0, detail: { body: "x" } }] } } });
    await draft(hoursAgo(IMPORT_DRAFTS_KEPT_HOURS + 1));
    const recentDraft = await draft(hoursAgo(1));
    await db.apiRateBucket.createMany({ data: [{ key: "192.0.2.10", tokens: 3, at: hoursAgo(2) }, { key: "192.0.2.11", tokens: 3, at: new Date() }] });

    const result = await pruneSignInRecords(process.env.DATABASE_URL as string);
    expect(result).toEqual({ sessions: 2, attempts: 12_345, rateBuckets: 1, drafts: 1 });
    expect(await db.importDraft.findMany({ select: { id: true } })).toEqual([{ id: recentDraft.id }]);
    expect(await db.importDraftSource.count()).toBe(1);
    expect(await db.apiRateBucket.findMany({ select: { key: true } })).toEqual([{ key: "192.0.2.11" }]);
    expect((await db.session.findMany({ select: { id: true }, orderBy: { createdAt: "desc" } })).map((s) => s.id)).toEqual([live.id, justEnded.id]);
    expect(await db.loginAttempt.findMany({ select: { email: true } })).toEqual([{ email: "recent@desk.test" }]);
    expect(await pruneSignInRecords(process.env.DATABASE_URL as string)).toEqual({ sessions: 0, attempts: 0, rateBuckets: 0, drafts: 0 });
  });
});
