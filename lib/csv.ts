// One CSV cell (RFC 4180) that a spreadsheet opens as text, shared by every download (the audit log, the ledger).

/**
 * A cell a spreadsheet would run as a formula: one that starts with = + - @ — also in their full-width forms, which
 * some spreadsheets read as the ASCII ones — after any spaces (some trim them first), or with a tab or carriage
 * return. Such a cell is written with a leading apostrophe, as OWASP's CSV-injection advice says.
 */
const FORMULA_START = /^(?:[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/;

const defused = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** The cell, defused, quoted when it must be. */
export function csvCell(value: string): string {
  const safe = defused(value);
  return /[",\r\n]/.test(safe) || safe !== value ? quoted(safe) : safe;
}

/** The cell, defused and always quoted (for files every cell of which is quoted). */
export const csvQuotedCell = (value: string): string => quoted(defused(value));
