// A backup file edited as someone who held it could: each row of a table passed through an edit by column name.
import fs from "node:fs";
import zlib from "node:zlib";

/** The backup's lines (its records, one a line). */
export function backupLines(file: string): string[] {
  return zlib.gunzipSync(fs.readFileSync(file)).toString("utf8").split("\n").filter(Boolean);
}

/** `lines` with each row of a table named in `edits` passed through its edit, written as a backup file at `file`. */
export function editedBackup(lines: readonly string[], file: string, edits: Record<string, (row: Record<string, string | null>) => void>): string {
  const out: string[] = [];
  let columns: string[] = [];
  let table = "";
  for (const line of lines) {
    const record = JSON.parse(line) as (string | null)[] | { table?: string; columns?: { name: string }[] };
    if (!Array.isArray(record)) {
      if (record.table) [table, columns] = [record.table, record.columns!.map((c) => c.name)];
      out.push(line);
      continue;
    }
    const edit = edits[table];
    if (!edit) {
      out.push(line);
      continue;
    }
    const row = Object.fromEntries(columns.map((c, i) => [c, record[i] ?? null]));
    edit(row);
    out.push(JSON.stringify(columns.map((c) => row[c] ?? null)));
  }
  fs.writeFileSync(file, zlib.gzipSync(out.join("\n")));
  return file;
}
