// What changed between two published revisions, word by word, for the public history (and the reviewer's diff).
import { diffWords } from "diff";
import type { RevisionSnapshot } from "@/lib/workflow/snapshot";
import type { Dictionary } from "@/lib/i18n/vi";

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

/** The evidence a revision relies on, one numbered line per item, as the rationale cites them, with the note the page prints under it. */
function evidenceList(snapshot: RevisionSnapshot): string {
  return (snapshot.evidence ?? []).map((e, i) => `[${i + 1}] ${e.quote ? `“${e.quote}”` : (e.reference?.title ?? e.reference?.url ?? "")}${e.note ? ` — ${e.note}` : ""}`).join("\n");
}

/** Its quotes, one a line, each with where it was said. */
function appearanceList(snapshot: RevisionSnapshot): string {
  return (snapshot.appearances ?? []).map((a) => `“${a.exact}” — ${[a.source.title, a.source.outlet].filter(Boolean).join(" · ")}`).join("\n");
}

/** Names for the values a revision stores as codes (kinds, attribute fields, materiel, link types); codes as they are by default. */
export type DiffNames = { kind: (kind: string) => string; field: (field: string) => string; materiel: (materiel: string) => string; link: (type: string, direction: "from" | "to") => string };
const CODES: DiffNames = { kind: (k) => k, field: (f) => f, materiel: (m) => m, link: (t) => t };

/** The names a reader's dictionary gives those codes. */
export function diffNames(t: Dictionary): DiffNames {
  const named = (table: object, code: string) => (table as Record<string, string>)[code] ?? code;
  return {
    kind: (kind) => named(t.claims.kinds, kind),
    field: (field) => named(t.ledger.fields, field),
    materiel: (materiel) => named(t.ledger.materiel, materiel),
    link: (type, direction) => named(direction === "from" ? t.claims.linkTypes : t.claims.linkTypesReverse, type),
  };
}

/** Its structured attributes, one field a line ("Supplier: North Korea"), in the order they were stored; where they were read is not a change. */
export function attributeList(snapshot: RevisionSnapshot, names: DiffNames): string {
  const attributes = (snapshot.attributes ?? {}) as Record<string, unknown>;
  const text = (field: string, value: unknown): string => {
    if (Array.isArray(value)) return value.map((v) => (field === "materiel" ? names.materiel(String(v)) : String(v))).join(", ");
    if (value && typeof value === "object") return String((value as { text?: unknown }).text ?? "");
    return value === null || value === undefined ? "" : String(value);
  };
  return Object.keys(attributes)
    .filter((field) => field !== "provenance")
    .sort()
    .map((field) => [field, text(field, attributes[field])] as const)
    .filter(([, value]) => value !== "")
    .map(([field, value]) => `${names.field(field)}: ${value}`)
    .join("\n");
}

type DiffLabels = {
  fieldText: string;
  fieldSummary: string;
  fieldRationale: string;
  fieldVerdict: string;
  noChanges: string;
  claimant: string;
  kind: string;
  madeAt: string;
  fieldGloss: string;
  fieldTags: string;
  fieldAttributes: string;
  appearances: string;
  evidence: string;
  links: string;
  shortText?: string;
  /** The desk's diffs only: the claimant's other names the search indexes (the public snapshot holds none). */
  aliases?: string;
};

/**
 * Every part of a revision the public reads, old against new: a correction may change the claimant, the kind, the
 * quotes or the ledger's attributes and not a word of the text, and the history (and the reviewer's diff) must show it.
 */
export function RevisionDiff({ before, after, labels, verdictName, names = CODES }: { before: RevisionSnapshot; after: RevisionSnapshot; labels: DiffLabels; verdictName: (v: string | null) => string; names?: DiffNames }) {
  const links = (snapshot: RevisionSnapshot) => (snapshot.links ?? []).map((l) => `${names.link(l.type, l.direction)} ${l.claim.text}`).join("\n");
  const fields: Field[] = [
    { label: labels.fieldVerdict, before: verdictName(before.verdict), after: verdictName(after.verdict) },
    { label: labels.fieldText, before: before.text, after: after.text },
    ...(labels.shortText ? [{ label: labels.shortText, before: before.shortText ?? "", after: after.shortText ?? "" }] : []),
    { label: labels.claimant, before: before.claimant?.name ?? "", after: after.claimant?.name ?? "" },
    ...(labels.aliases ? [{ label: labels.aliases, before: (before.claimantAliases ?? []).join(" · "), after: (after.claimantAliases ?? []).join(" · ") }] : []),
    { label: labels.kind, before: names.kind(before.kind), after: names.kind(after.kind) },
    { label: labels.madeAt, before: before.madeAt ?? "", after: after.madeAt ?? "" },
    { label: labels.fieldGloss, before: before.gloss ?? "", after: after.gloss ?? "" },
    { label: labels.fieldTags, before: (before.tags ?? []).join(", "), after: (after.tags ?? []).join(", ") },
    { label: labels.fieldAttributes, before: attributeList(before, names), after: attributeList(after, names) },
    { label: labels.fieldSummary, before: before.summary, after: after.summary },
    { label: labels.fieldRationale, before: before.rationale, after: after.rationale },
    { label: labels.appearances, before: appearanceList(before), after: appearanceList(after) },
    { label: labels.evidence, before: evidenceList(before), after: evidenceList(after) },
    { label: labels.links, before: links(before), after: links(after) },
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
