// An audit event's before/after as rows a person reads: one row per field that changed (or was set),
// nested values flattened to "a.b", long text cut, ids kept whole. Pure, so the page and the CSV agree.
export type ChangeRow = { field: string; before: string | null; after: string | null };

const MAX_TEXT = 160;

function flatten(value: unknown, prefix: string, into: Map<string, unknown>, depth = 0): void {
  if (value !== null && typeof value === "object" && !Array.isArray(value) && depth < 2) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) into.set(prefix, value);
    for (const [key, child] of entries) flatten(child, prefix ? `${prefix}.${key}` : key, into, depth + 1);
    return;
  }
  into.set(prefix || "value", value);
}

export function formatValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) return formatValue(value.join(", ")) ?? "";
  return formatValue(JSON.stringify(value));
}

/** The fields of `after` (and of `before`) with their old and new values; unchanged fields are left out. */
export function describeChange(before: unknown, after: unknown): ChangeRow[] {
  const old = new Map<string, unknown>();
  const next = new Map<string, unknown>();
  if (before !== null && before !== undefined) flatten(before, "", old);
  if (after !== null && after !== undefined) flatten(after, "", next);
  const fields = [...new Set([...old.keys(), ...next.keys()])];
  const rows: ChangeRow[] = [];
  for (const field of fields) {
    // The object's own id is in the log's object column already.
    if (field === "id") continue;
    const was = formatValue(old.get(field));
    const now = formatValue(next.get(field));
    if (was === now && old.has(field) && next.has(field)) continue;
    rows.push({ field, before: was, after: now });
  }
  return rows;
}

/** One line per event for the CSV export: "field: before → after; …". */
export function changeLine(rows: ChangeRow[]): string {
  return rows.map((row) => `${row.field}: ${row.before === null ? "" : `${row.before} → `}${row.after ?? "—"}`).join("; ");
}
