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

describe("an English public body's name printed once over its site's menu", () => {
  it("is the outlet: a parliament's, a country's mission to the United Nations", () => {
    const hansard = parse(["Parliament of Australia", "Senators and Members  Parliamentary Business  Committees  News and Events  About Parliament", "Home > Parliamentary Business > Hansard", "Senate Hansard", "Thursday, 3 December 2026", "Democratic People's Republic of Korea: Russia", EN1, EN2, EN3].join("\n"));
    expect(hansard?.outlet).toBe("Parliament of Australia");
    const mission = parse(["United States Mission to the United Nations", "Home  Remarks  Press Releases  Ambassador  About", "Remarks", "Press Briefing on the Sanctions Monitoring Team's Findings", "Nathan Ebersole, Spokesperson", "December 2, 2026", EN1, EN2, EN3].join("\n"));
    expect(mission?.outlet).toBe("United States Mission to the United Nations");
    expect(mission?.title).toBe("Press Briefing on the Sanctions Monitoring Team's Findings");
  });
  it("never a body's name with no menu below it, nor a headline naming a body", () => {
    const noMenu = parse(["Parliament of Australia", "Democratic People's Republic of Korea: Russia", "Thursday, 3 December 2026", EN1, EN2, EN3].join("\n"));
    expect(noMenu?.outlet).not.toBe("Parliament of Australia");
    const headline = parse(["Parliament of Australia passes new sanctions on Pyongyang", "Home  World  Politics  Business  Opinion", "Thursday, 3 December 2026", EN1, EN2, EN3].join("\n"));
    expect(headline?.outlet).not.toBe("Parliament of Australia passes new sanctions on Pyongyang");
  });
});

describe("a parliament's record's fragment buttons", () => {
  it("are furniture, never the byline ('Download Fragment', 'Previous Fragment  Next Fragment')", () => {
    expect(classifyLine("Download Fragment", "header").role).toBe("furniture");
    expect(classifyLine("Previous Fragment Next Fragment", "header").role).toBe("furniture");
    const a = parse(["Senate Hansard", "Thursday, 3 December 2026", "QUESTIONS WITHOUT NOTICE", "Democratic People's Republic of Korea: Russia", "Download Fragment", EN1, EN2, EN3, "Previous Fragment    Next Fragment"].join("\n"));
    expect(a?.author).toBeNull();
    expect(a?.body).not.toContain("Fragment");
  });
  it("leave a sentence about a fragment alone", () => {
    expect(classifyLine("Download Fragment of the missile recovered near Kharkiv", "header").role).not.toBe("furniture");
    expect(classifyLine("The next fragment of the report was released on Friday.", "header").role).not.toBe("furniture");
  });
});
