// Where a filled attribute value came from is checked like a quote: the selection must lie in one of the claim's
// anchored quotes and match its source's text; a forged or foreign one is refused beside its field.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser, rejection } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createClaim } from "./create-claim";
import { updateClaim } from "./update-claim";
import { provenanceOf } from "./attribute-selection";
import { PROVENANCE_MISMATCH } from "./attribute-provenance";

const BODY = "Các nhà phân tích cho rằng Triều Tiên có thể có hàng chục triệu quả đạn pháo cho quân đội Nga.\n\nMột đoạn khác không được trích dẫn.";
const QUOTE = "Triều Tiên có thể có hàng chục triệu quả đạn pháo cho quân đội Nga";
let editor: Actor;
let claim: { id: string };
let quote: { id: string; sourceId: string; exact: string; prefix: string; suffix: string; start: number };

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  const source = await getDb().source.create({
    data: { title: "Đạn pháo", language: "vi", body: BODY, blocks: [], raw: BODY, contentHash: randomUUID(), fingerprint: randomUUID() },
  });
  const start = BODY.indexOf(QUOTE);
  claim = await createClaim(editor, { text: "Triều Tiên chuyển đạn pháo cho Nga", kind: "ARMS_TRANSFER", appearance: { sourceId: source.id, start, end: start + QUOTE.length, exact: QUOTE } });
  const a = await getDb().appearance.findFirstOrThrow({ where: { claimId: claim.id } });
  quote = { id: a.id, sourceId: a.sourceId, exact: a.exact, prefix: a.prefix, suffix: a.suffix, start: a.start };
});

async function save(attributes: Record<string, unknown>) {
  const current = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
  return updateClaim(editor, { id: claim.id, version: current.version, text: current.text, kind: "ARMS_TRANSFER", attributes });
}
const at = (words: string) => provenanceOf(quote, QUOTE.indexOf(words), QUOTE.indexOf(words) + words.length);

describe("attribute provenance", () => {
  it("stores a selection inside the claim's quote with the value it filled, as part of the attributes", async () => {
    await save({ supplier: "Triều Tiên", quantity: "hàng chục triệu", provenance: JSON.stringify({ supplier: at("Triều Tiên"), quantity: at("hàng chục triệu") }) });
    const stored = (await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).attributes as { provenance: Record<string, { exact: string; start: number }> };
    expect(stored.provenance.supplier).toMatchObject({ exact: "Triều Tiên", start: BODY.indexOf("Triều Tiên") });
    expect(stored.provenance.quantity).toMatchObject({ exact: "hàng chục triệu", start: BODY.indexOf("hàng chục triệu") });
  });

  it("refuses a selection whose words are not the source's there, or that lies outside the quote, beside its field", async () => {
    const forged = { ...at("Triều Tiên"), exact: "Hàn Quốc X" };
    const outside = provenanceOf({ ...quote, exact: BODY.slice(quote.start - 27, quote.start + 10), start: quote.start - 27 }, 0, 8);
    for (const provenance of [{ supplier: forged }, { supplier: outside }]) {
      const refused = await rejection(save({ supplier: "Triều Tiên", provenance: JSON.stringify(provenance) }));
      expect(refused.code).toBe("INVALID");
      expect(refused.details?.fieldErrors?.["attributes.supplier"]).toEqual([PROVENANCE_MISMATCH]);
    }
  });

  it("refuses a quote of another claim, and any provenance on a claim that has no quote yet", async () => {
    const other = await createClaim(editor, { text: "Một tuyên bố khác về đạn pháo", kind: "ARMS_TRANSFER" });
    const current = await getDb().claim.findUniqueOrThrow({ where: { id: other.id } });
    const refused = await rejection(updateClaim(editor, { id: other.id, version: current.version, text: current.text, kind: "ARMS_TRANSFER", attributes: { supplier: "Triều Tiên", provenance: { supplier: at("Triều Tiên") } } }));
    expect(refused.details?.fieldErrors?.["attributes.supplier"]).toEqual([PROVENANCE_MISMATCH]);
    await rejection(createClaim(editor, { text: "Tuyên bố mới về đạn pháo", kind: "ARMS_TRANSFER", attributes: { supplier: "Triều Tiên", provenance: { supplier: at("Triều Tiên") } } }));
  });
});
