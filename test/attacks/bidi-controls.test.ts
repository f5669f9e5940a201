// Right-to-left override and its kin in what an outsider can get into the desk (an imported article's title, a
// claimant's name copied from one, a claim): an unclosed U+202E reverses the rest of its line wherever the text is
// shown, so a name could turn the verdict printed after it around. Every parsed input drops these controls; the
// marks U+200E/U+200F, which cannot reorder anything, and passwords are left as they are.
import { describe, expect, it } from "vitest";
import { parseInput } from "@/lib/validation";
import { claimFieldsSchema } from "@/lib/claims/schemas";
import { importRequestSchema } from "@/lib/sources/schemas";
import { changePasswordSchema, signInSchema } from "@/lib/auth/schemas";
import { decodeImportFile, parseImport } from "@/lib/sources/parse-import";
import { runImportCli, type ParsedInputFile } from "@/scripts/import-cli";

const RLO = "\u202E";
const CONTROLS = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];

describe("bidirectional controls in input", () => {
  it("are dropped from every string of a parsed claim, nested ones included", () => {
    const parsed = parseInput(claimFieldsSchema, {
      text: `Nga nhận đạn pháo ${RLO}ESLAF :tcidreV`,
      claimantName: `Bộ Quốc phòng${CONTROLS.join("")}`,
      gloss: "Ghi chú \u200Fמילה\u200E tiếp",
      kind: "ARMS_TRANSFER",
      tags: [`nga${RLO}`, "\u2067triều tiên\u2069"],
    });
    expect(parsed.text).toBe("Nga nhận đạn pháo ESLAF :tcidreV");
    expect(parsed.claimantName).toBe("Bộ Quốc phòng");
    expect(parsed.gloss).toBe("Ghi chú \u200Fמילה\u200E tiếp");
    expect(parsed.tags).toEqual(["nga", "triều tiên"]);
    expect(JSON.stringify(parsed)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it("are dropped from an imported article's text and the editor's corrections to it", () => {
    const parsed = parseInput(importRequestSchema, {
      fileName: `bai${RLO}txt.exe`,
      text: `Tiêu đề ${RLO}gnaB\n\nHà Nội, 21/9/2023\n\nMột đoạn văn.`,
      overrides: [{ index: 0, title: `Sửa ${RLO}lại`, author: "\u202Bphóng viên" }],
    });
    expect(parsed.fileName).toBe("baitxt.exe");
    expect(parsed.text).toBe("Tiêu đề gnaB\n\nHà Nội, 21/9/2023\n\nMột đoạn văn.");
    expect(parsed.overrides[0]).toMatchObject({ title: "Sửa lại", author: "phóng viên" });
  });

  it("are kept in passwords, which are compared and never shown", () => {
    const password = `mật khẩu${RLO}dài đủ rồi`;
    expect(parseInput(signInSchema, { email: "a@desk.test", password }).password).toBe(password);
    expect(parseInput(changePasswordSchema, { currentPassword: password, newPassword: password, confirmPassword: password })).toMatchObject({ currentPassword: password, newPassword: password });
  });

  // A saved page spells them as character references, which no typed input holds: they decode only as the page is read.
  const PARAGRAPH = "Ông Nguyễn Văn A nói rằng lạm phát đã giảm mạnh trong năm nay theo số liệu chính thức";
  const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Tin &#x202E;giả&#8236; x</title>
<meta name="author" content="Ab &#x202E;Cd"><meta property="og:site_name" content="Báo &#8238;X"></head>
<body><article><h1>Tin &#x202E;giả&#x202C; x</h1><p>${PARAGRAPH} &#x2067;ẩn&#x2069; nhé.</p>
<figure><img src="a.jpg"><figcaption>Ảnh &#x202E;chú thích</figcaption></figure><p>${PARAGRAPH} \u202Elần hai.</p></article></body></html>`;
  const TEXT = `Tiêu đề \u202Engược\n\nHà Nội, 21/9/2023\n\n${PARAGRAPH} \u2066dài\u2069 đủ để đọc.`;
  const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

  it("are dropped from an uploaded file's text and every field read from it, character references included", () => {
    for (const [name, bytes] of [["trang.html", Buffer.from(PAGE)], ["bai.txt", Buffer.from(TEXT)]] as const) {
      const text = decodeImportFile(bytes, name);
      expect(text).not.toMatch(BIDI);
      const sources = parseImport(text, name);
      expect(sources).toHaveLength(1);
      expect(JSON.stringify(sources)).not.toMatch(BIDI);
    }
    const page = parseImport(decodeImportFile(Buffer.from(PAGE), "trang.html"), "trang.html")[0]!;
    expect(page).toMatchObject({ title: "Tin giả x", author: "Ab Cd", outlet: "Báo X" });
    expect(page.captions.join(" ")).toContain("Ảnh chú thích");
  });

  it("are dropped from what the import command line stores", async () => {
    const stored: ParsedInputFile[] = [];
    const files: Record<string, Buffer> = { "trang.html": Buffer.from(PAGE), "bai.txt": Buffer.from(TEXT) };
    const code = await runImportCli(Object.keys(files), {
      stdout: () => {},
      stderr: () => {},
      readFile: async (path) => files[path]!,
      fileSize: async (path) => files[path]!.length,
      store: async (parsed) => void stored.push(...parsed),
    });
    expect(code).toBe(0);
    expect(stored.map((f) => f.sources.length)).toEqual([1, 1]);
    expect(JSON.stringify(stored)).not.toMatch(BIDI);
  });
});
