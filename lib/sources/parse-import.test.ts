// End-to-end tests of parseImport on the three sample captures, with values read off the articles by hand.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizedHash } from "./normalize";
import { parseImport, parseImportInSteps, parseImportWithProfiles, type ParsedSource, type ParsePlan, type ParseStep } from "./parse-import";
import { lineKey } from "./line-roles";

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/articles/${name}`, import.meta.url), "utf8");
const DOSSIER = "dossier-the-chien-quoc-bac-trieu-tien-1.txt";
const NHATTAN = "nhattan-2023-09-arms-talks.txt";
const CANADA = "thecanadalife-2023-09-kim-to-russia.txt";

// Read off the dossier by hand: [title, publishedAt, agency, outlet, author].
const EXPECTED: [string, string | null, string | null, string, string | null][] = [
  ["Liên minh Nga - Kim Jong Un đáng lo ngại như thế nào?", null, null, "BBC", "Jean Mackenzie"],
  ["An ninh Triều Tiên khử trùng ghế của Kim Jong Un tại cuộc họp với Putin", "2023-09-18", "Reuters", "VOA", null],
  ["Lãnh đạo Bắc Triều Tiên rời Nga với món quà biểu tượng: 5 drone quân sự", "2023-09-17T11:41", null, "RFI", null],
  ["Mỹ, Nhật quan ngại về hợp tác quân sự Bắc Triều Tiên-Nga", "2023-09-14T11:20", null, "RFI", null],
  ["Kim Jong Un tham quan căn cứ oanh tạc cơ hạt nhân chiến lược của Nga", "2023-09-16T11:39", null, "RFI", null],
  ["Thượng đỉnh Putin-Kim: Cái nhìn xa hơn thỏa thuận vũ khí", "2023-09-15", null, "VOA", null],
  ["Trung Quốc có thể lo lắng trước mối quan hệ Nga-Triều", "2023-09-16", null, "VOA", null],
  [
    "Lịch sử đảo chiều trong cuộc chiến mà các quốc gia trên bán đảo Triều Tiên trở thành nhà cung cấp vũ khí",
    "2023-09-15",
    "New York Times",
    "baotiengdan",
    "Choe Sang-Hun",
  ],
  ["Ông Kim Jong Un thị sát các nhà máy chiến đấu cơ ở vùng Viễn Đông Nga", "2023-09-15", "Reuters", "VOA", null],
  ["Ông Putin nhận lời mời của Kim Jong-un đến thăm Triều Tiên", "2023-09-14", "Reuters", "VOA", null],
  ["Ông Putin nói 'có khả năng' hợp tác quân sự với Kim Jong Un", "2023-09-14", null, "BBC", "Tessa Wong"],
  ["Thượng đỉnh Kim – Putin và cuộc « mặc cả » đối vũ khí lấy lương thực ?", "2023-09-12T15:11", null, "RFI", null],
  ["Lãnh đạo Bắc Triều Tiên đến Nga, gặp tổng thống Putin để thảo luận cung ứng vũ khí", "2023-09-12T12:05", null, "RFI", null],
  ["Nga, Bắc Triều Tiên tăng cường quan hệ: Thách thức mới về an ninh đối với phương Tây", "2023-09-13T14:14", null, "RFI", null],
  ["Quan chức Nga và Trung Quốc dự Quốc Khánh Bắc Triều Tiên", "2023-09-09T13:15", null, "RFI", null],
  [
    "Kim Jong Un đón tiếp các vị khách Trung Quốc và Nga tại lễ duyệt binh kỷ niệm 75 năm thành lập Triều Tiên",
    "2023-09-10",
    "Asia Times",
    "baocalitoday",
    "Việt Linh",
  ],
  ["Kim Jong Un: Tăng cường quan hệ với Nga là “ưu tiên tuyệt đối” của Bắc Triều Tiên", "2023-09-13T12:15", null, "RFI", null],
  ["Ông Putin và ông Kim Jong Un thảo luận các vấn đề quân sự, chiến tranh Ukraine, vệ tinh", "2023-09-13", "Reuters", "VOA", null],
  ["Bên trong đoàn tàu bọc thép của lãnh đạo Triều Tiên Kim Jong Un có gì?", "2023-09-13", "Reuters", "VOA", null],
  ["Nga bị mất trộm bí quyết chế tạo tên lửa", "2023-08-09T13:21", null, "RFI", null],
  ["Tin tặc Triều Tiên tấn công hãng sản xuất phi đạn hàng đầu của Nga", "2023-08-08", "Reuters", "VOA", null],
  ["Mỹ - Nhật - Hàn tăng cường hợp tác toàn diện đối phó với Bắc Triều Tiên và Trung Quốc", "2023-08-18T13:52", null, "RFI", null],
  ["Mỹ: Bộ trưởng Quốc phòng Nga thúc Triều Tiên tăng cường vũ khí cho Moscow", "2023-08-05", "AP", "VOA", null],
  ["Máy bay ném bom B-52 Mỹ tập trận với Hàn Quốc giữa căng thẳng Triều Tiên", "2023-06-30", "Reuters", "VOA", null],
  ["Việt Nam, Hàn Quốc phối hợp về hạt nhân Triều Tiên, vực dậy thương mại và đầu tư", "2023-06-23", "Reuters", "VOA", null],
  ["Hoa Kỳ, Nhật Bản và Hàn Quốc sẽ chia sẻ thông tin về các vụ Bắc Triều Tiên phóng tên lửa", "2023-06-04T13:11", null, "RFI", null],
];

const BOILERPLATE = [/Loader/, /ĐỌC THÊM/i, /Comments are closed/i, /^\d{1,3} ?\/ ?\d{1,3}$/m, /javascript/i, /Capture à partir de/, /\]\(#\)/, /\*\*/, /We accept/, /1024px/];

function expectNoBoilerplate(s: ParsedSource): void {
  for (const re of BOILERPLATE) expect(s.body, `${s.title}: ${re}`).not.toMatch(re);
}

describe("the sample dossier", () => {
  const text = fixture(DOSSIER);
  const sources = parseImport(text, DOSSIER);
  const byIndex = (n: number): ParsedSource => sources[n - 1] as ParsedSource;

  it("gives exactly 26 sources, one per table-of-contents entry", () => {
    expect(sources).toHaveLength(26);
    expect(sources.map((s) => s.dossierIndex)).toEqual(EXPECTED.map((_, i) => i + 1));
    expect(new Set(sources.map((s) => s.dossierTitle))).toEqual(new Set(["Thế chiến quốc - Bắc Triều Tiên - 1"]));
  });

  it("gives every article its title", () => {
    expect(sources.map((s) => s.title)).toEqual(EXPECTED.map((e) => e[0]));
  });

  it("gives every article its own date where the dossier has one", () => {
    expect(sources.map((s) => s.publishedAt)).toEqual(EXPECTED.map((e) => e[1]));
    expect(byIndex(3).datePrecision).toBe("minute");
    expect(byIndex(2).datePrecision).toBe("day");
    expect(byIndex(1).datePrecision).toBeNull();
    expect(byIndex(1).warnings).toContain("no publication date found");
  });

  it("reads wire agencies, outlets and bylines", () => {
    expect(sources.map((s) => [s.agency, s.outlet, s.author])).toEqual(EXPECTED.map((e) => [e[2], e[3], e[4]]));
  });

  it("keeps sub-headings inside their article", () => {
    expect(byIndex(6).headings).toEqual(["Lo ngại về thỏa thuận vũ khí", "Chiến lược cũ rích", "Đòn bẩy gia tăng", "Áp lực nội bộ"]);
    expect(byIndex(7).headings).toEqual(["‘Đó là lý do chúng tôi đến đây’", "Mỹ-Nhật-Hàn", "Hợp tác kinh tế với Trung Quốc"]);
    expect(byIndex(12).headings).toEqual(["Nga, Trung Quốc không muốn Bắc Triều Tiên có công nghệ vũ khí tiên tiến"]);
    expect(byIndex(18).headings).toEqual(["“Những đồng chí”", "Tên lửa đạn đạo"]);
    expect(byIndex(19).headings).toEqual(["Bên trong đoàn tàu của ông Kim có gì?", "Ai dùng các đoàn tàu hỏa?"]);
    expect(byIndex(20).headings).toEqual([
      "Một chiến dịch do thám quy mô",
      "Bí quyết chế tạo tên lửa siêu thanh của Nga",
      "Tên lửa Bắc Triều Tiên Hỏa Tinh 18, anh em sinh đôi với SS-19 của Nga ?",
    ]);
    expect(byIndex(21).headings).toEqual(["Đánh cắp email", "‘Chuyện như phim’"]);
    expect(byIndex(21).body).toContain("\n\nĐánh cắp email\n\nTheo ông Tom Hegel");
  });

  it("leaves no page furniture or markup in any body", () => {
    sources.forEach(expectNoBoilerplate);
  });

  it("takes photo captions out of the body", () => {
    expect(byIndex(2).captions).toEqual([
      "Tổng thống Nga Vladimir (phải) và nhà lãnh đạo Triều Tiên Kim Jong Un gặp nhau tại sân bay vũ trụ Vostochny ở vùng đông Amur, ngày 13/9/2023.",
    ]);
    expect(byIndex(2).body.startsWith("Đội cận vệ của nhà lãnh đạo Triều Tiên")).toBe(true);
    expect(byIndex(4).captions[0]).toMatch(/ngày 13\/09\/2023\. AP - Ahn Young-joon$/);
    expect(byIndex(8).captions).toHaveLength(3);
    expect(byIndex(11).captions).toContain("Hai nhà lãnh đạo nâng cốc chúc mừng nhau trong bữa tiệc chiều thứ Tư");
    for (const s of sources) for (const c of s.captions) expect(s.body).not.toContain(c);
  });

  it("drops the BBC related-story lines but keeps the bold lead", () => {
    const bbc = byIndex(11);
    expect(bbc.body.startsWith("Lãnh đạo Bắc Hàn Kim Jong Un đang có chuyến thăm được theo dõi sát sao tới Nga.")).toBe(true);
    expect(bbc.body).not.toContain("Như đang đùa với tử thần");
    expect(bbc.body).not.toContain("Liên minh Nga - Kim Jong Un đáng lo ngại");
    expect(byIndex(1).body).not.toContain("Rustem Umerov");
  });

  it("mends sentences cut by line breaks and images", () => {
    expect(byIndex(1).body).toContain("đói khát đang tuyệt vọng cần tiền và lương thực.");
    expect(byIndex(12).body).toContain("chế độ Kim Jong Un chẳng gặt hái lợi ích kinh tế");
    expect(byIndex(6).body).toContain("nhưng giờ đây, Nga, đang khao khát");
  });

  it("warns about TOC spelling slips, homoglyphs and impossible dates", () => {
    expect(byIndex(2).warnings.some((w) => w.includes('"An ninh Triều Tiên khủ trùng ghê'))).toBe(true);
    expect(byIndex(6).warnings).toContain('mixed Latin/Cyrillic letters in "dượс" (possible homoglyph)');
    expect(byIndex(22).warnings).toContain("body mentions 2024-08-18, after the publication date 2023-08-18");
    expect(byIndex(8).warnings).toContain("translated text: translator Cù Tuấn");
  });

  it("keeps each article's raw slice exactly as imported", () => {
    const first = text.indexOf("## [Liên minh Nga - Kim Jong Un đáng lo ngại như thế nào?](#)\n\nCapture");
    expect(sources.map((s) => s.raw).join("")).toBe(text.slice(first));
    expect(byIndex(3).raw.startsWith("## Lãnh đạo Bắc Triều Tiên rời Nga")).toBe(true);
  });

  it("marks every source Vietnamese, names its file and hashes its body", () => {
    for (const s of sources) {
      expect(s.language).toBe("vi");
      expect(s.sourceFile).toBe(DOSSIER);
      expect(s.contentHash).toBe(normalizedHash(s.body));
    }
    expect(new Set(sources.map((s) => s.contentHash)).size).toBe(26);
  });
});

describe("the single articles", () => {
  it("reads the Canada Life capture: headline, AP, outlet, no date, clean body", () => {
    const [s, ...rest] = parseImport(fixture(CANADA), CANADA);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      title: "Moscow và Bình Nhưỡng xác nhận nhà lãnh đạo Triều Tiên Kim Jong Un sẽ tới Nga để gặp Putin",
      publishedAt: null,
      datePrecision: null,
      agency: "AP",
      outlet: "The Canada Life",
      author: null,
      language: "vi",
      dossierTitle: null,
      dossierIndex: null,
      headings: [],
      captions: [],
    });
    expect(s?.body.startsWith("Nga và Triều Tiên hôm thứ Hai xác nhận")).toBe(true);
    expect(s?.body.endsWith("qua một tuyến đường sắt nhỏ giữa hai nước.")).toBe(true);
    expect(s?.body).not.toContain("The Associated Press\n");
    expect(s?.body).toContain("cho Mỹ và các đối tác"); // "Mỹ  và" double space folded
    expect(s?.warnings).toEqual(["translated text: Bản tiếng Việt của The Canada Life", "no publication date found"]);
    expectNoBoilerplate(s as ParsedSource);
  });

  it("reads the Nhật Tân article: Reuters lead, signature, caption, no title", () => {
    const text = fixture(NHATTAN);
    const [s] = parseImport(text, NHATTAN);
    expect(s).toMatchObject({ title: null, publishedAt: null, agency: "Reuters", outlet: null, author: "Nhật Tân", raw: text });
    expect(s?.captions).toHaveLength(1);
    expect(s?.captions[0]).toMatch(/^Hình ảnh vào ngày 25\/4\/2019: .*\(Nguồn: Văn phòng Thông tin và Báo chí Phủ Tổng thống Nga\/ Wikimedia\)$/);
    expect(s?.body.split("\n\n")).toHaveLength(7);
    expect(s?.body.endsWith("kể từ đại dịch Covid 2019.")).toBe(true);
    expect(s?.warnings).toEqual(["no title found", "no publication date found"]);
    expectNoBoilerplate(s as ParsedSource);
  });
});

describe("dedup hash", () => {
  const text = fixture(NHATTAN);
  const [original] = parseImport(text, NHATTAN);

  it("is equal for the same article with different whitespace", () => {
    const reflowed = text
      .split("\n")
      .map((l) => `  ${l.replace(/ /g, "  ")} `)
      .join("\r\n")
      .replace(/\r\n\r\n/g, "\r\n\r\n\r\n");
    expect(parseImport(reflowed, "copy.txt")[0]?.contentHash).toBe(original?.contentHash);
  });

  it("is equal for the same article wrapped in page furniture and markup", () => {
    const wrapped = [
      "Để sử dụng TheCanada.life, Vui lòng kích hoạt javascript trong trình duyệt của bạn.",
      "Loader",
      text.replace("Theo Reuters,", "Theo **Reuters**,").replace("Ông Sullivan nói,", "[Ông Sullivan](https://example.org) nói,"),
      "Tags: , ,",
      "Chia sẻ | In bài",
      "Comments are closed.",
    ].join("\n\n");
    expect(parseImport(wrapped, "wrapped.txt")[0]?.contentHash).toBe(original?.contentHash);
  });

  it("is equal when the text arrives decomposed (NFD)", () => {
    expect(parseImport(text.normalize("NFD"), "nfd.txt")[0]?.contentHash).toBe(original?.contentHash);
  });

  it("differs when the article text differs", () => {
    expect(parseImport(text.replace("4 năm", "5 năm"), "edited.txt")[0]?.contentHash).not.toBe(original?.contentHash);
  });
});

describe("degenerate input", () => {
  it("returns no source for text that is only page furniture", () => {
    expect(parseImport("Loader\n\nTags: , ,\n\nComments are closed.\n", "furniture.txt")).toEqual([]);
  });

  it("returns a source with a warning for a headline alone", () => {
    const [s] = parseImport("Ông Putin nhận lời mời của Kim Jong-un đến thăm Triều Tiên\n", "headline.txt");
    expect(s?.title).toBe("Ông Putin nhận lời mời của Kim Jong-un đến thăm Triều Tiên");
    expect(s?.warnings).toContain("no article text found");
  });
});

// A footer line the scan takes out of the body (a short line above the credit) that an editor marks as a caption.
const FOOTER_CAPTION = "Lễ ký kết tại Đông Hà chiều thứ Năm";
const footerArticle = [
  "Hà Nội và Seoul ký thỏa thuận hợp tác cảng biển mới",
  "",
  "Cập nhật 21/09/2023 10:15",
  "",
  "(Dân trí) - Đoàn công tác của tỉnh đã làm việc với đối tác Hàn Quốc về dự án cảng biển, theo thông báo của Sở Ngoại vụ hôm thứ Năm.",
  "",
  "Hai bên dự kiến ký biên bản ghi nhớ tại thành phố Đông Hà, theo kế hoạch đã được thống nhất từ đầu năm.",
  "",
  FOOTER_CAPTION,
  "",
  "Theo TTXVN",
].join("\n");

describe("line roles in the footer", () => {
  it("keeps a footer line marked as a caption as a caption, out of the body and the hash, listed with its role", () => {
    const [before] = parseImport(footerArticle, "a.txt");
    const [after] = parseImport(footerArticle, "a.txt", { roles: [{ key: lineKey(FOOTER_CAPTION), role: "caption" }] });
    expect(before!.captions).toEqual([]);
    expect(after!.captions).toEqual([FOOTER_CAPTION]);
    expect(after!.blocks.at(-1)).toEqual({ kind: "caption", text: FOOTER_CAPTION });
    expect(after!.body).not.toContain(FOOTER_CAPTION);
    expect(after!.contentHash).toBe(normalizedHash(after!.body));
    expect(after!.lines.filter((l) => l.text === FOOTER_CAPTION).map((l) => l.role)).toEqual(["caption"]);
    expect(after!.agency).toBe(before!.agency);
  });
});

describe("outlet profiles in the parse", () => {
  const banner = "Đọc báo in mỗi sáng cùng Nhật báo Miền Tây Online";
  const text = `${banner}\n\n${footerArticle}`;
  const profile = (outlet: string) => ({ outletKey: lineKey(outlet), outlet, furniture: [lineKey(banner)], dateHints: [] });

  it("applies the profile of the outlet the article names, as one parse, and says so", () => {
    const plain = parseImport(text, "a.txt");
    expect(plain[0]!.title).toBe(banner);
    const outlet = plain[0]!.outlet!;
    const { sources, applied } = parseImportWithProfiles(text, "a.txt", { profiles: [profile("Tuổi Trẻ"), profile(outlet)] });
    expect(applied.map((p) => p.outlet)).toEqual([outlet]);
    expect(sources[0]!.title).toBe("Hà Nội và Seoul ký thỏa thuận hợp tác cảng biển mới");
    expect(sources[0]!.lines.find((l) => l.text === banner)?.role).toBe("furniture");
    // An editor's correction wins over the profile's.
    const corrected = parseImportWithProfiles(text, "a.txt", { profiles: [profile(outlet)], roles: [{ key: lineKey(banner), role: "title" }] });
    expect(corrected.sources[0]!.title).toBe(banner);
  });

  it("applies no other outlet's profile", () => {
    const { sources, applied } = parseImportWithProfiles(text, "a.txt", { profiles: [profile("Tuổi Trẻ")] });
    expect(applied).toEqual([]);
    expect(sources).toEqual(parseImport(text, "a.txt"));
  });
});

describe("parseImportInSteps", () => {
  /** The plan, then every step, as a streamed preview reads them. */
  const stepsOf = (text: string, options: Parameters<typeof parseImportInSteps>[2] = {}) => {
    const steps = [...parseImportInSteps(text, "a.txt", options)];
    return { plan: steps[0] as ParsePlan, steps: steps.slice(1) as ParseStep[] };
  };

  it("says how many articles the dossier holds first, then reads them in order, giving the whole parse's sources", () => {
    const text = `${fixture(DOSSIER)}\n\n${fixture(DOSSIER).replaceAll("Triều Tiên", "Bắc Triều Tiên")}`;
    const { plan, steps } = stepsOf(text);
    expect(plan.articles).toBe(steps.length);
    expect(plan.articles).toBeGreaterThan(26);
    expect(steps.map((s) => s.read)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.flatMap((s) => (s.source ? [s.source] : []))).toEqual(parseImport(text, "a.txt"));
  });

  it("with outlet profiles: applies them from the first article, as the whole parse does", () => {
    const banner = "Đọc báo in mỗi sáng cùng Nhật báo Miền Tây Online";
    const text = `${banner}\n\n${footerArticle}`;
    const outlet = parseImport(text, "a.txt")[0]!.outlet!;
    const profiles = [{ outletKey: lineKey(outlet), outlet, furniture: [lineKey(banner)], dateHints: [] }];
    const { plan, steps } = stepsOf(text, { profiles });
    expect(plan).toEqual({ articles: 1 });
    expect(steps.map((s) => s.profile?.outlet)).toEqual([outlet]);
    expect(steps.flatMap((s) => (s.source ? [s.source] : []))).toEqual(parseImportWithProfiles(text, "a.txt", { profiles }).sources);
  });

  it("with outlet profiles: each article is read with the profile of the outlet it names, and no other outlet's", () => {
    const text = fixture(DOSSIER);
    const plain = parseImport(text, "a.txt");
    const outlets = [...new Set(plain.map((s) => s.outlet!))];
    expect(outlets.length, "the dossier's articles name several outlets").toBeGreaterThan(2);
    // One outlet's profile marks as furniture every header and footer line of another outlet's first article, and of
    // its own first article; dozens of profiles of outlets the text never names sit beside it.
    const [own, other] = [outlets[1]!, outlets[0]!];
    const linesOf = (outlet: string) => plain.find((s) => s.outlet === outlet)!.lines.map((l) => l.key);
    const profile = { outletKey: lineKey(own), outlet: own, furniture: [...linesOf(other), ...linesOf(own).filter((k) => !k.includes(lineKey(own)))], dateHints: [] };
    const unnamed = Array.from({ length: 50 }, (_, i) => ({ outletKey: `bao so ${i}`, outlet: `Báo số ${i}`, furniture: [linesOf(other)[0]!], dateHints: [] }));
    const { plan, steps } = stepsOf(text, { profiles: [...unnamed, profile] });
    expect(plan).toEqual({ articles: plain.length });
    const read = steps.flatMap((s) => (s.source ? [{ source: s.source, profile: s.profile }] : []));
    expect(read.map((r) => r.profile?.outlet ?? null)).toEqual(plain.map((s) => (s.outlet === own ? own : null)));
    // Articles of every other outlet read as with no profile at all.
    read.forEach(({ source }, i) => plain[i]!.outlet !== own && expect(source).toEqual(plain[i]));
    // The outlet's own articles have its lines marked as furniture.
    const first = read.find((r) => r.profile)!.source;
    expect(first.lines.filter((l) => profile.furniture.includes(l.key)).map((l) => l.role)).toContain("furniture");
    expect(parseImportWithProfiles(text, "a.txt", { profiles: [...unnamed, profile] }).applied).toEqual([profile]);
  });
});
