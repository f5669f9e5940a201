// Tests for reanchor on Jake Sullivan's quote in the Nhật Tân article: edits before, inside and after it, deletion, NFD.
import { describe, expect, it } from "vitest";
import { reanchor } from "./reanchor";
import type { Anchor } from "./selectors";
import { anchorAt, expectFound, expectOrphaned, NEW_PARAGRAPH, nhattan, SULLIVAN } from "./test-support";

const sullivan = anchorAt(nhattan, "", SULLIVAN);
const sullivanAt = sullivan.position.start;

describe("reanchor: Jake Sullivan's quote in the Nhật Tân article", () => {
  it("stays put on the unchanged body", () => {
    const result = reanchor(nhattan, sullivan);
    expectFound(result, "position", nhattan, SULLIVAN, sullivanAt);
    expect(result.score).toBe(1);
  });

  it("is found by quote, offsets shifted, when a paragraph is inserted before it", () => {
    const body = NEW_PARAGRAPH + nhattan;
    expectFound(reanchor(body, sullivan), "quote", body, SULLIVAN, sullivanAt + NEW_PARAGRAPH.length);
  });

  it("is found by quote when text before it in the same sentence is shortened", () => {
    const body = nhattan.replace("nói với các phóng viên hôm Thứ Ba rằng", "nói hôm Thứ Ba rằng");
    expectFound(reanchor(body, sullivan), "quote", body, SULLIVAN, sullivanAt - "với các phóng viên ".length);
  });

  it("stays by position when the body is edited after it", () => {
    const body = nhattan.replace("Khi được hỏi liệu ông có thể xác nhận", "Khi được hỏi liệu ông ấy có thể xác nhận") + "\n\nCập nhật lúc 10 giờ.";
    expectFound(reanchor(body, sullivan), "position", body, SULLIVAN, sullivanAt);
  });

  it("stays by position when the words right after it change", () => {
    const body = nhattan.replace("Triều Tiên, và họ sẽ phải trả giá", "Triều Tiên. Họ sẽ phải trả giá");
    expectFound(reanchor(body, sullivan), "position", body, SULLIVAN, sullivanAt);
  });

  it("stays by position, being the only occurrence, even when the words either side of it are rewritten", () => {
    const { prefix } = sullivan.quote;
    const rewritten = "nói rằng bán đạn pháo và tên lửa cho Nga sẽ khiến “".slice(-prefix.length);
    expect(rewritten).toHaveLength(prefix.length);
    const body = nhattan.replace(prefix + SULLIVAN + ", và họ", `${rewritten}${SULLIVAN}. Bình Nhưỡng`);
    const result = reanchor(body, sullivan);
    expect(result.status).toBe("position");
    expect(body.slice(result.anchor?.position.start, result.anchor?.position.end)).toBe(SULLIVAN);
    expect(result.anchor?.position.start).toBe(sullivanAt);
    expect(result.score).toBeLessThan(0.75); // context alone would not have vouched for it
  });

  it("matches fuzzily, with the new text as exact, when one word inside it changes", () => {
    const edited = SULLIVAN.replace("tốt đẹp", "tốt lành");
    const body = nhattan.replace(SULLIVAN, edited);
    expectFound(reanchor(body, sullivan), "fuzzy", body, edited, sullivanAt);
  });

  it("matches fuzzily after a typo fix inside it, together with an inserted paragraph", () => {
    const typo = anchorAt(nhattan.replace("ảnh hưởng", "ảnh hưỏng"), "", SULLIVAN.replace("ảnh hưởng", "ảnh hưỏng"));
    const body = NEW_PARAGRAPH + nhattan;
    expectFound(reanchor(body, typo), "fuzzy", body, SULLIVAN, sullivanAt + NEW_PARAGRAPH.length);
  });

  it("is orphaned when its sentence is deleted", () => {
    const sentence = nhattan.slice(nhattan.indexOf("Ông Jake Sullivan"), nhattan.indexOf("Mỹ và các đồng minh luôn"));
    expectOrphaned(reanchor(nhattan.replace(sentence, ""), sullivan), "not-found");
  });

  it("is orphaned when the quote is rewritten beyond the error budget", () => {
    const body = nhattan.replace(SULLIVAN, "sẽ gây hậu quả nghiêm trọng cho Triều Tiên");
    expectOrphaned(reanchor(body, sullivan), "not-found");
  });

  it("honours a smaller error budget", () => {
    const body = nhattan.replace(SULLIVAN, SULLIVAN.replace("tốt đẹp", "tốt lành"));
    expectOrphaned(reanchor(body, sullivan, { maxErrors: 2 }), "not-found");
    expect(reanchor(body, sullivan, { maxErrorRate: 0.2 }).status).toBe("fuzzy");
  });

  it("treats an NFD body as the same text and reports offsets in its NFC form", () => {
    const body = nhattan.normalize("NFD");
    expect(body.length).toBeGreaterThan(nhattan.length);
    expectFound(reanchor(body, sullivan), "position", body, SULLIVAN, sullivanAt);
  });

  it("finds an anchor whose quote and context came in NFD", () => {
    const nfd: Anchor = {
      ...sullivan,
      quote: { ...sullivan.quote, exact: SULLIVAN.normalize("NFD"), prefix: sullivan.quote.prefix.normalize("NFD") },
    };
    expectFound(reanchor(NEW_PARAGRAPH + nhattan, nfd), "quote", NEW_PARAGRAPH + nhattan, SULLIVAN, sullivanAt + NEW_PARAGRAPH.length);
  });

  it("matches fuzzily when a diacritic inside it is changed", () => {
    const edited = SULLIVAN.replace("tốt đẹp", "tôt đep");
    const body = nhattan.replace(SULLIVAN, edited);
    expectFound(reanchor(body, sullivan), "fuzzy", body, edited, sullivanAt);
  });

  it("matches fuzzily when spaces inside it become a double and a non-breaking space", () => {
    const edited = SULLIVAN.replace("ảnh hưởng tốt", "ảnh  hưởng\u00A0tốt");
    const body = nhattan.replace(SULLIVAN, edited);
    expectFound(reanchor(body, sullivan), "fuzzy", body, edited, sullivanAt);
  });

  it("is found by quote when only the spaces between sentences before it change", () => {
    const [head, tail] = [nhattan.slice(0, sullivanAt), nhattan.slice(sullivanAt)];
    const body = head.replaceAll(". ", ".  ") + tail;
    const shift = head.split(". ").length - 1;
    expect(shift).toBeGreaterThan(0);
    expectFound(reanchor(body, sullivan), "quote", body, SULLIVAN, sullivanAt + shift);
  });

  it("orphans an anchor without a quote", () => {
    expectOrphaned(reanchor(nhattan, { ...sullivan, quote: { ...sullivan.quote, exact: "" } }), "invalid");
  });

  it("finds the quote even when the stored offsets are garbage", () => {
    const garbage: Anchor = { ...sullivan, position: { type: "TextPositionSelector", start: Number.NaN, end: -4 } };
    expectFound(reanchor(nhattan, garbage), "quote", nhattan, SULLIVAN, sullivanAt);
  });
});
