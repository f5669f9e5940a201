// Tests for describeAnchor and verifyAnchor on the sample bodies: context, offsets, refusals, surrogate pairs.
import { describe, expect, it } from "vitest";
import { describeAnchor, isCodePointBoundary, MAX_QUOTE_LENGTH, normalizeBody, verifyAnchor, type Anchor } from "./selectors";
import { LONE_SURROGATE, nhattan, SULLIVAN } from "./test-support";

const sullivanAt = nhattan.indexOf(SULLIVAN);

function withQuote(anchor: Anchor, quote: Partial<Anchor["quote"]>): Anchor {
  return { ...anchor, quote: { ...anchor.quote, ...quote } };
}

describe("describeAnchor", () => {
  it("quotes Jake Sullivan's words with 32 code units of context either side", () => {
    const anchor = describeAnchor(nhattan, sullivanAt, sullivanAt + SULLIVAN.length);
    expect(anchor.quote).toEqual({
      type: "TextQuoteSelector",
      exact: SULLIVAN,
      prefix: "g việc cung cấp vũ khí cho Nga “",
      suffix: ", và họ sẽ phải trả giá cho điều",
    });
    expect(anchor.position).toEqual({ type: "TextPositionSelector", start: sullivanAt, end: sullivanAt + SULLIVAN.length });
    expect(nhattan.slice(anchor.position.start, anchor.position.end)).toBe(SULLIVAN);
  });

  it("counts offsets in UTF-16 code units of the NFC body, as the sample body already is", () => {
    expect(normalizeBody(nhattan)).toBe(nhattan);
    // "ả" is one code unit in NFC and two in NFD: offsets after it differ between the forms.
    expect(SULLIVAN.length).toBe(47);
    expect(SULLIVAN.normalize("NFD").length).toBeGreaterThan(47);
  });

  it("shortens prefix and suffix at the edges of the body", () => {
    const first = describeAnchor(nhattan, 0, 12);
    expect(first.quote.exact).toBe("Theo Reuters");
    expect(first.quote.prefix).toBe("");
    const end = nhattan.length;
    const last = describeAnchor(nhattan, end - 10, end);
    expect(last.quote.suffix).toBe("");
    expect(last.quote.exact).toBe(nhattan.slice(end - 10));
    const near = describeAnchor(nhattan, 5, 12);
    expect(near.quote.prefix).toBe("Theo ");
  });

  it("takes another context length when asked", () => {
    const anchor = describeAnchor(nhattan, sullivanAt, sullivanAt + SULLIVAN.length, 8);
    expect(anchor.quote.prefix).toBe("ho Nga “");
    expect(anchor.quote.suffix).toBe(", và họ ");
  });

  it("never cuts a surrogate pair at the edge of the context", () => {
    const body = `Ảnh 🙂 ${"a".repeat(30)}Kim Jong Un${"b".repeat(30)} 🚀 hết`;
    const start = body.indexOf("Kim");
    // 32 units before "Kim" starts on the low half of 🙂; 32 after ends on the high half of 🚀.
    expect(isCodePointBoundary(body, start - 32)).toBe(false);
    expect(isCodePointBoundary(body, start + 11 + 32)).toBe(false);
    const anchor = describeAnchor(body, start, start + 11);
    expect(anchor.quote.prefix).toBe(` ${"a".repeat(30)}`);
    expect(anchor.quote.suffix).toBe(`${"b".repeat(30)} `);
    expect(LONE_SURROGATE.test(anchor.quote.prefix + anchor.quote.suffix)).toBe(false);
    expect(verifyAnchor(body, anchor)).toEqual({ ok: true });
  });

  it("never throws on bad offsets: it keeps them as given, for verifyAnchor to refuse", () => {
    for (const [start, end] of [[-1, 4], [0, nhattan.length + 1], [10, 5], [1.5, 4], [Number.NaN, 4]] as const) {
      const anchor = describeAnchor(nhattan, start, end);
      expect(anchor.position).toEqual({ type: "TextPositionSelector", start, end });
      expect(verifyAnchor(nhattan, anchor)).toEqual({ ok: false, reason: "out-of-range" });
    }
    expect(describeAnchor(nhattan, -1, 4).quote.exact).toBe("Theo");
  });

  it("describes an NFD body in its NFC form", () => {
    const anchor = describeAnchor(nhattan.normalize("NFD"), sullivanAt, sullivanAt + SULLIVAN.length);
    expect(anchor.quote.exact).toBe(SULLIVAN);
    expect(verifyAnchor(nhattan, anchor)).toEqual({ ok: true });
  });
});

describe("verifyAnchor", () => {
  const good = describeAnchor(nhattan, sullivanAt, sullivanAt + SULLIVAN.length);

  it("accepts an anchor described from the body", () => {
    expect(verifyAnchor(nhattan, good)).toEqual({ ok: true });
  });

  it("accepts anchors on every paragraph of the sample", () => {
    let at = 0;
    for (const paragraph of nhattan.split("\n\n")) {
      const anchor = describeAnchor(nhattan, at, at + paragraph.length);
      expect(verifyAnchor(nhattan, anchor)).toEqual({ ok: true });
      at += paragraph.length + 2;
    }
  });

  it("accepts a body given in NFD, since offsets count in its NFC form", () => {
    expect(verifyAnchor(nhattan.normalize("NFD"), good)).toEqual({ ok: true });
  });

  it("accepts shorter context than 32 code units, and none", () => {
    expect(verifyAnchor(nhattan, withQuote(good, { prefix: "Nga “", suffix: "" }))).toEqual({ ok: true });
  });

  it("refuses an empty selection", () => {
    expect(verifyAnchor(nhattan, describeAnchor(nhattan, sullivanAt, sullivanAt))).toEqual({ ok: false, reason: "empty" });
    expect(verifyAnchor(nhattan, withQuote(good, { exact: "" }))).toEqual({ ok: false, reason: "empty" });
  });

  it("refuses offsets outside the body, reversed or not integers", () => {
    const at = (start: number, end: number): Anchor => ({ ...good, position: { type: "TextPositionSelector", start, end } });
    expect(verifyAnchor(nhattan, at(-1, 10))).toEqual({ ok: false, reason: "out-of-range" });
    expect(verifyAnchor(nhattan, at(nhattan.length - 5, nhattan.length + 5))).toEqual({ ok: false, reason: "out-of-range" });
    expect(verifyAnchor(nhattan, at(400, 300))).toEqual({ ok: false, reason: "out-of-range" });
    expect(verifyAnchor(nhattan, at(Number.NaN, 10))).toEqual({ ok: false, reason: "out-of-range" });
    expect(verifyAnchor(nhattan, at(0.5, 10))).toEqual({ ok: false, reason: "out-of-range" });
  });

  it("refuses a quote longer than 2000 code units", () => {
    const long = `${nhattan} `.repeat(2).slice(0, MAX_QUOTE_LENGTH + 1);
    expect(verifyAnchor(long, describeAnchor(long, 0, MAX_QUOTE_LENGTH + 1))).toEqual({ ok: false, reason: "too-long" });
    expect(verifyAnchor(long, describeAnchor(long, 0, MAX_QUOTE_LENGTH))).toEqual({ ok: true });
  });

  it("refuses an exact that is not the text at the offsets", () => {
    expect(verifyAnchor(nhattan, withQuote(good, { exact: SULLIVAN.replace("tốt đẹp", "tốt lành") }))).toEqual({
      ok: false,
      reason: "quote-mismatch",
    });
    const shifted: Anchor = { ...good, position: { type: "TextPositionSelector", start: sullivanAt + 1, end: sullivanAt + 48 } };
    expect(verifyAnchor(nhattan, shifted)).toEqual({ ok: false, reason: "quote-mismatch" });
  });

  it("refuses an exact in NFD, which is not the NFC text at the offsets", () => {
    expect(verifyAnchor(nhattan, withQuote(good, { exact: SULLIVAN.normalize("NFD") }))).toEqual({ ok: false, reason: "quote-mismatch" });
  });

  it("refuses a prefix or suffix that is not the surrounding text", () => {
    expect(verifyAnchor(nhattan, withQuote(good, { prefix: "cho Mỹ “" }))).toEqual({ ok: false, reason: "quote-mismatch" });
    expect(verifyAnchor(nhattan, withQuote(good, { suffix: ", và Nga" }))).toEqual({ ok: false, reason: "quote-mismatch" });
    const atStart = describeAnchor(nhattan, 0, 4);
    expect(verifyAnchor(nhattan, withQuote(atStart, { prefix: "x" }))).toEqual({ ok: false, reason: "quote-mismatch" });
  });

  it("refuses offsets that split an emoji's surrogate pair", () => {
    const body = `${nhattan.slice(0, 40)} 🙂 ${nhattan.slice(40, 80)}`;
    const emoji = body.indexOf("🙂");
    const split = describeAnchor(body, emoji + 1, emoji + 10);
    expect(verifyAnchor(body, split)).toEqual({ ok: false, reason: "out-of-range" });
    const splitEnd = describeAnchor(body, emoji - 5, emoji + 1);
    expect(verifyAnchor(body, splitEnd)).toEqual({ ok: false, reason: "out-of-range" });
    const whole = describeAnchor(body, emoji - 5, emoji + 2);
    expect(whole.quote.exact.endsWith("🙂")).toBe(true);
    expect(verifyAnchor(body, whole)).toEqual({ ok: true });
  });
});
