// Reading an article saved as a Word document or an e-mail against the same article as plain text: the sample
// articles' paragraphs written into a .docx (paragraphs, a heading, a table) and into an HTML e-mail (quoted-printable),
// each about `targetBytes` of text, decoded and parsed in this process; the ratios (a .docx to the plain text, an
// e-mail to the same HTML saved as a page) are what reading the container costs, measured in one run.
import { readFileSync } from "node:fs";
import { escapeHtml } from "../lib/html-escape";
import { decodeImportFile, parseImport } from "../lib/sources/parse-import";
import { bestTime } from "../lib/sources/pathological";
import { docx, entity, message, para, table } from "../test/zip-file";
import { quotedPrintable } from "../test/web-archive-file";

/** `docxRatio`: the .docx's time over the plain text's; `emlRatio`: the e-mail's over the same HTML saved as a page. */
export type FormatTimes = { textMs: number; htmlMs: number; docxMs: number; emlMs: number; docxRatio: number; emlRatio: number; megabytes: number; docxMegabytes: number };

export function measureFormats(targetBytes = 2 * 1024 * 1024): FormatTimes {
  const sample = readFileSync(new URL("../fixtures/articles/nhattan-2023-09-arms-talks.txt", import.meta.url), "utf8");
  const paragraphs = sample.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter((p) => p.length > 40);
  const body: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const p = `${paragraphs[i % paragraphs.length]} (${i})`;
    body.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  const title = "Nga và Triều Tiên bàn về hợp tác quân sự";
  const text = `${title}\n\n${body.join("\n\n")}\n`;
  const word = docx([para(title, "Title"), ...body.map((p, i) => (i % 50 === 49 ? para(p, "Heading2") : i % 97 === 0 ? table([["Năm", "Số liệu"], ["2026", String(i)]]) + para(p) : para(p)))].join(""));
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</body></html>`;
  const mail = message({ subject: `Fwd: ${title}` }, entity({ type: "text/html; charset=UTF-8", transfer: "quoted-printable", body: quotedPrintable(Buffer.from(html, "utf8")) }));
  const run = (bytes: Buffer, name: string) => () => parseImport(decodeImportFile(bytes, name), name);
  const plain = Buffer.from(text, "utf8");
  run(plain, "a.txt")();
  run(word, "a.docx")();
  run(mail, "a.eml")();
  const page = Buffer.from(html, "utf8");
  const textMs = bestTime(run(plain, "a.txt"), 2);
  const htmlMs = bestTime(run(page, "a.html"), 2);
  const docxMs = bestTime(run(word, "a.docx"), 2);
  const emlMs = bestTime(run(mail, "a.eml"), 2);
  const r = (n: number): number => Math.round(n * 100) / 100;
  return { textMs: Math.round(textMs), htmlMs: Math.round(htmlMs), docxMs: Math.round(docxMs), emlMs: Math.round(emlMs), docxRatio: r(docxMs / textMs), emlRatio: r(emlMs / htmlMs), megabytes: r(plain.length / 1024 / 1024), docxMegabytes: r(word.length / 1024 / 1024) };
}
