// Where a field and the roles the preview lists disagree: over every capture corpus (fixtures/captures*), counts the
// articles whose outlet is the text of a listed line not listed as the outlet's, whose date is read from a line
// that is a date alone not listed as the date line, and whose text keeps a paragraph listed as a footer's furniture.
//   node --import tsx scripts/role-agreement.ts [-v]   (-v: each such article and its lines)
import fs from "node:fs";
import path from "node:path";
import { parseDateLine } from "../lib/sources/dates";
import { foldForMatch } from "../lib/sources/normalize";
import { decodeImportFile, parseImport } from "../lib/sources/parse-import";

const root = path.join(import.meta.dirname, "..", "fixtures");
const verbose = process.argv.includes("-v");
let total = 0;
let outletApart = 0;
let dateApart = 0;
let furnitureKept = 0;
for (const dir of fs.readdirSync(root).filter((d) => d.startsWith("captures")).sort()) {
  const manifest = path.join(root, dir, "manifest.json");
  if (!fs.existsSync(manifest)) continue;
  for (const entry of JSON.parse(fs.readFileSync(manifest, "utf8")) as { file: string }[]) {
    const file = path.join(root, dir, entry.file);
    if (!fs.existsSync(file)) continue;
    for (const article of parseImport(decodeImportFile(fs.readFileSync(file), entry.file), entry.file)) {
      total++;
      const outlet = article.outlet;
      const outletLines = outlet === null ? [] : article.lines.filter((l) => foldForMatch(l.text) === foldForMatch(outlet) && l.role !== "outlet" && l.role !== "title");
      const dateLines = article.publishedAt === null ? [] : article.lines.filter((l) => l.role !== "date" && l.role !== "title" && parseDateLine(l.text)?.publishedAt === article.publishedAt);
      const paragraphs = new Set(article.body.split(/\n+/));
      const keptLines = article.lines.filter((l) => l.region === "footer" && (l.role === "furniture" || l.role === "section") && paragraphs.has(l.text));
      if (keptLines.length > 0) furnitureKept++;
      if (outletLines.length > 0) outletApart++;
      if (dateLines.length > 0) dateApart++;
      if (verbose) for (const l of [...outletLines, ...dateLines, ...keptLines]) console.log(`${dir}/${entry.file}: ${l.region} ${l.role}: ${l.text}`);
    }
  }
}
console.log(`${total} articles; outlet on a line not listed as the outlet's: ${outletApart}; date on a line not listed as the date: ${dateApart}; furniture kept in the text: ${furnitureKept}`);
