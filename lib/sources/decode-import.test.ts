// Tests for decodeImportFile: accepted encodings and HTML pages, and every rejected kind of file.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeImportFile, importPage, ImportFileError, MAX_IMPORT_BYTES } from "./parse-import";
import { savedPage } from "@/test/web-archive-file";

const SAMPLE = "Nhà lãnh đạo Triều Tiên Kim Jong Un đã đi tàu hỏa tới Nga.\n";

function reasonOf(bytes: Buffer, name = "bad.txt"): { reason: string; message: string } {
  try {
    decodeImportFile(bytes, name);
  } catch (error) {
    if (error instanceof ImportFileError) return { reason: error.reason, message: error.message };
    throw error;
  }
  throw new Error("expected decodeImportFile to throw");
}

describe("decodeImportFile accepts", () => {
  it("UTF-8 text, such as the sample articles", () => {
    const bytes = readFileSync(new URL("../../fixtures/articles/nhattan-2023-09-arms-talks.txt", import.meta.url));
    expect(decodeImportFile(bytes, "nhattan.txt")).toBe(bytes.toString("utf8"));
  });

  it("UTF-8 with a byte-order mark, dropping the mark", () => {
    expect(decodeImportFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]), "bom.txt")).toBe(SAMPLE);
  });

  it("UTF-16 little-endian with a byte-order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, "utf16le")]);
    expect(decodeImportFile(bytes, "utf16le.txt")).toBe(SAMPLE);
  });

  it("UTF-16 little-endian without a byte-order mark (told by its zero bytes), a whole sample article", () => {
    const text = readFileSync(new URL("../../fixtures/articles/nhattan-2023-09-arms-talks.txt", import.meta.url), "utf8");
    expect(decodeImportFile(Buffer.from(text, "utf16le"), "no-bom-le.txt")).toBe(text);
  });

  it("UTF-16 big-endian without a byte-order mark", () => {
    const le = Buffer.from(SAMPLE, "utf16le");
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] as number;
      be[i + 1] = le[i] as number;
    }
    expect(decodeImportFile(be, "no-bom-be.txt")).toBe(SAMPLE);
  });

  it("UTF-16 big-endian with a byte-order mark", () => {
    const le = Buffer.from(SAMPLE, "utf16le");
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] as number;
      be[i + 1] = le[i] as number;
    }
    expect(decodeImportFile(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), "utf16be.txt")).toBe(SAMPLE);
  });

  it("an HTML page (.html, .htm, .xhtml), returned as its article text rather than markup", () => {
    const page = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin</title></head><body><article><h1>Kim Jong Un tới Nga</h1><p>Đoàn tàu đã tới Nga &amp; dừng ở ga biên giới.</p></article></body></html>';
    for (const name of ["page.html", "PAGE.HTM", "page.xhtml"]) {
      expect(decodeImportFile(Buffer.from(page), name)).toBe("# Kim Jong Un tới Nga\n\nĐoàn tàu đã tới Nga & dừng ở ga biên giới.\n");
    }
  });

  it("an HTML page in UTF-16 with a byte-order mark, whatever its meta charset says", () => {
    const page = '<html><head><meta charset="utf-16"></head><body><p>Triều Tiên đã phóng tên lửa.</p></body></html>';
    expect(decodeImportFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, "utf16le")]), "u16.html")).toBe("Triều Tiên đã phóng tên lửa.\n");
  });

  it("text with tabs, form feeds and CRLF line ends", () => {
    expect(decodeImportFile(Buffer.from("a\tb\r\n\fc\r\n"), "tabs.txt")).toBe("a\tb\r\n\fc\r\n");
  });
});

describe("decodeImportFile rejects, with one clear line naming the file", () => {
  it("an empty file", () => {
    expect(reasonOf(Buffer.alloc(0), "empty.txt")).toEqual({ reason: "empty", message: "empty.txt: file is empty" });
  });

  it("a file of whitespace only", () => {
    expect(reasonOf(Buffer.from(" \n\r\n\t "), "blank.txt")).toEqual({ reason: "empty", message: "blank.txt: file contains only whitespace" });
  });

  it("a binary file with NUL bytes (a PNG header)", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(reasonOf(png, "photo.txt")).toEqual({ reason: "binary", message: "photo.txt: binary file (contains NUL bytes), not text" });
  });

  it("a file full of control characters", () => {
    const bytes = Buffer.from(`${SAMPLE}\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008`.repeat(4));
    expect(reasonOf(bytes).reason).toBe("binary");
  });

  it("Latin-1 or Windows-1258 bytes that are not UTF-8, giving the offset", () => {
    const latin1 = Buffer.from("Vi\xeat Nam", "latin1");
    expect(reasonOf(latin1, "latin1.txt")).toEqual({
      reason: "encoding",
      message: "latin1.txt: not valid UTF-8 (bad byte at offset 2); save it as UTF-8 or UTF-16 with a BOM",
    });
  });

  it("truncated UTF-8 at the end of the file", () => {
    const cut = Buffer.from("Triều Tiên", "utf8").subarray(0, 4);
    expect(reasonOf(cut).reason).toBe("encoding");
  });

  it("UTF-16 with a byte-order mark but an unpaired surrogate", () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]);
    expect(reasonOf(bytes, "u16.txt")).toEqual({ reason: "encoding", message: "u16.txt: not valid UTF-16LE text despite its byte-order mark" });
  });

  it("a file over 20 MB", () => {
    const { reason, message } = reasonOf(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x61), "huge.txt");
    expect(reason).toBe("too-large");
    expect(message).toBe("huge.txt: file is 20.0 MB, over the 20 MB import limit");
  });

  it("an HTML page in a charset this desk cannot read", () => {
    const page = Buffer.from('<html><head><meta charset="x-vni"></head><body><p>Vi\xeat Nam</p></body></html>', "latin1");
    expect(reasonOf(page, "page.html")).toEqual({ reason: "encoding", message: "page.html: page declares charset x-vni, not UTF-8; save it as UTF-8" });
    const utf16 = Buffer.from('<html><head><meta charset="utf-16"></head><body><p>Vi\xeat Nam</p></body></html>', "latin1");
    expect(reasonOf(utf16, "page.html").reason).toBe("encoding");
  });

  it("an HTML page with no text in it, or a binary file named .html", () => {
    expect(reasonOf(Buffer.from("<html><head><script>alert(1)</script></head><body><nav>Trang chủ</nav></body></html>"), "page.htm")).toEqual({
      reason: "empty",
      message: "page.htm: HTML page has no text",
    });
    expect(reasonOf(Buffer.from([0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e, 0x00, 0x00]), "page.html").reason).toBe("binary");
  });

  it("with messages that fit on one line", () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from([0, 1, 2]), Buffer.from([0xc3])]) {
      expect(reasonOf(bytes).message).not.toContain("\n");
    }
  });

  it("and accepts a file of exactly 20 MB", () => {
    expect(decodeImportFile(Buffer.alloc(MAX_IMPORT_BYTES, 0x61), "limit.txt")).toHaveLength(MAX_IMPORT_BYTES);
  });
});

describe("a saved page in the legacy charset it declares", () => {
  const page = (charset: string, body: string) =>
    Buffer.concat([Buffer.from(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>t</title></head><body><article><h1>`), Buffer.from(body, "latin1"), Buffer.from("</h1></article></body></html>")]);

  it("reads Windows-1258 Vietnamese, its tone marks composed", () => {
    // "Việt Nam" and "Đán" with Windows-1258's combining dot below (0xF2) and acute (0xEC)
    const text = decodeImportFile(page("windows-1258", "Vi\xea\xf2t Nam \xd0a\xecn"), "page.html");
    expect(text).toContain("Việt Nam Đán");
  });

  it("reads Windows-1252 and ISO-8859-1 English with its curly quotes and accents", () => {
    expect(decodeImportFile(page("windows-1252", "\x93Caf\xe9 talks\x94 in P\xe9rez\x92s name"), "page.htm")).toContain("“Café talks” in Pérez’s name");
    expect(decodeImportFile(page("iso-8859-1", "Caf\xe9"), "page.htm")).toContain("Café");
  });

  it("reads a page whose bytes are UTF-8 as UTF-8, whatever its stale declaration says", () => {
    const stale = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><html><body><article><h1>Tin tức Triều Tiên</h1></article></body></html>');
    expect(decodeImportFile(stale, "page.xhtml")).toContain("Tin tức Triều Tiên");
  });
});

describe("importPage: the page a file gives, before its article text is taken", () => {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Kim Jong Un tới Nga</title></head><body><article><h1>Kim Jong Un tới Nga</h1><p>${SAMPLE.trim()}</p><p>${SAMPLE.trim()}</p></article></body></html>`;

  it("is the decoded markup of a page, whatever byte-order mark it came with, with no address", () => {
    expect(importPage(Buffer.from(html, "utf8"), "page.html")).toEqual({ markup: html, savedFrom: null });
    expect(importPage(Buffer.from(`\ufeff${html}`, "utf8"), "page.html")).toEqual({ markup: html, savedFrom: null });
  });

  it("is the page inside a page saved as one file, with the address it was saved from", () => {
    const saved = savedPage(html, "https://example.vn/tin/kim-toi-nga.html");
    expect(importPage(saved, "page.mhtml")).toEqual({ markup: html, savedFrom: "https://example.vn/tin/kim-toi-nga.html" });
  });

  it("gives the page whose article text decodeImportFile returns", () => {
    const bytes = Buffer.from(html, "utf8");
    expect(decodeImportFile(bytes, "page.html")).toContain(SAMPLE.trim());
    expect(decodeImportFile(Buffer.from(importPage(bytes, "page.html")!.markup, "utf8"), "again.html")).toBe(decodeImportFile(bytes, "page.html"));
  });

  it("is null for a file that is not a page: text, and refuses what decodeImportFile refuses", () => {
    expect(importPage(Buffer.from(SAMPLE), "article.txt")).toBeNull();
    expect(() => importPage(Buffer.alloc(0), "empty.html")).toThrow(ImportFileError);
  });
});

describe("byte-order marks left inside a file's text", () => {
  it("are dropped wherever they stand: a file converted twice, two files joined, one inside a word", () => {
    const text = "Điện Kremlin ph\uFEFFủ nhận\n\nHà Nội, 21/9/2023\n\nMột đoạn văn.\uFEFF\n\uFEFFĐoạn của tệp thứ hai.";
    const clean = "Điện Kremlin phủ nhận\n\nHà Nội, 21/9/2023\n\nMột đoạn văn.\nĐoạn của tệp thứ hai.";
    expect(decodeImportFile(Buffer.from(`\uFEFF\uFEFF${text}`), "hai-lan.txt")).toBe(clean);
    expect(decodeImportFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`\uFEFF${text}`, "utf16le")]), "utf16.txt")).toBe(clean);
    // A literal one in a saved page's text too (a reference, &#xFEFF;, is read as a space by the page reader, as any).
    expect(decodeImportFile(Buffer.from(`<!doctype html><html><head><meta charset="utf-8"></head><body><article><h1>Điện Kremlin ph\uFEFFủ nhận</h1></article></body></html>`), "trang.html")).toContain("Điện Kremlin phủ nhận");
  });
});
