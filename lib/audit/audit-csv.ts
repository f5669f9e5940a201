// The audit trail as RFC 4180 CSV (UTF-8 with a byte-order mark, so spreadsheets read Vietnamese), every cell
// quoted, and cells a spreadsheet would run as a formula prefixed with ' (lib/csv.ts).
import { csvQuotedCell } from "@/lib/csv";
import { changeLine, describeChange } from "./describe-change";

export type AuditCsvRow = {
  id: string;
  createdAt: Date;
  actorEmail: string;
  action: string;
  actionLabel: string;
  objectType: string;
  objectId: string;
  objectLabel: string;
  before: unknown;
  after: unknown;
  ip: string;
};

const HEADER = ["id", "time", "actor", "action", "action_label", "object_type", "object_id", "object", "changes", "address"];

/** Every cell quoted, formulas defused (lib/csv.ts). */
export const csvCell = csvQuotedCell;

/**
 * `cut`: the export stopped at its limit, and older events match the filter too. A last line says so in the changes
 * column, with no id or time (a spreadsheet sorted by time keeps it apart): without it, a file cut at the limit read as
 * the whole log.
 */
export function auditCsv(rows: AuditCsvRow[], cut?: string): string {
  const lines = [HEADER.map(csvCell).join(",")];
  for (const row of rows) {
    const cells = [row.id, row.createdAt.toISOString(), row.actorEmail, row.action, row.actionLabel, row.objectType, row.objectId, row.objectLabel, changeLine(describeChange(row.before, row.after)), row.ip];
    lines.push(cells.map(csvCell).join(","));
  }
  if (cut !== undefined) lines.push(HEADER.map((name) => csvCell(name === "changes" ? cut : "")).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
