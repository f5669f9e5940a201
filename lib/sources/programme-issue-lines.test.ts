// A broadcaster's page around its player: a programme's numbered issues and episodes, a transcript's sound cues, the
// download link, the "Now playing" label, an audio's length, and the headings over the station's other programmes
// ("Watch more", "Xem thêm các chương trình", "Nghe tiếp", "Các số khác của chương trình"), with the lines that look
// like them and must stay.
import { describe, expect, it } from "vitest";
import { isFurnitureLine, isTailMarker } from "./clean";
import { decodeImportFile, parseImport } from "./parse-import";
import { isPlayerNotice } from "./player-notices";

const VI1 = "Hãng hàng không Nga Nordwind bắt đầu lịch bay mùa đông giữa Moskva và Bình Nhưỡng từ ngày 18/11, với hai chuyến mỗi tuần.";
const VI2 = "Cơ quan hàng không dân dụng Nga cho biết số hành khách trên đường bay này từ khi mở lại năm 2025 đã vượt 14.000 lượt.";
const EN1 = "Russian carrier Nordwind began its winter schedule between Moscow and Pyongyang on Wednesday, with two flights a week.";
const EN2 = "Russia's civil aviation agency said the route has carried more than 14,000 passengers since it reopened in 2025.";
const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a programme's issues, a transcript's cues and a player's labels", () => {
  it("go, in Vietnamese and English", () => {
    for (const line of [
      "Bản tin thế giới 6h30 - Số 318",
      "Góc nhìn quốc tế - Tập 145",
      "All Things Considered - Episode 2291",
      "Asia Today | Ep. 12 - 17/11/2026",
      "[NHẠC]",
      "[Nhạc hiệu]",
      "[MUSIC]",
      "(Applause)",
      "Tải xuống",
      "Download",
      "Now playing: Summit News 7 at Noon (Nov. 17)",
      "Nghe audio 01:32",
      "Video: Bản tin thời sự tối 20/11",
    ])
      expect(isPlayerNotice(line), line).toBe(true);
  });

  it("leave headlines and sentences that name an episode, a cue or a download", () => {
    for (const line of [
      "Tập 2 của loạt phim về Bình Nhưỡng gây chú ý",
      "Episode 12 of the series was filmed in Vladivostok, the producers said.",
      "Nhạc nền của bộ phim do một nhạc sĩ Nga sáng tác.",
      "[NHẠC] và tiếng vỗ tay vang lên khi đoàn tới nơi.",
      "Download speeds in Pyongyang remain among the slowest in the world.",
      "Video cho thấy đoàn tàu đi qua cầu Hữu Nghị.",
    ])
      expect(isPlayerNotice(line), line).toBe(false);
  });

  it("take a station's headings over its other programmes as the end of the text, and the programmes under them", () => {
    for (const line of ["Watch more", "Watch more from Summit News 7 at Noon", "Xem thêm các chương trình", "Nghe tiếp", "Các số khác của chương trình"]) expect(isTailMarker(line), line).toBe(true);
    for (const line of ["Watch more closely, analysts said", "Nghe tiếp câu chuyện của ông, nhiều người xúc động"]) expect(isTailMarker(line), line).toBe(false);
    expect(isFurnitureLine("Tải xuống")).toBe(true);
  });

  it("keep a copy with no blank lines its text, the player's lines and the list of issues out of it", () => {
    const vi = parse(["Nga - Triều Tiên mở lại đường bay mùa đông", "18/11/2026 06:30", "Nghe audio 01:32", VI1, VI2, "Minh Tâm (Theo TASS)", "Tải xuống", "Các số khác của chương trình", "Bản tin thế giới 6h30 - Số 318", ""].join("\n"));
    const viText = vi?.blocks.map((b) => b.text).join("\n") ?? "";
    expect(viText).toContain(VI2);
    for (const gone of ["Tải xuống", "Số 318", "Nghe audio"]) expect(viText, gone).not.toContain(gone);
    expect(vi?.agency).toBe("TASS");
    const en = parse(["Winter flights link Moscow and Pyongyang", "November 18, 2026 6:04 PM", "", EN1, "", "[MUSIC]", "", EN2, "", "Watch more", "", "UN Security Council meets on Russia-North Korea arms claims", ""].join("\n"));
    const enText = en?.blocks.map((b) => b.text).join("\n") ?? "";
    expect(enText).toContain(EN2);
    for (const gone of ["[MUSIC]", "Security Council meets"]) expect(enText, gone).not.toContain(gone);
  });
});
