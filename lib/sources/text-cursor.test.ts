import { describe, expect, it } from "vitest";
import { moveCursor, segmentsOf, sentenceAt } from "./text-cursor";

const first = "Hãng KCNA cho biết ông Kim đã tới Vostochny. Cuộc gặp kéo dài hai giờ.";
const second = "Nhà Trắng nói Triều Tiên gửi đạn pháo cho Nga.";
const blocks = [
  { text: first, start: 0 },
  { text: "Ảnh: ông Kim tại sân bay.", start: null },
  { text: second, start: first.length + 2 },
];
const body = `${first}\n\n${second}`;
const sentences = segmentsOf(blocks, "sentence");
const words = segmentsOf(blocks, "word");
const text = (span: { start: number; end: number } | null) => (span ? body.slice(span.start, span.end) : null);

describe("text cursor", () => {
  it("splits Vietnamese blocks into sentences in body offsets, leaving captions out", () => {
    expect(sentences.map(text)).toEqual(["Hãng KCNA cho biết ông Kim đã tới Vostochny.", "Cuộc gặp kéo dài hai giờ.", second]);
  });

  it("finds words without punctuation, with tone marks kept whole", () => {
    expect(words.slice(0, 4).map(text)).toEqual(["Hãng", "KCNA", "cho", "biết"]);
  });

  it("moves sentence by sentence with next and previous, starting at the first", () => {
    const one = moveCursor(null, "next", sentences, words);
    expect(text(one)).toBe(sentences.map(text)[0]);
    const two = moveCursor(one, "next", sentences, words);
    expect(text(two)).toBe("Cuộc gặp kéo dài hai giờ.");
    expect(text(moveCursor(two, "next", sentences, words))).toBe(second);
    expect(text(moveCursor(two, "previous", sentences, words))).toBe(text(one));
    expect(moveCursor(one, "previous", sentences, words)).toEqual(one);
  });

  it("extends by a sentence across blocks and shrinks back", () => {
    const two = moveCursor(moveCursor(null, "next", sentences, words), "next", sentences, words);
    const across = moveCursor(two, "extendSentence", sentences, words);
    expect(text(across)).toBe(`Cuộc gặp kéo dài hai giờ.\n\n${second}`);
    expect(moveCursor(across, "shrinkSentence", sentences, words)).toEqual(two);
  });

  it("extends and shrinks by a word, never below one word", () => {
    const one = moveCursor(null, "next", sentences, words)!;
    const shorter = moveCursor(one, "shrinkWord", sentences, words);
    expect(text(shorter)).toBe("Hãng KCNA cho biết ông Kim đã tới");
    expect(text(moveCursor(shorter, "extendWord", sentences, words))).toBe("Hãng KCNA cho biết ông Kim đã tới Vostochny");
    let cursor = shorter;
    for (let i = 0; i < 20; i++) cursor = moveCursor(cursor, "shrinkWord", sentences, words);
    expect(text(cursor)).toBe("Hãng");
  });

  it("starts from the sentence holding a mouse selection", () => {
    expect(text(sentenceAt(sentences, body.indexOf("kéo dài")))).toBe("Cuộc gặp kéo dài hai giờ.");
  });
});
