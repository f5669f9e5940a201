// Lines around a story's text that say who made it or what it is, not what happened: a wire's name alone under the
// text, a translator's line, a column's standing note above the text. Each family with near misses that must stay.
import { describe, expect, it } from "vitest";
import { parseImport } from "./parse-import";

const EN_HEAD = "The Daily Planet\nHome\nWorld\nUkraine talks stall as winter sets in\nDecember 4, 2026\nTalks between the two sides stalled on Thursday as officials traded blame over the collapse of a ceasefire plan.\n";
const EN_LAST = "The foreign ministry said it would continue to seek a diplomatic solution despite the setbacks of recent weeks.";
const EN_FOOT = "\nTags: Ukraine, Russia\nCopyright 2026 The Daily Planet";
const VI_HEAD = "Báo Điện tử Hà Nội\nThế giới\nHàn Quốc và Nhật Bản thảo luận về hợp tác an ninh\n04/12/2026 09:15\nBộ Ngoại giao Hàn Quốc ngày 4/12 cho biết hai nước đã nhất trí tăng cường hợp tác an ninh trong khu vực.\n";
const VI_LAST = "Theo thông báo, hai bên sẽ tổ chức các cuộc họp định kỳ cấp thứ trưởng để trao đổi về tình hình bán đảo Triều Tiên.";
const VI_FOOT = "\nTin liên quan\nBản quyền thuộc về Báo Hà Nội";

const en = (tail: string) => parseImport(EN_HEAD + tail + EN_FOOT, "planet.txt")[0]!;
const vi = (tail: string) => parseImport(VI_HEAD + tail + VI_FOOT, "hanoi.txt")[0]!;

describe("a wire's name alone on the line under the text", () => {
  it("gives the agency for every wire of the list, in capitals as in running case, in both languages", () => {
    for (const [line, wire] of [["AFP", "AFP"], ["AP", "AP"], ["Reuters", "Reuters"], ["Kyodo", "Kyodo"], ["Yonhap", "Yonhap"], ["XINHUA", "Xinhua"], ["Associated Press", "AP"]] as const) {
      const a = en(`${EN_LAST}\n${line}`);
      expect(a.agency, line).toBe(wire);
      expect(a.body.endsWith("recent weeks."), line).toBe(true);
      const b = vi(`${VI_LAST}\n${line}`);
      expect(b.agency, line).toBe(wire);
      expect(b.body.endsWith("Triều Tiên."), line).toBe(true);
    }
  });

  it("never reads a sentence that merely ends with a wire's name, nor a picture's credit under a caption with no full stop", () => {
    const said = en("The foreign ministry said it would continue to seek a diplomatic solution, the minister told AFP.");
    expect(said.agency).toBeNull();
    expect(said.body).toContain("the minister told AFP.");
    const pictured = en(`${EN_LAST}\nSoldiers stand guard outside the ministry in Kyiv on Thursday\nAFP`);
    expect(pictured.agency).toBeNull();
    expect(pictured.body.endsWith("recent weeks.")).toBe(true);
  });
});
