// Test support for lib/anchoring: the sample bodies, read through parseImport, and assertions on reanchor results.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { parseImport } from "../sources/parse-import";
import type { ReanchorResult } from "./reanchor";
import { describeAnchor, verifyAnchor, type Anchor } from "./selectors";

const load = (name: string) => parseImport(readFileSync(new URL(`../../fixtures/articles/${name}`, import.meta.url), "utf8"), name);

/** The Nhật Tân article on the Russia–North Korea arms talks (one source). */
export const nhattan = load("nhattan-2023-09-arms-talks.txt")[0]?.body ?? "";
/** The 26 sources of the dossier "Thế chiến quốc: Bắc Triều Tiên". */
export const dossier = load("dossier-the-chien-quoc-bac-trieu-tien-1.txt");
/** "Kim Jong Un: Tăng cường quan hệ với Nga là “ưu tiên tuyệt đối”…": seven mentions of Kim Jong Un. */
export const kimBody = dossier[16]?.body ?? "";

/** Jake Sullivan, quoted in the first paragraph of the Nhật Tân article. */
export const SULLIVAN = "sẽ không có ảnh hưởng tốt đẹp gì cho Triều Tiên";
export const KIM = "Kim Jong Un";
export const NEW_PARAGRAPH = "Ghi chú của biên tập viên: bài viết đã được cập nhật.\n\n";
/** A lone surrogate half anywhere in a string. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The anchor of `quote` where it follows `before` in `body`. */
export function anchorAt(body: string, before: string, quote: string): Anchor {
  const at = body.indexOf(before + quote);
  if (at < 0) throw new Error(`not in the sample: ${before}${quote}`);
  const start = at + before.length;
  return describeAnchor(body, start, start + quote.length);
}

/** Asserts the result found `text` at `start` of the NFC form of `body`, with a valid fresh anchor. */
export function expectFound(result: ReanchorResult, status: "position" | "quote" | "fuzzy", body: string, text: string, start: number): void {
  expect(result.status).toBe(status);
  const anchor = result.anchor as Anchor;
  const nfc = body.normalize("NFC");
  expect(nfc.slice(anchor.position.start, anchor.position.end)).toBe(text);
  expect(anchor.position.start).toBe(start);
  expect(anchor.quote.exact).toBe(text);
  expect(verifyAnchor(nfc, anchor)).toEqual({ ok: true });
  expect(result.score).toBeGreaterThanOrEqual(0.75);
}

export function expectOrphaned(result: ReanchorResult, reason: "invalid" | "not-found" | "ambiguous"): void {
  expect(result).toMatchObject({ status: "orphaned", reason });
  expect(result.anchor).toBeUndefined();
}
