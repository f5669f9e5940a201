// Word documents (.docx) and OpenDocument text (.odt): paragraphs in order, the Title paragraph (or an opening level-1
// heading, or the properties' title when printed) as the title, headings as sub-headings, tables one row a line, line
// breaks, tabs, hyperlinks' text; footnotes, deleted and hidden text left out. The zip reader refuses, in one line,
// what it cannot or must not read: a zip bomb, a file cut short, encryption, zip64, other compression, a zip with no
// document. Documents written here as Word and LibreOffice write them, with text of our own.
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeImportFile, type ParsedSource } from "./parse-import";
import { documentText, MAX_TABLE_DEPTH } from "./office";
import { ZipArchive, ZIP_LIMITS } from "./zip";
import { bestTime, pathologicalWordXml } from "./pathological";
import { docx, odt, para, table, zip } from "@/test/zip-file";
import { oneArticle, refusalOf } from "@/test/import-file";

const LEAD = "Hà Nội – Bộ Ngoại giao cho biết Nga và Triều Tiên đã ký hiệp ước hợp tác quốc phòng toàn diện tại Bình Nhưỡng vào sáng thứ Năm.";
const SECOND = "Hiệp ước có hiệu lực ngay sau khi ký và bao gồm điều khoản hỗ trợ lẫn nhau nếu một bên bị tấn công, theo văn bản được công bố.";
const TITLE = "Nga và Triều Tiên ký hiệp ước quốc phòng";

const one = (bytes: Buffer, name = "bai.docx"): ParsedSource => oneArticle(bytes, name);
const refusal = refusalOf;

describe("a Word document", () => {
  it("reads the Title paragraph as the title, headings (styles named in another language) as sub-headings, paragraphs in order", () => {
    const file = docx([para(TITLE, "TiuChng"), para(LEAD), para("Bối cảnh", "u2"), para(SECOND)].join(""), { core: { title: "Mẫu thông cáo", creator: "Admin", created: "2019-01-01T00:00:00Z" } });
    const source = one(file);
    expect(source.title).toBe(TITLE);
    expect(source.headings).toEqual(["Bối cảnh"]);
    expect(source.body.indexOf(LEAD)).toBeLessThan(source.body.indexOf(SECOND));
    // the properties are the template's: not the author, not the date
    expect(source.author).toBeNull();
    expect(source.publishedAt).toBeNull();
    expect(source.body).not.toMatch(/Mẫu thông cáo|Admin|2019/);
  });

  it("takes an opening level-1 heading as the title, else the properties' title when the document prints it", () => {
    expect(decodeImportFile(docx([para(TITLE, "u1"), para(LEAD)].join("")), "a.docx").startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(decodeImportFile(docx([para(TITLE), para(LEAD)].join(""), { core: { title: TITLE } }), "a.docx").startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(decodeImportFile(docx([para(LEAD), para(SECOND)].join(""), { core: { title: "Document1" } }), "a.docx")).not.toContain("Document1");
  });

  it("reads a table one row a line, cells between bars, and a one-column table as paragraphs", () => {
    const rows = [
      ["Năm", "Số chuyến tàu", "Hàng hóa (tấn)"],
      ["2025", "12", "4.500"],
      ["2026", "30", "11.200"],
    ];
    const text = decodeImportFile(docx([para(TITLE, "TiuChng"), para(LEAD), table(rows), table([["Ghi chú: số liệu của Bộ Giao thông Vận tải, cập nhật đến tháng 11."]]), para(SECOND)].join("")), "bang.docx");
    expect(text).toContain("| Năm | Số chuyến tàu | Hàng hóa (tấn) |\n| 2025 | 12 | 4.500 |\n| 2026 | 30 | 11.200 |");
    expect(text).toContain("\n\nGhi chú: số liệu của Bộ Giao thông Vận tải, cập nhật đến tháng 11.\n\n");
    const source = one(docx([para(TITLE, "TiuChng"), para(LEAD), table(rows), para(SECOND)].join("")));
    expect(source.body).toContain("2026 | 30 | 11.200");
  });

  it("keeps line breaks, tabs and hyperlinks' text; leaves out footnote marks, deleted, moved-from and hidden text", () => {
    const body =
      `<w:p><w:r><w:t>Theo </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>thông cáo</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> của Bộ</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>` +
      `<w:del w:id="2"><w:r><w:delText>bản nháp cũ</w:delText></w:r></w:del><w:moveFrom w:id="3"><w:r><w:t>đoạn đã chuyển</w:t></w:r></w:moveFrom>` +
      `<w:r><w:rPr><w:vanish/></w:rPr><w:t>chữ ẩn</w:t></w:r><w:r><w:t>, hai bên &amp; đối tác</w:t><w:br/><w:t>ký kết.</w:t><w:tab/><w:t>Hết</w:t></w:r></w:p>`;
    const text = decodeImportFile(docx(body), "a.docx");
    expect(text).toBe("Theo thông cáo của Bộ, hai bên & đối tác\nký kết.\tHết\n");
  });

  it("composes Vietnamese text typed with decomposed accents", () => {
    const decomposed = TITLE.normalize("NFD");
    expect(decomposed).not.toBe(TITLE);
    expect(one(docx([para(decomposed, "TiuChng"), para(LEAD.normalize("NFD"))].join(""))).title).toBe(TITLE);
  });

  it("finds the main part the package names, and is read under any name by its first bytes", () => {
    const file = docx([para(TITLE, "TiuChng"), para(LEAD)].join(""), { documentName: "word/document2.xml" });
    expect(decodeImportFile(file, "tai-lieu.bin")).toContain(LEAD);
  });
});

describe("an OpenDocument text", () => {
  it("reads its title, headings, paragraphs with spaces, tabs and line breaks, tables, and leaves its notes out", () => {
    const body =
      `<text:p text:style-name="P1">${TITLE}</text:p><text:p text:style-name="Standard">${LEAD}<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Chú thích</text:p></text:note-body></text:note></text:p>` +
      `<text:h text:outline-level="2">Bối cảnh</text:h><text:p>Hai<text:s text:c="2"/>bên<text:tab/>ký<text:line-break/>kết.</text:p>` +
      `<table:table><table:table-row><table:table-cell><text:p>Năm</text:p></table:table-cell><table:table-cell><text:p>Số chuyến</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>2026</text:p></table:table-cell><table:table-cell><text:p>30</text:p></table:table-cell></table:table-row></table:table>`;
    const text = decodeImportFile(odt(body), "bai.odt");
    expect(text).toBe(`# ${TITLE}\n\n${LEAD}\n\n## **Bối cảnh**\n\nHai  bên\tký\nkết.\n\n| Năm | Số chuyến |\n| 2026 | 30 |\n`);
  });
});

describe("files the import refuses in one line", () => {
  it("an old Word document and a Rich Text file", () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4000)]);
    const error = refusal(ole, "cu.doc");
    expect(error.reason).toBe("old-format");
    expect(error.message).toBe("cu.doc: an old Word document (.doc), .rtf or another format this import cannot read; save it as .docx, .html or .txt");
    expect(refusal(Buffer.from("{\\rtf1\\ansi Nga va Trieu Tien}"), "bai.rtf").reason).toBe("old-format");
  });

  it("a zip bomb: an entry that says it unpacks past the bound, and one that lies about its size", () => {
    const size = ZIP_LIMITS.entryBytes + 1024;
    const packed = deflateRawSync(Buffer.alloc(size)); // 64 MB of zeros, about 64 KB deflated
    const honest = zip([{ name: "word/document.xml", data: packed, packed: true, size }]);
    expect(honest.length).toBeLessThan(200_000);
    const error = refusal(honest, "bom.docx");
    expect(error.reason).toBe("unpacks-too-large");
    expect(error.message).toBe("bom.docx: the document unpacks to more than 64 MB; not imported");
    const lying = zip([{ name: "word/document.xml", data: packed, packed: true, size: 1000 }]);
    const lie = refusal(lying, "bom.docx");
    expect(lie.reason).toBe("damaged");
    expect(lie.message).toContain("unpacks to more than its stated size");
    // the bound over all entries read from one archive, not only each one
    const small = { entries: 10, entryBytes: 1000, totalBytes: 1500 };
    const archive = new ZipArchive(zip([{ name: "a", data: "x".repeat(900) }, { name: "b", data: "y".repeat(900) }]), small);
    expect(archive.read("a")?.length).toBe(900);
    expect(() => archive.read("b")).toThrow(/unpacks to more than/);
  });

  it("a zip cut short, one of too many entries, an encrypted one, zip64, another compression method", () => {
    const file = docx([para(TITLE, "TiuChng"), para(LEAD)].join(""));
    expect(refusal(file.subarray(0, file.length - 30), "cut.docx").reason).toBe("damaged");
    expect(refusal(file.subarray(0, 200), "cut.docx").message).toContain("cut short");
    expect(refusal(zip([{ name: "word/document.xml", data: "<w:document/>", flags: 1 }]), "khoa.docx").message).toContain("encrypted");
    expect(refusal(zip([{ name: "word/document.xml", data: "<w:document/>", method: 12 }]), "bz.docx").message).toContain("compression method 12");
    const z64 = Buffer.from(zip([{ name: "word/document.xml", data: "<w:document/>" }]));
    z64.writeUInt16LE(0xffff, z64.length - 22 + 10);
    expect(refusal(z64, "lon.docx").message).toContain("zip64");
    expect(() => new ZipArchive(zip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, data: "x" }))), { entries: 20, entryBytes: 1000, totalBytes: 1000 })).toThrow(/more than 20 entries/);
  });

  it("a zip whose names only look like the document's (path tricks), or with no document at all", () => {
    const body = `<w:document xmlns:w="x"><w:body>${para(LEAD)}</w:body></w:document>`;
    for (const name of ["../word/document.xml", "/word/document.xml", "word\\document.xml", "word/../word/document.xml"]) {
      const error = refusal(zip([{ name, data: body }]), "meo.docx");
      expect(error.reason).toBe("no-document");
      expect(error.message).toBe("meo.docx: a zip archive with no Word (.docx) or OpenDocument (.odt) text in it; not imported");
    }
    // a relationship that points outside the package is not followed either
    expect(documentText(zip([{ name: "_rels/.rels", data: '<Relationships><Relationship Type="http://x/officeDocument" Target="../../etc/passwd"/></Relationships>' }]))).toEqual({ ok: false, refusal: { reason: "no-document" } });
    expect(refusal(zip([{ name: "anh.jpg", data: Buffer.alloc(100, 1) }]), "anh.zip").reason).toBe("no-document");
  });

  it("a document with no text, and a 21 MB file", () => {
    expect(refusal(docx(para("   ")), "trong.docx").reason).toBe("empty");
    expect(refusal(Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(21 * 1024 * 1024)]), "lon.docx").reason).toBe("too-large");
  });
});

describe("hostile documents", () => {
  it("reads nested tables, broken entities, unclosed skipped content and comments in time linear in their size", () => {
    const file = (kb: number) => zip([{ name: "word/document.xml", data: pathologicalWordXml(kb * 1024) }]);
    const small = file(256);
    const large = file(2048);
    documentText(small); // warm the JIT
    const growth = bestTime(() => documentText(large)) / Math.max(1, bestTime(() => documentText(small)));
    expect(growth).toBeLessThanOrEqual(3 * 8);
    expect(documentText(small).ok).toBe(true);
  }, 60_000);

  it("refuses tables nested past the bound in one line, before their text is copied up every level, and reads a table or two nested", () => {
    // Each nested table's text was joined into its outer cell at every level: 20,000 nested, a word in each cell, in a
    // 6 KB file took 8 s to read.
    const nestedDocx = (depth: number) => docx(`${`<w:tbl><w:tr><w:tc>${para("chữ")}`.repeat(depth)}${para("Chữ trong ô")}${"</w:tc></w:tr></w:tbl>".repeat(depth)}${para("Đoạn văn sau bảng.")}`);
    const nestedOdt = (depth: number) => odt(`${"<table:table><table:table-row><table:table-cell><text:p>chữ</text:p>".repeat(depth)}<text:p>Chữ trong ô</text:p>${"</table:table-cell></table:table-row></table:table>".repeat(depth)}<text:p>Đoạn văn sau bảng.</text:p>`);
    for (const [name, nested] of [["sau.docx", nestedDocx], ["sau.odt", nestedOdt]] as const) {
      const started = process.cpuUsage();
      const error = refusalOf(nested(20_000), name);
      const used = process.cpuUsage(started);
      expect(error.reason).toBe("tables-too-deep");
      expect(error.params).toEqual({ file: name, max: MAX_TABLE_DEPTH });
      expect(error.message).toBe(`${name}: the document nests tables more than ${MAX_TABLE_DEPTH} deep; not imported`);
      expect((used.user + used.system) / 1000).toBeLessThan(1000);
      expect(refusalOf(nested(MAX_TABLE_DEPTH + 1), name).reason).toBe("tables-too-deep");
      // within the bound the text is read, the nested table's text in its outer cell
      expect(oneArticle(nested(MAX_TABLE_DEPTH), name).body).toContain("Chữ trong ô");
    }
    // an empty table written as one tag opens nothing: many of them are no nesting
    expect(decodeImportFile(docx(`${"<w:tbl/>".repeat(MAX_TABLE_DEPTH * 4)}${para("Đoạn văn sau những bảng rỗng.")}`), "rong.docx")).toBe("Đoạn văn sau những bảng rỗng.\n");
  }, 60_000);
});
