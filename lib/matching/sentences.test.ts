import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("sentences of a body", () => {
  it("splits after a full stop before a capital and keeps offsets into the body", () => {
    const body = "Ông Putin gặp ông Kim hôm 13/9. Hai bên thảo luận về vũ khí.\n\nMỹ cáo buộc Triều Tiên cung cấp đạn dược!";
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual(["Ông Putin gặp ông Kim hôm 13/9.", "Hai bên thảo luận về vũ khí.", "Mỹ cáo buộc Triều Tiên cung cấp đạn dược!"]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not split numbers, abbreviations or initials", () => {
    const body = "Triều Tiên gửi 1.000 container tới TP. Hồ Chí Minh theo ông J. Smith, 2,5 triệu USD.";
    expect(splitSentences(body)).toHaveLength(1);
  });

  it("reads the cleaner's abbreviations: a title and a month before its day end nothing, a number's shorthand before a capital does", () => {
    expect(splitSentences("The summit on Dec. 3 ended with a treaty. Gen. Kim Yong Bok attended the talks.").map((s) => s.text)).toEqual(["The summit on Dec. 3 ended with a treaty.", "Gen. Kim Yong Bok attended the talks."]);
    expect(splitSentences("Asked about the shells, he answered No. Then the minister left the room.").map((s) => s.text)).toEqual(["Asked about the shells, he answered No.", "Then the minister left the room."]);
    expect(splitSentences("The decree No. 5 of 2026 names the ships.")).toHaveLength(1);
  });

  it("keeps a closing quote with its sentence", () => {
    const body = "Ông nói: “Chúng tôi sẽ hợp tác.” Sau đó ông rời đi.";
    expect(splitSentences(body).map((s) => s.text)).toEqual(["Ông nói: “Chúng tôi sẽ hợp tác.”", "Sau đó ông rời đi."]);
  });

  it("leaves out fragments too short to state anything", () => {
    expect(splitSentences("VOA\n\nNga và Triều Tiên bác bỏ cáo buộc.")).toEqual([{ start: 5, end: 39, text: "Nga và Triều Tiên bác bỏ cáo buộc." }]);
  });
});
