// Saved web pages (.mhtml) crafted by an outsider: a boundary that never closes, 100,000 parts, a part header of a
// megabyte, a page escaped character by character, a charset name of thousands of characters or control codes. Each
// is read in time linear in its size (CPU time compared between sizes, never a wall-clock limit) or refused by name.
import { describe, expect, it } from "vitest";
import { decodeImportFile, ImportFileError } from "@/lib/sources/parse-import";
import { decodeQuotedPrintable } from "@/lib/sources/mime";
import { readWebArchive } from "@/lib/sources/web-archive";
import { bestTime } from "@/lib/sources/pathological";

const PAGE = `<html><body><h1>Nga nhận đạn pháo từ Triều Tiên</h1><p>${"Hai nguồn tin độc lập xác nhận việc chuyển giao qua cảng Rajin. ".repeat(20)}</p></body></html>`;
const head = (extra = "") => `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"${extra}\r\n\r\n`;
const htmlPart = (headers = "") => `--B\r\nContent-Type: text/html\r\n${headers}\r\n${PAGE}\r\n`;
const bytes = (text: string) => Buffer.from(text, "utf8");

describe("a crafted web archive", () => {
  it("whose boundary never closes is read, in time linear in what follows the page", () => {
    const file = (tail: number) => bytes(head() + htmlPart() + "x".repeat(tail));
    expect(readWebArchive(file(1_000))?.html.toString("utf8")).toContain("Nga nhận");
    const [small, large] = [file(250_000), file(2_000_000)];
    const time = (b: Buffer) => bestTime(() => readWebArchive(b), 2);
    time(small);
    expect(time(large)).toBeLessThan(8 * 4 * Math.max(time(small), 2));
  });

  it("of 100,000 parts before the page, or 100,000 pages none of which is the one it names, is read in linear time", () => {
    const images = (count: number) => bytes(head() + "--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n".repeat(count) + htmlPart() + "--B--\r\n");
    expect(readWebArchive(images(100_000))?.html.toString("utf8")).toBe(PAGE);
    const pages = (count: number) => bytes(head('; start="<nowhere>"') + "--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>x=3D1</p>\r\n".repeat(count) + "--B--\r\n");
    // The first page stands in for the missing root, as it does for any archive.
    expect(readWebArchive(pages(100_000))?.html.toString("utf8")).toBe("<p>x=1</p>");
    const time = (b: Buffer) => bestTime(() => readWebArchive(b), 2);
    const [few, many] = [pages(10_000), pages(100_000)];
    time(few);
    expect(time(many)).toBeLessThan(10 * 4 * Math.max(time(few), 2));
  });

  it("with a part header of a megabyte, on one line or folded on thousands, still gives its page", () => {
    expect(readWebArchive(bytes(head() + htmlPart(`X-Padding: ${"a".repeat(1_000_000)}\r\n`) + "--B--\r\n"))?.html.toString("utf8")).toBe(PAGE);
    expect(readWebArchive(bytes(head() + htmlPart(`X-Padding: ${"a\r\n ".repeat(200_000)}\r\n`) + "--B--\r\n"))?.html.toString("utf8")).toBe(PAGE);
    // A header block that never ends holds no page.
    expect(readWebArchive(bytes(head() + "--B\r\nContent-Type: text/html\r\n" + "X-Line: y\r\n".repeat(200_000)))?.html.length ?? 0).toBe(0);
  });

  it("escaped character by character costs little more to decode than plain text", () => {
    const plain = "a".repeat(2_000_000);
    const escapes = "=3D".repeat(700_000);
    const equals = "=".repeat(2_000_000);
    expect(decodeQuotedPrintable(escapes).toString("latin1")).toBe("=".repeat(700_000));
    expect(decodeQuotedPrintable(equals).length).toBe(2_000_000);
    // Each input decoded once before timing, so that no timing pays for compiling the decoder's other branch (files
    // sharing a worker leave it compiled for whatever they decoded). Escapes cost a few times plain text per
    // character (three characters read, two looked up, per byte); the defect this guards against, a slice and a
    // pattern test per "=", cost a hundred times.
    for (const text of [plain, escapes, equals]) decodeQuotedPrintable(text);
    const base = Math.max(bestTime(() => decodeQuotedPrintable(plain)), 2);
    expect(bestTime(() => decodeQuotedPrintable(escapes))).toBeLessThan(10 * base);
    expect(bestTime(() => decodeQuotedPrintable(equals))).toBeLessThan(10 * base);
  });
});

describe("a page declaring a charset nobody knows", () => {
  const refusal = (file: Buffer, name: string) => {
    try {
      decodeImportFile(file, name);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFileError);
      return (error as ImportFileError).message;
    }
    throw new Error("the file was read");
  };

  it("is refused naming at most 40 characters of it, with no control characters echoed", () => {
    const legacy = "<p>C\xe0 ph\xea Vi\xeat Nam</p>";
    const archived = (charset: string) => Buffer.from(`${head()}--B\r\nContent-Type: text/html; charset="${charset}"\r\n\r\n${legacy}\r\n--B--\r\n`, "latin1");
    const huge = refusal(archived("z".repeat(3_900)), "trang.mhtml");
    expect(huge).toBe(`trang.mhtml: page declares charset ${"z".repeat(40)}…, not UTF-8; save it as UTF-8`);
    const controls = refusal(archived("\u0000\u001b[2Jevil"), "trang.mhtml");
    expect(controls).toBe("trang.mhtml: page declares charset ???2Jevil…, not UTF-8; save it as UTF-8");
    const meta = refusal(Buffer.from(`<html><head><meta charset="${"q".repeat(4_000)}"></head><body>${legacy}</body></html>`, "latin1"), "trang.html");
    expect(meta.length).toBeLessThan(120);
    // A known one is still read as the page says.
    expect(decodeImportFile(archived("windows-1258"), "trang.mhtml")).toContain("Cà phê");
  });
});
