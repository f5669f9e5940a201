// Tests for normalisation, diacritic folding and the dedup hash.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseImport } from "./parse-import";
import {
  canonicalText,
  collapseWhitespace,
  foldDiacritics,
  foldForMatch,
  hashableText,
  hashNormalizedParts,
  normalizedHash,
  normalizeLine,
  tabTableRows,
  normalizeText,
} from "./normalize";

describe("foldDiacritics", () => {
  it("lower-cases and strips Vietnamese tone and vowel marks", () => {
    expect(foldDiacritics("Khử trùng GHẾ")).toBe("khu trung ghe");
    expect(foldDiacritics("Bình Nhưỡng")).toBe("binh nhuong");
    expect(foldDiacritics("Thượng đỉnh Putin-Kim")).toBe("thuong dinh putin-kim");
  });

  it("turns đ and Đ into d", () => {
    expect(foldDiacritics("Điện Kremlin, Đà Nẵng, đạn dược")).toBe("dien kremlin, da nang, dan duoc");
  });

  it("makes the TOC slips of the dossier identical", () => {
    expect(foldDiacritics("khử trùng ghế")).toBe(foldDiacritics("khủ trùng ghê"));
    expect(foldDiacritics("thi sát")).toBe(foldDiacritics("thị sát"));
  });

  it("gives the same result for decomposed (NFD) and composed input", () => {
    expect(foldDiacritics("Việt".normalize("NFD"))).toBe(foldDiacritics("Việt"));
  });

  it("reduces punctuation and markup to single spaces for matching", () => {
    expect(foldForMatch("[Thượng đỉnh Kim – Putin và cuộc « mặc cả »](#)")).toBe("thuong dinh kim putin va cuoc mac ca");
  });
});

describe("normalizeText", () => {
  it("composes NFD text to NFC", () => {
    const nfd = "Triều Tiên".normalize("NFD");
    expect(normalizeText(nfd)).toBe("Triều Tiên");
    expect(normalizeText(nfd).length).toBe("Triều Tiên".length);
  });

  it("turns CRLF and CR into LF and keeps blank lines", () => {
    expect(normalizeText("a\r\n\r\nb\rc")).toBe("a\n\nb\nc");
  });

  it("replaces no-break and other odd spaces and removes zero-width characters", () => {
    expect(normalizeText("Mỹ\u00A0và\u2009Nga\u200B\uFEFF")).toBe("Mỹ và Nga");
  });

  it("collapses runs of spaces, as in 'Mỹ  và' of the Canada Life capture", () => {
    expect(normalizeText("Mỹ  và các đối tác")).toBe("Mỹ và các đối tác");
  });

  it("leaves line structure alone in canonicalText", () => {
    expect(canonicalText("a  b\n\n\n\nc")).toBe("a  b\n\n\n\nc");
  });

  it("trims a line and collapses inner runs in normalizeLine", () => {
    expect(normalizeLine("  Loader \t ")).toBe("Loader");
    expect(normalizeLine("hồi đầu năm nay.  ")).toBe("hồi đầu năm nay.");
  });

  it("collapses every kind of whitespace in collapseWhitespace", () => {
    expect(collapseWhitespace(" a\n\n b\t c ")).toBe("a b c");
  });
});

describe("normalizedHash", () => {
  const article = "Theo Reuters, các cuộc đàm phán vũ khí giữa Nga và Triều Tiên đang có xu thế tiến triển.\n\nNhật Tân";

  it("is a 64-character sha256 hex digest of the whitespace-folded text", () => {
    const expected = createHash("sha256").update(hashableText(article), "utf8").digest("hex");
    expect(normalizedHash(article)).toBe(expected);
    expect(normalizedHash(article)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("ignores line breaks, indentation and space runs", () => {
    const reflowed = "  Theo Reuters,   các cuộc đàm phán vũ khí\ngiữa Nga và Triều Tiên đang có xu thế tiến triển.\r\n\r\n\r\n   Nhật Tân  ";
    expect(normalizedHash(reflowed)).toBe(normalizedHash(article));
  });

  it("ignores composition (NFD vs NFC) and zero-width characters", () => {
    expect(normalizedHash(article.normalize("NFD"))).toBe(normalizedHash(article));
    expect(normalizedHash(article.replace("Reuters", "Reu\u200Bters"))).toBe(normalizedHash(article));
  });

  it("changes when a word changes", () => {
    expect(normalizedHash(article.replace("Nga", "Mỹ"))).not.toBe(normalizedHash(article));
  });

  it("hashes clean parts exactly like the joined body", () => {
    const parts = ["Đoạn một.", "Tiêu đề", "Đoạn hai, “trích dẫn”."];
    expect(hashNormalizedParts(parts)).toBe(normalizedHash(parts.join("\n\n")));
  });
});

describe("tab-separated tables in text copies", () => {
  const LEAD = "Kim ngạch thương mại giữa hai nước tăng mạnh trong mười tháng, theo số liệu hải quan công bố hôm thứ Tư.";
  const TABLE = ["Mặt hàng\t10 tháng 2025\t10 tháng 2026", "Dầu mỏ tinh chế\t24\t41", "Bột mì\t10\t19"];

  it("keeps the cells of two or more lines in a row with the same number of tabs, as rows between bars", () => {
    expect(tabTableRows([LEAD, ...TABLE, LEAD].join("\n"))).toBe(
      [LEAD, "| Mặt hàng | 10 tháng 2025 | 10 tháng 2026 |", "| Dầu mỏ tinh chế | 24 | 41 |", "| Bột mì | 10 | 19 |", LEAD].join("\n"),
    );
    const [s] = parseImport(["Thương mại tăng mạnh trong mười tháng", "", LEAD, "", ...TABLE, "", LEAD.replace("Kim ngạch", "Giá trị")].join("\n"), "t.txt");
    expect(s?.blocks.some((b) => b.text.includes("Dầu mỏ tinh chế | 24 | 41"))).toBe(true);
  });

  it("leaves a tab alone on one line, an indent, an empty cell or runs of different widths as spaces", () => {
    for (const text of ["04/12/2026, 09:12\tTitle of the page", "\tIndented paragraph.\n\tAnother one.", "A\t\tB\nC\t\tD", "A\tB\nC\tD\tE", "A|x\tB\nC\tD"]) {
      expect(tabTableRows(text), text).toBe(text);
    }
  });

  it("hashes a text without such a table as before: its tabs read as spaces", () => {
    const body = ["Thương mại tăng mạnh trong mười tháng", "", LEAD, "", "Nguồn:\tHải quan Nga", "", LEAD.replace("Kim ngạch", "Giá trị")];
    const [tabbed] = parseImport(body.join("\n"), "t.txt");
    const [spaced] = parseImport(body.join("\n").replace(/\t/g, " "), "t.txt");
    expect(tabbed?.contentHash).toBe(spaced?.contentHash);
    expect(canonicalText("A\tB")).toBe("A B");
  });
});
