// A verdict's name in the reader's language, and its coloured badge: one place for every page that shows one.
import type { Dictionary } from "@/lib/i18n/vi";

/** The verdict's name, or "—" for none (a claim not yet rated). */
export function verdictName(verdicts: Dictionary["verdicts"], verdict: string | null | undefined): string {
  return verdict ? (verdicts[verdict as keyof Dictionary["verdicts"]] ?? verdict) : "—";
}

export function VerdictBadge({ verdict, verdicts, as: Tag = "span", testId }: { verdict: string | null | undefined; verdicts: Dictionary["verdicts"]; as?: "span" | "p"; testId?: string }) {
  return (
    <Tag className={`verdict verdict-${(verdict ?? "none").toLowerCase()}`} data-testid={testId}>
      {verdictName(verdicts, verdict)}
    </Tag>
  );
}
