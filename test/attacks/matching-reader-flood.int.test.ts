// The reader's margin ranked a source's every sentence on every view: a 2,000,000-character source cost 2.7 s of the
// server's one thread a view, so one editor reloading it in a few tabs (or a script with their cookie) kept the whole
// desk and the public site waiting. The ranking is now made once per body version and shared by every view, and the
// "match again" button runs once at a time per account.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listSourceMatching, matchSource, MATCHING_UNDER_WAY } from "@/lib/matching/suggestions";
import { rankBody } from "@/lib/matching/check-worthy-cache";
import { createClaim } from "@/lib/claims/create-claim";
import { makeUser } from "@/test/factories";

const SENTENCES = [
  "Bộ Quốc phòng Mỹ cáo buộc Triều Tiên đã chuyển {n} container đạn dược cho Nga theo hiệp ước.",
  "Trời hôm nay đẹp và mọi người đi dạo trong công viên số {n} rất đông.",
  "Theo nguồn tin, có thể {n} tên lửa đã được bàn giao cho Moscow vào tuần trước.",
];
const longBody = (chars: number) => {
  const parts: string[] = [];
  for (let i = 0, length = 0; length < chars; i++) {
    const sentence = SENTENCES[i % 3]!.replace("{n}", String(i));
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join(" ");
};

async function storeSource(body: string) {
  return getDb().source.create({
    data: { title: "Nguồn dài", language: "vi", body, blocks: [], raw: body, contentHash: randomBytes(16).toString("hex"), fingerprint: "" },
    select: { id: true },
  });
}

const elapsed = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

describe("the reader's margin on a long source", () => {
  it("ranks a source once for any number of views at once, and each view gets what a fresh ranking gives", async () => {
    const editor = await makeUser();
    const body = longBody(300_000);
    const [warm, first, second] = [await storeSource(longBody(50_000)), await storeSource(body), await storeSource(`${body} `)];
    await listSourceMatching(editor, warm.id); // compiled before anything is timed
    const one = await elapsed(() => listSourceMatching(editor, first.id));
    const views: Awaited<ReturnType<typeof listSourceMatching>>[] = [];
    const ten = await elapsed(async () => views.push(...(await Promise.all(Array.from({ length: 10 }, () => listSourceMatching(editor, second.id))))));
    // Ten views ranked ten times took ten times one view; shared, about one.
    expect(ten, `one view ${one.toFixed(0)} ms, ten at once ${ten.toFixed(0)} ms`).toBeLessThan(4 * one);
    const fresh = (await rankBody(body)).slice(0, 20).map(({ start, end, score }) => ({ start, end, score }));
    for (const view of views) expect(view.candidates.map(({ start, end, score }) => ({ start, end, score }))).toEqual(fresh);
  }, 60_000);

  it("leaves out a sentence once it is a quote of a claim, though its ranking was kept", async () => {
    const editor = await makeUser();
    const body = longBody(4_000);
    const source = await storeSource(body);
    const before = await listSourceMatching(editor, source.id);
    const top = before.candidates[0]!;
    await createClaim(editor, { text: top.text, kind: "ARMS_TRANSFER", appearance: { sourceId: source.id, start: top.start, end: top.end, exact: top.text } });
    const after = await listSourceMatching(editor, source.id);
    expect(after.candidates.map((c) => c.start)).not.toContain(top.start);
    expect(after.candidates[0]).toEqual(before.candidates[1]);
  });

  it("runs one account's matching once at a time: a second click while the first runs is refused", async () => {
    const editor = await makeUser();
    const source = await storeSource(longBody(100_000));
    const results = await Promise.allSettled([matchSource(editor, { sourceId: source.id }), matchSource(editor, { sourceId: source.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "RATE_LIMITED", message: MATCHING_UNDER_WAY } });
    // Once it has ended, the next click runs.
    await expect(matchSource(editor, { sourceId: source.id })).resolves.toMatchObject({ stored: expect.any(Number) });
  }, 60_000);
});
