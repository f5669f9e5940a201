// Pictures' captions and credits of Russian and Korean pages, as they are printed and as a browser translates them: a
// credit of source and photographer parted by a slash ("© RIA Novosti / Sergey Guneev", "Photo: Sergey Bobylev /
// TASS"), a picture marked as an illustration ("Photo: illustrative"), a source named with small words ("Photo: Press
// Service of the Russian Foreign Ministry"), a portrait captioned by a name alone over its credit, and a Korean paper's
// wire credit after a slash ("… /AP Yonhap News"). Near misses: a writer's name over the text, a copyright line.
import { describe, expect, it } from "vitest";
import { captionByMoreForms } from "./caption-forms";
import { cleanArticle } from "./clean";
import { isCreditOnly } from "./layout-model";
import { decodeImportFile, parseImport } from "./parse-import";

const EN = [
  "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on December 3 and held talks with Foreign Minister Choe Son Hui, his second visit this year.",
  "The parties discussed the implementation of the partnership treaty and preparations for a visit to Moscow by Chairman Kim Jong Un, expected to take place next spring.",
  "If it happens, it will be Kim's first visit to the Russian capital since 2019, when he met President Vladimir Putin in Vladivostok.",
];
const VI = [
  "Người phát ngôn Điện Kremlin Dmitry Peskov ngày 3 tháng 12 tuyên bố rằng các cáo buộc của phương Tây về việc Bình Nhưỡng cung cấp đạn dược cho Moscow là hoàn toàn vô căn cứ.",
  "Ông Peskov nói với các phóng viên rằng quan hệ giữa Nga và CHDCND Triều Tiên đang phát triển trong mọi lĩnh vực trên cơ sở hiệp ước năm 2024.",
];
const parse = (lines: string[]) => parseImport(decodeImportFile(Buffer.from(lines.join("\n")), "x.txt"), "x.txt")[0]!;

describe("a picture's credit alone on its line", () => {
  it.each([
    "© RIA Novosti / Sergey Guneev",
    "© РИА Новости / Сергей Гунеев",
    "Photo: Sergey Bobylev / TASS",
    "Ảnh: IZVESTIA/Sergey Lantyukhov",
    "Фото: Известия/Павел Бедняков",
    "Photo: illustrative",
    "Ảnh: minh họa",
    "Photo: Press Service of the Russian Foreign Ministry",
    "Photo: Office of the President of Ukraine",
  ])("reads %s as a credit", (line) => {
    expect(isCreditOnly(line)).toBe(true);
  });

  it.each([
    "© 1991—2026 Interfax",
    "© 2026 Lenta.ru / All rights",
    "Photo: the minister said nothing about it",
    "Photo: Press Service of the Russian Foreign Ministry said on Friday that the visit was planned long ago",
    "Sergei Lavrov / Maria Zakharova",
    "Photo illustrative of a larger problem in the region",
    "Ảnh minh họa",
  ])("leaves %s alone", (line) => {
    expect(isCreditOnly(line)).toBe(false);
  });
});

describe("a caption above such a credit", () => {
  it("takes a name alone over the credit as a portrait's caption, not as the writer's byline", () => {
    const parsed = parse(["Lavrov arrives in Pyongyang to prepare Kim Jong Un's visit", "21:15, December 4, 2026", "Lavrov held talks with the North Korean foreign minister", "Sergei Lavrov", "Photo: Press Service of the Russian Foreign Ministry", ...EN, "Author: Andrey Shevchenko"]);
    expect(parsed.captions.join(" ")).toContain("Sergei Lavrov");
    expect(parsed.author).toBe("Andrey Shevchenko");
    expect(parsed.body).toContain("Lavrov held talks with the North Korean foreign minister");
    for (const p of EN) expect(parsed.body).toContain(p);
  });

  it("takes a description over a slashed credit as the caption", () => {
    const parsed = parse(["Peskov gọi cáo buộc về việc Triều Tiên cung cấp đạn dược là vô căn cứ", "21:15 04.12.2026", "Người phát ngôn của Tổng thống Nga Dmitry Peskov", "© RIA Novosti / Sergey Guneev", ...VI]);
    expect(parsed.captions.join(" ")).toContain("Người phát ngôn của Tổng thống Nga Dmitry Peskov");
    expect(parsed.author).toBeNull();
    for (const p of VI) expect(parsed.body).toContain(p);
  });

  it("keeps a writer's name over the text a byline when no credit stands below it", () => {
    const parsed = parse(["Lavrov arrives in Pyongyang to prepare Kim Jong Un's visit", "21:15, December 4, 2026", "Andrey Shevchenko", ...EN]);
    expect(parsed.author).toBe("Andrey Shevchenko");
    expect(parsed.captions).toEqual([]);
  });

  it("keeps a name under the date a byline, the credit below it the lead picture's", () => {
    const parsed = parse(["Czechia summons Russian ambassador over North Korean workers", "Thursday, December 3, 2026, 14:20", "Ruth Fraňková", "Photo: Czech Radio", "", ...EN]);
    expect(parsed.author).toBe("Ruth Fraňková");
    expect(parsed.captions.join(" ")).not.toContain("Ruth Fraňková");
  });

  it("keeps a name line inside the text when no credit follows it", () => {
    const cleaned = cleanArticle([EN[0], "Sergei Lavrov", EN[1]].join("\n\n"));
    expect(cleaned.captions).toEqual([]);
  });
});

describe("a Korean paper's wire credit after a slash", () => {
  it.each([
    "Người phát ngôn Điện Kremlin Dmitry Peskov phát biểu trước báo giới tại Moscow ngày 3. /AP Yonhap News",
    "Kremlin spokesman Dmitry Peskov speaks to reporters in Moscow on the 3rd. /Reuters Yonhap",
    "크렘린궁 대변인이 3일 모스크바에서 기자들에게 말하고 있다. /AP 연합뉴스",
    "Kremlin spokesman Dmitry Peskov in Moscow. / Yonhap News",
  ])("reads %s as a caption", (line) => {
    expect(captionByMoreForms(line)).toBe(true);
  });

  it.each([
    "The figures were published by Yonhap News.",
    "Russia and North Korea deny the transfers, according to AP/Yonhap News",
    `${"a".repeat(400)}. /AP Yonhap News`,
  ])("leaves %s alone", (line) => {
    expect(captionByMoreForms(line)).toBe(false);
  });
});

describe("a saved page's picture with a credit and no caption", () => {
  const page = (figure: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Duma ratified the agreement</title></head><body><article><h1>The Duma ratified the agreement on legal assistance with North Korea</h1><div class="article__subtitle">The document was signed in Pyongyang in June</div>${figure}${EN.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
  const parseHtml = (html: string) => parseImport(decodeImportFile(Buffer.from(html), "x.html"), "x.html")[0]!;

  it("keeps the standfirst above it as text and the credit out of the captions and the text", () => {
    const parsed = parseHtml(page('<figure><img src="duma.jpg" alt=""><figcaption>Photo: Sergey Bobylev / TASS</figcaption></figure>'));
    expect(parsed.body).toContain("The document was signed in Pyongyang in June");
    expect(parsed.body).not.toContain("Sergey Bobylev");
    expect(parsed.captions.join(" ")).not.toContain("The document was signed");
  });

  it("keeps a caption that describes the picture, its credit after it", () => {
    const parsed = parseHtml(page('<figure><img src="duma.jpg" alt=""><figcaption>A plenary session of the State Duma in Moscow. Photo: Sergey Bobylev / TASS</figcaption></figure>'));
    expect(parsed.captions.join(" ")).toContain("A plenary session of the State Duma in Moscow.");
  });
});
