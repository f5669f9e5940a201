// A cursor past the end of the ClaimReview feed or the corrections log (`p:1`, under each `limit` from 1 to 100: a
// hundred addresses, each kept apart by nginx) read PostgreSQL each time for an empty page. The oldest position each
// list holds is now read once until the next publication (it never goes down, positions rising in commit order), and
// a cursor at or before it is answered empty without a read. Counted in statements run.
import { describe, expect, it } from "vitest";
import { claimReviewFeedForApi, encodeCursor } from "@/lib/public/api";
import { makeUser, publishClaim } from "@/test/factories";
import { statementsRunBy } from "@/test/statements-run";

const feed = (cursor: string | null, limit?: number) => {
  const params = new URLSearchParams();
  if (cursor) params.set("cursor", cursor);
  if (limit) params.set("limit", String(limit));
  return claimReviewFeedForApi(params, "http://localhost");
};

describe("an API cursor past the end of its list", () => {
  it("is answered empty without a read, under every limit, until the next publication", async () => {
    const editor = await makeUser({ role: "EDITOR" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    await publishClaim(editor, reviewer, { text: "Xà lan chở than cập bến Cẩm Phả lúc nửa đêm", kind: "OTHER" });
    const past = encodeCursor({ before: 1n });
    expect((await feed(past)).dataFeedElement).toEqual([]);
    const flood = await statementsRunBy(async () => {
      for (let limit = 1; limit <= 50; limit++) {
        const answer = await feed(past, limit);
        expect(answer.dataFeedElement).toEqual([]);
        expect(answer.nextCursor).toBeNull();
      }
    });
    expect(flood, "statements for 50 addresses past the end").toEqual([]);
    // A cursor inside the list is read, and its page is the list's.
    const first = await feed(null, 1);
    expect(first.dataFeedElement).toHaveLength(1);
    expect(await statementsRunBy(async () => void (await feed(first.nextCursor, 1)))).toHaveLength(1);
    // The last page's cursor, walked to, is past the end too.
    let cursor = first.nextCursor;
    for (let page = 0; cursor && page < 10_000; page++) cursor = (await feed(cursor, 100)).nextCursor;
    expect(cursor).toBeNull();
    // A publication: the oldest position read again, once.
    await publishClaim(editor, reviewer, { text: "Xà lan thứ hai chở than cập bến Cẩm Phả lúc rạng sáng", kind: "OTHER" });
    const after = await statementsRunBy(async () => {
      for (let limit = 1; limit <= 5; limit++) expect((await feed(past, limit)).dataFeedElement).toEqual([]);
    });
    expect(after).toHaveLength(1);
    expect(after[0]).toMatch(/min\(o\.position\)/);
  });
});
