"use client";
// One source in the import preview: its details, editable, its header and footer lines with their roles, and how its text was cleaned.
import Link from "next/link";
import { memo, useState } from "react";
import type { DraftDetail, PreviewSummary } from "@/lib/sources/import-drafts";
import type { LineRole } from "@/lib/sources/line-roles";
import type { FieldErrors } from "@/lib/errors";
import type { Dictionary } from "@/lib/i18n/vi";
import { warningMessage } from "@/lib/i18n/warnings";
import { format } from "@/lib/i18n/locale";
import { LineRoleList } from "./line-role-list";

import { editableOf, type EditableMetadata } from "@/lib/sources/editable-metadata";

export { editableOf, type EditableMetadata };
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

/**
 * Every prop is kept stable by the screen (the callbacks take the card's key), so a card is drawn again only when
 * its own source, text, edit or errors change: a keystroke or one card's text arriving does not redraw the page.
 */
type Props = {
  cardKey: string;
  fileIndex: number;
  source: PreviewSummary;
  /** Its text and lines, read with its page from the draft: undefined while on the way, null when not kept. */
  detail: DraftDetail | null | undefined;
  idPrefix: string;
  /** What the editor typed over the parser's fields, if anything. */
  edit: EditableMetadata | undefined;
  errors?: FieldErrors;
  labels: PreviewLabels;
  onChange: (cardKey: string, next: EditableMetadata) => void;
  /** An editor gave a line another role: the file is read again with it. */
  onRoleChange?: (fileIndex: number, key: string, role: LineRole) => void;
  isRereading?: boolean;
  /** The preview is still being read: line roles wait for its draft. */
  rolesWaiting?: boolean;
};

export const PreviewCard = memo(function PreviewCard({ cardKey, fileIndex, source, detail, idPrefix, edit, errors, labels, onChange, onRoleChange, isRereading, rolesWaiting }: Props) {
  const value = edit ?? editableOf(source);
  // The cleaned text is drawn once opened: twenty articles' paragraphs the editor may never read stay out of the page.
  const [textOpen, setTextOpen] = useState(false);
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
            {labels.existing} ·{" "}
            <Link href={`/sources/${source.existingId}`} prefetch={false}>
              {labels.openExisting}
            </Link>
          </span>
        )}
      </div>
      {source.profileOutlet && (
        <p className="muted" data-testid="profile-applied">
          {format(labels.lineRoles.profileApplied, { outlet: source.profileOutlet })}
        </p>
      )}
      {(warnings.length > 0 || Boolean(source.warningsLeftOut)) && (
        <ul className="notice warn warnings" aria-label={labels.sources.warnings}>
          {warnings.map((w, i) => (
            <li key={i} data-code={w.code}>
              {warningMessage(labels.sourceWarnings, w)}
            </li>
          ))}
          {source.warningsLeftOut ? <li className="muted">{format(labels.moreWarnings, { count: source.warningsLeftOut })}</li> : null}
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
                onChange={(e) => onChange(cardKey, { ...value, [name]: e.target.value })}
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
      {detail === undefined && (
        <p className="muted" data-testid="detail-loading">
          {labels.loadingText}
        </p>
      )}
      {detail && detail.lines.length > 0 && onRoleChange && (
        <LineRoleList lines={detail.lines} idPrefix={`${idPrefix}-line`} labels={labels.lineRoles} onRoleChange={(key, role) => onRoleChange(fileIndex, key, role)} busy={isRereading} waiting={rolesWaiting} />
      )}
      {detail && detail.headings.length > 0 && (
        <p className="muted">
          {labels.headings}: {detail.headings.join(" · ")}
        </p>
      )}
      {detail && detail.captions.length > 0 && (
        <p className="muted">
          {labels.captions}: {detail.captions.length}
        </p>
      )}
      {detail && (
        <details onToggle={(e) => setTextOpen(e.currentTarget.open)}>
          <summary>{labels.showText}</summary>
          {textOpen && (
            <div className="source-text preview-text">
              {detail.body.split("\n\n").map((paragraph, i) => (
                <p key={i} className={detail.headings.includes(paragraph) ? "as-heading" : undefined}>
                  {paragraph}
                </p>
              ))}
            </div>
          )}
        </details>
      )}
    </article>
  );
});
