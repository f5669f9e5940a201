"use client";
// A source's header and footer lines, and the paragraphs of its text a role was given (kept or dropped), with their role;
// one select per line corrects it.
import type { LineRole, RoledLine } from "@/lib/sources/line-roles";
import { LINE_ROLES } from "@/lib/sources/line-role-names";
import type { Dictionary } from "@/lib/i18n/vi";
import { format } from "@/lib/i18n/locale";

type Props = {
  lines: RoledLine[];
  idPrefix: string;
  labels: Dictionary["lineRoles"];
  onRoleChange: (key: string, role: LineRole) => void;
  busy?: boolean;
  /** The preview is still being read: its draft cannot be read again yet, so the roles wait (and say so). */
  waiting?: boolean;
};

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

export function LineRoleList({ lines, idPrefix, labels, onRoleChange, busy, waiting }: Props) {
  return (
    <fieldset className="line-roles" aria-busy={busy || undefined} aria-describedby={`${idPrefix}-hint`} disabled={waiting || undefined}>
      <legend>{labels.legend}</legend>
      <p className="hint" id={`${idPrefix}-hint`}>
        {waiting ? labels.waiting : labels.hint}
      </p>
      <ol className="line-role-list">
        {lines.map((line, i) => {
          const id = `${idPrefix}-${i}`;
          return (
            <li key={`${line.region}-${i}-${line.key}`} className="row" data-role={line.role} data-testid="line-role">
              <select id={id} value={line.role} aria-label={format(labels.roleOf, { line: short(line.text) })} onChange={(e) => onRoleChange(line.key, e.target.value as LineRole)}>
                {LINE_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {labels.roles[role]}
                  </option>
                ))}
              </select>
              <label htmlFor={id} className={line.role === "furniture" || line.role === "section" ? "muted struck" : undefined}>
                <span className="visually-hidden">{labels[line.region]}: </span>
                {short(line.text)}
              </label>
            </li>
          );
        })}
      </ol>
      {busy && (
        <p className="muted" role="status">
          {labels.updating}
        </p>
      )}
    </fieldset>
  );
}
