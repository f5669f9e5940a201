// Tests for the one class of Vietnamese letters the importer asks (normalize.ts): every letter Vietnamese writes beyond
// a–z, in both cases, precomposed or decomposed; no letter of English, and none Vietnamese never writes.
import { describe, expect, it } from "vitest";
import { wordOfDomain } from "./domain-name";
import { readableCase } from "./outlet-clues";
import { VIETNAMESE_LETTER, VIETNAMESE_LETTER_CLASS } from "./normalize";

const BASES = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
// no mark, grave, hook above, tilde, acute, dot below
const TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
/** Every marked letter of the alphabet, lower case, in NFC: "à", "ả", …, "ỵ", and "đ". */
const LETTERS = [
  ...new Set(
    BASES.flatMap((b) => TONES.map((t) => (b + t).normalize("NFC")))
      .filter((l) => !/^[a-z]$/.test(l))
      .concat("đ"),
  ),
];

describe("the Vietnamese letter class", () => {
  it("spells out all 67 marked letters and đ of the alphabet", () => expect(LETTERS).toHaveLength(67));

  it.each(LETTERS)("holds %s in both cases, composed and decomposed", (letter) => {
    for (const l of [letter, letter.toUpperCase()]) {
      expect(VIETNAMESE_LETTER.test(l.normalize("NFC")), `${l} NFC`).toBe(true);
      expect(VIETNAMESE_LETTER.test(l.normalize("NFD")), `${l} NFD`).toBe(true);
    }
  });

  it.each(["a", "Z", "ç", "ñ", "ü", "ß", "ø", "ł", "ş", "1", " "])("holds no letter Vietnamese never writes: %s", (c) => {
    expect(VIETNAMESE_LETTER.test(c)).toBe(false);
  });

  it("is a class that composes into other patterns, needing no i flag", () => {
    const word = new RegExp(`^(?:[a-zA-Z]|${VIETNAMESE_LETTER_CLASS})+$`, "u");
    expect(word.test("Nguyễn")).toBe(true);
    expect(word.test("ĐÀ NẴNG".replace(" ", ""))).toBe(true);
    expect(word.test("Müller")).toBe(false);
  });
});

describe("the class's askers", () => {
  it("a page in Vietnamese gives no name from its domain; a page in French still does", () => {
    expect(wordOfDomain("www.slate.com", "Các doanh nghiệp cho biết đã nhận thêm nhiều đơn hàng từ Cairo.")).toBeNull();
    expect(wordOfDomain("www.slate.com", "Le président a déclaré à la presse que la situation était très préoccupante.")).toBe("Slate");
    expect(wordOfDomain("www.slate.com", "The president said the situation was worrying.")).toBe("Slate");
  });

  it("a name in capitals with a Vietnamese letter reads in running case, its short words too", () => {
    expect(readableCase("BÁO SƠN LA")).toBe("Báo Sơn La");
    expect(readableCase("VOA NEWS")).toBe("VOA News");
  });
});
