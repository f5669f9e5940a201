// Tests for reanchor where the quote recurs: Kim Jong Un's seven mentions, all 26 dossier sources, emoji.
import { describe, expect, it } from "vitest";
import { reanchor } from "./reanchor";
import { describeAnchor, type Anchor } from "./selectors";
import { anchorAt, dossier, expectFound, expectOrphaned, KIM, kimBody, LONE_SURROGATE, NEW_PARAGRAPH, nhattan } from "./test-support";

describe("reanchor: Kim Jong Un, mentioned seven times in one dossier article", () => {
  const mentions: number[] = [];
  for (let i = kimBody.indexOf(KIM); i !== -1; i = kimBody.indexOf(KIM, i + 1)) mentions.push(i);

  it("has seven mentions to tell apart", () => {
    expect(mentions).toHaveLength(7);
  });

  it("keeps every mention by position when the body is edited after all of them", () => {
    const body = `${kimBody}\n\nBài viết có sử dụng thông tin từ AFP.`;
    for (const at of mentions) expectFound(reanchor(body, describeAnchor(kimBody, at, at + KIM.length)), "position", body, KIM, at);
  });

  it("finds each mention by its context after a paragraph is inserted before them", () => {
    const body = NEW_PARAGRAPH + kimBody;
    for (const at of mentions) {
      expectFound(reanchor(body, describeAnchor(kimBody, at, at + KIM.length)), "quote", body, KIM, at + NEW_PARAGRAPH.length);
    }
  });

  it("chooses the mention with the right context over a new one nearer the old offsets", () => {
    const anchor = anchorAt(kimBody, "Trong bài phát biểu khai mạc, ông ", KIM);
    const inserted = "Theo AFP, ông Kim Jong Un mỉm cười. ";
    const body = kimBody.replace("Trong bài phát biểu khai mạc", `${inserted}Trong bài phát biểu khai mạc`);
    expectFound(reanchor(body, anchor), "quote", body, KIM, anchor.position.start + inserted.length);
  });

  it("does not take another mention that lands on the old offsets by coincidence", () => {
    const [first, second] = mentions as [number, number];
    const anchor = describeAnchor(kimBody, second, second + KIM.length);
    const filler = "x".repeat(second - first - 2) + "\n\n";
    const body = filler + kimBody;
    expect(body.slice(second, second + KIM.length)).toBe(KIM); // the first mention now sits there
    expectFound(reanchor(body, anchor), "quote", body, KIM, second + filler.length);
  });

  it("matches fuzzily when this mention gains a hyphen while the others stay exact", () => {
    const anchor = anchorAt(kimBody, "Trong bài phát biểu khai mạc, ông ", KIM);
    const body = kimBody.replace("khai mạc, ông Kim Jong Un", "khai mạc, ông Kim Jong-Un");
    expectFound(reanchor(body, anchor), "fuzzy", body, "Kim Jong-Un", anchor.position.start);
  });

  it("is orphaned, not moved to another mention, when its paragraph is deleted", () => {
    const anchor = anchorAt(kimBody, "13/09/2023, lãnh đạo Bắc Triều Tiên ", KIM);
    const firstParagraph = kimBody.slice(0, kimBody.indexOf("\n\n") + 2);
    // The last paragraph still says "…lãnh đạo Bắc Triều Tiên Kim Jong Un…": same prefix words, other sentence.
    expect(kimBody.indexOf(`lãnh đạo Bắc Triều Tiên ${KIM}`, anchor.position.end)).toBeGreaterThan(0);
    expectOrphaned(reanchor(kimBody.replace(firstParagraph, ""), anchor), "not-found");
  });

  it("is orphaned when a split sentence makes two mentions equally plausible", () => {
    const anchor = anchorAt(kimBody, "Trong bài phát biểu khai mạc, ông ", KIM);
    const body = kimBody.replace(
      "khai mạc, ông Kim Jong Un đã nhấn mạnh",
      "khai mạc, ông Kim Jong Un cảm ơn chủ nhà. Sau đó, ông Kim Jong Un đã nhấn mạnh",
    );
    expectOrphaned(reanchor(body, anchor), "ambiguous");
  });

  it("stays by position when its paragraph is duplicated after itself", () => {
    const anchor = anchorAt(kimBody, "Trong bài phát biểu khai mạc, ông ", KIM);
    const paragraph = kimBody.slice(kimBody.indexOf("Trong bài phát biểu"), kimBody.indexOf("Cuộc gặp ở sân bay"));
    const body = kimBody.replace(paragraph, paragraph + paragraph);
    expectFound(reanchor(body, anchor), "position", body, KIM, anchor.position.start);
  });

  it("takes the copy nearer the old offsets when an identical paragraph appears and everything shifts", () => {
    const anchor = anchorAt(kimBody, "Trong bài phát biểu khai mạc, ông ", KIM);
    const paragraph = kimBody.slice(kimBody.indexOf("Trong bài phát biểu"), kimBody.indexOf("Cuộc gặp ở sân bay"));
    const body = NEW_PARAGRAPH + kimBody.replace(paragraph, paragraph + paragraph);
    expectFound(reanchor(body, anchor), "quote", body, KIM, anchor.position.start + NEW_PARAGRAPH.length);
  });

  it("follows its paragraph when the paragraph moves to the end", () => {
    const anchor = anchorAt(kimBody, "Trong bài phát biểu khai mạc, ông ", KIM);
    const paragraph = kimBody.slice(kimBody.indexOf("Trong bài phát biểu"), kimBody.indexOf("Cuộc gặp ở sân bay"));
    const body = `${kimBody.replace(paragraph, "")}\n\n${paragraph.trimEnd()}`;
    const moved = body.lastIndexOf("Trong bài phát biểu") + "Trong bài phát biểu khai mạc, ông ".length;
    expectFound(reanchor(body, anchor), "quote", body, KIM, moved);
  });

  it("follows a whole sentence moved into a new paragraph, since a long quote vouches for itself", () => {
    const sentence = "Chủ tịch Bắc Triều Tiên kỳ vọng rằng cuộc gặp này sẽ nâng cấp mối quan hệ hai nước lên tầm cao mới.";
    const anchor = anchorAt(kimBody, "", sentence);
    const body = `${kimBody.replace(` ${sentence}`, "")}\n\n${sentence}`;
    expectFound(reanchor(body, anchor), "quote", body, sentence, body.length - sentence.length);
  });
});

describe("reanchor: every source of the dossier", () => {
  /** The second sentence of the body's second paragraph (or the first one when there is only one). */
  function sentenceOf(body: string): string {
    const paragraphs = body.split("\n\n").filter((p) => p.length > 40);
    const paragraph = paragraphs[1] ?? paragraphs[0] ?? body;
    const sentences = paragraph.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20);
    return sentences[1] ?? sentences[0] ?? paragraph;
  }

  it("finds a sentence of each of the 26 sources after an insertion before it, and orphans it once deleted", () => {
    expect(dossier).toHaveLength(26);
    for (const source of dossier) {
      const quote = sentenceOf(source.body);
      const anchor = anchorAt(source.body, "", quote);
      const inserted = NEW_PARAGRAPH + source.body;
      expectFound(reanchor(inserted, anchor), "quote", inserted, quote, anchor.position.start + NEW_PARAGRAPH.length);
      expectOrphaned(reanchor(source.body.replace(quote, ""), anchor), "not-found");
    }
  });
});

describe("reanchor: surrogate pairs", () => {
  const body = nhattan.replace("“sẽ không có", "🙂 “sẽ không có").replace("cho Triều Tiên,", "cho Triều Tiên 🚀,");
  const quote = "🙂 “sẽ không có ảnh hưởng tốt đẹp gì cho Triều Tiên 🚀";
  const anchor = anchorAt(body, "", quote);

  it("keeps emoji whole when matching exactly", () => {
    const shifted = NEW_PARAGRAPH + body;
    expectFound(reanchor(shifted, anchor), "quote", shifted, quote, anchor.position.start + NEW_PARAGRAPH.length);
  });

  it("never ends a fuzzy match between the halves of a changed emoji", () => {
    // 🚀 (D83D DE80) becomes 🛸 (D83D DEF8): only the low half differs, and a match could stop after the high half.
    const edited = quote.replace("🚀", "🛸").replace("🙂", "😀");
    const changed = body.replace(quote, edited);
    const result = reanchor(changed, anchor);
    expectFound(result, "fuzzy", changed, edited, anchor.position.start);
    expect(LONE_SURROGATE.test(result.anchor?.quote.exact ?? "")).toBe(false);
  });

  it("snaps a fuzzy match that would end between the halves of an emoji to the whole emoji", () => {
    // Without context to prefer one, "…Kim Jong-Un 🚀" vs "…Kim Jong-Un 🛸" matches with one error both up to
    // the high half of 🛸 (dropping the low half) and through the whole 🛸; the first must not be taken as is.
    const withRocket = nhattan.replace("Kim Jong-Un đang", "Kim Jong-Un 🚀 đang");
    const start = withRocket.indexOf("Kim Jong-Un 🚀");
    const bare: Anchor = {
      quote: { type: "TextQuoteSelector", exact: "Kim Jong-Un 🚀", prefix: "", suffix: "" },
      position: { type: "TextPositionSelector", start, end: start + "Kim Jong-Un 🚀".length },
    };
    const changed = withRocket.replace("🚀", "🛸");
    const result = reanchor(changed, bare, { threshold: 0.5 });
    expect(result.status).toBe("fuzzy");
    expect(result.anchor?.quote.exact).toBe("Kim Jong-Un 🛸");
    expect(changed.slice(result.anchor?.position.start, result.anchor?.position.end)).toBe("Kim Jong-Un 🛸");
  });

  it("never starts a fuzzy match between the halves of an emoji when the quote starts after one", () => {
    const plain = anchorAt(body, "🙂 ", "“sẽ không có ảnh hưởng tốt đẹp");
    const changed = body.replace("🙂 “sẽ không", "🙂“sẽ khong");
    const result = reanchor(changed, plain);
    expect(result.status).toBe("fuzzy");
    const exact = result.anchor?.quote.exact ?? "";
    expect(LONE_SURROGATE.test(exact + (result.anchor?.quote.prefix ?? ""))).toBe(false);
    expect(exact.endsWith("tốt đẹp")).toBe(true);
  });
});
