// Families of pages read through a platform or an app (the eighty-first and eighty-second corpora's misses): the
// platform's own name, a feed's section and a channel's link are its furniture; the outlet is the publisher it carries.
import { describe, expect, it } from "vitest";
import { classifyLine } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const VI1 = "Một phái đoàn kinh tế Triều Tiên đã tới Vladivostok sáng thứ Hai để dự phiên họp thường niên của ủy ban liên chính phủ về thương mại.";
const VI2 = "Theo chương trình, hai bên sẽ thảo luận việc mở thêm tuyến vận tải hàng hóa bằng đường sắt và tăng số chuyến bay thẳng giữa hai nước.";
const VI3 = "Các nhà quan sát tại Seoul lưu ý rằng đây là lần thứ ba trong năm một phái đoàn cấp bộ trưởng của Bình Nhưỡng tới Viễn Đông Nga.";
const HEADLINE_VI = "Phái đoàn Triều Tiên tới Vladivostok bàn mở thêm tuyến đường sắt";
const EN1 = "The Kremlin on Thursday denied that North Korean troops were being rotated through Russia's Kursk region, saying the reports were unfounded.";
const EN2 = "Kremlin spokesman Dmitry Peskov told reporters that cooperation with North Korea was conducted strictly in line with the defence treaty.";
const EN3 = "Ukraine's military intelligence said last week that about 3,000 North Korean soldiers had arrived in Kursk in November.";
const HEADLINE_EN = "Kremlin denies North Korean troop rotations as Kyiv counts new arrivals";

const parse = (text: string, name = "copy.txt") => parseImport(decodeImportFile(Buffer.from(text), name), name)[0];

describe("a feed's name with its section over a reader's item", () => {
  it("names the outlet before the dash, in Vietnamese and in English", () => {
    expect(classifyLine("Báo Hậu Lộc - Thế giới", "header")).toMatchObject({ role: "outlet", name: "Báo Hậu Lộc" });
    expect(classifyLine("Fylde Coast Evening Echo – World News", "header")).toMatchObject({ role: "outlet", name: "Fylde Coast Evening Echo" });
    const vi = parse(["Báo Hậu Lộc - Thế giới", HEADLINE_VI, "bởi Lò Thị Ngân · 30/11/2026 14:22", VI1, VI2, VI3, "Mở bài gốc"].join("\n"));
    expect(vi?.outlet).toBe("Báo Hậu Lộc");
    expect(vi?.title).toBe(HEADLINE_VI);
  });
  it("is the reader's furniture, never run into the lead", () => {
    const en = parse(["Feedly", "Saved For Later", "Fylde Coast Evening Echo – World News", HEADLINE_EN, "Fylde Coast Evening Echo / by Rachel Openshaw / Dec 3, 2026", EN1, EN2, EN3, "Visit Website"].join("\n"));
    expect(en?.title).toBe(HEADLINE_EN);
    expect(en?.outlet).toBe("Fylde Coast Evening Echo");
    expect(en?.body).not.toContain("World News");
    expect(en?.body.startsWith("The Kremlin on Thursday")).toBe(true);
  });
  it("leaves a headline with a dash, a section's trail and a sentence alone", () => {
    expect(classifyLine("Kremlin denies troop rotations - officials say", "header").role).not.toBe("outlet");
    expect(classifyLine("Thế giới - Châu Á", "header").role).not.toBe("outlet");
    expect(classifyLine("Nga và Triều Tiên - Thế giới", "header").role).not.toBe("outlet");
    expect(classifyLine("Troops were rotated through Kursk – World", "header").role).not.toBe("outlet");
    expect(classifyLine("Fylde Coast Evening Echo – Kremlin denies troop rotations", "header").role).not.toBe("outlet");
  });
});
