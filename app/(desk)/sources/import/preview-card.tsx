"use client";
// One source in the import preview: its details, editable, its header and footer lines with their roles, and how its text was cleaned.
import Link from "next/link";
import type { PreviewSource } from "@/lib/sources/import-sources";
import type { LineRole } from "@/lib/sources/line-roles";
import type { FieldErrors } from "@/lib/errors";
import type { Dictionary } from "@/lib/i18n/vi";
import { warningMessage } from "@/lib/i18n/warnings";
import { format } from "@/lib/i18n/locale";
import { LineRoleList } from "./line-role-list";

export type EditableMetadata = { title: string; publishedAt: string; agency: string; outlet: string; author: string; language: string; url: string };
export type PreviewLabels = Dictionary["importer"] & {
  sources: Dictionary["sources"];
  reader: Dictionary["reader"];
  sourceWarnings: Dictionary["sourceWarnings"];
  lineRoles: Dictionary["lineRoles"];
};

/** After a re-read: a field the editor typed in keeps its value; one still holding the derived value takes the new one. */
export function keepTyped(typed: EditableMetadata | undefined, derivedBefore: EditableMetadata | undefined, derivedNow: EditableMetadata): EditableMetadata {
  if (!typed || !derivedBefore) return derivedNow;
  const out = { ...derivedNow };
  for (const key of Object.keys(derivedNow) as (keyof EditableMetadata)[]) if (typed[key] !== derivedBefore[key]) out[key] = typed[key];
  return out;
}

type Props = {
  source: PreviewSource;
  idPrefix: string;
  value: EditableMetadata;
  errors?: FieldErrors;
  labels: PreviewLabels;
  onChange: (next: EditableMetadata) => void;
  /** An editor gave a line another role: the file is read again with it. */
  onRoleChange?: (key: string, role: LineRole) => void;
  isRereading?: boolean;
};

export function PreviewCard({ source, idPrefix, value, errors, labels, onChange, onRoleChange, isRereading }: Props) {
  const fields: [keyof EditableMetadata, string, string?][] = [
    ["title", labels.reader.titleField],
    ["publishedAt", labels.sources.date, labels.reader.publishedAtHint],
    ["outlet", labels.sources.outlet],
    ["agency", labels.sources.agency],
    ["author", labels.reader.author],
    ["language", labels.sources.language],
    ["url", labels.reader.url],
  ];
  // A warning about a detail the editor has just typed is gone already (the server recomputes them on save).
  const warnings = (source.warningCodes ?? []).filter((w) => !(w.code === "noTitle" && value.title.trim()) && !(w.code === "noDate" && value.publishedAt.trim()));
  return (
    <article className="card preview-card" data-testid="preview-card">
      <div className="row spread">
        <h3>
          {source.dossierIndex ? `${source.dossierIndex}. ` : ""}
          {value.title || labels.sources.untitled}
        </h3>
        {source.existingId && (
          <span className="badge warn-badge">
            {labels.existing} · <Link href={`/sources/${source.existingId}`}>{labels.openExisting}</Link>
          </span>
        )}
      </div>
      {source.profileOutlet && (
        <p className="muted" data-testid="profile-applied">
          {format(labels.lineRoles.profileApplied, { outlet: source.profileOutlet })}
        </p>
      )}
      {warnings.length > 0 && (
        <ul className="notice warn warnings" aria-label={labels.sources.warnings}>
          {warnings.map((w, i) => (
            <li key={i} data-code={w.code}>
              {warningMessage(labels.sourceWarnings, w)}
            </li>
          ))}
        </ul>
      )}
      <div className="metadata-grid">
        {fields.map(([name, label, hint]) => {
          const id = `${idPrefix}-${name}`;
          const messages = errors?.[`overrides.${source.index}.${name}`];
          const describedBy = [hint ? `${id}-hint` : null, messages ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
          return (
            <div className="field" key={name}>
              <label htmlFor={id}>{label}</label>
              <input
                id={id}
                type={name === "url" ? "url" : "text"}
                value={value[name]}
                onChange={(e) => onChange({ ...value, [name]: e.target.value })}
                aria-invalid={messages ? true : undefined}
                aria-describedby={describedBy}
              />
              {hint && (
                <span className="hint" id={`${id}-hint`}>
                  {hint}
                </span>
              )}
              {messages && (
                <p className="error" id={`${id}-error`}>
                  {messages.join(" ")}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {source.lines && source.lines.length > 0 && onRoleChange && (
        <LineRoleList lines={source.lines} idPrefix={`${idPrefix}-line`} labels={labels.lineRoles} onRoleChange={onRoleChange} busy={isRereading} />
      )}
      {source.headings.length > 0 && (
        <p className="muted">
          {labels.headings}: {source.headings.join(" · ")}
        </p>
      )}
      {source.captions.length > 0 && (
        <p className="muted">
          {labels.captions}: {source.captions.length}
        </p>
      )}
      <details>
        <summary>{labels.showText}</summary>
        <div className="source-text preview-text">
          {source.body.split("\n\n").map((paragraph, i) => (
            <p key={i} className={source.headings.includes(paragraph) ? "as-heading" : undefined}>
              {paragraph}
            </p>
          ))}
        </div>
      </details>
    </article>
  );
}
