"use client";
// Form building blocks: a labelled field whose error is announced and linked, and focus on the first error.
import { useEffect, useId, useRef, useState, type ChangeEvent, type MouseEvent, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";
import type { FieldErrors } from "@/lib/errors";

type Labelled = { name: string; label: string; hint?: string; errors?: FieldErrors };
type FieldProps = InputHTMLAttributes<HTMLInputElement> & Labelled;
type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled;

/** Label, hint and error around one control, with the error announced and linked to it. */
function LabelledControl({ name, label, hint, errors, id, control }: Labelled & { id?: string; control: (props: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode }) {
  // Unique on the page even when two forms have a field of the same name (the evidence note and the link note).
  const unique = useId().replace(/[^a-zA-Z0-9]/g, "");
  const fieldId = id ?? `field-${name}-${unique}`;
  const messages = errors?.[name];
  const describedBy = [hint ? `${fieldId}-hint` : null, messages?.length ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      {control({ id: fieldId, name, "aria-invalid": messages?.length ? true : undefined, "aria-describedby": describedBy })}
      {hint && (
        <span className="hint" id={`${fieldId}-hint`}>
          {hint}
        </span>
      )}
      {messages?.length ? (
        <p className="error" id={`${fieldId}-error`}>
          {messages.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function Field({ name, label, hint, errors, id, ...input }: FieldProps) {
  return <LabelledControl name={name} label={label} hint={hint} errors={errors} id={id} control={(props) => <input {...input} {...props} />} />;
}

export function TextAreaField({ name, label, hint, errors, id, ...textarea }: TextAreaProps) {
  return <LabelledControl name={name} label={label} hint={hint} errors={errors} id={id} control={(props) => <textarea rows={4} {...textarea} {...props} />} />;
}

type SelectProps = Labelled & { defaultValue?: string; options: { value: string; label: string }[]; id?: string; placeholder?: string; autoFocus?: boolean; value?: string; onChange?: (value: string) => void };

/** A select; with a placeholder it starts on that empty choice, so the person picks a value instead of keeping a default. */
/** With `value` and `onChange` the select is controlled: what was chosen then survives React's reset of the form. */
export function SelectField({ name, label, hint, errors, defaultValue, options, id, placeholder, autoFocus, value, onChange }: SelectProps) {
  return (
    <LabelledControl
      name={name}
      label={label}
      hint={hint}
      errors={errors}
      id={id}
      control={(props) => (
        <select
          {...(value !== undefined ? { value, onChange: (event: ChangeEvent<HTMLSelectElement>) => onChange?.(event.target.value) } : { defaultValue: defaultValue ?? (placeholder !== undefined ? "" : undefined) })}
          autoFocus={autoFocus}
          {...props}
        >
          {placeholder !== undefined && (
            <option value="" disabled>
              {placeholder}
            </option>
          )}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export function SubmitButton({ children, pendingLabel, className = "button" }: { children: ReactNode; pendingLabel?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-busy={pending}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

/**
 * A key that changes with every answer from the server. React resets a form after its action; remounting it
 * with the answer's values as defaults keeps everything typed, selects and checkboxes included.
 */
export function useResultKey(state: unknown): number {
  const [seen, setSeen] = useState({ state, key: 0 });
  if (seen.state !== state) {
    const next = { state, key: seen.key + 1 };
    setSeen(next);
    return next.key;
  }
  return seen.key;
}

/** Moves focus to the first invalid field (or the message) each time the server answers with errors. */
export function useFocusFirstError(state: unknown) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = formRef.current;
    if (!form || !state || (state as { ok?: boolean }).ok !== false) return;
    const target = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  }, [state]);
  return formRef;
}

/** The fields a refusal names, each with what is wrong there (`_form` is the form's own: said by its message). */
function fieldsInError(state: { fieldErrors?: FieldErrors }): [string, string[]][] {
  return Object.entries(state.fieldErrors ?? {}).filter((entry): entry is [string, string[]] => entry[0] !== "_form" && Boolean(entry[1]?.length));
}

/**
 * Why the server refused the form, at its top. An error that belongs to one field is said once, beside that field
 * (which takes the focus): the top says nothing then, unless it says more than the field (a conflict's own account).
 * With several, the top sums them up, each a way to its field.
 */
export function FormMessage({ state }: { state: { ok: boolean; message?: string; code?: string; fieldErrors?: FieldErrors } | null }) {
  const ref = useRef<HTMLDivElement>(null);
  // A field's error the form does not show (a hidden input's): the top says it after all.
  const [unplaced, setUnplaced] = useState<unknown>(null);
  const fields = state && !state.ok ? fieldsInError(state) : [];
  // "Some fields need attention" (INVALID), or the very words the field shows.
  const single = fields.length === 1 && (state?.code === "INVALID" || fields[0]![1].join(" ") === state?.message);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (form && single && !form.querySelector('[aria-invalid="true"]')) setUnplaced(state);
  }, [state, single]);
  if (!state || state.ok || !state.message) return null;
  if (single && unplaced !== state) return <div ref={ref} hidden />;
  const toField = (name: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const control = event.currentTarget.closest("form")?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
    if (!control) return;
    event.preventDefault();
    control.focus();
  };
  return (
    <div ref={ref} className="notice error" role="alert" tabIndex={-1}>
      {state.message}
      {fields.length > 1 && (
        <ul className="error-summary">
          {fields.map(([name, messages]) => (
            <li key={name}>
              <a href={`#${name}`} onClick={toField(name)}>
                {messages.join(" ")}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** After a conflict: the stored value of a field, where it differs from what the user typed. */
export function TheirValue({ name, current, typed, label }: { name: string; current?: Record<string, string | undefined>; typed: string; label: string }) {
  if (!current || (current[name] ?? "") === typed) return null;
  return (
    <p className="theirs" data-testid={`theirs-${name}`}>
      {label}: <q>{current[name] || "—"}</q>
    </p>
  );
}

type VersionedState<V> = { ok: boolean; values?: Partial<V>; fieldErrors?: FieldErrors; current?: Record<string, string | undefined> } | null;

/**
 * A form over a versioned row: what to show (the typed values over the initial ones), the version to
 * save over (after a conflict, the one now stored), the field errors, and the stored row to compare with.
 */
export function versionedForm<V extends { version: string }>(state: VersionedState<NoInfer<V>>, initial: V) {
  const values = { ...initial, ...(state?.values ?? {}) } as V;
  const refused = state && !state.ok ? state : null;
  return {
    values,
    version: refused?.current?.version ? refused.current.version : values.version,
    errors: refused?.fieldErrors,
    current: refused?.current,
  };
}

/** What a form did, once the server says it is done. */
export function FormDone({ state, message }: { state: { ok: boolean } | null; message: ReactNode }) {
  // Focusable by script (not by Tab): a form drawn anew after its answer can hand the keyboard to what it did.
  return state?.ok ? (
    <p className="notice ok" role="status" tabIndex={-1}>
      {message}
    </p>
  ) : null;
}

/** The head of a form over a versioned row: what it did or why it was refused, and the row's id and version to save over. */
export function VersionedFormHead({ state, done, id, version }: { state: { ok: boolean; message?: string } | null; done: ReactNode; id: string; version: string }) {
  return (
    <>
      <FormDone state={state} message={done} />
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** The server's one-line answer to a small form beside its button: what was done, or why it was refused. */
export function ActionAnswer({ state, done }: { state: { ok: boolean; message?: string } | null; done?: ReactNode }) {
  if (!state) return null;
  if (state.ok)
    return done ? (
      <p className="notice ok" role="status">
        {done}
      </p>
    ) : null;
  return (
    <p className="error" role="alert">
      {state.message}
    </p>
  );
}
