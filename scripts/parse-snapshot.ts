// Proof that a change to the parser's speed changed no result: every capture corpus's inputs (fixtures/captures*),
// the sample articles and pages, and a 3-copy big paste are parsed, and each file's result is reduced to a hash.
//   node --import tsx scripts/parse-snapshot.ts write <file>   keeps the hashes (before the change)
//   node --import tsx scripts/parse-snapshot.ts check <file>   parses again and lists every file whose result differs
// Rules changed on purpose change the hashes: take the snapshot again after them.
import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { buildBigPaste } from "../bench/big-paste";
import { decodeImportFile, ImportFileError, parseImport } from "../lib/sources/parse-import";
import { writeOrCheckHashes } from "./lib/snapshot";

const root = path.join(import.meta.dirname, "..", "fixtures");
const dirs = [...fs.readdirSync(root).filter((d) => d.startsWith("captures")), "articles", "html"];
const inputs: { name: string; text: () => string; fileName: string }[] = [];
for (const dir of dirs) {
  for (const file of fs.readdirSync(path.join(root, dir)).sort()) {
    if (!/\.(?:txt|html?|md)$/.test(file)) continue;
    inputs.push({ name: `${dir}/${file}`, fileName: file, text: () => decodeImportFile(fs.readFileSync(path.join(root, dir, file)), file) });
  }
}
inputs.push({ name: "big-paste(3)", fileName: "big-paste.txt", text: () => buildBigPaste(3) });

const hashes: Record<string, string> = {};
for (const input of inputs) {
  let result: unknown;
  try {
    result = parseImport(input.text(), input.fileName);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    result = { refused: error.reason, message: error.message };
  }
  hashes[input.name] = createHash("sha256").update(JSON.stringify(result)).digest("hex").slice(0, 16);
}

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== "write" && mode !== "check")) throw new Error("usage: parse-snapshot.ts write|check <file>");
writeOrCheckHashes(mode, file, hashes);
