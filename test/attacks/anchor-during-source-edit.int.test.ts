// A quote attached from the reader at the moment a colleague corrects that source's text. The quote was checked
// against the text as it was, and written after the correction had re-anchored every quote of the source: it then
// pointed at offsets of the old text, its words no longer there, and was never marked as needing re-anchoring.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser } from "@/test/factories";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { addAppearance } from "@/lib/claims/add-appearance";
import { editSourceBody } from "@/lib/sources/edit-source-body";

const QUOTE = "ảnh vệ tinh cho thấy đoàn tàu rời cảng Rajin";
const BODY = `Các nhà phân tích nói ${QUOTE} vào tháng Chín.\n\nMột đoạn khác về đạn pháo được chuyển sang Nga.`;

describe("a quote attached while its source's text is corrected", () => {
  it("is checked against the corrected text or re-anchored with the rest, never left on the old offsets", async () => {
    const editor = await makeUser();
    const colleague = await makeUser();
    for (let round = 0; round < 8; round++) {
      const source = await getDb().source.create({ data: { title: "Tin", language: "vi", body: BODY, blocks: [], raw: BODY, contentHash: randomUUID(), fingerprint: randomUUID() } });
      const claim = await createClaim(editor, { text: `Triều Tiên chuyển đạn pháo cho Nga, vòng ${round}`, kind: "ARMS_TRANSFER" });
      const anchor = { sourceId: source.id, start: BODY.indexOf(QUOTE), end: BODY.indexOf(QUOTE) + QUOTE.length, exact: QUOTE };
      // The correction puts a sentence before the quote, so every offset after it moves.
      const corrected = `Cập nhật: tin đã được kiểm tra lại.\n\n${BODY}`;
      await Promise.allSettled([
        addEvidence(colleague, { kind: "source", claimId: claim.id, stance: "SUPPORTS", anchor }),
        addAppearance(colleague, { claimId: claim.id, ...anchor }),
        editSourceBody(editor, { id: source.id, bodyVersion: 1, body: corrected }),
      ]);
      const { body, bodyVersion } = await getDb().source.findUniqueOrThrow({ where: { id: source.id } });
      const quotes = [...(await getDb().evidence.findMany({ where: { sourceId: source.id, status: "ANCHORED" } })), ...(await getDb().appearance.findMany({ where: { sourceId: source.id, status: "ANCHORED" } }))];
      for (const q of quotes) {
        expect(body.slice(q.start!, q.end!)).toBe(q.exact);
        expect(q.bodyVersion).toBe(bodyVersion);
      }
    }
  });
});
