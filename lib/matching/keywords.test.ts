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

  it("reads Vietnamese numbers in words: mười ba = 13, hai mươi mốt = 21, and a day or month named in words (ngày mười ba tháng Chín)", () => {
    expect(words("ngày mười ba tháng Chín năm 2023").filter((w) => /^\d+$/.test(w))).toEqual(["13", "9", "2023"]);
    expect(words("hai mươi mốt người")[0]).toBe("21");
    expect(words("tháng mười hai")).toEqual(["tháng", "12"]);
    expect(words("mười nghìn tấn")[0]).toBe("10000");
    // Alone, a number word stays a word: "ông ba", "năm nay".
    expect(words("ông ba")).toEqual(["ông", "ba"]);
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

  it("writes a date one way: 13/9/2023 = 13.9.2023 = 13-9-2023 = September 13, 2023 = 13 Sept. 2023; May is a month only before a number", () => {
    const date = ["13", "9", "2023"];
    for (const text of ["13/9/2023", "13.9.2023", "13.09.2023", "13-9-2023", "ngày 13 tháng 9 năm 2023", "September 13, 2023", "13 Sept. 2023"]) {
      expect(words(text).filter((w) => /^\d+$/.test(w)).sort(), text).toEqual([...date].sort());
    }
    expect(words("on May 5")).toContain("5");
    expect(words("Pyongyang may supply 2 million shells")).toContain("may");
    expect(words("13 may be")).toContain("may");
  });

  it("reads UN and US as abbreviations only in capitals: the Un of Kim Jong Un and the pronoun us are no bodies", () => {
    expect(keyWords("Kim Jong Un").has("lien_hiep")).toBe(false);
    expect(keyWords("they told us").has("my")).toBe(false);
    expect(keyWords("the UN Security Council").has("lien_hiep")).toBe(true);
    expect(keyWords("US officials said").has("my")).toBe(true);
    expect(keyWords("U.S. officials said").has("my")).toBe(true);
  });

  it("reads office titles as the names they stand for: nhà lãnh đạo Triều Tiên, Russian President", () => {
    expect(keyWords("nhà lãnh đạo Triều Tiên").has("kim_jong")).toBe(true);
    expect(keyWords("Tổng thống Nga").has("vladimir_putin")).toBe(true);
    expect(keyWords("the Russian President").has("putin")).toBe(true);
  });

  it("marks a direct question, and the words a negation puts in its scope (to its clause's end, names expanded)", () => {
    expect(keyWords("Liệu ông Kim có gặp ông Putin?").has("~question")).toBe(true);
    expect(keyWords("Ông Kim đã gặp ông Putin, ai cũng hỏi vì sao?”").has("~question")).toBe(true);
    expect(keyWords("Ông Kim gặp ông Putin? Không, ông gặp Lavrov.").has("~question")).toBe(false);
    const negated = keyWords("Sullivan said the US had not seen North Korea supply munitions to Russia, he added");
    expect(negated.has("~not:trieu_tien")).toBe(true);
    expect(negated.has("~not:nga")).toBe(true);
    expect(negated.has("~not:sullivan")).toBe(false);
    expect(negated.has("~not:added")).toBe(false);
    expect(keyWords("Bình Nhưỡng hasn't supplied shells").has("~not:cung_cap")).toBe(true);
  });

  it("reads no negation in không quân (air force), không chỉ (not only), không rõ (unclear), … hay không (or not)", () => {
    for (const text of ["Không quân Nga nhận tên lửa", "không chỉ Nga mà cả Triều Tiên", "không rõ Triều Tiên có gửi đạn", "Triều Tiên có gửi đạn cho Nga hay không", "not only Russia"]) {
      expect(keyWords(text).has("~not"), text).toBe(false);
    }
  });

  it("keeps every syllable of an expanded name: weapons, arms and đạn dược give vũ khí whole (folded, khí is no stop word)", () => {
    for (const text of ["weapons", "arms", "đạn dược"]) {
      const keys = keyWords(text);
      for (const k of ["vu", "khi", "vu_khi"]) expect(keys.has(k), `${text}: ${k}`).toBe(true);
    }
  });

  it("reads every name of a country the roles know (DPRK, White House, Lầu Năm Góc), and a title with any of them", () => {
    expect(keyWords("the DPRK").has("trieu_tien")).toBe(true);
    expect(keyWords("the White House said").has("my")).toBe(true);
    expect(keyWords("Lầu Năm Góc cho biết").has("my")).toBe(true);
    expect(keyWords("Tổng thống Liên bang Nga").has("vladimir_putin")).toBe(true);
    expect(keyWords("Ngoại trưởng Hoa Kỳ").has("antony_blinken")).toBe(true);
    expect(keyWords("Cố vấn An ninh Quốc gia Hoa Kỳ").has("jake_sullivan")).toBe(true);
    expect(keyWords("lãnh đạo Bắc Hàn").has("kim_jong")).toBe(true);
    // The pronoun is no country: "us" is read only in capitals.
    expect(keyWords("they told us").has("my")).toBe(false);
  });

  it("reads no, chẳng, chớ, đừng as negations and a refusal to comment or confirm as one, to its clause's end", () => {
    expect(keyWords("Sullivan said he had seen no sign that arms talks were making progress").has("~not:dam_phan")).toBe(true);
    expect(keyWords("Mỹ cảnh cáo Triều Tiên chớ nên cung cấp vũ khí cho Nga").has("~not:cung_cap")).toBe(true);
    expect(keyWords("Nhà Trắng từ chối bình luận về tiến triển của đàm phán vũ khí").has("~not:tien_trien")).toBe(true);
    expect(keyWords("The Kremlin declined to comment on the talks").has("~not:dam_phan")).toBe(true);
    expect(keyWords("there is no doubt the talks advance").has("~not")).toBe(false);
  });

  it("doubts the whole clause of a time to come (trong thời gian tới, tuần tới, next week), the words before it included", () => {
    const keys = keyWords("Mỹ lo ngại Triều Tiên sẽ cung cấp đạn dược cho Nga trong thời gian tới.");
    for (const k of ["~maybe:cung_cap", "~maybe:trieu_tien", "~maybe:nga"]) expect(keys.has(k), k).toBe(true);
    expect(keyWords("Kim and Putin meet at Vostochny next week").has("~maybe:vostochny")).toBe(true);
    // Only its own clause: a later clause of a time to come leaves the first one stated.
    expect(keyWords("Triều Tiên đã cung cấp đạn dược cho Nga, và Mỹ sẽ họp vào tuần tới").has("~maybe:cung_cap")).toBe(false);
  });

  it("names what a denial denies: the words after it, or its clause's when they name only kinds of statement", () => {
    const denied = (text: string) => [...keyWords(text)].filter((k) => k.startsWith("~denies:")).map((k) => k.slice(8)).sort();
    expect(denied("Nga và Triều Tiên bác bỏ mọi cáo buộc về thỏa thuận vũ khí")).toEqual(["khi", "thoa", "thuan", "vu"]);
    expect(denied("Triều Tiên phủ nhận việc điều binh sĩ sang Nga chiến đấu")).toEqual(["binh", "chien", "dau", "sang", "si"]);
    expect(denied("Cáo buộc về thương vụ vũ khí đã bị cả Nga lẫn Bắc Hàn phủ nhận")).toEqual(["khi", "thuong", "vu"]);
    expect(denied("Cả Nga và Triều Tiên đều bác bỏ những cáo buộc này")).toEqual([]);
  });

  it("names what a denial predicate calls false: the words before it in its clause, or in the sentence before a quote", () => {
    const denied = (text: string) => [...keyWords(text)].filter((k) => k.startsWith("~denies:")).map((k) => k.slice(8)).sort();
    expect(denied("Các thông tin về thương vụ vũ khí với Nga là vô căn cứ")).toEqual(["khi", "thuong", "vu"]);
    expect(denied("Bình Nhưỡng gọi thông tin về việc bán vũ khí cho Nga là \"luận điệu bịa đặt trắng trợn\"")).toEqual(["ban", "goi", "khi", "vu"]);
    // Nothing before it but a pronoun: the rest of the sentence says what.
    expect(denied("\"Đó là điều hoàn toàn vô lý,\" ông nói về cáo buộc mua bán vũ khí")).toEqual(["ban", "khi", "mua", "vu"]);
    // Every denial word is a denial: it adds the words of bác bỏ and phủ nhận.
    for (const k of ["bac_bo", "phu_nhan"]) expect(keyWords("cáo buộc là vô căn cứ").has(k)).toBe(true);
  });

  it("ends no clause at the dots of an abbreviation (U.S., U.N.)", () => {
    const denied = [...keyWords("Russia rejected U.S. claims of an arms deal")].filter((k) => k.startsWith("~denies:"));
    expect(denied).toContain("~denies:deal");
    // A full stop still ends one: "Arms talks advance" is out of the negation's scope.
    expect(keyWords("Moscow did not deny it. Arms talks advance").has("~not:dam_phan")).toBe(false);
    expect(keyWords("Moscow did not deny U.S. reports on arms talks").has("~not:dam_phan")).toBe(true);
  });

  it("puts a clause in a time to come apart (trong thời gian tới, thứ Hai tới, next week), the words before it included", () => {
    const keys = keyWords("Hội đồng Bảo an sẽ bỏ phiếu về một nghị quyết mới vào thứ Hai tới");
    expect(keys.has("~later:nghi_quyet")).toBe(true);
    expect(keyWords("Triều Tiên đã cung cấp đạn dược cho Nga, và Mỹ sẽ họp vào tuần tới").has("~later:cung_cap")).toBe(false);
  });

  it("marks a proper name written with a kind of place (Sân bay Vũ trụ Vostochny, the Vostochny cosmodrome) with the kind's words", () => {
    const place = (text: string) => [...keyWords(text)].filter((k) => k.startsWith("~place:")).sort();
    expect(place("gặp tại Sân bay Vũ trụ Vostochny")).toEqual(["~place:vostochny:bay", "~place:vostochny:bay_vu", "~place:vostochny:san", "~place:vostochny:san_bay", "~place:vostochny:tru", "~place:vostochny:tru_vostochny", "~place:vostochny:vu", "~place:vostochny:vu_tru"]);
    expect(place("met at the Vostochny cosmodrome")).toContain("~place:vostochny:cosmodrome");
    // No name (lower case, a number) after the kind: no place.
    expect(place("tại sân bay vũ trụ hiện đại nhất của Nga")).toEqual([]);
    expect(place("tại sân bay 2")).toEqual([]);
  });

  it("reads a retraction as a negation of what it takes back, to its clause's end", () => {
    expect(keyWords("Nhà Trắng rút lại nhận định rằng đàm phán vũ khí đang tiến triển").has("~not:tien_trien")).toBe(true);
    expect(keyWords("The agency retracted its report that talks advance").has("~not:dam_phan")).toBe(true);
  });

  it("doubts a possibility's whole clause, its subject included: Triều Tiên có thể cung cấp …", () => {
    const keys = keyWords("Bình Nhưỡng có thể sẽ phải cung cấp những vũ khí này, cũng như đạn dược");
    expect(keys.has("~maybe:trieu_tien")).toBe(true);
    expect(keys.has("~maybe:cung_cap")).toBe(true);
    expect(keys.has("~maybe:dan_duoc")).toBe(false);
  });

  it("marks the clause of an indirect question (liệu … hay không, đến mức nào, whether) as asked", () => {
    const keys = keyWords("Mỹ đang theo dõi xem liệu chuyến thăm có mở đường cho việc cung cấp đạn pháo cho Nga hay không.");
    expect(keys.has("~asks:cung_cap")).toBe(true);
    expect(keyWords("Một câu hỏi lớn là Triều Tiên có thể cung cấp đạn dược nhanh đến mức nào.").has("~asks:trieu_tien")).toBe(true);
    expect(keyWords("Washington cáo buộc Triều Tiên cung cấp đạn dược, nhưng không rõ liệu lô hàng đã đến").has("~asks:cung_cap")).toBe(false);
  });
});
