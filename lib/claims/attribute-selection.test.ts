// Filling attribute fields from words selected in a quote: dates read into the form's shape, names added to
// lists, quantities as stated, and the selection anchored in the quote's source.
import { describe, expect, it } from "vitest";
import { attributesSchema } from "./attributes";
import { dateFromSelection, foldWords, materielFromSelection, provenanceOf, valueFromSelection } from "./attribute-selection";

describe("dateFromSelection", () => {
  it.each([
    ["13/9/2023", "2023-09-13"],
    ["ngày 13 tháng 9 năm 2023", "2023-09-13"],
    ["September 13, 2023", "2023-09-13"],
    ["tháng 9/2023", "2023-09"],
    ["tháng 9 năm 2023", "2023-09"],
    ["9/2023", "2023-09"],
    ["September 2023", "2023-09"],
    ["năm 2023", "2023"],
    ["2023-09", "2023-09"],
  ])("reads %s as %s", (selected, expected) => {
    expect(dateFromSelection(selected)).toBe(expected);
  });

  it("finds no date in words without one, and no month out of range (only the year)", () => {
    expect(dateFromSelection("hàng chục triệu quả đạn pháo")).toBeNull();
    expect(dateFromSelection("13/2023")).toBe("2023");
  });
});

describe("valueFromSelection", () => {
  it("adds a country to a list field's names once, and keeps a quantity as stated", () => {
    expect(valueFromSelection("supplier", "Triều Tiên", "")).toBe("Triều Tiên");
    expect(valueFromSelection("supplier", " Nga, ", "Triều Tiên")).toBe("Triều Tiên, Nga");
    expect(valueFromSelection("supplier", "nga", "Triều Tiên, Nga")).toBe("Triều Tiên, Nga");
    expect(valueFromSelection("quantity", "hàng chục  triệu", "100")).toBe("hàng chục triệu");
  });

  it("gives a date field a date or nothing", () => {
    expect(valueFromSelection("periodFrom", "ngày 13/9/2023", "")).toBe("2023-09-13");
    expect(valueFromSelection("when", "quân đội Nga", "2023")).toBeNull();
  });
});

describe("provenanceOf", () => {
  const quote = { id: "5f0c3a44-7d64-4d33-9d2a-1b2c3d4e5f60", sourceId: "6a1d4b55-8e75-4e44-8e3b-2c3d4e5f6071", exact: "Triều Tiên có hàng chục triệu quả đạn pháo", prefix: "Các nhà phân tích cho rằng ", suffix: " và tên lửa", start: 1000 };

  it("anchors the selected words in the source, with context from the quote around them", () => {
    const from = quote.exact.indexOf("hàng chục triệu");
    const p = provenanceOf(quote, from, from + "hàng chục triệu".length);
    expect(p).toMatchObject({ appearanceId: quote.id, sourceId: quote.sourceId, exact: "hàng chục triệu", start: 1000 + from, end: 1000 + from + 15 });
    expect(`${p.prefix}${p.exact}${p.suffix}`).toBe(`${quote.prefix}${quote.exact}${quote.suffix}`.slice(quote.prefix.length + from - p.prefix.length, quote.prefix.length + from + 15 + p.suffix.length));
    expect(p.prefix.endsWith("Triều Tiên có ")).toBe(true);
    expect(p.suffix.startsWith(" quả đạn pháo và tên lửa")).toBe(true);
  });

  it("is kept by the attribute schema for a filled field and dropped for an empty one", () => {
    const p = provenanceOf(quote, 0, 10);
    const parsed = attributesSchema("ARMS_TRANSFER").parse({ supplier: "Triều Tiên", provenance: JSON.stringify({ supplier: p, recipient: p }) });
    expect(parsed.provenance).toEqual({ supplier: p });
    expect(attributesSchema("ARMS_TRANSFER").safeParse({ supplier: "x", provenance: { supplier: { ...p, end: p.end + 3 } } }).success).toBe(false);
    expect(attributesSchema("ARMS_TRANSFER").safeParse({ supplier: "x", provenance: { treaty: p } }).success).toBe(false);
  });
});

describe("materielFromSelection", () => {
  it.each([
    ["hàng chục triệu quả đạn pháo", ["ARTILLERY_SHELLS"]],
    ["DAN PHAO", ["ARTILLERY_SHELLS"]],
    ["millions of artillery shells", ["ARTILLERY_SHELLS"]],
    ["máy bay không người lái Shahed", ["DRONES"]],
    ["Iranian drones and ballistic missiles", ["BALLISTIC_MISSILES", "DRONES"]],
    ["tên lửa đạn đạo KN-23 và đạn dược", ["BALLISTIC_MISSILES", "AMMUNITION"]],
    ["tên lửa hành trình", ["CRUISE_MISSILES"]],
    ["công nghệ vệ tinh quân sự", ["SATELLITE_TECHNOLOGY"]],
    ["công nghệ tên lửa và hạt nhân", ["MISSILE_TECHNOLOGY", "NUCLEAR_TECHNOLOGY"]],
    ["khoảng 10.000 binh sĩ", ["TROOPS"]],
    ["xe tăng, xe bọc thép và hệ thống phòng không", ["ARMOURED_VEHICLES", "AIR_DEFENCE"]],
    ["rốc-két và pháo phản lực", ["ROCKETS"]],
    ["súng trường tấn công", ["SMALL_ARMS"]],
    ["tàu chiến và máy bay chiến đấu", ["AIRCRAFT", "SHIPS"]],
  ])("reads %s", (selected, expected) => {
    expect(materielFromSelection(selected)).toEqual(expected);
  });

  it("matches whole words, a longer name before the shorter one inside it, and ticks nothing for words naming none", () => {
    // "máy bay không người lái" is a drone, not an aircraft; "tàu hỏa" a train, not a ship.
    expect(materielFromSelection("máy bay không người lái")).toEqual(["DRONES"]);
    expect(materielFromSelection("chở bằng tàu hỏa qua Rajin")).toEqual([]);
    // "tên lửa" alone could be a rocket or a missile of either kind: the editor ticks it.
    expect(materielFromSelection("đạn pháo và tên lửa")).toEqual(["ARTILLERY_SHELLS"]);
    // "dân" folds like "đạn" but is not in the list; "tanker" is not "tank".
    expect(materielFromSelection("người dân, tanker, Triều Tiên, Nga")).toEqual([]);
  });

  it("folds diacritics, đ and case, and counts punctuation as a space", () => {
    expect(foldWords("Đạn PHÁO, rốc-két!")).toBe("dan phao roc ket");
  });
});
