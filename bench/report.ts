// Metrics: their shape and pass/fail, the fixed-width table printed at the end, and bench/results.json.
import fs from "node:fs";
import os from "node:os";

export interface Goal {
  op: ">=" | "<" | "<=";
  value: number;
}

export interface Metric {
  name: string;
  /** null: could not be measured (see detail). */
  value: number | null;
  unit: string;
  goal: Goal | null;
  /** null when informational (no goal) or not measured. */
  pass: boolean | null;
  detail: string;
  data?: Record<string, unknown>;
}

export function metric(name: string, value: number | null, unit: string, goal: Goal | null, detail = "", data?: Record<string, unknown>): Metric {
  const pass = goal && value !== null ? (goal.op === ">=" ? value >= goal.value : goal.op === "<=" ? value <= goal.value : value < goal.value) : null;
  return { name, value, unit, goal, pass, detail, ...(data ? { data } : {}) };
}

export function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    totalMemoryMB: Math.round(os.totalmem() / 1024 / 1024),
    node: process.version,
    date: new Date().toISOString(),
  };
}

function formatNumber(n: number): string {
  if (Number.isInteger(n) || Math.abs(n) >= 100) return String(Math.round(n));
  return Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
}

const goalText = (goal: Goal | null, unit: string) => (goal ? `${{ ">=": "≥", "<=": "≤", "<": "<" }[goal.op]} ${formatNumber(goal.value)}${unit ? ` ${unit}` : ""}` : "—");
const resultText = (m: Metric) => (m.pass === false ? "FAIL" : m.value === null ? "n/a" : m.pass === null ? "info" : "pass");

/** A measurement that got no answer at all: a row with a goal fails rather than reading "n/a". */
export function failedIfNull(m: Metric): Metric {
  return m.value === null && m.goal ? { ...m, pass: false } : m;
}

export function table(metrics: Metric[]): string {
  const rows = metrics.map((m) => [m.name, m.value === null ? "—" : `${formatNumber(m.value)}${m.unit ? ` ${m.unit}` : ""}`, goalText(m.goal, m.unit), resultText(m), m.detail]);
  const header = ["metric", "value", "goal", "result", "detail"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : i === 1 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function writeResults(file: string, metrics: Metric[], error?: string): void {
  const body = { machine: machine(), metrics, ...(error ? { error } : {}) };
  fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
}
