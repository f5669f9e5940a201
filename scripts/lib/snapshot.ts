// The write/check step of the snapshot scripts (scripts/parse-snapshot.ts, scripts/match-snapshot.ts): a change that
// must not alter results hashes them before ("write") and compares after ("check"), naming each result that differs.
import fs from "node:fs";

export function writeOrCheckHashes(mode: "write" | "check", file: string, hashes: Record<string, string>): void {
  if (mode === "write") {
    fs.writeFileSync(file, `${JSON.stringify(hashes, null, 1)}\n`);
    console.log(`${Object.keys(hashes).length} results kept in ${file}`);
    return;
  }
  const kept = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  const differ = Object.keys({ ...kept, ...hashes }).filter((k) => kept[k] !== hashes[k]);
  console.log(differ.length ? `${differ.length} of ${Object.keys(hashes).length} results differ:\n${differ.join("\n")}` : `all ${Object.keys(hashes).length} results identical`);
  process.exitCode = differ.length ? 1 : 0;
}
