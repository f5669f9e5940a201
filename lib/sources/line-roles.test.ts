// Line roles: the lines a preview lists, and the metadata read again when an editor corrects one.
import { describe, expect, it } from "vitest";
import { decodeImportFile, parseImport } from "./parse-import";
import { applyBlockRoles, lineKey, listLines, roleLookup, type RoledLine } from "./line-roles";
import { learnFromCorrections, normalizePatterns, outletKeyOf, profileRoles } from "./outlet-profiles";

const BANNER = "Đọc báo in mỗi sáng cùng Nhật báo Miền Tây Online";
const HEADLINE = "Triều Tiên phóng vệ tinh do thám lần thứ ba trong năm";
const SHARE = "Chia sẻ bài viết lên mạng";
const BANNER_ARTICLE = [
  BANNER,
  "",
  HEADLINE,
  "",
  "Cập nhật 21/09/2023 10:15",
  "",
  "(Dân trí) - Bình Nhưỡng hôm thứ Năm đã phóng một vệ tinh do thám quân sự, theo quân đội Hàn Quốc, lần thứ ba trong năm nay sau hai lần thất bại trước đó.",
  "",
  "Nhật Bản đã phát cảnh báo cho người dân ở tỉnh Okinawa trong vài phút trước khi rút lại, theo đài NHK.",
  "",
  SHARE,
].join("\n");

describe("lineKey", () => {
  it("gives lines of one shape one key: case, diacritics, punctuation and digits aside", () => {
    expect(lineKey("5 phút trước")).toBe(lineKey("12 PHÚT TRƯỚC"));
    expect(lineKey("Cập nhật 21/09/2023 10:15")).toBe(lineKey("Cập nhật: 3/1/2024 9:05"));
    expect(lineKey("Tin liên quan")).not.toBe(lineKey("Tin mới"));
  });
});

describe("line roles in the parse", () => {
  it("lists the header and footer lines with the roles the layout model gave them", () => {
    const [source] = parseImport(BANNER_ARTICLE, "a.txt");
    const roles = Object.fromEntries(source!.lines.map((l) => [l.text, l.role]));
    expect(roles[BANNER]).toBe("title"); // the model's mistake an editor corrects
    expect(roles["Cập nhật 21/09/2023 10:15"]).toBe("date");
    expect(roles[SHARE]).toBe("body");
    expect(source!.lines.every((l) => l.key === lineKey(l.text))).toBe(true);
  });

  it("re-derives the title when the banner is marked as furniture, and drops furniture from the text", () => {
    const roles = [
      { key: lineKey(BANNER), role: "furniture" as const },
      { key: lineKey(SHARE), role: "furniture" as const },
    ];
    const [source] = parseImport(BANNER_ARTICLE, "a.txt", { roles });
    expect(source!.title).toBe(HEADLINE);
    expect(source!.publishedAt).toBe("2023-09-21T10:15");
    expect(source!.outlet).toBe("Dân trí");
    expect(source!.body).not.toContain(BANNER);
    expect(source!.body).not.toContain(SHARE);
    expect(source!.warningCodes).toEqual([]);
  });

  it("takes a line marked as the title over the model's choice", () => {
    const [source] = parseImport(BANNER_ARTICLE, "a.txt", { roles: [{ key: lineKey(HEADLINE), role: "title" }] });
    expect(source!.title).toBe(HEADLINE);
  });

  it("forgets the date when its line is marked as article text, and warns about it", () => {
    const [source] = parseImport(BANNER_ARTICLE, "a.txt", { roles: [{ key: lineKey("Cập nhật 21/09/2023 10:15"), role: "body" }] });
    expect(source!.publishedAt).toBeNull();
    expect(source!.warningCodes.map((w) => w.code)).toContain("noDate");
  });

  it("lists a saved page's site line as the outlet's, and drops the outlet when that line is given another role", () => {
    const page = '<html><head><meta property="og:site_name" content="Nhật báo Sông Hàn"></head><body><article><h1>Triều Tiên phóng vệ tinh do thám lần thứ ba trong năm</h1><p>Bình Nhưỡng hôm thứ Năm đã phóng một vệ tinh do thám quân sự, theo quân đội Hàn Quốc, lần thứ ba trong năm nay sau hai lần thất bại.</p></article></body></html>';
    const text = decodeImportFile(Buffer.from(page), "page.html");
    const [source] = parseImport(text, "page.html");
    expect(source!.outlet).toBe("Nhật báo Sông Hàn");
    expect(source!.lines.find((l) => l.text === "Site: Nhật báo Sông Hàn")?.role).toBe("outlet");
    const [corrected] = parseImport(text, "page.html", { roles: [{ key: lineKey("Site: Nhật báo Sông Hàn"), role: "furniture" }] });
    expect(corrected!.outlet).toBeNull();
    expect(corrected!.title).toBe("Triều Tiên phóng vệ tinh do thám lần thứ ba trong năm");
  });

  it("turns a paragraph into a caption and a caption back into text", () => {
    const blocks = [
      { kind: "paragraph" as const, text: "Lễ phóng vệ tinh ở Sohae." },
      { kind: "caption" as const, text: "Ảnh: KCNA" },
      { kind: "paragraph" as const, text: "Văn bản." },
    ];
    const roleFor = roleLookup([
      { key: lineKey("Lễ phóng vệ tinh ở Sohae."), role: "caption" },
      { key: lineKey("Ảnh: KCNA"), role: "body" },
    ]);
    expect(applyBlockRoles(blocks, roleFor).map((b) => b.kind)).toEqual(["caption", "paragraph", "paragraph"]);
    expect(applyBlockRoles(blocks, undefined)).toEqual(blocks);
  });

  it("lists the last short blocks, where furniture the model missed sits, once each", () => {
    const lines = listLines([{ text: "Tiêu đề", role: "title", region: "header" }], [
      { kind: "paragraph", text: "x".repeat(300) },
      { kind: "paragraph", text: "Xem tiếp trên ứng dụng" },
      { kind: "caption", text: "Ảnh: AP" },
    ]);
    expect(lines.map((l) => [l.text, l.role, l.region])).toEqual([
      ["Tiêu đề", "title", "header"],
      ["Xem tiếp trên ứng dụng", "body", "footer"],
      ["Ảnh: AP", "caption", "footer"],
    ]);
  });

  it("lists every paragraph of the text a role was given, dropped or kept, once per shape, after the others", () => {
    const denial = "Điện Kremlin phủ nhận đã nhận đạn pháo của Triều Tiên.";
    const blocks = [
      { kind: "paragraph" as const, text: "x".repeat(300) },
      { kind: "paragraph" as const, text: denial },
      { kind: "paragraph" as const, text: "Theo dõi chúng tôi: 12 bài" },
      { kind: "paragraph" as const, text: "y".repeat(300) },
      { kind: "paragraph" as const, text: "Theo dõi chúng tôi: 3 bài" },
      { kind: "paragraph" as const, text: "z".repeat(300) },
    ];
    const roled: RoledLine[] = [];
    const kept = applyBlockRoles(blocks, roleLookup([
      { key: lineKey(denial), role: "furniture" },
      { key: lineKey("Theo dõi chúng tôi: 1 bài"), role: "body" },
    ]), roled);
    expect(kept.map((b) => b.text)).not.toContain(denial);
    expect(listLines([{ text: "Tiêu đề", role: "title", region: "header" }], kept, roled).map((l) => [l.text, l.role, l.region])).toEqual([
      ["Tiêu đề", "title", "header"],
      [denial, "furniture", "body"],
      ["Theo dõi chúng tôi: 12 bài", "body", "body"],
    ]);
  });

  it("lists the first 24 header and footer lines with a key, each once, before the last blocks, without reading the lines beyond", () => {
    const meta = Array.from({ length: 60 }, (_, i) => ({ text: i % 7 === 3 ? "" : i % 5 === 1 ? "—" : `Dòng ${i % 45}`, role: "furniture" as const, region: i % 2 === 0 ? ("header" as const) : ("footer" as const) }));
    const blocks = [{ kind: "paragraph" as const, text: "Một đoạn văn." }, { kind: "caption" as const, text: "Ảnh: AP" }];
    // in order: no empty line, none without a key ("—"), a line of one region once
    const seen = new Set<string>();
    const expected = meta.filter((l) => l.text.length > 0 && lineKey(l.text).length > 0 && !seen.has(`${l.region}:${l.text}`) && seen.add(`${l.region}:${l.text}`));
    expect(expected.length).toBeGreaterThan(24);
    expect(listLines(meta, blocks)).toEqual(expected.slice(0, 24).map((l) => ({ ...l, key: lineKey(l.text) })));
    // fewer lines: all of them, then the last short blocks
    expect(listLines(meta.slice(0, 6), blocks).map((l) => l.text)).toEqual(["Dòng 0", "Dòng 2", "Dòng 4", "Dòng 5", "Một đoạn văn.", "Ảnh: AP"]);
    // a line past the 24th listed is never read (its text a getter that throws)
    const unread = {
      get text(): string {
        throw new Error("read past the list");
      },
      role: "body" as const,
      region: "header" as const,
    };
    expect(listLines([...meta.slice(0, 40), unread], blocks)).toHaveLength(24);
  });
});

describe("outlet profiles (pure)", () => {
  const lines = parseImport(BANNER_ARTICLE, "a.txt")[0]!.lines;

  it("remembers lines marked furniture or date, forgets one marked otherwise, ignores lines the source does not hold", () => {
    const learnt = learnFromCorrections(null, lines, [
      { key: lineKey(BANNER), role: "furniture" },
      { key: lineKey("Cập nhật 21/09/2023 10:15"), role: "date" },
      { key: "not in this source", role: "furniture" },
    ]);
    expect(learnt).toEqual({ furniture: [lineKey(BANNER)], dateHints: [lineKey("Cập nhật 21/09/2023 10:15")] });
    expect(learnFromCorrections(learnt, lines, [{ key: lineKey(BANNER), role: "body" }])).toEqual({ furniture: [], dateHints: learnt!.dateHints });
    expect(learnFromCorrections(learnt, lines, [{ key: lineKey(BANNER), role: "furniture" }])).toBeNull();
  });

  it("applies a profile as roles the parser takes, so the next article of the outlet needs no correction", () => {
    const profile = { outletKey: outletKeyOf("Dân trí")!, outlet: "Dân trí", furniture: normalizePatterns([BANNER, SHARE]), dateHints: [] };
    const next = BANNER_ARTICLE.replace(HEADLINE, "Hàn Quốc nâng mức cảnh giác sau vụ phóng của Triều Tiên");
    const [source] = parseImport(next, "b.txt", { roles: profileRoles([profile]) });
    expect(source!.title).toBe("Hàn Quốc nâng mức cảnh giác sau vụ phóng của Triều Tiên");
    expect(source!.body).not.toContain(SHARE);
  });

  it("keys an outlet however its name is written", () => {
    expect(outletKeyOf("Dân trí")).toBe(outletKeyOf("DÂN TRÍ"));
    expect(outletKeyOf("  ")).toBeNull();
    expect(normalizePatterns(["5 phút trước", "12 phút trước", ""])).toEqual(["# phut truoc"]);
  });
});

describe("the roles listed agree with the text kept", () => {
  const EN = [
    "A winter freight service linking Vladivostok with North Korea's port of Rajin ran its first train on Wednesday, carrying coal and flour across the border.",
    "Railway officials said two trains a week would cross the Friendship Bridge over the Tumen River, with a journey of about 30 hours each way for the crews.",
  ];
  const VI = [
    "Tuyến tàu hàng mùa đông nối Vladivostok với cảng Rajin của Triều Tiên đã chạy chuyến đầu tiên ngày 2/12, chở than và bột mì qua biên giới hai nước láng giềng.",
    "Đường sắt Viễn Đông cho biết mỗi tuần sẽ có hai chuyến, đi qua cầu Hữu Nghị trên sông Tumen, với thời gian khoảng 30 giờ mỗi chiều cho các tổ lái tàu.",
  ];
  const footOf = (lines: string[]) => parseImport(`${lines.join("\n")}\n`, "x.txt")[0]!;

  it("lists a teaser the footer scan passed but the text keeps as body, in both languages", () => {
    const en = footOf(["Winter freight trains start running", "Dec. 2, 2026", ...EN, "Japan says Russian transport plane made 3 trips to Pyongyang", "Related topics: World, Rail"]);
    expect(en.body).toContain("Japan says Russian transport plane");
    expect(en.lines.find((l) => l.text.startsWith("Japan says"))?.role).toBe("body");
    const vi = footOf(["Tàu hàng mùa đông Vladivostok - Rajin chạy chuyến đầu tiên", "02/12/2026 10:15", ...VI, "Nhật Bản nói máy bay vận tải Nga bay ba chuyến tới Bình Nhưỡng", "Từ khóa: Nga, Triều Tiên"]);
    for (const l of vi.lines.filter((x) => x.region === "footer" && vi.body.includes(x.text))) expect(l.role).not.toBe("furniture");
  });

  it("still lists as furniture a footer line the text does not keep", () => {
    const en = footOf(["Winter freight trains start running", "Dec. 2, 2026", ...EN, "Most recent World stories", "Japan says Russian transport plane made 3 trips to Pyongyang", "Related topics: World, Rail"]);
    expect(en.body).not.toContain("Japan says");
    for (const l of en.lines.filter((x) => x.region === "footer" && x.role === "furniture")) expect(en.body).not.toContain(l.text);
  });
});

