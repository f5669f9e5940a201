// What changed between two published revisions, word by word, for the public history.
import { diffWords } from "diff";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";

type Field = { label: string; before: string; after: string };

/**
 * Words changed at most before a diff gives up: the word diff's time grows with the text's length times the number of
 * changes, and two unrelated 20,000-character rationales took 5 s of the server's thread on every view of the page
 * showing them. A text rewritten past this is shown whole, struck out, then the new one whole.
 */
export const MAX_DIFF_EDITS = 500;

export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after, { maxEditLength: MAX_DIFF_EDITS }) ?? [
    { value: before, removed: true, added: false },
    { value: after, added: true, removed: false },
  ];
  return (
    <p className="diff">
      {parts.map((part, i) =>
        part.added ? <ins key={i}>{part.value}</ins> : part.removed ? <del key={i}>{part.value}</del> : <span key={i}>{part.value}</span>,
      )}
    </p>
  );
}

/** The evidence a revision relies on, one numbered line per item, as the rationale cites them. */
function evidenceList(snapshot: RevisionSnapshot): string {
  return snapshot.evidence.map((e, i) => `[${i + 1}] ${e.quote ? `“${e.quote}”` : (e.reference?.title ?? e.reference?.url ?? "")}`).join("\n");
}

export function RevisionDiff({ before, after, labels, verdictName }: { before: RevisionSnapshot; after: RevisionSnapshot; labels: { fieldText: string; fieldSummary: string; fieldRationale: string; fieldVerdict: string; noChanges: string; evidence?: string; shortText?: string }; verdictName: (v: string | null) => string }) {
  const fields: Field[] = [
    { label: labels.fieldVerdict, before: verdictName(before.verdict), after: verdictName(after.verdict) },
    { label: labels.fieldText, before: before.text, after: after.text },
    ...(labels.shortText ? [{ label: labels.shortText, before: before.shortText ?? "", after: after.shortText ?? "" }] : []),
    { label: labels.fieldSummary, before: before.summary, after: after.summary },
    { label: labels.fieldRationale, before: before.rationale, after: after.rationale },
    ...(labels.evidence ? [{ label: labels.evidence, before: evidenceList(before), after: evidenceList(after) }] : []),
  ].filter((f) => f.before !== f.after);
  if (!fields.length) return <p className="muted">{labels.noChanges}</p>;
  return (
    <dl className="revision-diff">
      {fields.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>
            <WordDiff before={f.before} after={f.after} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
