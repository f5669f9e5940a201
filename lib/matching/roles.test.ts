import { describe, expect, it } from "vitest";
import { compareRoles, rolesOf } from "./roles";
import { keyWords } from "./keywords";

const transfer = (text: string) => {
  const r = rolesOf(text);
  return { transfer: r.transfer, suppliers: [...r.suppliers], recipients: [...r.recipients] };
};

describe("who supplies whom", () => {
  it("reads the supplier and the recipient of active, reversed and passive wordings, in Vietnamese and English", () => {
    const northKoreaToRussia = { transfer: true, suppliers: ["trieu_tien"], recipients: ["nga"] };
    for (const text of [
      "Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine",
      "Washington cáo buộc Bình Nhưỡng chuyển đạn pháo cho Moscow",
      "Moscow nhận đạn pháo từ Bình Nhưỡng",
      "Nga mua hàng triệu quả đạn pháo của Triều Tiên",
      "Nga được Bình Nhưỡng cung cấp đạn dược",
      "Điện Kremlin được cung cấp đạn pháo từ Bắc Hàn",
      "The White House accused Pyongyang of providing artillery shells to Moscow",
      "Russia received artillery shells from North Korea",
      "Russia was supplied with shells by North Korea",
    ]) {
      expect(transfer(text), text).toEqual(northKoreaToRussia);
    }
    expect(transfer("Nga cung cấp công nghệ tên lửa cho Triều Tiên")).toEqual({ transfer: true, suppliers: ["nga"], recipients: ["trieu_tien"] });
    expect(transfer("Mỹ viện trợ thêm đạn pháo cho Ukraine")).toEqual({ transfer: true, suppliers: ["my"], recipients: ["ukraine"] });
  });

  it("reads the recipient of a passive only from the subject or a cho/to, not from any actor after the verb", () => {
    expect(transfer("Artillery shells supplied by Pyongyang are being fired by Russian forces in Ukraine")).toEqual({ transfer: true, suppliers: ["trieu_tien"], recipients: [] });
    expect(transfer("Đạn pháo được Bình Nhưỡng cung cấp cho Nga")).toEqual({ transfer: true, suppliers: ["trieu_tien"], recipients: ["nga"] });
    // A noun between "được" and the verb is no passive: "bảo đảm được nguồn cung cấp đạn pháo cho cuộc chiến ở Ukraina".
    expect(transfer("Nga bảo đảm được nguồn cung cấp đạn pháo cho cuộc chiến ở Ukraina")).toEqual({ transfer: true, suppliers: ["nga"], recipients: ["ukraine"] });
  });

  it("gives a role to nobody known when a person fills it, rather than to a country farther off", () => {
    expect(transfer("Các quan chức Mỹ và Hàn Quốc lo ngại rằng ông Kim sẽ cung cấp vũ khí cho Nga")).toEqual({ transfer: true, suppliers: [], recipients: ["nga"] });
  });

  it("keeps roles inside their clause: another transfer later in the sentence is its own", () => {
    const r = transfer("Moscow sẽ cung cấp cho Triều Tiên lương thực, để đổi lấy đạn dược từ Bình Nhưỡng");
    expect(r.suppliers).toContain("nga");
    expect(r.recipients).toEqual(["trieu_tien"]);
  });

  it("does not take other words for a transfer verb (nhận định, xác nhận, bán đảo, ngoại giao, cấp cao, chuyến đi)", () => {
    for (const text of [
      "Giới phân tích nhận định quan hệ Nga – Triều Tiên sẽ còn phát triển",
      "Nga xác nhận chuyến đi của ông Kim",
      "Tên lửa rơi xuống vùng biển phía đông bán đảo Triều Tiên",
      "Quan hệ ngoại giao giữa Nga và Triều Tiên",
      "Đoàn cấp cao của Nga tới Bình Nhưỡng",
    ]) {
      expect(rolesOf(text).transfer, text).toBe(false);
    }
  });
});

describe("who denies", () => {
  it("marks a denial, by its verbs or by calling a statement false, with who denies", () => {
    for (const text of ["Nga và Triều Tiên bác bỏ mọi cáo buộc", "Moscow and Pyongyang have both rejected the allegations", "Điện Kremlin gọi cáo buộc này là vô căn cứ", "Bình Nhưỡng khẳng định không hề bán vũ khí cho Nga"]) {
      const r = rolesOf(text);
      expect(r.deny, text).toBe(true);
      expect([...r.deniers].some((d) => d === "nga" || d === "trieu_tien"), text).toBe(true);
    }
    expect(rolesOf("Triều Tiên cung cấp đạn dược cho Nga").deny).toBe(false);
  });

  it("reads no denial in a negated or declined one: did not deny, chưa phủ nhận, từ chối xác nhận hay phủ nhận", () => {
    for (const text of ["Russia did not deny that it had discussed military cooperation with North Korea", "Russia didn't deny the reports", "Nga chưa phủ nhận thông tin này", "Ông Peskov từ chối xác nhận hay phủ nhận thông tin về thỏa thuận vũ khí", "The Kremlin declined to confirm or deny the reports"]) {
      expect(rolesOf(text).deny, text).toBe(false);
    }
    expect(rolesOf("Nga và Triều Tiên khẳng định không hề có thỏa thuận vũ khí").deny).toBe(true);
    expect(rolesOf("KCNA gọi cáo buộc Bình Nhưỡng bán vũ khí cho Nga là hoàn toàn vô lý").deny).toBe(true);
  });
});

describe("comparing a sentence's roles with a claim's", () => {
  const claim = keyWords("Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine");
  it("agrees, contradicts, misses or says nothing", () => {
    expect(compareRoles(keyWords("Moscow nhận đạn pháo từ Bình Nhưỡng"), claim)).toBe("agrees");
    expect(compareRoles(keyWords("Bình Nhưỡng nhận đạn pháo từ Moscow"), claim)).toBe("contradicts");
    expect(compareRoles(keyWords("Triều Tiên cung cấp đạn pháo cho Iran"), claim)).toBe("contradicts");
    expect(compareRoles(keyWords("Đòn bẩy của Triều Tiên với Nga tăng lên do cuộc chiến ở Ukraine"), claim)).toBe("missing");
    expect(compareRoles(keyWords("Ông Kim sẽ cung cấp vũ khí cho một đối tác"), claim)).toBe("neutral");
  });
});

describe("the two sides of a relation", () => {
  it("reads the sides named after giữa/between, and tells another pair from the claim's", () => {
    expect([...rolesOf("các cuộc đàm phán vũ khí giữa Nga và Triều Tiên").parties].sort()).toEqual(["nga", "trieu_tien"]);
    expect([...rolesOf("talks between Moscow and Pyongyang on weapons").parties].sort()).toEqual(["nga", "trieu_tien"]);
    expect([...rolesOf("giữa Nga với Iran").parties].sort()).toEqual(["iran", "nga"]);
    expect(rolesOf("giữa tháng 9, Nga và Triều Tiên").parties.size).toBe(0);
    const claim = keyWords("Mỹ nói các cuộc đàm phán vũ khí giữa Nga và Triều Tiên đang tích cực tiến triển");
    expect(compareRoles(keyWords("US officials said talks between Russia and Iran on drone supplies are actively advancing"), claim)).toBe("contradicts");
    expect(compareRoles(keyWords("Arms talks between Moscow and Pyongyang are actively advancing"), claim)).not.toBe("contradicts");
    expect(compareRoles(keyWords("Nga và Triều Tiên đẩy mạnh đàm phán vũ khí"), claim)).not.toBe("contradicts");
  });

  it("reads two sides joined by a dash (quan hệ Nga – Triều Tiên, the Russia-North Korea partnership), in a claim as in a sentence", () => {
    for (const text of ["Quan hệ Nga – Triều Tiên đang vi phạm nhiều nghị quyết", "MOSKVA – BÌNH NHƯỠNG VI PHẠM NGHỊ QUYẾT", "the Russia-North Korea partnership"]) {
      expect([...rolesOf(text).parties].sort(), text).toEqual(["nga", "trieu_tien"]);
    }
    expect(rolesOf("Mỹ – Hàn, Nga").parties.size).toBe(0);
    const claim = keyWords("Quan hệ Nga – Triều Tiên đang vi phạm nhiều nghị quyết của Hội đồng Bảo an Liên Hiệp Quốc");
    expect(compareRoles(keyWords("Ông Blinken nói quan hệ giữa Nga và Iran vi phạm nghị quyết của Hội đồng Bảo an"), claim)).toBe("contradicts");
    expect(compareRoles(keyWords("Ông Blinken nói quan hệ giữa Moskva và Bình Nhưỡng vi phạm nghị quyết của Hội đồng Bảo an"), claim)).not.toBe("contradicts");
  });
});
