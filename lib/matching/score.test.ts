import { describe, expect, it } from "vitest";
import { claimantKeys, keyWords } from "./keywords";
import { claimWeights, matchSentence, MATCH_THRESHOLD, MODAL_PENALTY, scoreSentence, type ClaimKeys } from "./score";

const claim = (id: string, text: string, gloss = "", quotes: string[] = []): ClaimKeys => ({ id, wording: keyWords(text), gloss: keyWords(gloss), quotes: quotes.map((q) => keyWords(q)) });
const visit = claim("visit", "Kim Jong Un gặp Vladimir Putin tại Sân bay Vũ trụ Vostochny ngày 13/9/2023", "Kim Jong Un met Vladimir Putin at the Vostochny cosmodrome on 13 September 2023", ["Ông Putin và ông Kim gặp nhau hôm 13/9 tại Sân bay Vũ trụ Vostochny"]);
const denial = claim("denial", "Nga và Triều Tiên bác bỏ mọi cáo buộc về thỏa thuận vũ khí", "Russia and North Korea deny any arms deal");
const allegation = claim("allegation", "Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine");
const claims = [visit, denial, allegation];

describe("scoring a sentence against a claim", () => {
  it("scores a reworded relay above the threshold and explains it in counts", () => {
    const [match] = matchSentence(keyWords("Hôm 13/9/2023, Kim Jong Un đã gặp Tổng thống Putin tại sân bay vũ trụ Vostochny."), claims);
    expect(match?.claimId).toBe("visit");
    expect(match!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(match!.explanation.code).toMatch(/wording|quote/);
    expect(match!.explanation.params.shared).toBeGreaterThan(5);
    expect(match!.explanation.params.shared).toBeLessThanOrEqual(match!.explanation.params.total);
    expect(match!.explanation.params.quotes).toBe(1);
  });

  it("matches an English relay through the gloss", () => {
    const [match] = matchSentence(keyWords("Russia and North Korea have denied any arms deal."), claims);
    expect(match).toMatchObject({ claimId: "denial", explanation: { code: "gloss" } });
  });

  it("never matches an allegation to its denial, whatever words they share", () => {
    const sentence = keyWords("Washington cáo buộc Triều Tiên cấp vũ khí cho Nga");
    expect(scoreSentence(sentence, denial)).toBeNull();
    expect(scoreSentence(keyWords("Nga và Triều Tiên phủ nhận cáo buộc về thỏa thuận vũ khí"), allegation)).toBeNull();
  });

  it("suggests nothing for a sentence on the same topic that states another thing", () => {
    expect(matchSentence(keyWords("Thời tiết ở Vladivostok hôm đó khá đẹp, trời nắng nhẹ."), claims)).toEqual([]);
    expect(matchSentence(keyWords("Nga đã tăng cường sản xuất đạn pháo trong nước từ đầu năm nay."), claims)).toEqual([]);
  });

  it("needs at least three shared key words (a pair of syllables counts as one)", () => {
    expect(scoreSentence(keyWords("ông Putin tới Vostochny"), visit)).toBeNull();
  });

  it("weighs words most claims share less than rarer ones", () => {
    const weight = claimWeights(claims);
    expect(weight("nga")).toBeLessThan(weight("vostochny"));
    expect(weight("never-seen")).toBe(1);
  });

  it("never matches a conditional to a statement: 'nếu … cung cấp' supposes, it does not state", () => {
    expect(scoreSentence(keyWords("Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine"), allegation)).not.toBeNull();
    expect(scoreSentence(keyWords("Nếu Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine"), allegation)).toBeNull();
  });

  it("scores a sentence higher when it names the claim's claimant, by an alias or the country it stands for", () => {
    const claimant = claimantKeys({ name: "Chính phủ Mỹ", aliases: ["Washington", "Nhà Trắng"] });
    const attributed = { ...allegation, claimant };
    for (const who of ["Washington", "Mỹ", "Nhà Trắng"]) {
      const sentence = keyWords(`${who} cáo buộc Triều Tiên cấp vũ khí cho Nga`);
      expect(scoreSentence(sentence, attributed)!.score).toBeGreaterThan(scoreSentence(sentence, allegation)!.score);
    }
    const unnamed = keyWords("Giới phân tích cho rằng Triều Tiên cấp vũ khí cho Nga");
    expect(scoreSentence(unnamed, attributed)!.score).toBe(scoreSentence(unnamed, allegation)!.score);
  });
  it("raises a sentence that puts the claim's parties in its roles, whatever the wording, and never matches reversed roles", () => {
    for (const text of ["Moscow nhận đạn pháo từ Bình Nhưỡng để dùng trong chiến tranh ở Ukraine", "Nga được Triều Tiên cung cấp đạn dược cho chiến tranh ở Ukraine"]) {
      const match = scoreSentence(keyWords(text), allegation);
      expect(match, text).not.toBeNull();
      expect(match!.explanation.params.roles).toBe(1);
    }
    expect(scoreSentence(keyWords("Bình Nhưỡng nhận đạn pháo từ Moscow để dùng trong chiến tranh ở Ukraine"), allegation)).toBeNull();
    expect(scoreSentence(keyWords("Nga cung cấp đạn dược cho Triều Tiên để dùng trong chiến tranh ở Ukraine"), allegation)).toBeNull();
    expect(scoreSentence(keyWords("Mỹ cung cấp đạn dược cho Ukraine để dùng trong chiến tranh với Nga"), allegation)).toBeNull();
  });

  it("lowers a sentence with the claim's parties and its war but no transfer at all", () => {
    const withTransfer = scoreSentence(keyWords("Triều Tiên cung cấp đạn dược cho Nga trong chiến tranh ở Ukraine"), allegation)!;
    const without = scoreSentence(keyWords("Triều Tiên có đạn dược và Nga có chiến tranh ở Ukraine"), allegation);
    expect(without === null || without.score < withTransfer.score).toBe(true);
  });

  it("tells a denial from the allegation it denies (không hề, vô căn cứ, denied), and one denier from another", () => {
    for (const text of ["Bình Nhưỡng khẳng định không hề cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine", "Nga gọi cáo buộc Triều Tiên cung cấp đạn dược cho Nga là vô căn cứ"]) {
      expect(scoreSentence(keyWords(text), allegation), text).toBeNull();
    }
    expect(scoreSentence(keyWords("Moscow và Bình Nhưỡng bác bỏ mọi cáo buộc về thỏa thuận vũ khí"), denial)).not.toBeNull();
    expect(scoreSentence(keyWords("Nhật Bản bác bỏ mọi cáo buộc về thỏa thuận vũ khí với Nga"), denial)).toBeNull();
  });

  it("lets a conditional of no content ('nếu cần thiết') leave the statement stated", () => {
    const sanctions = claim("sanctions", "Quan hệ Nga – Triều Tiên đang vi phạm nhiều nghị quyết của Hội đồng Bảo an Liên Hiệp Quốc");
    const stated = "Quan hệ Nga – Triều Tiên vi phạm nghị quyết của Hội đồng Bảo an Liên Hiệp Quốc";
    expect(scoreSentence(keyWords(`${stated} và sẽ có trừng phạt bổ sung nếu cần thiết`), sanctions)).not.toBeNull();
    expect(scoreSentence(keyWords(`Nếu quan hệ Nga – Triều Tiên tiến triển, nó sẽ vi phạm nghị quyết của Hội đồng Bảo an Liên Hiệp Quốc`), sanctions)).toBeNull();
  });

  it("lowers a sentence that only asks or supposes the claim (có thể, liệu … hay không, could, a question), not one that doubts another clause", () => {
    const stated = scoreSentence(keyWords("Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine"), allegation)!;
    for (const text of [
      "Triều Tiên có thể cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine",
      "Mỹ theo dõi xem liệu Triều Tiên có cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine hay không",
      "North Korea could supply ammunition to Russia for the war in Ukraine",
      "Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine?",
    ]) {
      const doubted = scoreSentence(keyWords(text), allegation);
      expect(doubted === null || doubted.score < stated.score, text).toBe(true);
    }
    const stillStated = scoreSentence(keyWords("Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine, nhưng không rõ liệu có lô hàng nào đã được giao hay không"), allegation)!;
    expect(stillStated.score).toBeGreaterThan(stated.score - MODAL_PENALTY);
    expect(keyWords("Ông Kim có thể đến Nga").has("~maybe")).toBe(true);
    expect(keyWords("Ông Kim đã đến Nga").has("~maybe")).toBe(false);
  });

  it("never matches a direct question to a statement: it asks, it does not state", () => {
    expect(matchSentence(keyWords("Liệu Kim Jong Un có gặp Vladimir Putin tại Sân bay Vũ trụ Vostochny ngày 13/9/2023?"), claims)).toEqual([]);
    expect(matchSentence(keyWords("Is North Korea supplying ammunition to Russia for the war in Ukraine?"), claims)).toEqual([]);
    expect(matchSentence(keyWords("Kim Jong Un gặp Vladimir Putin tại Sân bay Vũ trụ Vostochny ngày 13/9/2023."), claims)[0]?.claimId).toBe("visit");
  });

  it("never matches a negated statement to the claim it negates, and still matches a later clause's negation", () => {
    expect(matchSentence(keyWords("Mỹ chưa thấy Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine."), claims)).toEqual([]);
    expect(matchSentence(keyWords("Officials have not seen North Korea supply ammunition to Russia for the war in Ukraine."), claims)).toEqual([]);
    const stated = matchSentence(keyWords("Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine, dù chưa rõ số lượng, nhưng Nga không xác nhận."), claims);
    expect(stated[0]?.claimId).toBe("allegation");
  });

  it("reads a conditional with one key word of its own as supposing (nếu được ký), an idle one (nếu cần thiết) as not", () => {
    const sanctions = claim("sanctions", "Quan hệ Nga – Triều Tiên đang vi phạm nhiều nghị quyết của Hội đồng Bảo an Liên Hiệp Quốc");
    expect(matchSentence(keyWords("Một thỏa thuận giữa Nga và Triều Tiên, nếu được ký, sẽ vi phạm nhiều nghị quyết của Hội đồng Bảo an Liên Hiệp Quốc."), [sanctions])).toEqual([]);
    expect(matchSentence(keyWords("Quan hệ Nga – Triều Tiên đang vi phạm nhiều nghị quyết của Hội đồng Bảo an Liên Hiệp Quốc và sẽ bị xử lý nếu cần thiết."), [sanctions])[0]?.claimId).toBe("sanctions");
  });

  it("matches a relay that names the people by their titles and writes the date with dots", () => {
    const [match] = matchSentence(keyWords("Nhà lãnh đạo Triều Tiên và Tổng thống Nga đã hội đàm tại sân bay vũ trụ Vostochny hôm 13.9.2023."), claims);
    expect(match?.claimId).toBe("visit");
  });
});


describe("stance of the predicate", () => {
  const talks = claim("talks", "Mỹ nói các cuộc đàm phán vũ khí giữa Nga và Triều Tiên đang tích cực tiến triển", "The US says arms negotiations between Russia and North Korea are actively advancing");
  it("never matches a sentence that states the opposite of the claim's predicate (stalled talks for advancing ones)", () => {
    expect(matchSentence(keyWords("Mỹ nói các cuộc đàm phán vũ khí giữa Nga và Triều Tiên đã rơi vào bế tắc."), [talks])).toEqual([]);
    expect(matchSentence(keyWords("US officials say arms negotiations between Russia and North Korea have stalled."), [talks])).toEqual([]);
    expect(matchSentence(keyWords("Mỹ nói các cuộc đàm phán vũ khí giữa Nga và Triều Tiên đang tích cực tiến triển sau nhiều tháng bế tắc."), [talks])[0]?.claimId).toBe("talks");
  });

  it("reads calling a claim unproven as denying it", () => {
    expect(keyWords("Điện Kremlin nói cáo buộc về thỏa thuận vũ khí là không có bằng chứng").has("~deny")).toBe(true);
    expect(keyWords("Moscow called the allegations groundless").has("~deny")).toBe(true);
  });

  it("matches a denial only to a denial of the same thing: another object denied is another claim", () => {
    expect(scoreSentence(keyWords("Triều Tiên phủ nhận việc điều binh sĩ sang Nga chiến đấu."), denial)).toBeNull();
    expect(scoreSentence(keyWords("Nga bác bỏ cáo buộc của Mỹ về việc vi phạm lệnh trừng phạt dầu mỏ."), denial)).toBeNull();
    for (const text of ["Phía Nga và Triều Tiên đều phủ nhận việc trao đổi vũ khí.", "Cáo buộc về thương vụ vũ khí đã bị cả Nga lẫn Triều Tiên phủ nhận.", "Cả Nga và Triều Tiên đều bác bỏ những cáo buộc này."]) {
      expect(scoreSentence(keyWords(text), denial), text).not.toBeNull();
    }
  });

  it("never matches a negated or declined denial to the denial", () => {
    expect(scoreSentence(keyWords("Russia did not deny any arms deal with North Korea."), denial)).toBeNull();
    expect(scoreSentence(keyWords("Ông Peskov từ chối xác nhận hay phủ nhận thông tin về thỏa thuận vũ khí với Triều Tiên."), denial)).toBeNull();
  });

  it("never matches a sentence whose shared words are mostly in a time to come (a plan, a forecast, a worry about what will be)", () => {
    expect(scoreSentence(keyWords("Mỹ cho biết Triều Tiên cung cấp đạn dược cho Nga."), allegation)).not.toBeNull();
    expect(scoreSentence(keyWords("Mỹ lo ngại Triều Tiên sẽ cung cấp đạn dược cho Nga trong thời gian tới."), allegation)).toBeNull();
    expect(scoreSentence(keyWords("Kim Jong Un will meet Vladimir Putin at the Vostochny cosmodrome next Wednesday."), visit)).toBeNull();
    // A worry without a time to come reports the allegation (the tuning part labels it so).
    expect(scoreSentence(keyWords("Các quan chức Mỹ bày tỏ lo ngại rằng Triều Tiên sẽ cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine."), allegation)).not.toBeNull();
    // Another clause to come leaves the statement stated.
    expect(scoreSentence(keyWords("Triều Tiên đã cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine, và Mỹ sẽ họp về việc này vào tuần tới."), allegation)).not.toBeNull();
  });

  it("reads a denial that calls the thing false after naming it (vô căn cứ, bịa đặt, vô lý, absurd), its object before it", () => {
    for (const text of [
      "Bộ Quốc phòng Triều Tiên tuyên bố các thông tin về thỏa thuận vũ khí với Nga là vô căn cứ.",
      "Bình Nhưỡng gọi thông tin về thỏa thuận vũ khí với Nga là \"luận điệu bịa đặt trắng trợn\".",
      "\"Đó là điều hoàn toàn vô lý,\" một quan chức Triều Tiên nói về cáo buộc thỏa thuận vũ khí với Nga.",
      "North Korea called the allegations of an arms deal with Russia \"absurd\".",
    ]) {
      expect(scoreSentence(keyWords(text), denial), text).not.toBeNull();
    }
    // What it calls false is another thing: another claim.
    expect(scoreSentence(keyWords("Triều Tiên gọi thông tin về việc điều binh sĩ sang Nga là \"bịa đặt\"."), denial)).toBeNull();
  });

  it("reads the other words of a denial: gạt bỏ, bác tin, rejected, dismissed, không có bất kỳ … nào", () => {
    for (const text of [
      "Những cáo buộc về một thỏa thuận vũ khí đã bị cả Nga và Triều Tiên gạt bỏ.",
      "NGA, TRIỀU TIÊN BÁC TIN THỎA THUẬN VŨ KHÍ",
      "Russia and North Korea have both rejected U.S. claims that they agreed an arms deal.",
      "Điện Kremlin khẳng định không có bất kỳ thỏa thuận vũ khí nào giữa Nga và Triều Tiên.",
    ]) {
      expect(scoreSentence(keyWords(text), denial), text).not.toBeNull();
    }
  });

  it("never matches a retraction to what it takes back", () => {
    expect(scoreSentence(keyWords("Washington rút lại cáo buộc Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine."), allegation)).toBeNull();
    expect(scoreSentence(keyWords("The White House retracted its claim that North Korea supplies ammunition to Russia for the war in Ukraine."), allegation)).toBeNull();
  });

  it("never matches a sentence whose shared words are mostly in an indirect question, and still matches one that asks in another clause", () => {
    expect(scoreSentence(keyWords("Hoa Kỳ đang theo dõi xem liệu Triều Tiên có cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine hay không."), allegation)).toBeNull();
    expect(scoreSentence(keyWords("Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine, nhưng không rõ liệu lô hàng đã đến hay chưa."), allegation)).not.toBeNull();
  });

  it("lowers a sentence without the claim's judgement (vi phạm, breach, in violation of): the same body and things with another act", () => {
    const sanctions = claim("sanctions", "Quan hệ Nga – Triều Tiên đang vi phạm nhiều nghị quyết của Hội đồng Bảo an Liên Hiệp Quốc");
    const judged = scoreSentence(keyWords("Hội đồng Bảo an Liên Hợp Quốc nói quan hệ Nga – Triều Tiên vi phạm nhiều nghị quyết."), sanctions)!;
    const other = scoreSentence(keyWords("Hội đồng Bảo an Liên Hợp Quốc nói quan hệ Nga – Triều Tiên cần nhiều nghị quyết."), sanctions)!;
    expect(judged.score - other.score).toBeGreaterThanOrEqual(0.1);
    for (const text of ["The Russia-North Korea partnership is in violation of several UN Security Council resolutions", "Russia's ties with North Korea run counter to UN Security Council resolutions", "Quan hệ Nga – Triều Tiên xâm phạm các nghị quyết của Hội đồng Bảo an"]) {
      expect(keyWords(text).has("vi_pham"), text).toBe(true);
    }
  });

  it("lowers a sentence that names another one of the claim's things by its number (nghị quyết 2397 for nhiều nghị quyết)", () => {
    const sanctions = claim("sanctions", "Quan hệ Nga – Triều Tiên đang vi phạm nhiều nghị quyết của Hội đồng Bảo an Liên Hiệp Quốc");
    const several = scoreSentence(keyWords("Quan hệ Nga – Triều Tiên vi phạm nghị quyết của Hội đồng Bảo an."), sanctions)!;
    const numbered = scoreSentence(keyWords("Quan hệ Nga – Triều Tiên vi phạm nghị quyết 2397 của Hội đồng Bảo an."), sanctions)!;
    expect(several.score - numbered.score).toBeGreaterThanOrEqual(0.1 - 0.03);
    // A number the claim has is the claim's: a date of the visit lowers nothing.
    const dated = scoreSentence(keyWords("Ông Putin gặp ông Kim tại Sân bay Vũ trụ Vostochny, Sept. 13, 2023."), visit)!;
    const undated = scoreSentence(keyWords("Ông Putin gặp ông Kim tại Sân bay Vũ trụ Vostochny."), visit)!;
    expect(dated.score).toBeGreaterThanOrEqual(undated.score);
  });

  it("reads a claim's place named alone (Vostochny for Sân bay Vũ trụ Vostochny) as the whole place, with the claim's act only", () => {
    for (const text of ["Nhà lãnh đạo Triều Tiên hội kiến ông Putin ở Vostochny ngày 13/9/2023.", "Putin and Kim met at the Vostochny launch site on Sept. 13, 2023."]) {
      const match = scoreSentence(keyWords(text), visit);
      expect(match?.score, text).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
      // The explanation counts the words the sentence writes, not the place's kind it stands for.
      expect(match!.explanation.params.shared).toBeLessThanOrEqual([...keyWords(text)].filter((k) => !k.startsWith("~")).length);
    }
    const alone = scoreSentence(keyWords("Kim Jong Un gặp Vladimir Putin tại Vostochny."), visit)!;
    const written = scoreSentence(keyWords("Kim Jong Un gặp Vladimir Putin tại Sân bay Vũ trụ Vostochny."), visit)!;
    expect(alone.score).toBeGreaterThan(written.score - 0.1);
    // Without the act the name is only a place: "ông tới Vostochny" is no meeting there.
    const went = scoreSentence(keyWords("Kim Jong Un tới Vostochny, Vladimir Putin ở Vladivostok."), visit)!;
    const met = scoreSentence(keyWords("Kim Jong Un gặp Vostochny, Vladimir Putin ở Vladivostok."), visit)!;
    expect(met.score - went.score).toBeGreaterThan(0.2);
    expect(matchSentence(keyWords("Ông Kim có tới Vostochny gặp ông Putin không?"), [visit])).toEqual([]);
  });

  it("reads an opposite whose second syllable is a stop word: đàm phán … đã chững lại is not đàm phán … tiến triển", () => {
    const talks = claim("talks", "Mỹ nói các cuộc đàm phán vũ khí giữa Nga và Triều Tiên đang tích cực tiến triển");
    expect(keyWords("đàm phán đã chững lại").has("~phrase:chung_lai")).toBe(true);
    expect(scoreSentence(keyWords("Nhà Trắng cho biết đàm phán vũ khí giữa Nga và Triều Tiên đã chững lại trong những tuần gần đây."), talks)).toBeNull();
    expect(scoreSentence(keyWords("Nhà Trắng cho biết đàm phán vũ khí giữa Nga và Triều Tiên đang tích cực tiến triển."), talks)).not.toBeNull();
  });
});
