// Tests for dossier detection, tolerant TOC matching and splitting.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bestTime } from "./pathological";
import { levenshtein, splitDossier, titleSimilarity } from "./split";

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/articles/${name}`, import.meta.url), "utf8");
const dossier = fixture("dossier-the-chien-quoc-bac-trieu-tien-1.txt");

const para = (topic: string): string =>
  `Bài viết này nói về ${topic}, với nhiều chi tiết được các hãng thông tấn quốc tế đưa tin trong tuần qua tại Seoul và Moscow.`;

describe("titleSimilarity", () => {
  it("scores the dossier's diacritic slips as the same title", () => {
    expect(
      titleSimilarity(
        "An ninh Triều Tiên khử trùng ghế của Kim Jong Un tại cuộc họp với Putin",
        "An ninh Triều Tiên khủ trùng ghê của Kim Jong Un tại cuộc họp với Putin",
      ),
    ).toBe(1);
    expect(
      titleSimilarity(
        "Ông Kim Jong Un thi sát các nhà máy chiến đấu cơ ở vùng Viễn Đông Nga",
        "Ông Kim Jong Un thị sát các nhà máy chiến đấu cơ ở vùng Viễn Đông Nga",
      ),
    ).toBe(1);
  });

  it("scores a one-word slip ('Tin tức' for 'Tin tặc') high", () => {
    expect(
      titleSimilarity(
        "Tin tức Triều Tiên tấn công hãng sản xuất phi đạn hàng đầu của Nga",
        "Tin tặc Triều Tiên tấn công hãng sản xuất phi đạn hàng đầu của Nga",
      ),
    ).toBeGreaterThan(0.95);
  });

  it("ignores link and bold markup and escaped parentheses", () => {
    expect(titleSimilarity("[Thế chiến quốc - Bắc Triều Tiên \\(1\\)](#)", "**Thế chiến quốc – Bắc Triều Tiên (1)**")).toBe(1);
  });

  it("keeps a sub-heading that shares words with a title well below the match threshold", () => {
    expect(
      titleSimilarity("Bên trong đoàn tàu bọc thép của lãnh đạo Triều Tiên Kim Jong Un có gì?", "Bên trong đoàn tàu của ông Kim có gì?"),
    ).toBeLessThan(0.8);
    expect(titleSimilarity("Mỹ - Nhật - Hàn tăng cường hợp tác toàn diện", "Mỹ-Nhật-Hàn")).toBeLessThan(0.5);
  });
});

describe("splitDossier on the sample dossier", () => {
  const split = splitDossier(dossier);

  it("finds the dossier title and a table of contents of 26 entries", () => {
    expect(split?.dossierTitle).toBe("Thế chiến quốc - Bắc Triều Tiên - 1");
    expect(split?.tocTitles).toHaveLength(26);
    expect(split?.tocTitles[0]).toBe("Liên minh Nga - Kim Jong Un đáng lo ngại như thế nào?");
    expect(split?.tocTitles[25]).toBe("Hoa Kỳ, Nhật Bản và Hàn Quốc sẽ chia sẻ thông tin về các vụ Bắc Triều Tiên phóng tên lửa");
  });

  it("cuts exactly 26 articles, numbered 1 to 26 in TOC order, with no dossier warning", () => {
    expect(split?.segments.map((s) => s.index)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(split?.warnings).toEqual([]);
  });

  it("cuts contiguous slices that start at the article headings and end at the file end", () => {
    const segs = split?.segments ?? [];
    segs.forEach((s, i) => {
      expect(dossier.slice(s.start, s.bodyStart)).toMatch(/^(?:#{2} |\*\*\[)/);
      if (i > 0) expect(segs[i - 1]?.end).toBe(s.start);
    });
    expect(segs.at(-1)?.end).toBe(dossier.length);
  });

  it("matches headings written as plain text, links and bold links", () => {
    const segs = split?.segments ?? [];
    expect(dossier.slice(segs[2]?.start, segs[2]?.bodyStart)).toBe("## Lãnh đạo Bắc Triều Tiên rời Nga với món quà biểu tượng: 5 drone quân sự\n");
    expect(dossier.slice(segs[1]?.start, segs[1]?.bodyStart)).toMatch(/^## \[An ninh Triều Tiên khủ trùng ghê/);
    expect(dossier.slice(segs[25]?.start, segs[25]?.bodyStart)).toMatch(/^\*\*\[Hoa Kỳ, Nhật Bản và Hàn Quốc/);
  });

  it("uses the better attested spelling when TOC and heading differ, and says so", () => {
    const segs = split?.segments ?? [];
    expect(segs[1]?.title).toBe("An ninh Triều Tiên khử trùng ghế của Kim Jong Un tại cuộc họp với Putin"); // TOC spelling
    expect(segs[8]?.title).toBe("Ông Kim Jong Un thị sát các nhà máy chiến đấu cơ ở vùng Viễn Đông Nga"); // heading spelling
    expect(segs[20]?.title).toBe("Tin tặc Triều Tiên tấn công hãng sản xuất phi đạn hàng đầu của Nga"); // heading spelling
    expect(segs[1]?.warnings[0]).toMatch(/differs from the article heading/);
    expect(segs.filter((s) => s.warnings.length > 0).map((s) => s.index)).toEqual([2, 9, 21]);
  });

  it("does not start an article at a sub-heading", () => {
    const segs = split?.segments ?? [];
    const tinTac = segs[20];
    expect(dossier.slice(tinTac?.bodyStart, tinTac?.end)).toContain("## **Đánh cắp email**");
    const trungQuoc = segs[6];
    expect(dossier.slice(trungQuoc?.bodyStart, trungQuoc?.end)).toContain("## **Mỹ-Nhật-Hàn**");
    const doanTau = segs[18];
    expect(dossier.slice(doanTau?.bodyStart, doanTau?.end)).toContain("### **Bên trong đoàn tàu của ông Kim có gì?**");
  });
});

describe("splitDossier on other inputs", () => {
  it("returns null for single articles", () => {
    expect(splitDossier(fixture("nhattan-2023-09-arms-talks.txt"))).toBeNull();
    expect(splitDossier(fixture("thecanadalife-2023-09-kim-to-russia.txt"))).toBeNull();
  });

  it("warns about a TOC entry that has no article and still splits the rest", () => {
    const text = [
      "# Hồ sơ thử",
      "[Bài một về Nga](#)",
      "[Bài hai về Triều Tiên](#)",
      "[Bài ba bị thiếu trong hồ sơ](#)",
      "## [Bài một về Nga](#)",
      "18/09/2023",
      para("Nga"),
      "## Bài hai về Triều Tiên",
      "Capture à partir de :[VOA](#)",
      para("Triều Tiên"),
    ].join("\n\n");
    const split = splitDossier(text);
    expect(split?.segments.map((s) => s.title)).toEqual(["Bài một về Nga", "Bài hai về Triều Tiên"]);
    expect(split?.warnings).toEqual(['table of contents entry 3 "Bài ba bị thiếu trong hồ sơ" has no matching article']);
  });

  it("splits off an article the TOC forgot when its heading is followed by a capture line", () => {
    const text = [
      "[Bài một về Nga](#)",
      "[Bài hai về Triều Tiên](#)",
      "[Bài ba về Hàn Quốc](#)",
      "## [Bài một về Nga](#)",
      "Capture à partir de :[RFI](#)",
      para("Nga"),
      "## Một bài không có trong mục lục",
      "Capture à partir de :[VOA](#)",
      para("mục lục"),
      "## [Bài hai về Triều Tiên](#)",
      "Capture à partir de :[RFI](#)",
      para("Triều Tiên"),
      "## [Bài ba về Hàn Quốc](#)",
      "Đăng ngày: 04/06/2023 - 13:11",
      para("Hàn Quốc"),
      "## **Tiểu mục của bài ba**",
      para("tiểu mục"),
    ].join("\n\n");
    const split = splitDossier(text);
    expect(split?.segments.map((s) => [s.index, s.title])).toEqual([
      [1, "Bài một về Nga"],
      [null, "Một bài không có trong mục lục"],
      [2, "Bài hai về Triều Tiên"],
      [3, "Bài ba về Hàn Quốc"],
    ]);
    expect(split?.warnings).toEqual(['article "Một bài không có trong mục lục" is not listed in the table of contents']);
  });

  it("is not fooled by three short lines that match nothing later", () => {
    expect(splitDossier(`Loader\n\nTrang chủ\n\nThế giới\n\n${para("Nga")}\n\n${para("Mỹ")}`)).toBeNull();
  });

  it("keeps offsets into the original text when it has CRLF line ends", () => {
    const text = "[Bài một về Nga](#)\r\n\r\n[Bài hai về Mỹ](#)\r\n\r\n[Bài ba về Hàn](#)\r\n\r\n## Bài một về Nga\r\n\r\n18/09/2023\r\n\r\nNội dung một.\r\n\r\n## Bài hai về Mỹ\r\n\r\n18/09/2023\r\n\r\nNội dung hai.\r\n\r\n## Bài ba về Hàn\r\n\r\n18/09/2023\r\n\r\nNội dung ba.\r\n";
    const split = splitDossier(text);
    expect(split?.segments).toHaveLength(3);
    expect(text.slice(split?.segments[1]?.start, split?.segments[1]?.end)).toBe("## Bài hai về Mỹ\r\n\r\n18/09/2023\r\n\r\nNội dung hai.\r\n\r\n");
  });
});

describe("splitDossier with plain-text headings", () => {
  it("matches a plain heading line when a dateline follows it, and skips furniture above the TOC", () => {
    const text = [
      "Loader",
      "# Hồ sơ",
      "- Bài một về Nga",
      "- Bài hai về Mỹ",
      "- Bài ba về Hàn",
      "Bài một về Nga",
      "18/09/2023",
      para("Nga"),
      "Bài hai về Mỹ",
      "Đăng ngày: 17/09/2023 - 11:41",
      para("Mỹ"),
      "Bài ba về Hàn",
      para("Hàn Quốc, không có dòng ngày"),
    ].join("\n\n");
    const split = splitDossier(text);
    expect(split?.dossierTitle).toBe("Hồ sơ");
    expect(split?.segments.map((s) => s.title)).toEqual(["Bài một về Nga", "Bài hai về Mỹ"]);
    expect(split?.warnings).toEqual(['table of contents entry 3 "Bài ba về Hàn" has no matching article']);
  });
});

describe("a long dossier is split in time that grows with its length, not its square", () => {
  // Titles drawn from one small vocabulary, so every entry shares words with every heading and no heading is told
  // apart from the others by its words or its length alone: each comparison reaches the edit distance.
  const WORDS = "Nga Triều Tiên ký thỏa thuận vũ khí mới tại Bình Nhưỡng Moscow bác bỏ cáo buộc chuyển giao đạn pháo tên lửa".split(" ");
  const title = (i: number): string => {
    const words: string[] = [];
    for (let k = 0, x = i * 7919 + 1; k < 12; k++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      words.push(WORDS[x % WORDS.length] as string);
    }
    return `${words.join(" ")} ${i}`;
  };
  /** `dated`: each heading followed by a dateline (an article's start); else by a place and date inside a sentence. */
  const build = (entries: number, dated: boolean): string => {
    const toc = Array.from({ length: entries }, (_, i) => `- ${title(i)}`);
    const body = Array.from({ length: entries }, (_, i) => [`## ${title(i)}`, dated ? "07/12/2026 08:15" : "Hà Nội, 07/12/2026 — Đoạn mở đầu của bài.", para(`bài ${i}`)].join("\n\n"));
    return ["# Hồ sơ", toc.join("\n"), ...body].join("\n\n");
  };

  for (const dated of [false, true]) {
    it(`matches every entry of 250 and of 2,000 (headings ${dated ? "with" : "without"} a dateline), 8× the entries in at most 24× the time`, () => {
      const texts = new Map([250, 2000].map((n) => [n, build(n, dated)]));
      for (const [n, text] of texts) expect(splitDossier(text)?.segments).toHaveLength(n);
      const [small, large] = [250, 2000].map((n) => bestTime(() => splitDossier(texts.get(n) as string), 2)) as [number, number];
      // (matching every entry against every heading below it grew with the square: 2,000 entries took 45 s of CPU)
      expect(large / small, `${small.toFixed(0)} ms → ${large.toFixed(0)} ms`).toBeLessThanOrEqual(24);
    }, 120_000);
  }

  it("refuses a long list whose entries match nothing without comparing the rest once half cannot be reached", () => {
    const text = build(2000, true).replace(/^- (.*) (\d+)$/gm, "- Một tiêu đề khác hẳn số $2");
    const cpu = bestTime(() => expect(splitDossier(text)).toBeNull(), 1);
    expect(cpu, `${cpu.toFixed(0)} ms`).toBeLessThan(20_000);
  }, 120_000);
});

describe("the edit distance counted only as far as it matters", () => {
  it("is exact up to the bound asked and above it past the bound, on pairs near and far", () => {
    let x = 7;
    const next = (n: number): number => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x % n);
    const word = (): string => Array.from({ length: 1 + next(40) }, () => "abcdeđéếở "[next(10)]).join("");
    for (let pair = 0; pair < 400; pair++) {
      const a = word();
      const b = pair % 2 === 0 ? word() : a.replace(/./g, (c) => (next(5) === 0 ? "xyz"[next(3)] as string : c)).slice(next(3));
      const full = levenshtein(a, b);
      for (const most of [0, 1, 3, 8, 20]) {
        const bounded = levenshtein(a, b, most);
        if (full <= most) expect(bounded, `${a} / ${b} within ${most}`).toBe(full);
        else expect(bounded, `${a} / ${b} within ${most}`).toBeGreaterThan(most);
      }
    }
  });
});
