// Control characters in what an import reads: a saved page's `&#x1B;` (an escape), `&#x7;` (a bell) or `&#x9B;` (a
// terminal's one-byte escape), a document's run, an e-mail's encoded word, a pasted copy. Kept in a title, a byline or
// an outlet, they were stored and shown as they came, in the preview, on the claim and in the command line's output.
// Each format's text comes back without them (tab and line breaks kept as the normalisation reads them), and a C1
// code read as Latin-1 from Windows-1252 text is the character it stood for.
import { describe, expect, it } from "vitest";
import { decodeImportFile, parseImport, type ParsedSource } from "@/lib/sources/parse-import";
import { importRequestSchema } from "@/lib/sources/schemas";
import { parseInput } from "@/lib/validation";
import { savedPage } from "@/test/web-archive-file";
import { docx, entity, message, odt, para } from "@/test/zip-file";

/** Every control but tab, line feed, carriage return, vertical tab, form feed and NEL: C0, DEL and C1. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;
const PARAGRAPH = "Ông Nguyễn Văn A nói rằng lạm phát đã giảm mạnh trong năm nay theo số liệu chính thức của cơ quan thống kê";
const SECOND = "Các chuyên gia cho rằng con số này cần được xem xét thêm trong bối cảnh giá năng lượng biến động mạnh";

/** The article read from the file as an upload is; its fields and its text hold no control character. */
function cleanArticle(bytes: Buffer, name: string): ParsedSource {
  const text = decodeImportFile(bytes, name);
  expect(text, name).not.toMatch(CONTROL);
  const sources = parseImport(text, name);
  expect(sources, name).toHaveLength(1);
  expect(JSON.stringify(sources), name).not.toMatch(CONTROL);
  return sources[0]!;
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Tin &#x1B;[2Jgiả&#x7; x</title>
<meta name="author" content="Trần &#x9B;31mBình"><meta property="og:site_name" content="Báo&#x7F; X"></head>
<body><article><h1>Tin &#x1B;[2Jgiả&#x7; x</h1><p>${PARAGRAPH}&#x1B;[0m.</p>
<figure><img src="a.jpg"><figcaption>Ảnh &#x8;chú thích</figcaption></figure><p>${SECOND} \u0092lần hai\u0092.</p></article></body></html>`;

describe("control characters in an imported file", () => {
  it("are dropped from a text file, literal escapes included, tabs and line breaks kept", () => {
    const text = `Tin \u001b[2Jgiả\u0007 x\r\n\r\nHà Nội, 21/9/2023\u0000\n\n${PARAGRAPH}\u001b[0m.\n\n${SECOND}\tđủ\u007f \u0096 dài.`.replace("\u0000", "\u0001");
    const source = cleanArticle(Buffer.from(text), "bai.txt");
    expect(source.title).toBe("Tin [2Jgiả x");
    expect(source.body).toContain(`${PARAGRAPH}[0m.`);
    expect(source.body).toContain(`${SECOND} đủ – dài.`);
  });

  it("are dropped from a saved page's title, byline, site name, caption and text, character references included", () => {
    const source = cleanArticle(Buffer.from(PAGE), "trang.html");
    expect(source).toMatchObject({ title: "Tin [2Jgiả x", author: "Trần ›31mBình", outlet: "Báo X" });
    expect(source.captions.join(" ")).toContain("Ảnh chú thích");
    expect(source.body).toContain(`${SECOND} ’lần hai’.`);
  });

  it("are dropped from a page saved as one file (.mhtml)", () => {
    const source = cleanArticle(savedPage(PAGE, "https://baomoi.example/tin.html"), "trang.mhtml");
    expect(source).toMatchObject({ title: "Tin [2Jgiả x", author: "Trần ›31mBình", outlet: "Báo X" });
  });

  it("are dropped from an e-mail's subject and body", () => {
    const subject = `=?UTF-8?B?${Buffer.from("Tin \u001b[2Jgiả\u0007 x").toString("base64")}?=`;
    const mail = message({ subject }, entity({ type: "text/plain; charset=UTF-8", transfer: "8bit", body: `Tin \u001b[2Jgiả\u0007 x\r\n\r\n${PARAGRAPH}\u0007.\r\n\r\n${SECOND}.` }));
    const source = cleanArticle(mail, "thu.eml");
    expect(source.title).toBe("Tin [2Jgiả x");
  });

  it("are dropped from a Word document's title, runs and properties", () => {
    const file = docx([para("Tin \u0085\u009b31mgiả\u007f x", "TiuChng"), para(`${PARAGRAPH}\u0090.`), para(`${SECOND}.`)].join(""), { core: { title: "Tin \u009bgiả x", creator: "Trần\u0080 Bình" } });
    const source = cleanArticle(file, "bai.docx");
    expect(source.title).toBe("Tin ›31mgiả x");
  });

  it("are dropped from an OpenDocument text", () => {
    const file = odt(`<text:p text:style-name="P1">Tin \u009b31mgiả\u007f x</text:p><text:p>${PARAGRAPH}\u0086.</text:p><text:p>${SECOND}.</text:p>`);
    const source = cleanArticle(file, "bai.odt");
    expect(source.title).toBe("Tin ›31mgiả x");
  });

  it("are dropped from a pasted copy, as the import reads it", () => {
    const parsed = parseInput(importRequestSchema, { fileName: "dán", text: `Tin \u001b[2Jgiả\u0007 x\n\nHà Nội, 21/9/2023\n\n${PARAGRAPH}\u009b.\n\n${SECOND}.` });
    const sources = parseImport(parsed.text, parsed.fileName);
    expect(sources).toHaveLength(1);
    expect(JSON.stringify(sources)).not.toMatch(CONTROL);
    expect(sources[0]!.title).toBe("Tin [2Jgiả x");
  });
});
