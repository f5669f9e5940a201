"use client";
// One source in the import preview: its details, editable, and how its text was cleaned.
import Link from "next/link";
import type { PreviewSource } from "@/lib/sources/import-sources";
import type { FieldErrors } from "@/lib/errors";
import type { Dictionary } from "@/lib/i18n/vi";

export type EditableMetadata = { title: string; publishedAt: string; agency: string; outlet: string; author: string; language: string };
type Labels = Dictionary["importer"] & { sources: Dictionary["sources"]; reader: Dictionary["reader"] };

type Props = {
  source: PreviewSource;
  idPrefix: string;
  value: EditableMetadata;
  errors?: FieldErrors;
  labels: Labels;
  onChange: (next: EditableMetadata) => void;
};

export function PreviewCard({ source, idPrefix, value, errors, labels, onChange }: Props) {
  const fields: [keyof EditableMetadata, string, string?][] = [
    ["title", labels.reader.titleField],
    ["publishedAt", labels.sources.date, labels.reader.publishedAtHint],
    ["outlet", labels.sources.outlet],
    ["agency", labels.sources.agency],
    ["author", labels.reader.author],
    ["language", labels.sources.language],
  ];
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
      {source.warnings.length > 0 && (
        <ul className="notice warn warnings" aria-label={labels.sources.warnings}>
          {source.warnings.map((w) => (
            <li key={w}>{w}</li>
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
              <input id={id} value={value[name]} onChange={(e) => onChange({ ...value, [name]: e.target.value })} aria-invalid={messages ? true : undefined} aria-describedby={describedBy} />
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
