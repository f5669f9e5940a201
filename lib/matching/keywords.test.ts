import { describe, expect, it } from "vitest";
import { aliasExpansions, keyWords, words } from "./keywords";

describe("key words", () => {
  it("folds diacritics and drops stop words", () => {
    expect([...keyWords("Cả Nga và Triều Tiên đều chỉ trích những cáo buộc này")].filter((k) => !k.includes("_")).sort()).toEqual(["buoc", "cao", "nga", "tien", "trich", "trieu"]);
  });

  it("checks stop words before folding: khi (when) is one, khí (in vũ khí) is not", () => {
    expect([...keyWords("khi vũ khí")]).toEqual(["vu", "vu_khi", "khi"]);
  });

  it("pairs neighbouring syllables into words", () => {
    const keys = keyWords("đàm phán vũ khí");
    expect(keys.has("dam_phan")).toBe(true);
    expect(keys.has("vu_khi")).toBe(true);
    expect(keys.has("phan_vu")).toBe(true);
  });

  it("writes numbers one way: 1.000 = 1000 = một nghìn = 1 nghìn; 1,5 triệu = 1500000", () => {
    for (const text of ["1.000 quả đạn", "1000 quả đạn", "một nghìn quả đạn", "1 nghìn quả đạn", "one thousand shells", "1,000 shells"]) expect(words(text)[0]).toBe("1000");
    expect(words("1,5 triệu viên")[0]).toBe("1500000");
    expect(words("hai triệu")[0]).toBe("2000000");
  });

  it("keeps Triều Tiên a name, not a number (triệu and Triều fold alike)", () => {
    expect(words("ba Triều Tiên")).toEqual(["ba", "triều", "tiên"]);
    expect(keyWords("Triều Tiên").has("trieu_tien")).toBe(true);
  });

  it("leaves a lone number word a word: năm is also 'year'", () => {
    expect(words("năm nay")).toEqual(["năm", "nay"]);
  });

  it("expands a claimant's alias to its name: ông Kim ~ Kim Jong Un", () => {
    const aliases = aliasExpansions([{ name: "Kim Jong Un", aliases: ["Kim Jong-un", "ông Kim"] }]);
    const keys = keyWords("ông Kim đến Nga", aliases);
    for (const k of ["kim", "jong", "un", "kim_jong", "jong_un"]) expect(keys.has(k)).toBe(true);
  });

  it("expands place names that stand for a country: Bình Nhưỡng ~ Triều Tiên, Moscow ~ Nga", () => {
    const keys = keyWords("Bình Nhưỡng và Moscow");
    expect(keys.has("trieu_tien")).toBe(true);
    expect(keys.has("nga")).toBe(true);
  });
});
