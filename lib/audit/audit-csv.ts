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

export function auditCsv(rows: AuditCsvRow[]): string {
  const lines = [HEADER.map(csvCell).join(",")];
  for (const row of rows) {
    const cells = [row.id, row.createdAt.toISOString(), row.actorEmail, row.action, row.actionLabel, row.objectType, row.objectId, row.objectLabel, changeLine(describeChange(row.before, row.after)), row.ip];
    lines.push(cells.map(csvCell).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
