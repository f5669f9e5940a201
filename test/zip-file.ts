// Zip archives, .docx and .odt documents and saved e-mails written for the tests of lib/sources/zip.ts, office.ts and
// email.ts, and for e2e: a zip writer of stored or deflated entries (Node's zlib), a Word document of given
// paragraphs, and MIME messages of given parts.
import { deflateRawSync } from "node:zlib";

/** `packed`: `data` is already deflated (its `size` unpacked must then be given); `flags`, `method`, `size` override what is written. */
export type ZipInput = { name: string; data: Buffer | string; store?: boolean; packed?: boolean; flags?: number; method?: number; size?: number };

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of the entries, deflated unless `store` (the CRC of a `packed` entry is of its packed bytes: never checked). */
export function zip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, "utf8");
    const packed = entry.store || entry.packed ? data : deflateRawSync(data);
    const name = Buffer.from(entry.name, "utf8");
    const method = entry.method ?? (entry.store ? 0 : 8);
    const flags = (entry.flags ?? 0) | 0x800;
    const size = entry.size ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(flags, 8);
    head.writeUInt16LE(method, 10);
    head.writeUInt32LE(crc32(data), 16);
    head.writeUInt32LE(packed.length, 20);
    head.writeUInt32LE(size, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(head, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A paragraph of runs: text, "\n" a line break, "\t" a tab, as Word writes them. */
export function para(text: string, style?: string): string {
  const runs = text
    .split(/(\n|\t)/)
    .map((piece) => (piece === "\n" ? "<w:r><w:br/></w:r>" : piece === "\t" ? "<w:r><w:tab/></w:r>" : piece ? `<w:r><w:rPr><w:lang w:val="vi-VN"/></w:rPr><w:t xml:space="preserve">${escapeXml(piece)}</w:t></w:r>` : ""))
    .join("");
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${runs}</w:p>`;
}

export function table(rows: string[][]): string {
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr/>${para(c)}</w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`;
}

/** styles.xml naming the heading styles as a Vietnamese Word does: ids of its own, built-in English names. */
export const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="TiuChng"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="u1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="u2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote2"><w:name w:val="Intense Quote"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>`;

/** A .docx whose body is `body` (paragraphs and tables as XML), with its styles and, when given, core properties. */
export function docx(body: string, options: { core?: { title?: string; creator?: string; created?: string }; entries?: ZipInput[]; documentName?: string } = {}): Buffer {
  const core = options.core
    ? `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">${options.core.title ? `<dc:title>${escapeXml(options.core.title)}</dc:title>` : ""}${options.core.creator ? `<dc:creator>${escapeXml(options.core.creator)}</dc:creator>` : ""}${options.core.created ? `<dcterms:created>${options.core.created}</dcterms:created>` : ""}</cp:coreProperties>`
    : null;
  const name = options.documentName ?? "word/document.xml";
  return zip([
    { name: "[Content_Types].xml", data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: "_rels/.rels", data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${name}"/></Relationships>` },
    { name, data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>` },
    { name: "word/styles.xml", data: STYLES },
    ...(core ? [{ name: "docProps/core.xml", data: core }] : []),
    ...(options.entries ?? []),
  ]);
}

/** An .odt of the given content (text:p, text:h, tables), the mimetype stored first as OpenDocument requires. */
export function odt(body: string): Buffer {
  return zip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.text", store: true },
    {
      name: "content.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/></office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    },
  ]);
}

export type MailPart = { type: string; body: string; transfer?: string; disposition?: string; headers?: string[] };

/** A MIME entity: its headers, a blank line, its body. */
export function entity(part: MailPart): string {
  return [`Content-Type: ${part.type}`, ...(part.transfer ? [`Content-Transfer-Encoding: ${part.transfer}`] : []), ...(part.disposition ? [`Content-Disposition: ${part.disposition}`] : []), ...(part.headers ?? []), "", part.body].join("\r\n");
}

/** A multipart body of the parts between `--boundary` lines, as an entity. */
export function multipart(kind: string, boundary: string, parts: string[], extra = ""): string {
  return [`Content-Type: multipart/${kind}; boundary="${boundary}"${extra}`, "", "This is a multi-part message in MIME format.", ...parts.map((p) => `--${boundary}\r\n${p}`), `--${boundary}--`, ""].join("\r\n");
}

type Envelope = { from?: string; to?: string; subject?: string; date?: string };

/** A message's bytes: its text (see messageText) in UTF-8, as mail programs write 8-bit text now. */
export const message = (headers: Envelope, content: string): Buffer => Buffer.from(messageText(headers, content), "utf8");

/** A message: the envelope headers a mail program writes, then `content` (an entity: its own headers and body). */
export function messageText(headers: Envelope, content: string): string {
  const head = [
    `From: ${headers.from ?? "Lan Anh <lan.anh@toasoan.vn>"}`,
    `To: ${headers.to ?? "ban-kiem-chung@toasoan.vn"}`,
    ...(headers.subject !== undefined ? [`Subject: ${headers.subject}`] : []),
    `Date: ${headers.date ?? "Thu, 03 Dec 2026 09:15:00 +0700"}`,
    "Message-ID: <CAB1x2y3z@mail.gmail.com>",
    "MIME-Version: 1.0",
  ].join("\r\n");
  return `${head}\r\n${content}`;
}

/** Base64 as mail programs write it, 76 characters a line. */
export const base64Lines = (bytes: Buffer): string => bytes.toString("base64").replace(/.{76}/g, "$&\r\n");
