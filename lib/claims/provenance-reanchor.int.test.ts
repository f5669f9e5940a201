// Where a filled attribute value came from follows its source's text like the claim's quotes do: when an editor
// corrects the text, each selection is found again word for word and its offsets move; one whose words are gone
// is marked, keeps its value, and can be kept on a later save but never invented.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser, rejection } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { editSourceBody } from "@/lib/sources/edit-source-body";
import { createClaim } from "./create-claim";
import { updateClaim } from "./update-claim";
import { provenanceOf } from "./attribute-selection";
import { PROVENANCE_MISMATCH } from "./attribute-provenance";
import type { AttributeProvenance } from "./attributes";

const BODY = "Các nhà phân tích cho rằng Triều Tiên có thể có hàng chục triệu quả đạn pháo cho quân đội Nga.\n\nMột đoạn khác không được trích dẫn.";
const QUOTE = "Triều Tiên có thể có hàng chục triệu quả đạn pháo cho quân đội Nga";
const LEAD = "Theo tin mới nhất hôm nay, ";

let editor: Actor;
let source: { id: string; bodyVersion: number };
let claimId: string;

beforeEach(async () => {
  editor ??= await makeUser({ role: "EDITOR" });
  source = await getDb().source.create({
    data: { title: "Đạn pháo", language: "vi", body: BODY, blocks: [], raw: BODY, contentHash: randomUUID(), fingerprint: randomUUID() },
    select: { id: true, bodyVersion: true },
  });
  const start = BODY.indexOf(QUOTE);
  claimId = (await createClaim(editor, { text: `Triều Tiên chuyển đạn pháo cho Nga ${randomUUID()}`, kind: "ARMS_TRANSFER", appearance: { sourceId: source.id, start, end: start + QUOTE.length, exact: QUOTE } })).id;
  const a = await getDb().appearance.findFirstOrThrow({ where: { claimId } });
  const quote = { id: a.id, sourceId: a.sourceId, exact: a.exact, prefix: a.prefix, suffix: a.suffix, start: a.start };
  const at = (words: string) => provenanceOf(quote, QUOTE.indexOf(words), QUOTE.indexOf(words) + words.length);
  await save({ supplier: "Triều Tiên", recipient: "Nga", quantity: "hàng chục triệu", materiel: "ARTILLERY_SHELLS", provenance: JSON.stringify({ supplier: at("Triều Tiên"), recipient: at("Nga"), quantity: at("hàng chục triệu"), materiel: at("đạn pháo") }) });
});

async function save(attributes: Record<string, unknown>) {
  const current = await getDb().claim.findUniqueOrThrow({ where: { id: claimId } });
  return updateClaim(editor, { id: claimId, version: current.version, text: current.text, kind: "ARMS_TRANSFER", attributes });
}

async function stored() {
  const claim = await getDb().claim.findUniqueOrThrow({ where: { id: claimId } });
  const attributes = claim.attributes as Record<string, unknown> & { provenance: Record<string, AttributeProvenance> };
  return { attributes, provenance: attributes.provenance, version: claim.version };
}

async function edit(body: string) {
  const result = await editSourceBody(editor, { id: source.id, bodyVersion: source.bodyVersion, body });
  source = { id: source.id, bodyVersion: result.bodyVersion };
  return result;
}

describe("attribute provenance after a source text edit", () => {
  it("moves each selection's offsets with the text when its words are still there", async () => {
    const before = await stored();
    const result = await edit(`${LEAD}${BODY}`);
    const body = `${LEAD}${BODY}`;
    const { provenance, version } = await stored();
    for (const [field, words] of [["supplier", "Triều Tiên"], ["recipient", "Nga"], ["quantity", "hàng chục triệu"], ["materiel", "đạn pháo"]] as const) {
      const p = provenance[field]!;
      expect(p).toMatchObject({ exact: words, start: body.indexOf(words, LEAD.length), end: body.indexOf(words, LEAD.length) + words.length });
      expect(p.orphaned).toBeUndefined();
      expect(body.slice(p.start, p.end)).toBe(words);
      expect(p.start).toBe(before.provenance[field]!.start + LEAD.length);
    }
    expect(result.provenance).toEqual({ moved: 4, orphaned: 0 });
    // The claim changed under any open form: a save from before the edit meets a conflict, not a stale selection.
    expect(version).toBe(before.version + 1);
    // The moved selections pass the server's check as they are: the form saves them again unchanged.
    const again = await stored();
    await save({ ...again.attributes, materiel: "ARTILLERY_SHELLS", quantity: "hàng chục triệu", provenance: JSON.stringify(again.provenance) });
    expect((await stored()).provenance.supplier!.start).toBe(body.indexOf("Triều Tiên"));
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { objectId: source.id, action: "source.editBody" }, orderBy: { createdAt: "desc" } });
    expect((audit.after as { provenance: unknown }).provenance).toEqual({ moved: 4, orphaned: 0 });
  });

  it("marks a selection whose words are gone, keeps its value, and leaves the others anchored", async () => {
    // A small correction inside the quote: the quote is found again (a close match), the quantity's words are gone.
    const body = BODY.replace("hàng chục triệu", "hàng chục nghìn");
    const result = await edit(body);
    const { attributes, provenance } = await stored();
    expect(provenance.quantity).toMatchObject({ exact: "hàng chục triệu", orphaned: true });
    expect(attributes.quantity).toMatchObject({ text: "hàng chục triệu" });
    expect(provenance.supplier).toMatchObject({ exact: "Triều Tiên", start: body.indexOf("Triều Tiên") });
    expect(provenance.supplier!.orphaned).toBeUndefined();
    expect(result.provenance).toEqual({ moved: 3, orphaned: 1 });
  });

  it("marks every selection of a quote that could not be found again", async () => {
    await edit("Một bài viết hoàn toàn khác, không còn câu nào của bản cũ.");
    const { provenance } = await stored();
    expect(Object.values(provenance).map((p) => p.orphaned)).toEqual([true, true, true, true]);
    expect((await getDb().appearance.findFirstOrThrow({ where: { claimId } })).status).toBe("ORPHANED");
  });

  it("keeps a marked selection on a later save, but refuses one marked or changed by the form", async () => {
    await edit(BODY.replace("hàng chục triệu", "hàng chục nghìn"));
    const { attributes, provenance } = await stored();
    const kept = { ...attributes, materiel: "ARTILLERY_SHELLS", quantity: "hàng chục triệu", provenance: JSON.stringify(provenance) };
    await save(kept);
    expect((await stored()).provenance.quantity).toMatchObject({ exact: "hàng chục triệu", orphaned: true });
    // A mark the server did not set (on an anchored selection), or a marked selection altered, is not taken.
    for (const forged of [{ ...provenance, supplier: { ...provenance.supplier!, orphaned: true } }, { ...provenance, quantity: { ...provenance.quantity!, exact: "hàng tỷ quả đạn", end: provenance.quantity!.start + "hàng tỷ quả đạn".length } }]) {
      const refused = await rejection(save({ ...kept, provenance: JSON.stringify(forged) }));
      expect(refused.code).toBe("INVALID");
      expect(Object.values(refused.details?.fieldErrors ?? {})).toEqual([[PROVENANCE_MISMATCH]]);
    }
  });

  it("leaves claims that quote other sources alone", async () => {
    const other = await createClaim(editor, { text: `Nga nhận đạn pháo ${randomUUID()}`, kind: "ARMS_TRANSFER", attributes: { supplier: "Triều Tiên" } });
    const before = await getDb().claim.findUniqueOrThrow({ where: { id: other.id }, select: { version: true, attributes: true } });
    await edit(`${LEAD}${BODY}`);
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: other.id }, select: { version: true, attributes: true } })).toEqual(before);
  });
});
